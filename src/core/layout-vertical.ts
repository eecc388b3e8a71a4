/**
 * The vertical layout (phones): time runs down a drawing of bounded height that zooms like the
 * horizontal one. Markers sit on the axis line at their true time; labels stack in one column
 * beside them, each as close to its own marker as the labels around it allow, and a label that
 * had to move gets a straight connector to its marker. Labels keep the markers' order, so no two
 * connectors cross; they share an end only where two events share a date. Era titles and clusters
 * take slots in the same column, so no era line, title or cluster runs through an event's label.
 * An era title has no connector, so it stays beside its band (its middle within the band): where
 * the labels of a crowded date spread past the band, the title sits among them rather than being
 * pushed away with them, and a title that cannot lie beside its band is left out.
 *
 * Density works as in the horizontal layout: the axis is cut into stretches fixed to the content;
 * a stretch where more events start than its labels could hold becomes one cluster row ("37
 * events, Mar–Apr 2009") without visiting its events.
 *
 * Each label, title and cluster has a slot of the column to itself, its content centred in it. A
 * label's or cluster's slot is at least the target size tall (`metrics.targetSize`), so a one-line
 * label's 24 px circle lies within its own slot and a cluster is 24 px tall: every target a finger
 * presses down the column meets WCAG 2.2 SC 2.5.8 by the layout's numbers alone.
 */
import { rect } from './rect.js';
import { isShown, stretchBounds, type FittedAxis } from './domain.js';
import {
  bisect,
  countStarts,
  eventsMeeting,
  eventsStarting,
  firstStarting,
  startIndex,
  startSpan,
} from './event-index.js';
import { describeCluster } from './layout-horizontal.js';
import { placeLabels } from './label-placement.js';
import type { Measure } from './measure.js';
import type { SceneMessages } from './messages/types.js';
import type { Metrics } from './metrics.js';
import { project, type ViewTransform } from './scale.js';
import type { Rect, SceneCluster, SceneEra, SceneItem } from './scene-types.js';
import { fitText } from './text-fit.js';
import type { Dataset, Era, TimelineEvent } from './types.js';
import type { TimeWindow } from './viewport.js';

export interface VerticalInput {
  readonly dataset: Dataset;
  readonly axis: FittedAxis;
  readonly t: ViewTransform;
  readonly view: TimeWindow;
  readonly metrics: Metrics;
  readonly measure: Measure;
  readonly hidden: ReadonlySet<string>;
  readonly width: number;
  readonly length: number;
  readonly locale?: string;
  /** Words of the clusters (default English). */
  readonly messages?: SceneMessages;
  /** Indices of events drawn on their own whatever the density (focused, selected). */
  readonly pinned?: readonly number[];
}

type Entry =
  | {
      readonly kind: 'item';
      readonly event: TimelineEvent;
      readonly index: number;
      readonly y: number;
    }
  | { readonly kind: 'era'; readonly era: Era; readonly y: number }
  | {
      readonly kind: 'cluster';
      readonly y: number;
      readonly count: number;
      readonly start: number;
      readonly end: number;
    };

/** Least room between two contents of the column (half in each slot), and below the last one. */
const LABEL_GAP = 4;
const BOTTOM = 8;

export function verticalPicture(input: VerticalInput) {
  const { dataset, axis, t, view, metrics: m, measure, hidden, width, length } = input;
  const events = dataset.events;
  const half = m.markerSize / 2;
  const labelColumn = m.gutter + half + m.connector;
  const columnWidth = Math.max(40, width - labelColumn - 8);
  // Each slot holds its content with LABEL_GAP of room: a label's lines, a cluster (a target tall)
  // or an era's title. A label's or cluster's slot is at least a target tall; a title is not pressed.
  const clusterHeight = Math.max(m.targetSize, m.labelLine + 4);
  const labelSlot = (lines: number) => Math.max(m.targetSize, lines * m.labelLine + LABEL_GAP);
  const clusterSlot = Math.max(m.targetSize, clusterHeight + LABEL_GAP);
  const eraSlot = m.labelLine + LABEL_GAP;
  const room = length - BOTTOM;
  // Crowded, a stretch of the axis keeps one label and one cluster. Its size is such that every
  // stretch that meets the column (the partial ones at both ends too), the cluster of ranges under
  // way and two pinned events all fit the column's height at one line each: zooming never makes
  // the drawing taller.
  // Era titles take slots in the column too.
  const eraCount = dataset.eras.filter(
    (era) => era.endTime >= view.start && era.startTime <= view.end,
  ).length;
  const eraRoom = eraCount * eraSlot;
  const pair = labelSlot(1) + clusterSlot;
  const stretches = Math.max(
    1,
    Math.floor((room - eraRoom - clusterSlot - 2 * labelSlot(1)) / pair) - 1,
  );
  const B = Math.max(pair, (length + m.labelLine + half) / stretches);
  const { first: b0, bounds } = stretchBounds(axis, t, B, -m.labelLine, length + half);
  // The same index as the horizontal layout's without rows: row, category and importance.
  const starts = startIndex(
    events,
    'rows:none',
    (e) => `\u0000${e.category ?? ''}\u0000${e.importance}`,
  );
  const keys = [...starts.byKey.keys()].filter((k) => {
    const cat = k.split('\u0000')[1]!;
    return cat === '' || !hidden.has(cat);
  });
  const byImportance = [5, 4, 3, 2, 1].map((level) =>
    keys.filter((k) => k.endsWith(`\u0000${level}`)),
  );
  const counts = bounds
    .slice(0, -1)
    .map((from, i) => countStarts(starts, keys, from, bounds[i + 1]!));
  // While every label fits the column, none is clustered: they spread, with connectors. Beyond
  // that, a stretch holds two labels' height; more, and its labels could only be pushed away.
  const total = counts.reduce((a, b) => a + b, 0);
  // Whether every label fits the column at one line each.
  const fits = (labels: number) => labels * labelSlot(1) + eraRoom <= room;
  const crowded = !fits(total);
  const dense = counts.map((n) => crowded && n > 2);

  const entries: Entry[] = [];
  const taken = new Set<number>();
  const takenIn = counts.map(() => 0);
  const take = (i: number) => {
    const e = events[i]!;
    if (taken.has(i) || !isShown(e, hidden)) return;
    taken.add(i);
    const b = bisect(bounds, e.startTime + 1e-9) - 1;
    if (b >= 0 && b < counts.length) takenIn[b]!++;
    entries.push({ kind: 'item', event: e, index: i, y: project(axis, t, e.startTime) });
  };
  // The focused and selected events are drawn on their own, wherever they are.
  for (const i of input.pinned ?? []) {
    const e = events[i];
    if (e && e.endTime >= view.start && e.startTime <= view.end) take(i);
  }
  // Ranges under way since before the view: each its own label while everything fits the
  // column; else one cluster row at the top that counts them, so zooming in never lengthens the
  // drawing with every long range that crosses the view.
  const before = eventsMeeting(events, view.start, bounds[0]!).filter(
    (i) => events[i]!.startTime < bounds[0]! && isShown(events[i]!, hidden) && !taken.has(i),
  );
  if (!crowded && fits(before.length + total)) for (const i of before) take(i);
  else if (before.length) {
    const from = before.reduce((m, i) => Math.min(m, events[i]!.startTime), Infinity);
    entries.push({ kind: 'cluster', y: 0, count: before.length, start: from, end: view.start });
  }
  for (let b = 0; b < counts.length; b++) {
    if (dense[b]) {
      // The stretch's most important event keeps its label; the cluster counts the rest.
      const [top] = firstStarting(starts, byImportance, bounds[b]!, bounds[b + 1]!, 1);
      if (top !== undefined) take(top);
      const span = startSpan(starts, keys, bounds[b]!, bounds[b + 1]!);
      if (counts[b]! > takenIn[b]!)
        entries.push({
          kind: 'cluster',
          y: Math.max(0, t.x + (b0 + b) * B),
          count: counts[b]! - takenIn[b]!,
          start: span?.first ?? bounds[b]!,
          end: (span?.last ?? bounds[b + 1]!) + 1,
        });
      continue;
    }
    if (counts[b]) for (const i of eventsStarting(events, bounds[b]!, bounds[b + 1]!)) take(i);
  }
  for (const era of dataset.eras) {
    if (era.endTime < view.start || era.startTime > view.end) continue;
    entries.push({ kind: 'era', era, y: Math.max(0, project(axis, t, era.startTime)) });
  }
  // Date order; on a tie an era's title first (a period's title comes before the events in it).
  const rank = (e: Entry) => (e.kind === 'era' ? 0 : e.kind === 'cluster' ? 1 : 2);
  entries.sort(
    (a, b) =>
      Math.max(0, a.y) - Math.max(0, b.y) ||
      rank(a) - rank(b) ||
      (a.kind === 'item' && b.kind === 'item' ? a.index - b.index : 0),
  );
  // Up to four lines a label, so long titles are read, not cut, as many as the column holds:
  // fewer lines each rather than a taller drawing, so zooming never changes its height, and one
  // each when the view is crowded. One measure per label, with a tenth spare for the words that
  // wrap early.
  const wanted = entries.map((en) =>
    en.kind === 'item' ? Math.max(1, Math.ceil(measure(en.event.title) / (0.9 * columnWidth))) : 1,
  );
  // Each entry's content height and slot at `lines` lines a label.
  const sized = (en: Entry, w: number, lines: number) =>
    en.kind === 'era'
      ? { content: m.labelLine, slot: eraSlot }
      : en.kind === 'cluster'
        ? { content: clusterHeight, slot: clusterSlot }
        : { content: Math.min(lines, w) * m.labelLine, slot: labelSlot(Math.min(lines, w)) };
  const heightOf = (lines: number) =>
    entries.reduce((sum, en, i) => sum + sized(en, wanted[i]!, lines).slot, 0);
  let maxLines = crowded ? 1 : 4;
  while (maxLines > 1 && heightOf(maxLines) > room) maxLines--;
  const sizes = entries.map((en, i) => sized(en, wanted[i]!, maxLines));
  const contentOf = new Map(entries.map((en, i) => [en, sizes[i]!.content]));
  // Events on one date share a marker: their connectors leave it from points a little apart, in
  // the labels' order, so they never merge; each group keeps to its half of the room between it
  // and the neighbouring dates, so no connector crosses into another date's.
  const fan = new Map<Entry, number>();
  for (let i = 0, prevY = -Infinity; i < entries.length;) {
    const y = entries[i]!.y;
    let j = i;
    while (j + 1 < entries.length && Math.abs(entries[j + 1]!.y - y) < 1) j++;
    const nextY = j + 1 < entries.length ? entries[j + 1]!.y : Infinity;
    const n = j - i + 1;
    if (n > 1) {
      const lo = Math.max(-(half - 1), -(y - prevY) / 2 + 0.01);
      const hi = Math.min(half - 1, (nextY - y) / 2 - 0.01);
      const width = Math.max(0, Math.min(hi - lo, 3 * (n - 1)));
      const first = Math.min(hi - width, Math.max(lo, -width / 2));
      for (let k = i; k <= j; k++) fan.set(entries[k]!, y + first + ((k - i) * width) / (n - 1));
    }
    prevY = entries[j]!.y;
    i = j + 1;
  }
  // Each era title keeps beside its band. Where the labels of the events around it need more room
  // than the column has on either side of the band, it moves among them (they are joined to their
  // markers; it is not); one that cannot lie beside its band at all is left out.
  const placed = besideBands(
    entries,
    sizes.map((z) => z.slot),
    room,
    (era) => [project(axis, t, era.startTime), project(axis, t, era.endTime)],
    length,
  );
  // A label's first line lies beside its marker; a cluster's or title's middle at its date.
  const lead = (entry: Entry, slot: number) =>
    entry.kind === 'item' ? (slot - contentOf.get(entry)! + m.labelLine) / 2 : slot / 2;
  const tops = placeLabels(
    placed.map(({ entry, height, min, max }) => ({
      ideal: Math.max(0, entry.y) - lead(entry, height),
      height,
      min,
      max,
    })),
    0,
    0,
    room,
  );

  const items: SceneItem[] = [];
  const eras = new Map<Era, SceneEra>();
  const sceneEra = (era: Era, label: Rect) => {
    const y = project(axis, t, era.startTime);
    const y2 = project(axis, t, era.endTime);
    const from = Math.max(-2, y);
    eras.set(era, {
      id: era.id,
      title: era.title,
      x: y,
      x2: y2,
      // A narrow strip at the column's edge, split from the next era by 2 px: no era line runs
      // across the tick labels or the event labels.
      band: rect(0, from, 4, Math.max(0, Math.min(length + 2, y2) - from - 2)),
      label,
    });
  };
  const clusters: SceneCluster[] = [];
  let bottom = 0;
  placed.forEach(({ entry, height: slot }, i) => {
    const labelHeight = contentOf.get(entry)!;
    // The content, centred in its slot.
    const top = tops[i]! + (slot - labelHeight) / 2;
    bottom = Math.max(bottom, tops[i]! + slot);
    if (entry.kind === 'era') {
      sceneEra(entry.era, rect(labelColumn, top, columnWidth, labelHeight));
      return;
    }
    if (entry.kind === 'cluster') {
      const { count, start, end } = entry;
      const description = describeCluster(count, start, end, input.locale, input.messages);
      clusters.push({
        id: `0:${Math.round(start)}:${Math.round(entry.y)}`,
        row: 0,
        count,
        start,
        end,
        x: entry.y,
        x2: entry.y + B,
        box: rect(labelColumn - 4, top, columnWidth + 4, labelHeight),
        text: description,
        description,
      });
      return;
    }
    items.push(
      verticalItem(
        entry.event,
        entry.index,
        entry.y,
        top,
        labelHeight,
        i,
        input,
        labelColumn,
        columnWidth,
        fan.get(entry) ?? entry.y,
      ),
    );
  });
  // A title left out leaves its band, with an empty box where the title would begin (as a title
  // too narrow for its band across); the eras in date order.
  const sceneEras = entries.flatMap((en) => {
    if (en.kind !== 'era') return [];
    if (!eras.has(en.era)) sceneEra(en.era, rect(labelColumn, Math.max(0, en.y), 0, 0));
    return [eras.get(en.era)!];
  });
  return {
    items,
    eras: sceneEras,
    clusters,
    height: Math.max(length, bottom + BOTTOM),
    width,
  };
}

/** An entry of the label column, in the order its slots stack, with its slot's height. */
interface Placed {
  readonly entry: Entry;
  readonly height: number;
  /** An era title's least and greatest top: its middle lies within its band's shown part. */
  readonly min?: number;
  readonly max?: number;
}

/**
 * The column's entries in the order their labels stack: date order, except that an era title
 * moves among the labels around it, as little as it can, where date order would put it away from
 * its band (labels above or below it needing more room than the column has there). Era titles
 * keep their own order; one that cannot lie beside its band is left out. `span` gives an era's
 * band, from and to, on the drawing.
 */
function besideBands(
  entries: readonly Entry[],
  heights: readonly number[],
  room: number,
  span: (era: Era) => [number, number],
  length: number,
): Placed[] {
  const others: Placed[] = [];
  const eras: { placed: Placed; at: number }[] = [];
  entries.forEach((entry, i) => {
    const height = heights[i]!;
    if (entry.kind !== 'era') return others.push({ entry, height });
    const [from, to] = span(entry.era);
    const shown = (y: number) => Math.max(0, Math.min(length, y));
    eras.push({
      placed: { entry, height, min: shown(from) - height / 2, max: shown(to) - height / 2 },
      at: others.length,
    });
  });
  if (eras.length === 0) return others;
  // Space taken by the first k other slots.
  const before = [0];
  for (const o of others) before.push(before.at(-1)! + o.height);
  const all = before.at(-1)! + eras.reduce((sum, e) => sum + e.placed.height, 0);
  // The column's foot: the room, or lower if the slots cannot all fit it anyway.
  const foot = Math.max(room, all);
  const kept: { placed: Placed; at: number }[] = [];
  // Where the stack may begin after the last title kept, and how many other labels precede it.
  let free = 0;
  let from = 0;
  // Room the titles after this one need, wherever they go.
  let later = eras.reduce((sum, l) => sum + l.placed.height, 0);
  for (const era of eras) {
    const { height } = era.placed;
    later -= height;
    const min = Math.max(0, Math.min(era.placed.min!, foot - height));
    const max = Math.max(min, Math.min(era.placed.max!, foot - height));
    // The title after `k` other labels: its highest top and its lowest one that leaves room for
    // all that follows. It fits there if the first is no lower than the second.
    const fits = (k: number) =>
      Math.max(min, free + before[k]! - before[from]!) <=
      Math.min(max, foot - height - (before.at(-1)! - before[k]!) - later) + 1e-6;
    let best = -1;
    for (let k = from; k <= others.length; k++)
      if (fits(k) && (best < 0 || Math.abs(k - era.at) < Math.abs(best - era.at))) best = k;
    if (best < 0) continue;
    kept.push({ placed: { ...era.placed, min, max }, at: best });
    free = Math.max(min, free + before[best]! - before[from]!) + height;
    from = best;
  }
  const out: Placed[] = [];
  let k = 0;
  for (const era of kept) {
    while (k < era.at) out.push(others[k++]!);
    out.push(era.placed);
  }
  while (k < others.length) out.push(others[k++]!);
  return out;
}

function verticalItem(
  ev: TimelineEvent,
  index: number,
  y: number,
  top: number,
  labelHeight: number,
  order: number,
  input: VerticalInput,
  labelColumn: number,
  columnWidth: number,
  /** Where the connector leaves the marker. */
  from: number,
): SceneItem {
  const { axis, t, metrics: m, measure } = input;
  const half = m.markerSize / 2;
  const cx = m.gutter;
  const x2 = ev.end ? project(axis, t, ev.endTime) : null;
  const periodEnd = ev.end ? y : project(axis, t, ev.endTime);
  const period = periodEnd - y > m.markerSize ? periodEnd : null;
  const end = x2 ?? period ?? y + half;
  const boxTop = Math.min(y - half, top);
  const boxBottom = Math.max(end, top + labelHeight);
  const left = cx - half;
  const moved = Math.abs(top + m.labelLine / 2 - y) > 1;
  return Object.freeze({
    id: ev.id,
    index,
    title: ev.title,
    x: y,
    x2,
    period,
    row: 0,
    lane: order,
    labelStart: top,
    labelEnd: top + labelHeight,
    anchor: 'start' as const,
    labelShown: true,
    box: rect(left, boxTop, labelColumn + columnWidth - left, boxBottom - boxTop),
    mark:
      x2 !== null
        ? rect(cx - (half - 2) - left, y - boxTop, m.markerSize - 4, Math.max(4, x2 - y))
        : rect(cx - half - left, y - half - boxTop, m.markerSize, m.markerSize),
    band:
      period !== null
        ? rect(cx - (half - 3) - left, y - boxTop, m.markerSize - 6, period - y)
        : null,
    label: rect(labelColumn - left, top - boxTop, columnWidth, labelHeight),
    lines: fitText(ev.title, columnWidth, measure, labelHeight / m.labelLine),
    connector: moved
      ? [
          { x: cx + half - left, y: from - boxTop },
          { x: labelColumn - 3 - left, y: top + m.labelLine / 2 - boxTop },
        ]
      : null,
  });
}
