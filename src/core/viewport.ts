/** Viewport math: which range of time is visible, and the zoom transforms that show a view. */
import { PRECISIONS, PRECISION_MS, finer, type Precision } from './date.js';
import { unproject, type TimeAxis, type ViewTransform } from './scale.js';
import type { TimelineEvent } from './types.js';

/** A visible range of time in UTC ms. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** How far one may zoom: k is the magnification over the fitted view. */
export interface ZoomLimits {
  readonly minK: number;
  readonly maxK: number;
}

/** The narrowest range, in units of the data's finest precision, that zooming may reach. */
export const MIN_WINDOW_UNITS = 4;

/** The finest precision among events (their starts and ends), `year` for none. */
export function finestPrecision(events: readonly TimelineEvent[]): Precision {
  let p: Precision = PRECISIONS[0];
  for (const e of events) {
    p = finer(p, e.start.precision);
    if (e.end) p = finer(p, e.end.precision);
  }
  return p;
}

/**
 * Zoom limits: never narrower than `MIN_WINDOW_UNITS` of the data's finest precision (zooming to
 * hours on data known by the day shows nothing true), and within the user's `minZoom`/`maxZoom`.
 */
export function zoomLimits(
  axis: TimeAxis,
  length: number,
  precision: Precision,
  user: { minZoom?: number; maxZoom?: number } = {},
): ZoomLimits {
  const minSpan = MIN_WINDOW_UNITS * PRECISION_MS[precision];
  const precisionK = Math.max(1, length / (axis.rate * minSpan));
  const maxK = Math.max(1, Math.min(user.maxZoom ?? Infinity, precisionK));
  const minK = Math.min(maxK, Math.max(user.minZoom ?? 1, 1e-6));
  return { minK, maxK };
}

/** Keeps a transform inside the limits, with the fitted content covering the whole axis. */
export function clampTransform(
  t: ViewTransform,
  length: number,
  limits: ZoomLimits,
): ViewTransform {
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k));
  const span = length * k;
  const x = span >= length ? Math.min(0, Math.max(length - span, t.x)) : (length - span) / 2;
  return { k, x };
}

/** The transform that shows `[start, end]` across the axis. */
export function transformForWindow(
  axis: TimeAxis,
  view: TimeWindow,
  length: number,
): ViewTransform {
  const a = axis.scale(view.start);
  const b = axis.scale(view.end);
  const k = length / Math.max(1e-9, b - a);
  return { k, x: -k * a };
}

/** The range a transform shows. */
export function windowOf(axis: TimeAxis, t: ViewTransform, length: number): TimeWindow {
  return { start: unproject(axis, t, 0), end: unproject(axis, t, length) };
}

/** The transform that centres `time` at the current zoom. */
export function transformCentredOn(
  axis: TimeAxis,
  t: ViewTransform,
  time: number,
  length: number,
): ViewTransform {
  return { k: t.k, x: length / 2 - t.k * axis.scale(time) };
}
