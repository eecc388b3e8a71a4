/**
 * Indexes built once per dataset, so that finding what a view shows costs about
 * O(log n + what is found) rather than O(n): events by duration class for "which events meet
 * this window", and sorted starts per key for "how many events start in this span".
 */
import type { TimelineEvent } from './types.js';

/** Work done by index queries, for tests that count operations rather than time. */
export const indexWork = { built: 0, visited: 0 };

/** Index of the first value in `sorted` at or after `value`. */
export function bisect(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events of one duration class: their indices and starts, in start order, and the longest. */
interface DurationClass {
  readonly indices: Int32Array;
  readonly starts: Float64Array;
  readonly longest: number;
}

export interface EventIndex {
  readonly size: number;
  readonly classes: readonly DurationClass[];
}

const DAY = 86_400_000;
const memo = new WeakMap<readonly TimelineEvent[], EventIndex>();

/**
 * The events grouped by duration class (up to a day, up to two, four, … days), each class sorted
 * by start. A window query searches each class from `from − its longest` on, so a long range
 * never makes the query scan the many short events before the window. Remembered per events array.
 */
export function eventIndex(events: readonly TimelineEvent[]): EventIndex {
  const known = memo.get(events);
  if (known) return known;
  const classOf = (d: number) => (d <= DAY ? 0 : Math.ceil(Math.log2(d / DAY)));
  const counts: number[] = [];
  for (const e of events) {
    const c = classOf(e.endTime - e.startTime);
    counts[c] = (counts[c] ?? 0) + 1;
  }
  const indices = counts.map((n) => new Int32Array(n ?? 0));
  const starts = counts.map((n) => new Float64Array(n ?? 0));
  const longest = counts.map(() => 0);
  const fill = counts.map(() => 0);
  events.forEach((e, i) => {
    const d = e.endTime - e.startTime;
    const c = classOf(d);
    const at = fill[c]!++;
    indices[c]![at] = i;
    starts[c]![at] = e.startTime;
    longest[c] = Math.max(longest[c]!, d);
  });
  indexWork.built += events.length;
  const index: EventIndex = {
    size: events.length,
    classes: indices
      .map((ix, c) => ({ indices: ix, starts: starts[c]!, longest: longest[c]! }))
      .filter((c) => c.indices.length > 0),
  };
  memo.set(events, index);
  return index;
}

/**
 * Indices (in dataset order) of the events whose start lies in each duration class's
 * `[from − reach, to)` (reach: that class's longest event, or 0) and that `keep` accepts.
 */
function scan(
  events: readonly TimelineEvent[],
  from: number,
  to: number,
  reach: boolean,
  keep: (e: TimelineEvent) => boolean,
): number[] {
  const out: number[] = [];
  for (const c of eventIndex(events).classes) {
    const hi = bisect(c.starts, to);
    for (let k = bisect(c.starts, reach ? from - c.longest : from); k < hi; k++) {
      indexWork.visited++;
      const i = c.indices[k]!;
      if (keep(events[i]!)) out.push(i);
    }
  }
  // One class's indices are in order; several need merging.
  return out.sort((a, b) => a - b);
}

/**
 * Indices (in dataset order) of the events that meet `[from, to]`: they start at or before `to`
 * and end at or after `from`. Costs one binary search per duration class plus the events found
 * (and at most about as many again that start in the class's reach but end before `from`).
 */
export function eventsMeeting(
  events: readonly TimelineEvent[],
  from: number,
  to: number,
): number[] {
  return scan(events, from, to + 1e-9, true, (e) => e.endTime >= from);
}

/** Indices (in dataset order) of the events that start in `[from, to)`. */
export function eventsStarting(
  events: readonly TimelineEvent[],
  from: number,
  to: number,
): number[] {
  return scan(events, from, to, false, () => true);
}

/** Sorted start times of events and their indices, one pair of arrays per key. */
export interface StartIndex {
  readonly byKey: ReadonlyMap<string, Float64Array>;
  readonly indicesByKey: ReadonlyMap<string, Int32Array>;
}

const startMemo = new WeakMap<readonly TimelineEvent[], Map<string, StartIndex>>();

/**
 * Sorted starts per key (a row, a category and an importance), for counting how many events of
 * the shown keys start in a span, and for finding the most important of them, with a binary
 * search per key. `name` names the grouping, so several can be kept per dataset.
 */
export function startIndex(
  events: readonly TimelineEvent[],
  name: string,
  keyOf: (e: TimelineEvent) => string,
): StartIndex {
  let byName = startMemo.get(events);
  if (!byName) startMemo.set(events, (byName = new Map()));
  const known = byName.get(name);
  if (known) return known;
  const lists = new Map<string, number[]>();
  events.forEach((e, i) => {
    const k = keyOf(e);
    let list = lists.get(k);
    if (!list) lists.set(k, (list = []));
    list.push(i);
  });
  indexWork.built += events.length;
  const index: StartIndex = {
    byKey: new Map(
      [...lists].map(
        ([k, list]) => [k, Float64Array.from(list, (i) => events[i]!.startTime)] as const,
      ),
    ),
    indicesByKey: new Map([...lists].map(([k, list]) => [k, Int32Array.from(list)] as const)),
  };
  byName.set(name, index);
  return index;
}

/** How many events of the given keys start in `[from, to)`. */
export function countStarts(
  index: StartIndex,
  keys: Iterable<string>,
  from: number,
  to: number,
): number {
  let n = 0;
  for (const k of keys) {
    const starts = index.byKey.get(k);
    if (starts) n += bisect(starts, to) - bisect(starts, from);
  }
  return n;
}

/**
 * Up to `limit` indices of events that start in `[from, to)`, the most important first: the key
 * groups are taken in the order given, and within a group the keys take turns (so no one
 * category fills the quota) and each key's picks are spread over its events in the span.
 */
export function firstStarting(
  index: StartIndex,
  groups: readonly (readonly string[])[],
  from: number,
  to: number,
  limit: number,
): number[] {
  const out: number[] = [];
  for (const keys of groups) {
    const spans = keys
      .map((k) => {
        const starts = index.byKey.get(k)!;
        return {
          indices: index.indicesByKey.get(k)!,
          lo: bisect(starts, from),
          hi: bisect(starts, to),
        };
      })
      .filter((r) => r.hi > r.lo);
    const want = limit - out.length;
    const perKey = Math.ceil(want / Math.max(1, spans.length));
    for (let turn = 0; turn < perKey && out.length < limit; turn++) {
      for (const r of spans) {
        const n = r.hi - r.lo;
        if (turn >= n || out.length >= limit) continue;
        // Spread: the turn-th of perKey evenly spaced picks over this key's events.
        out.push(r.indices[r.lo + Math.floor(((turn + 0.5) * n) / Math.min(n, perKey))]!);
      }
    }
    if (out.length >= limit) return out;
  }
  return out;
}

/** The first and last start among the given keys' events that start in `[from, to)`, or null. */
export function startSpan(
  index: StartIndex,
  keys: Iterable<string>,
  from: number,
  to: number,
): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const k of keys) {
    const starts = index.byKey.get(k);
    if (!starts) continue;
    const lo = bisect(starts, from);
    const hi = bisect(starts, to);
    if (hi > lo) {
      first = Math.min(first, starts[lo]!);
      last = Math.max(last, starts[hi - 1]!);
    }
  }
  return first <= last ? { first, last } : null;
}
