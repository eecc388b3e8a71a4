/**
 * One-dimensional label placement for the vertical layout: labels keep their order, never
 * overlap, and sit as close to their markers as the room allows (least squares), like a printed
 * chronology's margin notes. O(n): overlapping labels merge into blocks that settle on the mean
 * of what their members want.
 */

/**
 * A label to place: where its top would ideally be, and its height; optionally the least and
 * greatest tops it may take (an era's title must stay beside its band).
 */
export interface LabelSlot {
  readonly ideal: number;
  readonly height: number;
  readonly min?: number;
  readonly max?: number;
}

/**
 * Tops for labels given in order of `ideal`: each at least `gap` below the previous one's bottom,
 * none above `min` and, where they fit, none reaching below `max`; within those rules, the sum of
 * squared moves from `ideal` is least. A slot's own `min` and `max` bound its top too, and win over
 * `max` where both cannot hold (the caller makes sure they can: see the vertical layout). Labels
 * that cannot all fit between `min` and `max` run past `max`. Bounds keep the problem convex, so
 * merging blocks (pool adjacent violators) still finds the least squares.
 */
export function placeLabels(
  slots: readonly LabelSlot[],
  gap: number,
  min = 0,
  max = Infinity,
): number[] {
  /** The block's best top within its bounds; the slots' own bounds first. */
  const clamp = (block: Omit<Block, 'top'>) =>
    Math.max(
      block.lo,
      Math.min(block.hi, Math.max(min, Math.min(max - block.height, block.sum / block.n))),
    );
  interface Block {
    first: number;
    /** Height of the block's labels and the gaps between them. */
    height: number;
    /** Σ (ideal − offset in block) over members: the block's best top is sum / n. */
    sum: number;
    n: number;
    /** The least and greatest tops the members' own bounds leave the block. */
    lo: number;
    hi: number;
    top: number;
  }
  const blocks: Block[] = [];
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    const own = {
      first: i,
      height: s.height,
      sum: s.ideal,
      n: 1,
      lo: s.min ?? -Infinity,
      hi: s.max ?? Infinity,
    };
    let block: Block = { ...own, top: clamp(own) };
    for (;;) {
      const prev = blocks[blocks.length - 1];
      if (!prev || prev.top + prev.height + gap <= block.top) break;
      blocks.pop();
      const shift = prev.height + gap;
      const sum = prev.sum + block.sum - block.n * shift;
      const merged = {
        first: prev.first,
        height: shift + block.height,
        sum,
        n: prev.n + block.n,
        lo: Math.max(prev.lo, block.lo - shift),
        hi: Math.min(prev.hi, block.hi - shift),
      };
      block = { ...merged, top: clamp(merged) };
    }
    blocks.push(block);
  }
  const tops = new Array<number>(slots.length);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const end = b + 1 < blocks.length ? blocks[b + 1]!.first : slots.length;
    let y = block.top;
    for (let i = block.first; i < end; i++) {
      tops[i] = y;
      y += slots[i]!.height + gap;
    }
  }
  return tops;
}
