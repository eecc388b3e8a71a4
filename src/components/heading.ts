import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { summaryParagraphs } from '../core/rich-text.js';

const TAGS = [2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** Clamps a heading level to 2–6: a component never claims the page's h1. */
export function headingLevel(level: number): number {
  return Math.min(6, Math.max(2, Math.round(Number.isFinite(level) ? level : 2)));
}

/**
 * A heading at a level the page chooses, so the element fits the page's outline. It is in the
 * language around it: the timeline's title, in the data's, is inside its header's `lang`.
 */
export function heading(level: number, text: string, part: string): TemplateResult {
  const tag = TAGS[headingLevel(level) - 2]!;
  // lit/static-html allows a static tag name; the lint rules know only lit's plain `html`.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${part} class=${part} part=${part}>${text}</${tag}>`;
}

/**
 * A dataset's description under its title, as TimelineJS shows its title slide's text: its
 * paragraphs (a blank line starts a new one), or nothing when it has none.
 */
export function description(text: string | undefined): TemplateResult | typeof nothing {
  const paragraphs = summaryParagraphs(text);
  return paragraphs.length
    ? html`<div class="description" part="description">
        ${paragraphs.map((p) => html`<p>${p}</p>`)}
      </div>`
    : nothing;
}
