/**
 * Layout: from a dataset and a viewport to a Scene, the plain data that elements and the SVG
 * export draw. Only what lies in the visible range is laid out.
 */
import { PRECISION_MS, finer, type Precision } from './date.js';
import { packLanes, type Extent } from './lanes.js';
import { estimateMeasure, type Measure } from './measure.js';
import {
  createTimeAxis,
  findGaps,
  IDENTITY,
  project,
  type TimeAxis,
  type ViewTransform,
} from './scale.js';
import { chooseTicks, type AxisRun, type TickResult } from './ticks.js';
import type { Dataset, TimelineEvent } from './types.js';
import { windowOf, type TimeWindow } from './viewport.js';

export type Orientation = 'horizontal' | 'vertical';

/** Sizes of the marks, in px; the element's CSS must agree with them. */
export interface Metrics {
  /** Half the width of a point marker. */
  readonly marker: number;
  /** Space between a marker and its label. */
  readonly labelGap: number;
  /** Minimum px between two items in one lane. */
  readonly itemGap: number;
  /** The widest a label may be. */
  readonly maxLabel: number;
  /** Vertical layout: the px along the axis each label needs (its line box). */
  readonly labelLength: number;
}

export const DEFAULT_METRICS: Metrics = {
  marker: 7,
  labelGap: 6,
  itemGap: 8,
  maxLabel: 400,
  labelLength: 44,
};

/** Where the axis is and what it shows: the inputs of one layout. */
export interface Viewport {
  /** Length of the time axis in px (width when horizontal, height when vertical). */
  readonly length: number;
  readonly orientation?: Orientation;
  readonly transform?: ViewTransform;
  readonly locale?: string;
  /** Compress long empty spans into axis breaks. */
  readonly gaps?: boolean;
  /** Events of these categories are left out. */
  readonly hiddenCategories?: ReadonlySet<string>;
}

/** One event as drawn. `x` and `x2` run along the axis (they are y in the vertical layout). */
export interface SceneItem {
  readonly id: string;
  /** Index of the event in `dataset.events`. */
  readonly index: number;
  readonly x: number;
  /** End of a ranged event's bar, or null for a point. */
  readonly x2: number | null;
  /**
   * For a point known only to a year or month: where that period ends, when zoomed in enough that
   * it is wider than the mark. The reader sees "some time in May 2013", not a day the data never
   * gave. Null otherwise.
   */
  readonly period: number | null;
  readonly lane: number;
  /** The label's box along the axis. */
  readonly labelStart: number;
  readonly labelEnd: number;
  /** `end` when the label sits before the mark because it would not fit after it. */
  readonly anchor: 'start' | 'end';
}

export interface SceneEra {
  readonly id: string;
  readonly title: string;
  readonly x: number;
  readonly x2: number;
}

export interface SceneBreak {
  readonly start: number;
  readonly end: number;
  readonly x: number;
  readonly x2: number;
}

/** Everything needed to draw one frame. Plain, serialisable data. */
export interface Scene {
  readonly orientation: Orientation;
  readonly length: number;
  readonly lanes: number;
  readonly items: readonly SceneItem[];
  readonly eras: readonly SceneEra[];
  readonly breaks: readonly SceneBreak[];
  readonly ticks: TickResult;
  /** The visible range of time. */
  readonly visible: TimeWindow;
  readonly transform: ViewTransform;
}

/** The fitted, unzoomed axis of a dataset: computed once per dataset, size and gap setting. */
export interface FittedAxis extends TimeAxis {
  readonly domain: readonly [number, number];
  readonly length: number;
  readonly precision: Precision;
}

/** The time span a dataset's axis covers: its events and eras, padded so no mark sits on the edge. */
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
  if (!Number.isFinite(lo)) {
    const now = Date.UTC(2000, 0, 1);
    return { domain: [now, Date.UTC(2001, 0, 1)], precision };
  }
  const pad = Math.max((hi - lo) * 0.04, PRECISION_MS[precision] * 2);
  return { domain: [lo - pad, hi + pad], precision };
}

/** Fits a dataset's axis to a length, compressing long gaps when asked. */
export function fitAxis(
  dataset: Pick<Dataset, 'events' | 'eras'>,
  length: number,
  gaps = false,
): FittedAxis {
  const { domain, precision } = datasetDomain(dataset);
  const g = gaps ? findGaps([...dataset.events, ...dataset.eras]) : [];
  const axis = createTimeAxis(domain, [0, Math.max(1, length)], g, 32);
  return { ...axis, domain, length: Math.max(1, length), precision };
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

/** The longest event of a list, in ms: with it a range query needs only one binary search. */
export function longestDuration(events: readonly TimelineEvent[]): number {
  let d = 0;
  for (const e of events) d = Math.max(d, e.endTime - e.startTime);
  return d;
}

/**
 * Lays out the scene for a viewport. Items are the events whose mark or label reach the visible
 * range; each gets a lane so that no two labels in a lane overlap.
 */
export function layout(
  dataset: Dataset,
  viewport: Viewport,
  measure: Measure = estimateMeasure,
  options: { axis?: FittedAxis; metrics?: Metrics; longest?: number } = {},
): Scene {
  const orientation = viewport.orientation ?? 'horizontal';
  const length = Math.max(1, viewport.length);
  const m = options.metrics ?? DEFAULT_METRICS;
  const axis =
    options.axis && options.axis.length === length
      ? options.axis
      : fitAxis(dataset, length, viewport.gaps ?? false);
  const t = viewport.transform ?? IDENTITY;
  const view = windowOf(axis, t, length);
  const rate = axis.rate * t.k;
  const vertical = orientation === 'vertical';
  const maxLabel = Math.min(m.maxLabel, length - 2 * m.marker - m.labelGap);

  // Labels reach past their mark: widen the range by the widest label, in time.
  const reach = vertical ? m.labelLength : m.maxLabel + m.marker + m.labelGap;
  const from = view.start - reach / Math.max(rate, 1e-12);
  const longest = options.longest ?? longestDuration(dataset.events);
  const events = dataset.events;
  const hidden = viewport.hiddenCategories;
  const first = bisectStart(events, from - longest);
  const last = bisectStart(events, view.end + 1);

  const extents: Extent[] = [];
  let verticalReach = -Infinity;
  const draft: Omit<SceneItem, 'lane'>[] = [];
  for (let i = first; i < last; i++) {
    const e = events[i]!;
    if (e.endTime < from) continue;
    if (hidden && e.category !== undefined && hidden.has(e.category)) continue;
    const x = project(axis, t, e.startTime);
    const x2 = e.end ? project(axis, t, e.endTime) : null;
    const periodEnd = e.end ? x : Math.min(length, project(axis, t, e.endTime));
    const period = periodEnd - x > 2 * m.marker ? periodEnd : null;
    let labelStart: number;
    let labelEnd: number;
    let anchor: 'start' | 'end' = 'start';
    if (vertical) {
      // Labels run across the full width, so they never share a line: each is pushed down below
      // the previous one and joined to its mark by a leader, as in a printed chronology.
      labelStart = Math.max(x - m.marker, verticalReach + m.itemGap);
      labelEnd = labelStart + m.labelLength;
      verticalReach = labelEnd;
    } else {
      const w = Math.min(maxLabel, measure(e.title));
      const at = Math.max(0, x) + m.marker + m.labelGap;
      if (at + w > length && x - m.marker - m.labelGap - w >= 0 && x2 === null) {
        anchor = 'end';
        labelEnd = x - m.marker - m.labelGap;
        labelStart = labelEnd - w;
      } else {
        labelStart = Math.min(at, length - w);
        labelEnd = labelStart + w;
      }
    }
    const start = vertical ? labelStart : Math.min(x - m.marker, labelStart);
    const end = vertical ? labelEnd : Math.max(x2 ?? period ?? x + m.marker, labelEnd);
    extents.push({ start, end });
    draft.push({ id: e.id, index: i, x, x2, period, labelStart, labelEnd, anchor });
  }
  // Packing wants extents sorted by start; a flipped label can start before a later mark.
  const order = extents
    .map((_, i) => i)
    .sort((a, b) => extents[a]!.start - extents[b]!.start || a - b);
  const lanesSorted = packLanes(
    order.map((i) => extents[i]!),
    m.itemGap,
  );
  const lanes = new Array<number>(draft.length);
  order.forEach((i, j) => (lanes[i] = lanesSorted[j]!));
  const items = draft.map((d, i) => Object.freeze({ ...d, lane: lanes[i]! }));

  const eras = dataset.eras
    .filter((e) => e.endTime >= view.start && e.startTime <= view.end)
    .map((e) => ({
      id: e.id,
      title: e.title,
      x: project(axis, t, e.startTime),
      x2: project(axis, t, e.endTime),
    }));
  const breaks = axis.breaks
    .map((b) => ({ start: b.start, end: b.end, x: t.k * b.x + t.x, x2: t.k * b.x2 + t.x }))
    .filter((b) => b.x2 >= 0 && b.x <= length);

  const ticks = chooseTicks(visibleRuns(axis, t, view, length), rate, measure, {
    locale: viewport.locale,
    width: length,
    finest: axis.precision,
  });
  return {
    orientation,
    length,
    lanes: items.reduce((n, it) => Math.max(n, it.lane + 1), 0),
    items,
    eras,
    breaks,
    ticks,
    visible: view,
    transform: t,
  };
}

/** The stretches of the visible range between axis breaks, for ticks. */
export function visibleRuns(
  axis: TimeAxis,
  t: ViewTransform,
  view: TimeWindow,
  length: number,
): AxisRun[] {
  const bounds: [number, number][] = [];
  let from = axis.scale.domain()[0]!.getTime();
  for (const b of axis.breaks) {
    bounds.push([from, b.start]);
    from = b.end;
  }
  bounds.push([from, axis.scale.domain().at(-1)!.getTime()]);
  const runs: AxisRun[] = [];
  for (const [a, b] of bounds) {
    const t0 = Math.max(a, view.start);
    const t1 = Math.min(b, view.end);
    if (t1 <= t0) continue;
    runs.push({
      t0,
      t1,
      x0: Math.max(0, project(axis, t, t0)),
      x1: Math.min(length, project(axis, t, t1)),
    });
  }
  return runs;
}
