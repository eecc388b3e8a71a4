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
 * Breaks `text` into at most `maxLines` lines of `width` px at spaces; the last line ends in an
 * ellipsis when text remains, and so does a word too long for a line of its own.
 */
export function fitText(
  text: string,
  width: number,
  measure: Measure,
  maxLines = 1,
): readonly string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (maxLines <= 1 || measure(clean) <= width + SLACK) return [ellipsize(clean, width, measure)];
  const words = clean.split(' ');
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    let line = words[i]!;
    i++;
    while (i < words.length && measure(`${line} ${words[i]}`) <= width + SLACK)
      line += ` ${words[i++]}`;
    lines.push(ellipsize(line, width, measure));
  }
  if (i < words.length) lines.push(ellipsize(words.slice(i).join(' '), width, measure));
  return lines;
}
