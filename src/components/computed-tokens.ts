/** An element's look as token values, for the static export (the timeline's `toSVG()`). */
import { TOKENS, type TokenValues } from '../core/tokens.js';

/**
 * Every public token's value on `element`, as the page's CSS and any theme set it (custom
 * properties inherit, so a value set on the page reaches the element); unset ones are left out,
 * so the export takes their defaults.
 */
export function computedTokens(element: Element): TokenValues {
  const style = getComputedStyle(element);
  const out: Record<string, string> = {};
  for (const { name } of TOKENS) {
    const value = style.getPropertyValue(name).trim();
    if (value) out[name] = value;
  }
  return out;
}
