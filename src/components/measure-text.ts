import type { Measure } from '../core/measure.js';
import { estimateTextWidth } from '../core/measure.js';

/**
 * How wide a text is in `family` at a size in px, measured on a canvas, cached per size and text.
 * Measured bold: a selected label turns bold and must still fit its box. The core's estimate where
 * no canvas context exists. The drawing measures in the element's font (`canvasMeasure`); the
 * export, at the sizes of its picture.
 */
export function canvasTextWidth(
  family: string,
  spacing?: { letter: string; word: string },
): (text: string, size: number) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateTextWidth;
  // A reader's text spacing (WCAG 1.4.12) widens the labels: measured with it, they fit whole.
  // 'normal' is no length: the canvas keeps its 0px.
  if (spacing) [ctx.letterSpacing, ctx.wordSpacing] = [spacing.letter, spacing.word];
  const caches = new Map<number, Map<string, number>>();
  let current = NaN;
  return (text, size) => {
    let cache = caches.get(size);
    if (!cache) caches.set(size, (cache = new Map()));
    let w = cache.get(text);
    if (w === undefined) {
      // The font is set only when the size changes: setting it is dear.
      if (size !== current) ctx.font = `700 ${(current = size)}px ${family}`;
      cache.set(text, (w = Math.ceil(ctx.measureText(text).width) + 1));
    }
    return w;
  };
}

/**
 * A `Measure` for the page: widths in the element's own computed font and text spacing
 * (`canvasTextWidth`).
 */
export function canvasMeasure(element: Element): Measure {
  const style = getComputedStyle(element);
  const width = canvasTextWidth(style.fontFamily, {
    letter: style.letterSpacing,
    word: style.wordSpacing,
  });
  const size = parseFloat(style.fontSize);
  return (text) => width(text, size);
}
