/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum) as a check on boxes, for the Scene's numbers and for
 * the page's measured rectangles alike: a target is at least 24 × 24 CSS px, or, where it is
 * smaller, a circle of 24 px across centred on its box meets no other target and no other small
 * target's circle. Touching counts as clear, as the Understanding document has it.
 */

/** A target's box, and the control it belongs to (boxes of one control are not checked against each other). */
export interface TargetBox {
  readonly owner: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The least size, and so the circle's diameter. */
export const TARGET_SIZE = 24;

/** Distance from a point to a box (0 inside it). */
function distance(px: number, py: number, b: TargetBox): number {
  const dx = Math.max(b.x - px, 0, px - (b.x + b.width));
  const dy = Math.max(b.y - py, 0, py - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/**
 * Each way the boxes fail 2.5.8, in words ("label g18: its circle meets cluster …"); none when they
 * pass. `slack` forgives that much of a px: by default the rounding of sums of fractions (two
 * circles that touch may be 23.999999999999996 apart), on a page its rounding of positions to its
 * layout units.
 */
export function targetSizeFailures(boxes: readonly TargetBox[], slack = 1e-9): string[] {
  const r = TARGET_SIZE / 2;
  const small = (b: TargetBox) => b.width < TARGET_SIZE - slack || b.height < TARGET_SIZE - slack;
  const centre = (b: TargetBox) => [b.x + b.width / 2, b.y + b.height / 2] as const;
  const describe = (b: TargetBox) =>
    `${b.owner} (${b.width.toFixed(1)}×${b.height.toFixed(1)} at ${b.x.toFixed(1)},${b.y.toFixed(1)})`;
  const failures: string[] = [];
  boxes.forEach((a, i) => {
    if (!small(a)) return;
    const [ax, ay] = centre(a);
    boxes.forEach((b, j) => {
      if (i === j || a.owner === b.owner) return;
      if (distance(ax, ay, b) < r - slack)
        failures.push(`${describe(a)}: its circle meets ${describe(b)}`);
      else if (j > i && small(b)) {
        const [bx, by] = centre(b);
        if (Math.hypot(ax - bx, ay - by) < 2 * r - slack)
          failures.push(`${describe(a)}: its circle meets the circle of ${describe(b)}`);
      }
    });
  });
  return failures;
}
