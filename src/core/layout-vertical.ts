/**
 * The vertical layout (phones): markers sit on the axis line at their true time; labels stack in
 * one column beside them, each as close to its own marker as the labels around it allow. A label
 * that had to move gets a straight connector to its marker. Labels keep the markers' order, so no
 * two connectors cross; they share an end only where two events share a date. Era titles take a
 * slot in the same column, so no era line or title runs through an event's label.
 *
 * The column is placed once per dataset, width and filter (the page scrolls; nothing zooms), and
 * each scene takes only the stretch the reader can see: a virtual list.
 */
import type { FittedAxis } from './domain.js';
import { isShown } from './domain.js';
import { bisect } from './event-index.js';
import { placeLabels } from './label-placement.js';
import type { Measure } from './measure.js';
import type { Metrics } from './metrics.js';
import type { Rect, SceneEra, SceneItem } from './scene-types.js';
import { fitText } from './text-fit.js';
import type { Dataset, Era, TimelineEvent } from './types.js';

export interface VerticalInput {
  readonly dataset: Dataset;
  readonly axis: FittedAxis;
  readonly metrics: Metrics;
  readonly measure: Measure;
  readonly hidden: ReadonlySet<string>;
  readonly width: number;
  readonly length: number;
  /** The stretch to draw, px along the axis; everything when absent. */
  readonly along?: { readonly start: number; readonly end: number };
}

const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width,
  height,
});

type Entry =
  | {
      readonly kind: 'item';
      readonly event: TimelineEvent;
      readonly index: number;
      readonly y: number;
    }
  | { readonly kind: 'era'; readonly era: Era; readonly y: number };

/** The whole column, placed: entries in order, their label tops and heights. */
interface Column {
  readonly entries: readonly Entry[];
  readonly tops: Float64Array;
  readonly heights: Float64Array;
  readonly height: number;
}

const memo = new WeakMap<readonly TimelineEvent[], { key: unknown[]; column: Column }>();

function column(input: VerticalInput, labelColumn: number, columnWidth: number): Column {
  const { dataset, axis, metrics: m, measure, hidden } = input;
  const key = [axis, m, measure, columnWidth, [...hidden].sort().join('\u0000'), dataset.eras];
  const known = memo.get(dataset.events);
  if (known && known.key.every((k, i) => k === key[i])) return known.column;
  const entries: Entry[] = [];
  const eras = dataset.eras.map((era) => ({
    kind: 'era' as const,
    era,
    y: Math.max(0, axis.scale(era.startTime)),
  }));
  let e = 0;
  dataset.events.forEach((event, index) => {
    if (!isShown(event, hidden)) return;
    const y = axis.scale(event.startTime);
    // Eras first on a tie: a period's title comes before the events in it.
    while (e < eras.length && eras[e]!.y <= y) entries.push(eras[e++]!);
    entries.push({ kind: 'item', event, index, y });
  });
  while (e < eras.length) entries.push(eras[e++]!);
  const heights = new Float64Array(entries.length);
  entries.forEach((en, i) => {
    // One measure per label: two lines when it is wider than the column (CSS clamps to two).
    heights[i] =
      en.kind === 'era' || measure(en.event.title) <= columnWidth ? m.labelLine : 2 * m.labelLine;
  });
  const tops = Float64Array.from(
    placeLabels(
      entries.map((en, i) => ({ ideal: en.y - m.labelLine / 2, height: heights[i]! })),
      4,
      0,
    ),
  );
  const last = entries.length - 1;
  const bottom = last >= 0 ? tops[last]! + heights[last]! : 0;
  const result = { entries, tops, heights, height: Math.max(input.length, bottom + 8) };
  void labelColumn;
  memo.set(dataset.events, { key, column: result });
  return result;
}

export function verticalPicture(input: VerticalInput) {
  const { metrics: m, measure, width, length } = input;
  const half = m.markerSize / 2;
  const cx = m.gutter;
  const labelColumn = m.gutter + half + m.connector;
  const columnWidth = Math.max(40, width - labelColumn - 8);
  const col = column(input, labelColumn, columnWidth);
  const along = input.along ?? { start: -Infinity, end: Infinity };
  // Labels are in order and apart, so the visible ones are a slice found by binary search; a
  // marker far above its pushed-down label is found by its connector's reach, the label's top.
  const first = Math.max(0, bisect(col.tops, along.start - 2 * m.labelLine) - 1);
  const items: SceneItem[] = [];
  const eras: SceneEra[] = [];
  for (let i = first; i < col.entries.length && col.tops[i]! <= along.end; i++) {
    const entry = col.entries[i]!;
    const top = col.tops[i]!;
    const labelHeight = col.heights[i]!;
    if (entry.kind === 'era') {
      const { era } = entry;
      const y = input.axis.scale(era.startTime);
      const y2 = input.axis.scale(era.endTime);
      const from = Math.max(-2, y);
      eras.push({
        id: era.id,
        title: era.title,
        x: y,
        x2: y2,
        // A narrow strip at the column's edge, split from the next era by 2 px: no era line runs
        // across the tick labels or the event labels.
        band: rect(0, from, 4, Math.max(0, Math.min(length + 2, y2) - from - 2)),
        label: rect(labelColumn, top, columnWidth, labelHeight),
      });
      continue;
    }
    const ev = entry.event;
    const y = entry.y;
    const x2 = ev.end ? input.axis.scale(ev.endTime) : null;
    const periodEnd = ev.end ? y : input.axis.scale(ev.endTime);
    const period = periodEnd - y > m.markerSize ? periodEnd : null;
    const end = x2 ?? period ?? y + half;
    const boxTop = Math.min(y - half, top);
    const boxBottom = Math.max(end, top + labelHeight);
    const left = cx - half;
    const moved = Math.abs(top + m.labelLine / 2 - y) > 1;
    items.push(
      Object.freeze({
        id: ev.id,
        index: entry.index,
        title: ev.title,
        x: y,
        x2,
        period,
        row: 0,
        lane: i,
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
              { x: cx + half - left, y: y - boxTop },
              { x: labelColumn - 3 - left, y: top + m.labelLine / 2 - boxTop },
            ]
          : null,
      }),
    );
  }
  return { items, eras, height: col.height, width };
}
