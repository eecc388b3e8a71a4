/** Fitting a label's text into its box, as a renderer without CSS ellipsis must. */
import type { Measure } from './measure.js';

const ELLIPSIS = '…';

/**
 * Widths are compared with this much slack: a box's width is often a difference of positions
 * (`labelEnd - labelStart`), which floating point leaves a hair under the text's own width.
 */
const SLACK = 1e-6;

/** The longest start of `text` that fits `width` with an ellipsis (the whole text if it fits). */
export function ellipsize(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width + SLACK) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= width + SLACK) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * Breaks `text` into at most `maxLines` lines of `width` px at spaces; a word too long for a line
 * of its own is broken where the line ends and goes on on the next (as CSS's
 * `overflow-wrap: anywhere` does); the last line ends in an ellipsis when text remains.
 */
export function fitText(
  text: string,
  width: number,
  measure: Measure,
  maxLines = 1,
): readonly string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (maxLines <= 1 || measure(clean) <= width + SLACK) return [ellipsize(clean, width, measure)];
  // Each piece with what joins it to the one before: a space, or nothing inside a broken word.
  const words = clean
    .split(' ')
    .flatMap((w) =>
      pieces(w, width, measure, maxLines).map((text, k) => ({ text, join: k ? '' : ' ' })),
    );
  const joined = (from: number, to = words.length) =>
    words
      .slice(from, to)
      .map((w, k) => (k ? w.join : '') + w.text)
      .join('');
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    const from = i++;
    while (i < words.length && measure(joined(from, i + 1)) <= width + SLACK) i++;
    lines.push(ellipsize(joined(from, i), width, measure));
  }
  if (i < words.length) lines.push(ellipsize(joined(i), width, measure));
  return lines;
}

let segmenter: Intl.Segmenter | null | undefined;

/** A text's characters as a reader sees them (grapheme clusters: 👨‍👩‍👧 is one). */
function graphemes(text: string): string[] {
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  return segmenter ? Array.from(segmenter.segment(text), (g) => g.segment) : [...text];
}

/**
 * A word as pieces that each fit `width` (the word itself when it fits), broken between
 * characters; at most `limit` pieces are cut, and what remains is the last piece.
 */
function pieces(word: string, width: number, measure: Measure, limit: number): string[] {
  if (measure(word) <= width + SLACK) return [word];
  const out: string[] = [];
  let chars = graphemes(word);
  while (chars.length && out.length < limit) {
    let lo = 1;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (measure(chars.slice(0, mid).join('')) <= width + SLACK) lo = mid;
      else hi = mid - 1;
    }
    out.push(chars.slice(0, lo).join(''));
    chars = chars.slice(lo);
  }
  if (chars.length) out.push(chars.join(''));
  return out;
}
