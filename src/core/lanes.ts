/** Lane packing: greedy interval partitioning in O(n log n), lowest free lane first. */

/** An extent along the time axis, in px: the mark and its label together. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/** A binary min-heap over numbers or [key, value] pairs ordered by key. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly key: (t: T) => number) {}
  get size() {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.key(a[parent]!) <= this.key(a[i]!)) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.key(a[l]!) < this.key(a[m]!)) m = l;
        if (r < a.length && this.key(a[r]!) < this.key(a[m]!)) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Assigns each extent a lane so that extents in one lane are at least `gap` px apart. Extents
 * must be sorted by `start`; each takes the lowest-numbered lane that is free at its start, so
 * lanes fill from the top and an item never lands below a lane it would fit in.
 * Returns the lane of each extent, in input order.
 */
export function packLanes(extents: readonly Extent[], gap = 0): number[] {
  const lanes = new Array<number>(extents.length);
  const busy = new MinHeap<readonly [end: number, lane: number]>((e) => e[0]);
  const free = new MinHeap<number>((n) => n);
  let count = 0;
  for (let i = 0; i < extents.length; i++) {
    const { start, end } = extents[i]!;
    if (i > 0 && start < extents[i - 1]!.start)
      throw new RangeError('packLanes needs extents sorted by start');
    while (busy.size > 0 && busy.peek()![0] + gap <= start) free.push(busy.pop()![1]);
    const lane = free.size > 0 ? free.pop()! : count++;
    lanes[i] = lane;
    busy.push([Math.max(end, start), lane]);
  }
  return lanes;
}
