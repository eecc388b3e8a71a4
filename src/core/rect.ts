/** A box in px, the Scene's unit of geometry. */
import type { Rect } from './scene-types.js';

export const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width,
  height,
});
