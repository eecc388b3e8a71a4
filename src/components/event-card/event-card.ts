import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../style-props.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatRange, htmlDatetime } from '../../core/format.js';
import { checkUrl } from '../../core/url.js';
import type { Category, TimelineEvent } from '../../core/types.js';
import { AnnalsCloseEvent } from '../../events.js';
import { heading } from '../heading.js';
import { elementLocale } from '../locale.js';
import { categoryColor, tokens } from '../shared.styles.js';
import { eventCardStyles } from './event-card.styles.js';

/**
 * The details of one event: title, date at its precision, summary, people and places, media with
 * alt text and credit, and sources as links. Links and images whose URL is not http, https or
 * relative are not drawn, even when the event did not come through `validateDataset`.
 *
 * @summary Shows one timeline event in full.
 * @fires annals-close - The reader pressed the close button.
 * @slot footer - Content after the sources, such as a share link.
 * @csspart base - The card's article element.
 * @csspart title - The event title.
 * @csspart date - The `<time>` with the event's date.
 * @csspart summary - The summary paragraph.
 * @csspart media - Each figure.
 * @csspart sources - The list of sources.
 * @csspart close - The close button.
 * @cssprop --annals-card-background - Card background.
 * @cssprop --annals-card-border - Card border colour.
 * @cssprop --annals-color-text - Text colour.
 * @cssprop --annals-color-muted - Colour of secondary text.
 * @cssprop --annals-color-accent - Link colour.
 * @cssprop --annals-font - Font family.
 */
export class AnnalsEventCard extends LitElement {
  static override styles = [tokens, eventCardStyles];

  /** The event to show; nothing renders while it is null. */
  @property({ attribute: false }) event: TimelineEvent | null = null;

  /** Categories, to name and colour the event's category. */
  @property({ attribute: false }) categories: readonly Category[] = [];

  /** BCP 47 locale for the date, e.g. `en-GB`, `ru`, `kk`. Defaults to the page's language. */
  @property() locale?: string;

  /** Whether to show a close button. */
  @property({ type: Boolean, attribute: 'closable' }) closable = false;

  /** Heading level of the title (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  override render() {
    const e = this.event;
    if (!e) return nothing;
    const catIndex = this.categories.findIndex((c) => c.id === e.category);
    const cat = catIndex >= 0 ? this.categories[catIndex] : undefined;
    return html`<article part="base" aria-labelledby="title">
      ${heading(this.headingLevel, e.title, 'title')}
      <time part="date" datetime=${ifDefined(htmlDatetime(e.start))}
        >${formatRange(e.start, e.end, elementLocale(this, this.locale))}</time
      >
      ${
        cat
          ? html`<span
              class="category"
              style=${styleProps({ '--_swatch': categoryColor(catIndex, cat.color) })}
              >${cat.label}</span
            >`
          : nothing
      }
      ${e.summary ? html`<p part="summary">${e.summary}</p>` : nothing}
      ${
        e.people.length || e.places.length
          ? html`<dl>
              ${
                e.people.length
                  ? html`<dt>People</dt>
                      <dd>${e.people.join(', ')}</dd>`
                  : nothing
              }
              ${
                e.places.length
                  ? html`<dt>Places</dt>
                      <dd>${e.places.join(', ')}</dd>`
                  : nothing
              }
            </dl>`
          : nothing
      }
      ${e.media
        .filter((m) => checkUrl(m.url).ok)
        .map(
          (m) =>
            html`<figure part="media">
              <img src=${m.url} alt=${m.alt} loading="lazy" />
              ${
                m.caption || m.credit
                  ? html`<figcaption>
                      ${m.caption ?? ''}${m.caption && m.credit ? ' ' : ''}${
                        m.credit ? html`<span class="credit">${m.credit}</span>` : nothing
                      }
                    </figcaption>`
                  : nothing
              }
            </figure>`,
        )}
      ${
        e.sources.length
          ? html`<section aria-label="Sources">
              <p class="sources-title"><strong>Sources</strong></p>
              <ul part="sources">
                ${e.sources.map(
                  (s) =>
                    html`<li>
                      ${s.url && checkUrl(s.url).ok ? html`<a href=${s.url} rel="noopener noreferrer">${s.title}</a>` : s.title}${
                        s.publisher ? html`, <span>${s.publisher}</span>` : nothing
                      }
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      <slot name="footer"></slot>
      ${
        this.closable
          ? html`<button class="close" part="close" aria-label="Close" @click=${this._close}>
              ×
            </button>`
          : nothing
      }
    </article>`;
  }

  private _close() {
    this.dispatchEvent(new AnnalsCloseEvent());
  }
}
