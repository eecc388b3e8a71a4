/** An element's look as token values, for the static export (the timeline's `toSVG()`). */
import { sizeLength, TOKENS, type TokenValues } from '../core/tokens.js';

/**
 * Every public token's value on `element`, as the page's CSS and any theme set it (custom
 * properties inherit, so a value set on the page reaches the element); unset ones are left out,
 * so the export takes their defaults. Sizes are the element's own, resolved in px.
 */
export function computedTokens(element: Element): TokenValues {
  const style = getComputedStyle(element);
  const out: Record<string, string> = {};
  for (const { name, private: own, metric } of TOKENS) {
    // A size as the element has it, in px (a page's `3em`, a default grown with the font).
    const size = metric ? style.getPropertyValue(own).trim() : '';
    const value = sizeLength(size, 16) !== null ? size : style.getPropertyValue(name).trim();
    if (value) out[name] = value;
  }
  return out;
}
