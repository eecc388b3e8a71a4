import { css, unsafeCSS } from 'lit';
import { categoryColorMap, categoryShape, paletteIndex } from '../core/category-colors.js';
import { tokenDeclarations } from '../core/tokens.js';
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
    /* A page's column may indent or centre its paragraphs (an embed block of a CMS): the type is
       the page's, the layout of the element's own text is not. */
    text-indent: 0;
    text-align: start;
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
  /* Text spacing a reader sets on the page (WCAG 1.4.12) reaches the labels, which the browser's
     own style for buttons would reset. */
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
`;

const token = (i: number) => `var(--_cat-${i})`;

/** CSS colour of each category by id: the core's rule, with the palette as private tokens. */
export function categoryColors(categories: readonly Category[]): Map<string, string> {
  return categoryColorMap(categories, token);
}

/**
 * The class that shapes the nth category's markers and swatch (`shape-1` to `shape-3`), none for
 * the first six: colours repeat after the palette's sixth, and the shape tells those apart.
 */
export function categoryShapeClass(index: number): string {
  const shape = categoryShape(index);
  return shape ? `shape-${shape}` : '';
}

/** CSS colour of the nth category: its own colour if set, else the palette's token (`--annals-category-N`). */
export function categoryColor(index: number, own?: string): string {
  return own || token(paletteIndex(index));
}
