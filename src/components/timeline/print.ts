/**
 * The timeline on paper: a static chronology of every shown event, with its date at its
 * precision and its summary (or, for an event that has none, as from TimelineJS, the words of its
 * body, paragraph by paragraph), rendered only while the page prints (see `PrintController`). Each
 * entry avoids a page break inside it, so pages break between events, never through one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { richTextParagraphs, summaryParagraphs } from '../../core/rich-text.js';
import type { PartLanguages } from '../../core/part-language.js';
import type { TimelineEvent } from '../../core/types.js';

export interface PrintContext {
  readonly events: readonly TimelineEvent[];
  /** Label of the list, for assistive technology in print previews. */
  readonly label: string;
  /** The `lang` of the data and of the dates in words. */
  readonly langs: PartLanguages;
  dateText(e: TimelineEvent): string;
  datetime(e: TimelineEvent): string | undefined;
}

export function printList(c: PrintContext): TemplateResult {
  // The list is the data's, titles and summaries; dates in words are the locale's.
  return html`<ol class="print" part="print" aria-label=${c.label} lang=${c.langs.data ?? nothing}>
    ${repeat(
      c.events,
      (e) => e.id,
      (e) =>
        html`<li part="print-event">
          <time
            datetime=${c.datetime(e) ?? ''}
            lang=${(e.displayDate ? undefined : c.langs.dateInData) ?? nothing}
            >${c.dateText(e)}</time
          >
          <strong>${e.title}</strong>
          ${(e.summary ? summaryParagraphs(e.summary) : richTextParagraphs(e.body)).map(
            (p) => html`<p>${p}</p>`,
          )}
        </li>`,
    )}
  </ol>`;
}
