/**
 * Layout: from a dataset and a viewport to a Scene, the whole picture of one view as plain data.
 * Every position a renderer needs is here (item boxes, marks, labels and connectors, eras,
 * breaks, ticks, the axis, the overview and the drawing's size); the Lit elements and the SVG
 * export only turn these numbers into markup. Only what reaches the visible range is laid out.
 */
import { packLanes, type Extent } from './lanes.js';
import { placeLabels, type LabelSlot } from './label-placement.js';
import { estimateMeasure, type Measure } from './measure.js';
import { DEFAULT_METRICS, type Metrics } from './metrics.js';
import {
  bisectStart,
  fitAxis,
  isShown,
  longestDuration,
  overviewMarks,
  type FittedAxis,
} from './domain.js';
import { IDENTITY, project, type TimeAxis, type ViewTransform } from './scale.js';
import { fitText } from './text-fit.js';
import { chooseTicks, type AxisRun, type TickResult } from './ticks.js';
import type { Dataset, TimelineEvent } from './types.js';
import { windowOf, type TimeWindow } from './viewport.js';

export { DEFAULT_METRICS, type Metrics } from './metrics.js';
export { bisectStart, datasetDomain, fitAxis, longestDuration, type FittedAxis } from './domain.js';

export type Orientation = 'horizontal' | 'vertical';

/** A box in px. Item parts are relative to their item's box; everything else to the drawing. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where the axis is and what it shows: the inputs of one layout. */
export interface Viewport {
  /** Length of the time axis in px (width when horizontal, height when vertical). */
  readonly length: number;
  /** Size across the axis in px: the drawing's width in the vertical layout. */
  readonly width?: number;
  readonly orientation?: Orientation;
  readonly transform?: ViewTransform;
  readonly locale?: string;
  /** Compress long empty spans into axis breaks. */
  readonly gaps?: boolean;
  /** Events of these categories are left out. */
  readonly hiddenCategories?: ReadonlySet<string>;
  /** The fitted axis, when the caller keeps one (it must match `length` and `gaps`). */
  readonly axis?: FittedAxis;
}

/** One event as drawn. `x` and `x2` run along the axis (they are y in the vertical layout). */
export interface SceneItem {
  readonly id: string;
  /** Index of the event in `dataset.events`. */
  readonly index: number;
  readonly title: string;
  readonly x: number;
  /** End of a ranged event's bar, or null for a point. */
  readonly x2: number | null;
  /**
   * For a point known only to a year or month: where that period ends, when zoomed in enough that
   * it is wider than the mark. The reader sees "some time in May 2013", not a day the data never
   * gave. Null otherwise.
   */
  readonly period: number | null;
  /** Lane in the horizontal layout (0 at the top); the label's order in the vertical one. */
  readonly lane: number;
  /** The label's extent along the axis. */
  readonly labelStart: number;
  readonly labelEnd: number;
  /** `end` when the label sits before the mark because it would not fit after it. */
  readonly anchor: 'start' | 'end';
  /** The item's whole box (mark, label and connector) in the drawing. */
  readonly box: Rect;
  /** The point marker or the range bar, relative to `box`. */
  readonly mark: Rect;
  /** The faint band of a point's year or month (see `period`), relative to `box`. */
  readonly band: Rect | null;
  /** The label, relative to `box`. */
  readonly label: Rect;
  /** The label's text as it fits its box, one string per line (a DOM renderer may use CSS instead). */
  readonly lines: readonly string[];
  /**
   * Vertical layout: a polyline, relative to `box`, from the marker to a label that had to move
   * away from it; null when the label sits beside its marker. Connectors never cross or merge.
   */
  readonly connector: readonly Point[] | null;
}

export interface SceneEra {
  readonly id: string;
  readonly title: string;
  /** Start and end along the axis. */
  readonly x: number;
  readonly x2: number;
  /** The band in the drawing. */
  readonly band: Rect;
  /** The title's box in the drawing. */
  readonly label: Rect;
}

export interface SceneBreak {
  readonly start: number;
  readonly end: number;
  readonly x: number;
  readonly x2: number;
  /** The striped band in the drawing. */
  readonly band: Rect;
}

/** The overview strip: where events start and the visible window, as fractions (0–1). */
export interface SceneOverview {
  readonly marks: readonly number[];
  readonly window: { readonly start: number; readonly end: number };
}

/** Everything needed to draw one frame. Plain, serialisable data. */
export interface Scene {
  readonly orientation: Orientation;
  /** Length of the time axis in px. */
  readonly length: number;
  /** The whole drawing's size. */
  readonly width: number;
  readonly height: number;
  /** Lanes used (horizontal layout). */
  readonly lanes: number;
  readonly items: readonly SceneItem[];
  readonly eras: readonly SceneEra[];
  readonly breaks: readonly SceneBreak[];
  readonly ticks: TickResult;
  /** Where the axis is drawn; tick positions run along it from its start. */
  readonly axis: Rect;
  readonly overview: SceneOverview | null;
  /** The visible range of time. */
  readonly visible: TimeWindow;
  readonly transform: ViewTransform;
}

/** The length of the drawing along the axis: the width when horizontal; grows with the events when vertical. */
export function drawingLength(orientation: Orientation, width: number, count: number): number {
  if (orientation === 'horizontal') return Math.max(1, width);
  return Math.max(480, count * 64);
}

const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width,
  height,
});

/** An item before its box is known: positions along the axis and the label's lines. */
interface Draft {
  readonly event: TimelineEvent;
  readonly index: number;
  readonly x: number;
  readonly x2: number | null;
  readonly period: number | null;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly anchor: 'start' | 'end';
  readonly lines: readonly string[];
}

/**
 * Lays out the scene for a viewport. Items are the events whose mark or label reach the visible
 * range. Horizontally each gets a lane so that no two items in a lane overlap; vertically the
 * labels stack in one column beside their markers.
 */
export function layout(
  dataset: Dataset,
  viewport: Viewport,
  metrics: Metrics = DEFAULT_METRICS,
  measure: Measure = estimateMeasure,
): Scene {
  const orientation = viewport.orientation ?? 'horizontal';
  const length = Number.isFinite(viewport.length) ? Math.max(1, viewport.length) : 1;
  const axis =
    viewport.axis && viewport.axis.length === length
      ? viewport.axis
      : fitAxis(dataset, length, viewport.gaps ?? false);
  const t = orientation === 'vertical' ? IDENTITY : (viewport.transform ?? IDENTITY);
  const view = windowOf(axis, t, length);
  const rate = axis.rate * t.k;
  const m = metrics;
  const half = m.markerSize / 2;
  const vertical = orientation === 'vertical';
  const width = vertical ? Math.max(m.gutter + 120, viewport.width ?? 360) : length;
  const labelColumn = m.gutter + half + m.connector;
  const columnWidth = Math.max(40, width - labelColumn - 8);
  const maxLabel = Math.min(m.maxLabel, length - m.markerSize - m.labelGap);

  // Labels reach past their mark: widen the range by the widest label, in time.
  const reach = vertical ? 2 * m.labelLine : m.maxLabel + half + m.labelGap;
  const from = view.start - reach / Math.max(rate, 1e-12);
  const events = dataset.events;
  const hidden = viewport.hiddenCategories;
  const first = bisectStart(events, from - longestDuration(events));
  const last = bisectStart(events, view.end + 1);

  const drafts: Draft[] = [];
  for (let i = first; i < last; i++) {
    const e = events[i]!;
    if (e.endTime < from) continue;
    if (hidden && !isShown(e, hidden)) continue;
    const x = project(axis, t, e.startTime);
    const x2 = e.end ? project(axis, t, e.endTime) : null;
    const periodEnd = e.end ? x : Math.min(length, project(axis, t, e.endTime));
    const period = periodEnd - x > m.markerSize ? periodEnd : null;
    if (vertical) {
      const lines = fitText(e.title, columnWidth, measure, 2);
      drafts.push({
        event: e,
        index: i,
        x,
        x2,
        period,
        labelStart: x,
        labelEnd: x,
        anchor: 'start',
        lines,
      });
      continue;
    }
    const w = Math.max(1, Math.min(maxLabel, measure(e.title)));
    const at = Math.max(0, x) + half + m.labelGap;
    let labelStart: number;
    let anchor: 'start' | 'end' = 'start';
    if (at + w > length && x - half - m.labelGap - w >= 0 && x2 === null) {
      anchor = 'end';
      labelStart = x - half - m.labelGap - w;
    } else {
      labelStart = Math.max(0, Math.min(at, length - w));
    }
    const lines = fitText(e.title, w, measure, 1);
    drafts.push({
      event: e,
      index: i,
      x,
      x2,
      period,
      labelStart,
      labelEnd: labelStart + w,
      anchor,
      lines,
    });
  }

  const eras = dataset.eras.filter((e) => e.endTime >= view.start && e.startTime <= view.end);
  const breaks = axis.breaks
    .map((b) => ({ start: b.start, end: b.end, x: t.k * b.x + t.x, x2: t.k * b.x2 + t.x }))
    .filter((b) => b.x2 >= 0 && b.x <= length);
  const ticks = chooseTicks(visibleRuns(axis, t, view, length), rate, measure, {
    locale: viewport.locale,
    width: length,
    finest: axis.precision,
    // Down a phone's column, labels stack one a line and must fit the column's width.
    ...(vertical ? { along: m.labelLine, across: m.gutter - 12 } : {}),
  });

  const base = {
    orientation,
    length,
    ticks,
    visible: view,
    transform: t,
  };
  if (vertical) {
    const v = verticalPicture(drafts, eras, axis, t, m, {
      width,
      labelColumn,
      columnWidth,
      length,
    });
    return {
      ...base,
      width,
      height: v.height,
      lanes: 0,
      items: v.items,
      eras: v.eras,
      breaks: breaks.map((b) => ({ ...b, band: rect(0, b.x, width, b.x2 - b.x) })),
      axis: rect(0, 0, m.gutter, v.height),
      overview: null,
    };
  }
  const h = horizontalPicture(drafts, m, dataset.eras.length > 0);
  return {
    ...base,
    width: length,
    height: h.height,
    lanes: h.lanes,
    items: h.items,
    eras: eras.map((e) => {
      const x = Math.max(-2, project(axis, t, e.startTime));
      const x2 = Math.min(length + 2, project(axis, t, e.endTime));
      return {
        id: e.id,
        title: e.title,
        x: project(axis, t, e.startTime),
        x2: project(axis, t, e.endTime),
        band: rect(x, 0, Math.max(0, x2 - x), h.height),
        label: rect(x + 6, 2, Math.max(0, x2 - x - 12), m.eraBand - 4),
      };
    }),
    breaks: breaks.map((b) => ({ ...b, band: rect(b.x, 0, b.x2 - b.x, h.height) })),
    axis: rect(0, h.height - m.axisSize, length, m.axisSize),
    overview: {
      marks: overviewMarks(events, axis, hidden),
      // + 0 turns -0 into 0, so the scene survives JSON unchanged.
      window: { start: -t.x / t.k / length + 0, end: (length - t.x) / t.k / length },
    },
  };
}

/** Lanes stack downwards under the era titles; the axis sits below the last lane. */
function horizontalPicture(drafts: readonly Draft[], m: Metrics, hasEras: boolean) {
  const half = m.markerSize / 2;
  const extents: Extent[] = drafts.map((d) => ({
    start: Math.min(d.x - half, d.labelStart),
    end: Math.max(d.x2 ?? d.period ?? d.x + half, d.labelEnd),
  }));
  // Packing wants extents sorted by start; a flipped label can start before a later mark.
  const order = extents
    .map((_, i) => i)
    .sort((a, b) => extents[a]!.start - extents[b]!.start || a - b);
  const sorted = packLanes(
    order.map((i) => extents[i]!),
    m.itemGap,
  );
  const lanes = new Array<number>(drafts.length);
  order.forEach((i, j) => (lanes[i] = sorted[j]!));
  const top = hasEras ? m.eraBand : 0;
  // Inside a lane: 4 px of air, the mark's row, 2 px, the label's line.
  const itemHeight = Math.max(m.markerSize + 2 + m.labelLine + 4, m.laneHeight - 8);
  const centre = 4 + half;
  const items = drafts.map((d, i): SceneItem => {
    const { x, x2, period } = d;
    const { start: left, end: right } = extents[i]!;
    const mark =
      x2 !== null
        ? rect(x - left, centre - (half - 2), Math.max(4, x2 - x), m.markerSize - 4)
        : rect(x - half - left, centre - half, m.markerSize, m.markerSize);
    return Object.freeze({
      id: d.event.id,
      index: d.index,
      title: d.event.title,
      x,
      x2,
      period,
      lane: lanes[i]!,
      labelStart: d.labelStart,
      labelEnd: d.labelEnd,
      anchor: d.anchor,
      box: rect(left, top + lanes[i]! * m.laneHeight + 4, right - left, itemHeight),
      mark,
      band:
        period !== null ? rect(x - left, centre - (half - 3), period - x, m.markerSize - 6) : null,
      label: rect(d.labelStart - left, centre + half + 2, d.labelEnd - d.labelStart, m.labelLine),
      lines: d.lines,
      connector: null,
    });
  });
  const laneCount = lanes.reduce((n, l) => Math.max(n, l + 1), 0);
  const height = top + Math.max(1, laneCount) * m.laneHeight + m.axisGap + m.axisSize;
  return { items, lanes: laneCount, height };
}

/**
 * The vertical layout: markers sit on the axis line at their true time; labels stack in one column
 * beside them, each as close to its own marker as the labels around it allow. A label that had to
 * move gets a straight connector to its marker. Labels keep the markers' order, so no two
 * connectors cross; they share an end only where two events share a date. Era titles take a slot
 * in the same column, so no era line or title runs through an event's label.
 */
function verticalPicture(
  drafts: readonly Draft[],
  eras: Dataset['eras'],
  axis: TimeAxis,
  t: ViewTransform,
  m: Metrics,
  size: { width: number; labelColumn: number; columnWidth: number; length: number },
) {
  const half = m.markerSize / 2;
  const cx = m.gutter;
  type Entry =
    { kind: 'item'; draft: Draft } | { kind: 'era'; era: Dataset['eras'][number]; y: number };
  const entries: Entry[] = [
    ...eras.map((era) => ({
      kind: 'era' as const,
      era,
      y: Math.max(0, project(axis, t, era.startTime)),
    })),
    ...drafts.map((draft) => ({ kind: 'item' as const, draft })),
  ];
  const along = (e: Entry) => (e.kind === 'era' ? e.y : e.draft.x);
  // Eras first on a tie: a period's title comes before the events in it.
  entries.sort(
    (a, b) => along(a) - along(b) || (a.kind === 'era' ? -1 : 0) - (b.kind === 'era' ? -1 : 0),
  );
  const slots: LabelSlot[] = entries.map((e) => ({
    ideal: along(e) - m.labelLine / 2,
    height: e.kind === 'era' ? m.labelLine : e.draft.lines.length * m.labelLine,
  }));
  const tops = placeLabels(slots, 4, 0);

  const items: SceneItem[] = [];
  const sceneEras: SceneEra[] = [];
  let order = 0;
  let bottom = 0;
  entries.forEach((entry, i) => {
    const top = tops[i]!;
    const labelHeight = slots[i]!.height;
    bottom = Math.max(bottom, top + labelHeight);
    if (entry.kind === 'era') {
      const { era } = entry;
      const y = project(axis, t, era.startTime);
      const y2 = project(axis, t, era.endTime);
      const from = Math.max(-2, y);
      sceneEras.push({
        id: era.id,
        title: era.title,
        x: y,
        x2: y2,
        // A narrow strip at the column's edge, split from the next era by 2 px: no era line runs
        // across the tick labels or the event labels.
        band: rect(0, from, 4, Math.max(0, Math.min(size.length + 2, y2) - from - 2)),
        label: rect(size.labelColumn, top, size.columnWidth, labelHeight),
      });
      return;
    }
    const d = entry.draft;
    const y = d.x;
    const end = d.x2 ?? d.period ?? y + half;
    const boxTop = Math.min(y - half, top);
    const boxBottom = Math.max(end, top + labelHeight);
    const left = cx - half;
    const moved = Math.abs(top + m.labelLine / 2 - y) > 1;
    items.push(
      Object.freeze({
        id: d.event.id,
        index: d.index,
        title: d.event.title,
        x: y,
        x2: d.x2,
        period: d.period,
        lane: order++,
        labelStart: top,
        labelEnd: top + labelHeight,
        anchor: 'start',
        box: rect(left, boxTop, size.labelColumn + size.columnWidth - left, boxBottom - boxTop),
        mark:
          d.x2 !== null
            ? rect(cx - (half - 2) - left, y - boxTop, m.markerSize - 4, Math.max(4, d.x2 - y))
            : rect(cx - half - left, y - half - boxTop, m.markerSize, m.markerSize),
        band:
          d.period !== null
            ? rect(cx - (half - 3) - left, y - boxTop, m.markerSize - 6, d.period - y)
            : null,
        label: rect(size.labelColumn - left, top - boxTop, size.columnWidth, labelHeight),
        lines: d.lines,
        connector: moved
          ? [
              { x: cx + half - left, y: y - boxTop },
              { x: size.labelColumn - 3 - left, y: top + m.labelLine / 2 - boxTop },
            ]
          : null,
      }),
    );
  });
  return { items, eras: sceneEras, height: Math.max(size.length, bottom + 8) };
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
