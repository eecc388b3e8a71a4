/**
 * The fitted axis of a dataset, and finding its events in time: computed once per dataset, size
 * and gap setting, then read by every layout of that view.
 */
import { PRECISION_MS, clampTime, finer, type Precision } from './date.js';
import { createTimeAxis, findGaps, unproject, type TimeAxis, type ViewTransform } from './scale.js';
import type { Dataset, TimelineEvent } from './types.js';

/** The fitted, unzoomed axis of a dataset. */
export interface FittedAxis extends TimeAxis {
  readonly domain: readonly [number, number];
  readonly length: number;
  readonly precision: Precision;
}

/**
 * The time span a dataset's axis covers: its events and eras, padded so no mark sits on the edge,
 * and never past what a JavaScript Date can hold.
 */
export function datasetDomain(dataset: Pick<Dataset, 'events' | 'eras'>): {
  domain: [number, number];
  precision: Precision;
} {
  let lo = Infinity;
  let hi = -Infinity;
  let precision: Precision = 'year';
  for (const e of dataset.events) {
    lo = Math.min(lo, e.startTime);
    hi = Math.max(hi, e.endTime);
    precision = finer(
      precision,
      e.end ? finer(e.start.precision, e.end.precision) : e.start.precision,
    );
  }
  for (const e of dataset.eras) {
    lo = Math.min(lo, e.startTime);
    hi = Math.max(hi, e.endTime);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    return { domain: [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)], precision };
  }
  const pad = Math.max((hi - lo) * 0.04, PRECISION_MS[precision] * 2);
  return {
    domain: [clampTime(lo - pad), clampTime(hi + pad)],
    precision,
  };
}

/** Fits a dataset's axis to a length, compressing long gaps when asked. */
export function fitAxis(
  dataset: Pick<Dataset, 'events' | 'eras'>,
  length: number,
  gaps = false,
): FittedAxis {
  const { domain, precision } = datasetDomain(dataset);
  const size = Number.isFinite(length) ? Math.max(1, length) : 1;
  const g = gaps ? findGaps([...dataset.events, ...dataset.eras]) : [];
  const axis = createTimeAxis(domain, [0, size], g, 32);
  return { ...axis, domain, length: size, precision };
}

/** Whether an event is drawn: it is hidden when its category is among `hidden`. */
export function isShown(event: TimelineEvent, hidden: ReadonlySet<string>): boolean {
  return event.category === undefined || !hidden.has(event.category);
}

/** Index of the first event whose start is at or after `time` (events sorted by start). */
export function bisectStart(events: readonly TimelineEvent[], time: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.startTime < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const marksMemo = new WeakMap<FittedAxis, { key: string; events: unknown; marks: number[] }>();

/**
 * Where each shown event starts, as a fraction (0–1) of the fitted axis: the overview's marks.
 * Remembered per axis and hidden set, so panning does not recompute them.
 */
export function overviewMarks(
  events: readonly TimelineEvent[],
  axis: FittedAxis,
  hidden: ReadonlySet<string> = new Set(),
): readonly number[] {
  const key = [...hidden].sort().join('\u0000');
  const memo = marksMemo.get(axis);
  if (memo && memo.key === key && memo.events === events) return memo.marks;
  const marks: number[] = [];
  for (const e of events) {
    if (!isShown(e, hidden)) continue;
    marks.push(axis.scale(e.startTime) / axis.length);
  }
  marksMemo.set(axis, { key, events, marks });
  return marks;
}

const idMemo = new WeakMap<readonly TimelineEvent[], Map<string, number>>();

/** Each event's index by id, built once per events array. */
export function indexById(events: readonly TimelineEvent[]): ReadonlyMap<string, number> {
  let map = idMemo.get(events);
  if (!map) idMemo.set(events, (map = new Map(events.map((e, i) => [e.id, i]))));
  return map;
}

/**
 * The stretches of `size` px fixed to the content (stretch n starts at n·size on the zoomed axis,
 * so panning keeps them) that cover `[from, to]` px of the view: `first` is the first stretch's
 * number and `bounds` the times at their edges, clamped to the axis's domain.
 */
export function stretchBounds(
  axis: FittedAxis,
  t: ViewTransform,
  size: number,
  from: number,
  to: number,
): { first: number; bounds: number[] } {
  const first = Math.floor((from - t.x) / size);
  const last = Math.floor((to - t.x) / size);
  const [lo, hi] = axis.domain;
  const bounds: number[] = [];
  for (let b = first; b <= last + 1; b++)
    bounds.push(Math.min(hi, Math.max(lo, unproject(axis, t, t.x + b * size))));
  return { first, bounds };
}
