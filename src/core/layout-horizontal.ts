/**
 * The horizontal picture with a bounded height: each row has a fixed number of lanes. The axis
 * is cut into stretches of `metrics.bucket` px, fixed to the content so that panning keeps them.
 * A stretch where more events start than its lanes could ever hold becomes a cluster without
 * looking at its events one by one, so a view of 100,000 events costs what its stretches do.
 * Elsewhere events are placed by importance: with their label where it fits, else with their mark
 * alone (the label shows on hover and focus), else they join their stretch's cluster. Nothing is
 * hidden: every event has a mark or is counted in a cluster.
 */
import { rect } from './rect.js';
import { PRECISION_MS, type Precision } from './date.js';
import { isShown, stretchBounds, type FittedAxis } from './domain.js';
import {
  bisect,
  countStarts,
  eventsMeeting,
  eventsStarting,
  firstStarting,
  rankOf,
  startIndex,
  startSpan,
} from './event-index.js';
import { formatSpan } from './format.js';
import type { Measure } from './measure.js';
import { ENGLISH } from './messages/en.js';
import type { SceneMessages } from './messages/types.js';
import type { Metrics } from './metrics.js';
import { rowKeyOf } from './rows.js';
import { project, type ViewTransform } from './scale.js';
import type { GroupBy, RowPlan, SceneCluster, SceneItem, SceneRow } from './scene-types.js';
import { fitText } from './text-fit.js';
import type { Dataset, TimelineEvent } from './types.js';
import type { TimeWindow } from './viewport.js';

export interface HorizontalInput {
  readonly dataset: Dataset;
  readonly axis: FittedAxis;
  readonly t: ViewTransform;
  readonly view: TimeWindow;
  readonly length: number;
  readonly metrics: Metrics;
  readonly measure: Measure;
  readonly locale?: string;
  /** Words of the clusters (default English). */
  readonly messages?: SceneMessages;
  readonly hidden: ReadonlySet<string>;
  readonly groupBy: GroupBy;
  readonly rows: readonly RowPlan[];
  /** Space above the rows (the era titles). */
  readonly top: number;
  /** Indices of events placed first, whatever their importance or their stretch's density. */
  readonly pinned?: readonly number[];
  /** Only sizing the rows (`fitRows`): clusters are counted but need no span or words. */
  readonly sizing?: boolean;
}

/** Occupied extents of one lane, sorted and apart: room is found with a binary search. */
class Lane {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Whether `[start, end]` keeps `gap` px from everything in the lane. */
  fits(start: number, end: number, gap: number): boolean {
    const lo = bisect(this.starts, start);
    return !(
      (lo > 0 && this.ends[lo - 1]! + gap > start) ||
      (lo < this.starts.length && end + gap > this.starts[lo]!)
    );
  }
  /** Takes `[start, end]` if it fits. */
  take(start: number, end: number, gap: number): boolean {
    if (!this.fits(start, end, gap)) return false;
    const lo = bisect(this.starts, start);
    this.starts.splice(lo, 0, start);
    this.ends.splice(lo, 0, end);
    return true;
  }
}

/** A precision that names a span in words without claiming more than it knows. */
function spanPrecision(ms: number): Precision {
  if (ms >= 2 * PRECISION_MS.year) return 'year';
  if (ms >= 2 * PRECISION_MS.month) return 'month';
  if (ms >= 2 * PRECISION_MS.day) return 'day';
  return 'minute';
}

/**
 * "37 events, Mar – Apr 2009": the span in `locale`'s date words, the rest in `messages`' (English
 * by default; `messagesFor('ru')` gives "37 событий, март – апр. 2009 г.").
 */
export function describeCluster(
  count: number,
  start: number,
  end: number,
  locale?: string,
  messages: Pick<SceneMessages, 'cluster'> = ENGLISH,
): string {
  const p = spanPrecision(end - start);
  // Within two days, the times where both ends have one (events known to the day sit at 00:00
  // UTC): a live blog's clusters would all name the one day they share.
  const timed = start % PRECISION_MS.day && (end - 1) % PRECISION_MS.day;
  const when = formatSpan(
    start,
    Math.max(start, end - 1),
    p !== 'minute' || timed ? p : 'day',
    locale,
  );
  return messages.cluster(count, when);
}

interface Placed {
  readonly event: TimelineEvent;
  readonly index: number;
  readonly lane: number;
  readonly labelShown: boolean;
  readonly x: number;
  readonly x2: number | null;
  readonly period: number | null;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly anchor: 'start' | 'end';
}

export function horizontalPicture(input: HorizontalInput) {
  const { dataset, axis, t, view, length, measure, hidden } = input;
  const m = roomyLanes(input.metrics);
  const events = dataset.events;
  const half = m.markerSize / 2;
  const maxLabel = Math.max(1, Math.min(m.maxLabel, length - m.markerSize - m.labelGap));
  const keyOf = rowKeyOf(input.groupBy);
  const starts = startIndex(
    events,
    `rows:${input.groupBy}`,
    (e) => `${keyOf(e)}\u0000${e.category ?? ''}\u0000${e.importance}`,
  );
  const B = m.bucket;
  // Stretches are fixed to the content (bucket n starts at n·B on the zoomed axis), so panning
  // keeps every cluster where it was. Labels reach right of their marks: look left by the widest.
  const reach = m.maxLabel + half + m.labelGap;
  const { first: b0, bounds } = stretchBounds(axis, t, B, -reach, length + half);
  // A marker drawn without its label is smaller than a finger's 24 px: its neighbours keep clear
  // of a 24 px circle centred on it (WCAG 2.5.8), so marks alone stand that far apart.
  const markGap = Math.max(m.itemGap, m.targetSize - m.markerSize);
  const perLane = Math.max(1, Math.floor(B / (m.markerSize + m.itemGap)));

  const items: SceneItem[] = [];
  const clusters: SceneCluster[] = [];
  const rows: SceneRow[] = [];
  const titled = input.groupBy !== 'none';
  let y = input.top;
  let mostLanes = 0;
  input.rows.forEach((row, r) => {
    const keys = [...starts.byKey.keys()].filter((k) => {
      const [rk, cat] = k.split('\u0000') as [string, string];
      return rk === row.key && (cat === '' || !hidden.has(cat));
    });
    // The row's keys from the most important events down, for the few a dense stretch keeps.
    const byImportance = [5, 4, 3, 2, 1].map((level) =>
      keys.filter((k) => k.endsWith(`\u0000${level}`)),
    );
    const lanesTop = y + (titled ? m.rowTitle : 0);
    const capacity = row.lanes * perLane;
    const counts = bounds
      .slice(0, -1)
      .map((from, i) => countStarts(starts, keys, from, bounds[i + 1]!));
    const dense = counts.map((n) => n > capacity);
    const inRow = (i: number) => {
      const e = events[i]!;
      return keyOf(e) === row.key && isShown(e, hidden);
    };
    // Events one by one only where they might fit: in stretches that are not dense, and ranges
    // that began before the view's first stretch and reach into view.
    const candidates: number[] = [];
    // The first stretch whose cluster is in view: those before it lie in the margin kept for
    // labels that reach into view, and their clusters are not drawn.
    const firstShown = Math.max(0, Math.floor(-t.x / B) - b0);
    const shownFrom = bounds[firstShown]!;
    // Ranges under way since before that stretch come after the events that start in view:
    // otherwise, zoomed in, a few long ranges fill every lane and nothing new can be seen. Those
    // that find no lane are counted in the cluster at the start of the view, never in a stretch
    // whose cluster is not drawn.
    const before: number[] = [];
    for (const i of eventsMeeting(events, view.start, shownFrom))
      if (events[i]!.startTime < shownFrom && inRow(i)) before.push(i);
    for (let b = 0; b < counts.length;) {
      if (dense[b]) {
        // A dense stretch still offers its most important events a place; the rest are counted.
        const keep = row.lanes;
        candidates.push(...firstStarting(starts, byImportance, bounds[b]!, bounds[b + 1]!, keep));
        b++;
        continue;
      }
      if (counts[b] === 0) {
        b++;
        continue;
      }
      let e = b;
      while (e + 1 < counts.length && !dense[e + 1]) e++;
      for (const i of eventsStarting(events, bounds[b]!, bounds[e + 1]!))
        if (inRow(i)) candidates.push(i);
      b = e + 1;
    }
    const pinned = new Set<number>();
    for (const i of input.pinned ?? []) {
      const e = events[i];
      if (e && inRow(i) && e.endTime >= view.start && e.startTime <= view.end) pinned.add(i);
    }
    // By importance (ranges under way since earlier last); each event once.
    const earlier = new Set(before);
    const order = [...new Set([...candidates, ...before])];
    order.sort(
      (a, b) =>
        Number(earlier.has(a)) - Number(earlier.has(b)) ||
        events[b]!.importance - events[a]!.importance ||
        // A fixed rank, not the date: the view's edges then decide nothing about the middle,
        // so what is kept stays kept while panning.
        rankOf(b) - rankOf(a),
    );
    // Where each candidate's mark would go.
    const markOf = (i: number) => {
      const e = events[i]!;
      const x = project(axis, t, e.startTime);
      // A mark past the end of the axis is not in view, and neither is its label; nor is a point
      // before its start (its label would sit at the left edge, as if it happened there).
      if (x - half > length) return null;
      const x2 = e.end ? project(axis, t, e.endTime) : null;
      const periodEnd = e.end ? x : Math.min(length, project(axis, t, e.endTime));
      // Nor is a range that ended before it.
      if (Math.max(x2 ?? x + half, periodEnd) < 0) return null;
      const period = periodEnd - x > m.markerSize ? periodEnd : null;
      const markStart = x - half;
      const markEnd = Math.max(x2 ?? period ?? x + half, x + half);
      return { e, i, x, x2, period, markStart, markEnd };
    };
    type Mark = NonNullable<ReturnType<typeof markOf>>;
    // And its label beside it (or before it at the end of the axis): measuring the title is the
    // dearest part, so it is done only for events that may be drawn.
    const labelled = (k: Mark) => {
      const { e, x, x2, markStart, markEnd } = k;
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
      return {
        ...k,
        anchor,
        labelStart,
        // Kept inside the axis even when the sum rounds a hair past its end.
        labelEnd: anchor === 'start' && labelStart + w > length ? length : labelStart + w,
        fullStart: Math.min(markStart, labelStart),
        fullEnd: Math.max(markEnd, labelStart + w),
      };
    };
    const geometry = (i: number) => {
      const k = markOf(i);
      return k && labelled(k);
    };
    type Geometry = ReturnType<typeof labelled>;
    const placedOf = (g: Geometry, lane: number, labelShown: boolean): Placed => ({
      event: g.e,
      index: g.i,
      lane,
      labelShown,
      x: g.x,
      x2: g.x2,
      period: g.period,
      labelStart: g.labelStart,
      labelEnd: g.labelEnd,
      anchor: g.anchor,
    });
    /**
     * Counts a placed event in the stretch it starts in (the rest of a stretch is its cluster), or
     * takes it off (`by` -1); false for an event that starts before the stretches whose clusters
     * are drawn.
     */
    const countIn = (placedIn: number[], e: TimelineEvent, by = 1) => {
      const b = bisect(bounds, e.startTime + 1e-9) - 1;
      if (b < firstShown || b >= counts.length) return false;
      placedIn[b]! += by;
      return true;
    };
    /** Whether a range's bar, or a point's band, reaches into view (its mark may be before it). */
    const reachesView = (k: { x2: number | null; period: number | null }) =>
      (k.x2 ?? k.period ?? -1) >= 0;
    /** Places the events in this order: labels first, then marks alone for the rest. */
    const placeAll = (order: readonly number[]) => {
      // Ranges under way that find no lane are counted in the cluster at the start of the view.
      const underWay: number[] = [];
      const lanes = Array.from({ length: row.lanes }, () => new Lane());
      // Events placed, by the stretch they start in: the rest of each stretch is its cluster.
      const placedIn = counts.map(() => 0);
      const placed: Placed[] = [];
      const place = (g: Geometry, lane: number, labelShown: boolean) => {
        countIn(placedIn, g.e);
        placed.push(placedOf(g, lane, labelShown));
      };
      // Labels first, in the order above; then marks alone for the rest, in the same order. A mark
      // placed early would otherwise block a label that fits, and labels are what readers read.
      const unlabelled: (Mark | Geometry)[] = [];
      for (const i of order) {
        const k = markOf(i);
        if (!k) continue;
        // Where no lane has room even for its mark, none will later (lanes only fill).
        if (!lanes.some((l) => l.fits(k.markStart, k.markEnd, m.itemGap))) {
          unlabelled.push(k);
          continue;
        }
        const g = labelled(k);
        const lane = lanes.findIndex((l) => l.take(g.fullStart, g.fullEnd, m.itemGap));
        if (lane >= 0) place(g, lane, true);
        else unlabelled.push(g);
      }
      for (const k of unlabelled) {
        const lane = lanes.findIndex((l) => l.take(k.markStart, k.markEnd, markGap));
        if (lane >= 0) place('fullStart' in k ? k : labelled(k), lane, false);
        else if (earlier.has(k.i) && reachesView(k)) underWay.push(k.i);
      }
      return { placed, placedIn, underWay: underWay as readonly number[] };
    };
    type Run = ReturnType<typeof placeAll>;
    const clash = (a0: number, a1: number, b0: number, b1: number) =>
      a1 + m.itemGap > b0 && b1 + m.itemGap > a0;
    /**
     * `run` with the pinned event `i` drawn, and no other mark moved: in its own lane, or where it
     * found none (it was in a cluster) the first lane its mark fits in; with its label where only
     * other labels stand in the way (they become marks alone, their labels shown on hover and
     * focus), else as a mark alone; where no lane has room even for its mark, in the lane where
     * the fewest marks are in its way, which go back to the clusters. The other pinned events
     * (`kept`) keep their marks and labels. Null when nothing of that works.
     */
    const pinInPlace = (run: Run, i: number, kept: ReadonlySet<number>): Run | null => {
      const g = geometry(i);
      if (!g) return run;
      const own = run.placed.find((p) => p.index === i);
      if (own?.labelShown) return run;
      /** `run` with `i` placed in `lane`, without the events in `evict`, these labels hidden. */
      const withPin = (
        lane: number,
        labelShown: boolean,
        hide: Set<number>,
        evict: Set<number>,
      ) => {
        const placedIn = [...run.placedIn];
        const underWay = run.underWay.filter((k) => k !== i);
        const placed: Placed[] = [];
        for (const q of run.placed) {
          if (q.index === i) continue;
          if (evict.has(q.index)) {
            if (!countIn(placedIn, q.event, -1) && reachesView(q)) underWay.push(q.index);
          } else placed.push(hide.has(q.index) ? { ...q, labelShown: false } : q);
        }
        placed.push(placedOf(g, lane, labelShown));
        if (!own) countIn(placedIn, g.e);
        return { placed, placedIn, underWay };
      };
      /** What stands in the way of `[start, end]` in `lane`: marks, and labels (of unpinned). */
      const inWay = (lane: number, start: number, end: number) => {
        const marks = new Set<number>();
        const labels = new Set<number>();
        for (const q of run.placed) {
          if (q.lane !== lane || q.index === i) continue;
          const h = geometry(q.index);
          if (!h) continue;
          if (clash(h.markStart, h.markEnd, start, end)) marks.add(q.index);
          else if (q.labelShown && clash(h.fullStart, h.fullEnd, start, end)) labels.add(q.index);
        }
        // Another pinned event's label is kept: it is in the way as its mark is.
        for (const k of labels) if (kept.has(k)) marks.add(k);
        return { marks, labels };
      };
      const lanes = own ? [own.lane] : Array.from({ length: row.lanes }, (_, l) => l);
      for (const labelShown of [true, false])
        for (const lane of lanes) {
          const way = labelShown
            ? inWay(lane, g.fullStart, g.fullEnd)
            : inWay(lane, g.markStart, g.markEnd);
          if (!way.marks.size) return withPin(lane, labelShown, way.labels, new Set());
        }
      if (own) return run;
      // No lane has room even for its mark: it takes the lane where the fewest unpinned marks
      // are in its way, and those go back to the clusters (counted there), as what does not fit.
      let best: { lane: number; way: ReturnType<typeof inWay> } | null = null;
      for (let lane = 0; lane < row.lanes; lane++) {
        const way = inWay(lane, g.markStart, g.markEnd);
        if ([...way.marks].some((k) => kept.has(k))) continue;
        if (!best || way.marks.size < best.way.marks.size) best = { lane, way };
      }
      return best ? withPin(best.lane, false, best.way.labels, best.way.marks) : null;
    };
    // The focused and selected events are drawn where they would be anyway, and pressing one or
    // stepping through them with the keys moves no other mark (pinInPlace); one from a cluster
    // with no room for its mark takes the place of the fewest marks, which join the clusters.
    // Only if that fails are the lanes laid out again, pinned first.
    let run = placeAll(order);
    const done = new Set<number>();
    for (const i of pinned) {
      const next = pinInPlace(run, i, done);
      if (!next) {
        run = placeAll([...pinned, ...order.filter((k) => !pinned.has(k))]);
        break;
      }
      run = next;
      done.add(i);
    }
    const { placed, placedIn } = run;
    const underWay = run.underWay.length;
    const underWayFrom = run.underWay.reduce((t, k) => Math.min(t, events[k]!.startTime), Infinity);
    // Windowed: only what meets the view is drawn.
    placed.sort((a, b) => a.index - b.index);
    for (const p of placed) {
      const extentEnd = Math.max(
        p.x2 ?? p.period ?? p.x + half,
        p.labelShown ? p.labelEnd : p.x + half,
      );
      const extentStart = Math.min(p.x - half, p.labelShown ? p.labelStart : p.x - half);
      if (extentEnd < 0 || extentStart > length) continue;
      items.push(itemOf(p, r, lanesTop, m, measure));
      mostLanes = Math.max(mostLanes, p.lane + 1);
    }
    const stripTop = lanesTop + row.lanes * m.laneHeight;
    let placedSet: Set<number> | null = null;
    /** The one event of this row starting in stretch `b` that was not placed. */
    const onlyUnplaced = (b: number) => {
      placedSet ??= new Set(placed.map((p) => p.index));
      for (const i of eventsStarting(events, bounds[b]!, bounds[b + 1]!))
        if (inRow(i) && !placedSet.has(i)) return events[i];
      return undefined;
    };
    // The stretch at the start of the view also counts the ranges under way that found no lane.
    for (let b = 0; b < counts.length; b++) {
      const carried = b === firstShown ? underWay : 0;
      const count = counts[b]! - placedIn[b]! + carried;
      if (!count) continue;
      const x = t.x + (b0 + b) * B;
      // A stretch ending at the view's left edge is not in view (nor counted: see `countIn`).
      if (b < firstShown || x + B <= 0 || x > length) continue;
      if (input.sizing) {
        clusters.push(sizingCluster(r, count, x, B));
        continue;
      }
      // The span of the events themselves, not of the stretch: what activating it shows.
      const span = startSpan(starts, keys, bounds[b]!, bounds[b + 1]!);
      let start = Math.min(carried ? underWayFrom : Infinity, span?.first ?? bounds[b]!);
      let end = Math.max(start, (span?.last ?? bounds[b + 1]!) + 1);
      // A cluster of one event is that event: its span is the event's own (a range to its end).
      const one = count !== 1 ? undefined : carried ? events[run.underWay[0]!] : onlyUnplaced(b);
      if (one) [start, end] = [one.startTime, Math.max(one.startTime + 1, one.endTime)];
      clusters.push({
        id: `${r}:${Math.round(start)}`,
        row: r,
        count,
        start,
        end,
        x,
        x2: x + B,
        box: rect(x + 2, stripTop + 2, B - 4, m.clusterStrip - 6),
        text: (input.messages ?? ENGLISH).clusterCount(count),
        description: describeCluster(count, start, end, input.locale, input.messages),
      });
    }
    const height =
      (titled ? m.rowTitle : 0) + row.lanes * m.laneHeight + (row.strip ? m.clusterStrip : 0);
    rows.push({
      key: row.key,
      title: row.title,
      lanes: row.lanes,
      box: rect(0, y, length, height),
      label: titled ? rect(4, y + 2, Math.max(0, length - 8), m.rowTitle - 4) : rect(0, y, 0, 0),
    });
    y += height;
  });
  const height = y + m.axisGap + m.axisSize;
  return { items, clusters, rows, height, lanes: mostLanes };
}

/** A cluster as row sizing needs it: where it is and how many it holds. */
function sizingCluster(row: number, count: number, x: number, B: number): SceneCluster {
  return {
    id: `${row}:${x}`,
    row,
    count,
    start: 0,
    end: 0,
    x,
    x2: x + B,
    box: rect(x, 0, B, 0),
    text: '',
    description: '',
  };
}

/**
 * The metrics with lanes at least as tall as a marker and a line of label need (44 px by
 * default): a smaller `--annals-lane-height` would draw labels over the next lane's marks.
 */
export function roomyLanes(m: Metrics): Metrics {
  const least = m.markerSize + m.labelLine + 14;
  return m.laneHeight >= least ? m : { ...m, laneHeight: least };
}

function itemOf(p: Placed, row: number, lanesTop: number, m: Metrics, measure: Measure): SceneItem {
  const half = m.markerSize / 2;
  const { x, x2, period } = p;
  const left = Math.min(x - half, p.labelShown ? p.labelStart : x - half);
  const right = Math.max(x2 ?? period ?? x + half, x + half, p.labelShown ? p.labelEnd : -Infinity);
  const centre = 4 + half;
  const itemHeight = Math.max(m.markerSize + 2 + m.labelLine + 4, m.laneHeight - 8);
  return Object.freeze({
    id: p.event.id,
    index: p.index,
    title: p.event.title,
    x,
    x2,
    period,
    row,
    lane: p.lane,
    labelStart: p.labelStart,
    labelEnd: p.labelEnd,
    anchor: p.anchor,
    labelShown: p.labelShown,
    box: rect(
      left,
      lanesTop + p.lane * m.laneHeight + 4,
      right - left,
      p.labelShown ? itemHeight : m.markerSize + 8,
    ),
    mark:
      x2 !== null
        ? rect(x - left, centre - (half - 2), Math.max(4, x2 - x), m.markerSize - 4)
        : rect(x - half - left, centre - half, m.markerSize, m.markerSize),
    band:
      period !== null ? rect(x - left, centre - (half - 3), period - x, m.markerSize - 6) : null,
    label: rect(p.labelStart - left, centre + half + 2, p.labelEnd - p.labelStart, m.labelLine),
    lines: fitText(p.event.title, p.labelEnd - p.labelStart, measure, 1),
    connector: null,
  });
}
