/**
 * Layout: from a dataset and a viewport to a Scene, the whole picture of one view as plain data.
 * Every position a renderer needs is here (item boxes, marks, labels and connectors, clusters,
 * rows, eras, breaks, ticks, the axis, the overview and the drawing's size); the Lit elements and
 * the SVG export only turn these numbers into markup. Only what meets the visible range is laid
 * out, so a view's cost depends on what it shows, not on the size of the dataset.
 */
import { rect } from './rect.js';
import { fitAxis, indexById, overviewMarks, type FittedAxis } from './domain.js';
import { horizontalPicture } from './layout-horizontal.js';
import { verticalPicture } from './layout-vertical.js';
import { estimateMeasure, type Measure } from './measure.js';
import { DEFAULT_METRICS, type Metrics } from './metrics.js';
import { datasetRows } from './rows.js';
import { IDENTITY, project, type TimeAxis, type ViewTransform } from './scale.js';
import type { SceneMessages } from './messages/types.js';
import type { GroupBy, Orientation, RowPlan, Scene, Viewport } from './scene-types.js';
import { chooseTicks, type AxisRun } from './ticks.js';
import type { Dataset } from './types.js';
import { windowOf, type TimeWindow } from './viewport.js';

export { DEFAULT_METRICS, type Metrics } from './metrics.js';
export { bisectStart, datasetDomain, fitAxis, type FittedAxis } from './domain.js';
export type * from './scene-types.js';

/** Lanes a row may use before clusters take over, unless the page says otherwise. */
export const DEFAULT_MAX_LANES = 6;

/**
 * The length of the drawing along the axis: the width when horizontal; when vertical, 64 px an
 * event up to 16 events (480 to 1024 px), so a phone shows the whole span in a screen or two and
 * denser data becomes clusters, as it does across.
 */
export function drawingLength(orientation: Orientation, width: number, count: number): number {
  if (orientation === 'horizontal') return Math.max(1, width);
  return Math.max(480, Math.min(count, 16) * 64);
}

/**
 * Each row's lanes and cluster strip, from the whole span: fixed when the view is fitted, so the
 * height never changes while the reader zooms or pans. A row takes the lanes the whole span needs,
 * up to `maxLanes`, and a cluster strip where the whole span has clusters or fills every lane.
 */
export function fitRows(dataset: Dataset, axis: FittedAxis, options: RowOptions = {}): RowPlan[] {
  const trial = trialRows(dataset, options);
  const pic = horizontalPicture({
    dataset,
    axis,
    t: IDENTITY,
    view: windowOf(axis, IDENTITY, axis.length),
    length: axis.length,
    metrics: options.metrics ?? DEFAULT_METRICS,
    measure: options.measure ?? estimateMeasure,
    hidden: options.hidden ?? new Set<string>(),
    groupBy: options.groupBy ?? 'none',
    rows: trial,
    top: 0,
    sizing: true,
  });
  return planFrom(trial, pic);
}

/** What rows are fitted with (`fitRows`). */
export interface RowOptions {
  metrics?: Metrics;
  measure?: Measure;
  maxLanes?: number;
  groupBy?: GroupBy;
  hidden?: ReadonlySet<string>;
  /** Words of the untitled row (default English). */
  messages?: Pick<SceneMessages, 'otherRow'>;
}

/** Each row with every lane it may use and a cluster strip: what the whole span is tried with. */
function trialRows(dataset: Dataset, options: RowOptions): RowPlan[] {
  const maxLanes = Math.max(1, Math.floor(options.maxLanes ?? DEFAULT_MAX_LANES));
  const groupBy = options.groupBy ?? 'none';
  const hidden = options.hidden ?? new Set<string>();
  const defs = datasetRows(dataset, groupBy, options.messages?.otherRow).filter(
    (r) => groupBy !== 'category' || r.key === '' || !hidden.has(r.key),
  );
  return defs.map((d) => ({ ...d, lanes: maxLanes, strip: true }));
}

/** The rows as the trial's picture of the whole span used them (a trial row offers every lane). */
function planFrom(trial: readonly RowPlan[], pic: Pick<Scene, 'items' | 'clusters'>): RowPlan[] {
  return trial.map((row, r) => {
    const used = pic.items.reduce((n, it) => (it.row === r ? Math.max(n, it.lane + 1) : n), 0);
    const clustered = pic.clusters.some((c) => c.row === r);
    return { ...row, lanes: Math.max(1, used), strip: clustered || used >= row.lanes };
  });
}

/** The viewport's length, at least 1 px, and its axis: the one given if it fits, else fitted. */
function viewAxis(dataset: Dataset, viewport: Viewport): { length: number; axis: FittedAxis } {
  const length = Number.isFinite(viewport.length) ? Math.max(1, viewport.length) : 1;
  const axis =
    viewport.axis && viewport.axis.length === length
      ? viewport.axis
      : fitAxis(dataset, length, viewport.gaps ?? false);
  return { length, axis };
}

/**
 * `fitRows`, then `layout` with the rows it fitted, in one; `viewport.rows` is not read. At the
 * fitted view with nothing pinned, the view is the whole span the rows are fitted from, so the
 * span is laid out once with every lane on offer, and only again if the rows turn out to need
 * fewer lanes or no cluster strip. Dense data, which fills every lane, is laid out once instead
 * of twice: the larger part of the first drawing of a big dataset.
 */
export function fitAndLayout(
  dataset: Dataset,
  viewport: Viewport,
  metrics: Metrics = DEFAULT_METRICS,
  measure: Measure = estimateMeasure,
): { rows: RowPlan[] | undefined; scene: Scene } {
  const options: RowOptions = {
    metrics,
    measure,
    maxLanes: viewport.maxLanes,
    groupBy: viewport.groupBy,
    hidden: viewport.hiddenCategories,
    messages: viewport.messages,
  };
  // Down a phone's column there are no rows to fit.
  if (viewport.orientation === 'vertical')
    return { rows: undefined, scene: layout(dataset, viewport, metrics, measure) };
  const t = viewport.transform ?? IDENTITY;
  const whole = t.k === 1 && t.x === 0 && !viewport.pinned?.length;
  const { axis } = viewAxis(dataset, viewport);
  if (!whole) {
    const rows = fitRows(dataset, axis, options);
    return { rows, scene: layout(dataset, { ...viewport, axis, rows }, metrics, measure) };
  }
  const trial = trialRows(dataset, options);
  const scene = layout(dataset, { ...viewport, axis, rows: trial }, metrics, measure);
  const rows = planFrom(trial, scene);
  const same = rows.every((r, i) => r.lanes === trial[i]!.lanes && r.strip === trial[i]!.strip);
  return same
    ? { rows: trial, scene }
    : { rows, scene: layout(dataset, { ...viewport, axis, rows }, metrics, measure) };
}

/**
 * Lays out the scene for a viewport. Horizontally, each row has a fixed number of lanes and what
 * does not fit becomes a cluster; vertically the labels stack in one column beside their markers,
 * and only the stretch the reader can see is returned.
 */
export function layout(
  dataset: Dataset,
  viewport: Viewport,
  metrics: Metrics = DEFAULT_METRICS,
  measure: Measure = estimateMeasure,
): Scene {
  const orientation = viewport.orientation ?? 'horizontal';
  // Across, without rows given: fitted to the whole span, in one pass with the view if it can be.
  if (orientation === 'horizontal' && !viewport.rows)
    return fitAndLayout(dataset, viewport, metrics, measure).scene;
  const { length, axis } = viewAxis(dataset, viewport);
  const t = viewport.transform ?? IDENTITY;
  const view = windowOf(axis, t, length);
  const rate = axis.rate * t.k;
  const m = metrics;
  const vertical = orientation === 'vertical';
  const hidden = viewport.hiddenCategories ?? new Set<string>();
  const breaks = axis.breaks
    .map((b) => ({ start: b.start, end: b.end, x: t.k * b.x + t.x, x2: t.k * b.x2 + t.x }))
    .filter((b) => b.x2 >= 0 && b.x <= length);
  const columnWidth = Math.max(m.gutter + 120, viewport.width ?? 360);
  const ticks = chooseTicks(visibleRuns(axis, t, view, length), rate, measure, {
    locale: viewport.locale,
    width: length,
    finest: axis.precision,
    // Down a phone's column, labels stack one a line and should fit the column's width (or a
    // fifth of the drawing's, where that is more: 'Oct 1968' rather than '10/1968').
    ...(vertical
      ? { along: m.labelLine, across: Math.max(m.gutter - 12, Math.round(columnWidth * 0.2)) }
      : {}),
  });
  const base = { orientation, length, ticks, visible: view, transform: t };
  const ids = indexById(dataset.events);
  const pinned = (viewport.pinned ?? []).flatMap((id) => {
    const i = ids.get(id);
    return i === undefined ? [] : [i];
  });

  if (vertical) {
    const width = columnWidth;
    // The axis column is as wide as its longest label needs ("800 г. до н. э." is wider than the
    // default), up to 45% of the width: a label is never cut.
    const widest = Math.max(0, ...ticks.ticks.map((k) => measure(k.label)));
    const gutter = Math.max(m.gutter, Math.min(Math.ceil(widest) + 12, Math.round(width * 0.45)));
    const mv = gutter === m.gutter ? m : { ...m, gutter };
    const v = verticalPicture({
      dataset,
      axis,
      t,
      view,
      metrics: mv,
      measure,
      hidden,
      width,
      length,
      locale: viewport.locale,
      messages: viewport.messages,
      pinned,
    });
    return {
      ...base,
      width,
      height: v.height,
      lanes: 0,
      rows: [
        { key: '', title: '', lanes: 0, box: rect(0, 0, width, v.height), label: rect(0, 0, 0, 0) },
      ],
      items: v.items,
      clusters: v.clusters,
      eras: v.eras,
      breaks: breaks.map((b) => ({ ...b, band: rect(0, b.x, width, b.x2 - b.x) })),
      axis: rect(0, 0, gutter, v.height),
      overview: null,
    };
  }

  const groupBy = viewport.groupBy ?? 'none';
  // Given: without them, the start of this function laid the view out through fitAndLayout.
  const rows = viewport.rows!;
  const top = dataset.eras.length > 0 ? m.eraBand : 0;
  const h = horizontalPicture({
    dataset,
    axis,
    t,
    view,
    length,
    metrics: m,
    measure,
    locale: viewport.locale,
    messages: viewport.messages,
    hidden,
    groupBy,
    rows,
    top,
    pinned,
  });
  const eras = dataset.eras.filter((e) => e.endTime >= view.start && e.startTime <= view.end);
  return {
    ...base,
    width: length,
    height: h.height,
    lanes: h.lanes,
    rows: h.rows,
    items: h.items,
    clusters: h.clusters,
    eras: eras.map((e, i) => {
      const x = Math.max(-2, project(axis, t, e.startTime));
      const x2 = Math.min(length + 2, project(axis, t, e.endTime));
      // Eras come by start: a title ends 4 px before a later era's, over its band, begins.
      const end = Math.min(x2 - 6, project(axis, t, eras[i + 1]?.startTime ?? e.endTime) + 2);
      return {
        id: e.id,
        title: e.title,
        x: project(axis, t, e.startTime),
        x2: project(axis, t, e.endTime),
        band: rect(x, 0, Math.max(0, x2 - x), h.height),
        label: rect(x + 6, 2, Math.max(0, end - x - 6), m.eraBand - 4),
      };
    }),
    breaks: breaks.map((b) => ({ ...b, band: rect(b.x, 0, b.x2 - b.x, h.height) })),
    axis: rect(0, h.height - m.axisSize, length, m.axisSize),
    overview: {
      marks: overviewMarks(dataset.events, axis, hidden),
      // + 0 turns -0 into 0, so the scene survives JSON unchanged.
      window: { start: -t.x / t.k / length + 0, end: (length - t.x) / t.k / length },
    },
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
