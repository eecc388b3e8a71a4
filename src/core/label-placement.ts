/**
 * One-dimensional label placement for the vertical layout: labels keep their order, never
 * overlap, and sit as close to their markers as the room allows (least squares), like a printed
 * chronology's margin notes. O(n): overlapping labels merge into blocks that settle on the mean
 * of what their members want.
 */

/** A label to place: where its top would ideally be, and its height. */
export interface LabelSlot {
  readonly ideal: number;
  readonly height: number;
}

/**
 * Tops for labels given in order of `ideal`: each at least `gap` below the previous one's bottom,
 * none above `min` and, where they fit, none reaching below `max`; within those rules, the sum of
 * squared moves from `ideal` is least. Labels that cannot all fit between `min` and `max` run
 * past `max`.
 */
export function placeLabels(
  slots: readonly LabelSlot[],
  gap: number,
  min = 0,
  max = Infinity,
): number[] {
  const clamp = (top: number, height: number) => Math.max(min, Math.min(max - height, top));
  interface Block {
    first: number;
    /** Height of the block's labels and the gaps between them. */
    height: number;
    /** Σ (ideal − offset in block) over members: the block's best top is sum / n. */
    sum: number;
    n: number;
    top: number;
  }
  const blocks: Block[] = [];
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    let block: Block = {
      first: i,
      height: s.height,
      sum: s.ideal,
      n: 1,
      top: clamp(s.ideal, s.height),
    };
    for (;;) {
      const prev = blocks[blocks.length - 1];
      if (!prev || prev.top + prev.height + gap <= block.top) break;
      blocks.pop();
      const shift = prev.height + gap;
      const sum = prev.sum + block.sum - block.n * shift;
      const n = prev.n + block.n;
      block = {
        first: prev.first,
        height: shift + block.height,
        sum,
        n,
        top: clamp(sum / n, shift + block.height),
      };
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
