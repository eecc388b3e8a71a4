import { css } from 'lit';
import type { Category } from '../core/types.js';

/**
 * Tokens every Annals element reads. Public `--annals-*` properties feed private `--_*` ones, so a
 * publication restyles with CSS alone and internals can change without breaking it.
 */
export const tokens = css`
  :host {
    --_font: var(--annals-font, system-ui, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--annals-font-size, 13px);
    --_text: var(--annals-color-text, #1d1d1f);
    --_muted: var(--annals-color-muted, #55585e);
    --_bg: var(--annals-color-background, #ffffff);
    --_surface: var(--annals-color-surface, #f4f5f7);
    --_line: var(--annals-color-line, #8a8f98);
    --_accent: var(--annals-color-accent, #0b57d0);
    --_focus: var(--annals-focus-ring, #0b57d0);
    --_era: var(--annals-era-background, rgba(11, 87, 208, 0.07));
    --_radius: var(--annals-radius, 4px);
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
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
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
`;

/** The category palette: `--annals-category-N` (0–5) overrides each colour. */
export const PALETTE = ['#1f5f99', '#a2402a', '#2e7d32', '#7b3fa0', '#8a6300', '#00707a'] as const;

/** CSS colour of each category by id: the one rule the timeline, legend and card share. */
export function categoryColors(categories: readonly Category[]): Map<string, string> {
  return new Map(categories.map((c, i) => [c.id, categoryColor(i, c.color)]));
}

/** CSS colour of the nth category: the user's token if set, else the palette. */
export function categoryColor(index: number, own?: string): string {
  if (own) return own;
  const i = ((index % PALETTE.length) + PALETTE.length) % PALETTE.length;
  return `var(--annals-category-${i}, ${PALETTE[i]})`;
}
