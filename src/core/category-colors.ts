/**
 * Which colour, and which marker shape, each category's marks take, without a DOM: the one rule
 * that the page's styles (palette entries as `var(--_cat-N)`) and the SVG export (palette entries
 * as resolved colours) both follow.
 */
import { PALETTE } from './tokens.js';
import type { Category } from './types.js';

/** Index of the palette entry of the nth category: the palette repeats after its last colour. */
export function paletteIndex(index: number): number {
  return ((index % PALETTE.length) + PALETTE.length) % PALETTE.length;
}

/**
 * How many marker shapes tell categories of one colour apart: a circle (and a plain bar), a
 * square (an outlined bar), a diamond (a thin bar) and a flat mark (a dashed bar).
 */
export const SHAPES = 4;

/**
 * The marker shape of the nth category (0 to 3): the first round of the palette's colours takes
 * circles, the next round squares, then diamonds, then flat marks. So up to 24 categories, no two
 * look alike although colours repeat after the sixth; past that, colour and shape repeat together.
 */
export function categoryShape(index: number): number {
  return Math.floor(Math.max(0, index) / PALETTE.length) % SHAPES;
}

/** Each category's marker shape by id (see `categoryShape`). */
export function categoryShapeMap(categories: readonly Category[]): Map<string, number> {
  return new Map(categories.map((c, i) => [c.id, categoryShape(i)]));
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

/**
 * The private token that colours an event without a category: among categorised events the muted
 * colour, as the marker's (the accent) is near the first category's and would read as it; where
 * no event has a category, the marker's. The page, the export and the colour check share it.
 */
export function uncategorisedToken(categories: readonly Category[]): '--_muted' | '--_marker' {
  return categories.length ? '--_muted' : '--_marker';
}
