import { TOKENS } from '../core/tokens.js';

let registered = false;

/**
 * Registers the private size tokens (`--_m-lane-height`, …) as `<length>` custom properties, once
 * per page, so that their computed values are lengths in px wherever they are read: what a page
 * writes as `3em` or `calc(2em + 8px)`, and the defaults that grow with the font size
 * (`max(44px, calc(44em / 13))`), reach the layout as the numbers the CSS draws with. A value
 * that is not a length falls back to the token's default, in the CSS as in the layout.
 *
 * Another copy of Annals on the page may have registered them first: that registration is the
 * same and is kept.
 */
export function registerMetricProperties(): void {
  if (registered || typeof CSS === 'undefined' || !('registerProperty' in CSS)) return;
  registered = true;
  for (const k of TOKENS) {
    if (!k.metric || k.value === null) continue;
    try {
      CSS.registerProperty({
        name: k.private,
        syntax: '<length>',
        inherits: true,
        initialValue: k.value,
      });
    } catch {
      // Already registered (by another copy of Annals).
    }
  }
}
