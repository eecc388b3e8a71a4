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
 * A fixed pseudo-random rank for the event at `index` (a 32-bit integer mix of it): among events
 * of equal importance it decides which keep a place when space is short. Fixed per event, not per
 * view, so the events a crowded view keeps stay kept while the reader pans, and stay kept when
 * zooming in (the best of a span is the best of whichever half contains it).
 */
export function rankOf(index: number): number {
  let x = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Per key, a tournament tree over its events in start order: the best-ranked of any run. */
const bestMemo = new WeakMap<StartIndex, Map<string, Int32Array>>();

function tournament(index: StartIndex, key: string): Int32Array {
  let byKey = bestMemo.get(index);
  if (!byKey) bestMemo.set(index, (byKey = new Map()));
  let tree = byKey.get(key);
  if (tree) return tree;
  const indices = index.indicesByKey.get(key)!;
  const n = indices.length;
  // Leaves at [n, 2n) hold positions 0..n-1; node i holds the better of nodes 2i and 2i+1.
  tree = new Int32Array(2 * n);
  for (let p = 0; p < n; p++) tree[n + p] = p;
  for (let i = n - 1; i > 0; i--) {
    const a = tree[2 * i]!;
    const b = tree[2 * i + 1]!;
    tree[i] = rankOf(indices[a]!) >= rankOf(indices[b]!) ? a : b;
  }
  indexWork.built += n;
  byKey.set(key, tree);
  return tree;
}

/** Position of the best-ranked event among positions `[lo, hi)` of a key (lo < hi). */
function bestIn(tree: Int32Array, indices: Int32Array, lo: number, hi: number): number {
  const n = indices.length;
  let best = -1;
  let bestRank = -1;
  const consider = (p: number) => {
    indexWork.visited++;
    const r = rankOf(indices[p]!);
    if (r > bestRank) {
      bestRank = r;
      best = p;
    }
  };
  for (let l = lo + n, h = hi + n; l < h; l >>= 1, h >>= 1) {
    if (l & 1) consider(tree[l++]!);
    if (h & 1) consider(tree[--h]!);
  }
  return best;
}

/**
 * The `count` best-ranked events among positions `[lo, hi)` of a key, best first: each pick
 * splits its run in two, and the next is the best of the runs' bests. O(count² · log n).
 */
function bestRanked(index: StartIndex, key: string, lo: number, hi: number, count: number) {
  const indices = index.indicesByKey.get(key)!;
  const tree = tournament(index, key);
  const out: number[] = [];
  const runs: [number, number, number][] = [];
  const open = (a: number, b: number) => {
    if (b > a) runs.push([a, b, bestIn(tree, indices, a, b)]);
  };
  open(lo, hi);
  while (out.length < count && runs.length) {
    let at = 0;
    for (let r = 1; r < runs.length; r++)
      if (rankOf(indices[runs[r]![2]]!) > rankOf(indices[runs[at]![2]]!)) at = r;
    const [a, b, p] = runs.splice(at, 1)[0]!;
    out.push(indices[p]!);
    open(a, p);
    open(p + 1, b);
  }
  return out;
}

/**
 * Up to `limit` indices of events that start in `[from, to)`, the most important first: the key
 * groups are taken in the order given, and within a group the keys take turns (so no one
 * category fills the quota), each key giving its best-ranked events (`rankOf`) first, and each
 * turn's events taken best-ranked first.
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
        return { key: k, lo: bisect(starts, from), hi: bisect(starts, to) };
      })
      .filter((r) => r.hi > r.lo);
    const want = limit - out.length;
    const perKey = Math.ceil(want / Math.max(1, spans.length));
    const picks = spans.map((r) => bestRanked(index, r.key, r.lo, r.hi, perKey));
    for (let turn = 0; turn < perKey && out.length < limit; turn++) {
      if (picks.length <= limit - out.length) {
        for (const p of picks) if (turn < p.length) out.push(p[turn]!);
        continue;
      }
      // A turn the quota cuts short (one label in a crowded stretch) goes to the best-ranked of
      // the keys, not always to the first one.
      const round = picks.filter((p) => turn < p.length).map((p) => p[turn]!);
      round.sort((a, b) => rankOf(b) - rankOf(a));
      for (const i of round) if (out.length < limit) out.push(i);
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
