/** Viewport math: which range of time is visible, and the zoom transforms that show a view. */
import { DATE_LIMIT, PRECISIONS, PRECISION_MS, clampTime, finer, type Precision } from './date.js';
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

/**
 * The transform that shows `[start, end]` across the axis, centred on the window. A reversed
 * window is read as the same span. A window too narrow to show within the limits (a zero-width
 * one, for a date) is shown centred at the finest zoom: `limits.maxK`, or without limits the
 * deepest any data allows (`MIN_WINDOW_UNITS` seconds); with limits, k also stays at or above
 * `limits.minK`. Throws a RangeError for a bound that is not a finite number.
 */
export function transformForWindow(
  axis: TimeAxis,
  view: TimeWindow,
  length: number,
  limits?: ZoomLimits,
): ViewTransform {
  for (const key of ['start', 'end'] as const) {
    if (!Number.isFinite(view[key]))
      throw new RangeError(
        `transformForWindow: window ${key} must be a finite time, not ${view[key]}`,
      );
  }
  if (!(length > 0 && Number.isFinite(length)))
    throw new RangeError(`transformForWindow: length must be a positive number, not ${length}`);
  const a = axis.scale(clampTime(Math.min(view.start, view.end)));
  const b = axis.scale(clampTime(Math.max(view.start, view.end)));
  const finest = zoomLimits(axis, length, 'second').maxK;
  const maxK = limits && Number.isFinite(limits.maxK) ? limits.maxK : finest;
  const minK = limits ? limits.minK : 1e-6;
  const k = Math.min(maxK, Math.max(minK, b > a ? length / (b - a) : Infinity));
  return { k, x: length / 2 - (k * (a + b)) / 2 };
}

/**
 * The range a transform shows, kept within the times a Date can hold (a far zoomed-out transform
 * would otherwise reach past them and give NaN).
 */
export function windowOf(axis: TimeAxis, t: ViewTransform, length: number): TimeWindow {
  const range = axis.scale.range();
  const middle = (range[0]! + range.at(-1)!) / 2;
  const at = (px: number) => {
    const time = unproject(axis, t, px);
    if (!Number.isNaN(time)) return time;
    return (px - t.x) / t.k < middle ? -DATE_LIMIT : DATE_LIMIT;
  };
  return { start: at(0), end: at(length) };
}

/** The transform that centres `time` at the current zoom. */
export function transformCentredOn(
  axis: TimeAxis,
  t: ViewTransform,
  time: number,
  length: number,
): ViewTransform {
  return { k: t.k, x: length / 2 - t.k * axis.scale(clampTime(time)) };
}
