import { css, unsafeCSS } from 'lit';
import { PALETTE, tokenDeclarations } from '../core/tokens.js';
import type { Category } from '../core/types.js';

/**
 * Tokens every Annals element reads. Each public `--annals-*` property (the table in
 * `core/tokens.ts`) is read here, once, into a private `--_*` one, and styles use only the private
 * ones, so a publication restyles with CSS alone and internals can change without breaking it.
 * The font is the page's own unless `--annals-font` is set.
 */
export const tokens = css`
  :host {
    ${unsafeCSS(tokenDeclarations())}
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  /* Paper is white whatever the theme: a dark theme's light text would not print. */
  @media print {
    :host {
      --_text: #000;
      --_muted: #444;
      --_bg: #fff;
      --_card-bg: #fff;
      --_accent: #000;
      --_rule: #999;
      --_card-border: #999;
      color-scheme: light;
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
`;

export { PALETTE };

/** CSS colour of each category by id: the one rule the timeline, legend and card share. */
export function categoryColors(categories: readonly Category[]): Map<string, string> {
  return new Map(categories.map((c, i) => [c.id, categoryColor(i, c.color)]));
}

/** CSS colour of the nth category: its own colour if set, else the palette's token (`--annals-category-N`). */
export function categoryColor(index: number, own?: string): string {
  if (own) return own;
  const i = ((index % PALETTE.length) + PALETTE.length) % PALETTE.length;
  return `var(--_cat-${i})`;
}
