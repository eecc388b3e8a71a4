import type { Measure } from '../core/measure.js';
import { estimateMeasure } from '../core/measure.js';

/**
 * A `Measure` for the page: widths from a canvas in the element's own computed font, cached per
 * text. Falls back to the core's estimate where no canvas context exists.
 */
export function canvasMeasure(element: Element): Measure {
  const style = getComputedStyle(element);
  // Measured bold: a selected label turns bold and must still fit its box.
  const font = `700 ${style.fontSize} ${style.fontFamily}`;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateMeasure;
  ctx.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = Math.ceil(ctx.measureText(text).width) + 1;
      cache.set(text, w);
    }
    return w;
  };
}
