/**
 * Text widths for layout. The page measures with a canvas in the element's own font; Node and
 * tests use this deterministic estimate, tuned to DejaVu Sans / Helvetica-like faces. A page
 * scene and an estimated one agree on every mark position (x, x2, ticks' x, breaks), but label
 * extents differ by the font's real metrics (about ±10 % for Latin text), and so may the lanes
 * those extents decide. The SVG export and the Node CLI will use the estimate on both sides.
 */

/** Width in CSS px of a text in the layout's label font. */
export type Measure = (text: string) => number;

const NARROW = new Set("il.,:;'|!ijtfr()[]{} ");
const WIDE = new Set('mwMW@%');

/** A deterministic width estimate for a sans-serif face at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize = 13): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else if (/[\u0300-\u036f]/.test(ch)) em += 0;
    else em += 0.6;
  }
  return em * fontSize;
}

/** The default measure: `estimateTextWidth` at 13 px. */
export const estimateMeasure: Measure = (text) => estimateTextWidth(text, 13);
