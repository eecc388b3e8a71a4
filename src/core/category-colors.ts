/**
 * Which colour each category's marks take, without a DOM: the one rule that the page's styles
 * (palette entries as `var(--_cat-N)`) and the SVG export (palette entries as resolved colours)
 * both follow.
 */
import { PALETTE } from './tokens.js';
import type { Category } from './types.js';

/** Index of the palette entry of the nth category: the palette repeats after its last colour. */
export function paletteIndex(index: number): number {
  return ((index % PALETTE.length) + PALETTE.length) % PALETTE.length;
}

/**
 * Each category's colour by id: its own colour when it sets one, else `palette(i)` for its place
 * in the palette (`i` from 0 to 5, repeating).
 */
export function categoryColorMap(
  categories: readonly Category[],
  palette: (i: number) => string,
): Map<string, string> {
  return new Map(categories.map((c, i) => [c.id, c.color || palette(paletteIndex(i))]));
}
