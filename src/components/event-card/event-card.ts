import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../style-props.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { until } from 'lit/directives/until.js';
import { formatRange, htmlDatetime } from '../../core/format.js';
import { summaryParagraphs } from '../../core/rich-text.js';
import { resolveUrl } from '../../core/url.js';
import type { Category, TimelineEvent } from '../../core/types.js';
import { AnnalsCloseEvent } from '../../events.js';
import { heading } from '../heading.js';
import { sanitizeBody } from '../sanitize.js';
import { elementLocale } from '../locale.js';
import { LangWatchController } from '../../controllers/lang-watch-controller.js';
import { MessagesController } from '../../controllers/messages-controller.js';
import type { Messages } from '../messages.js';
import { categoryColor, tokens } from '../shared.styles.js';
import { eventCardStyles } from './event-card.styles.js';

/**
 * The details of one event: title, date at its precision (or its `displayDate`), summary, body,
 * people and places, media with alt text and credit, and sources as links. URLs are resolved
 * against the page and kept only when http or https, even when the event did not come through
 * `validateDataset`; the body's HTML is sanitised with DOMPurify. Optional lists may be absent.
 *
 * @summary Shows one timeline event in full.
 * @fires {AnnalsCloseEvent} annals-close - The reader pressed the close button.
 * @slot footer - Content after the sources, such as a share link.
 * @csspart base - The card's article element.
 * @csspart title - The event title.
 * @csspart date - The `<time>` with the event's date.
 * @csspart category - The event's category, a kicker above the title.
 * @csspart summary - The summary's paragraphs (a blank line in the summary starts a new one).
 * @csspart body - The event's rich text (its sanitised `body`).
 * @csspart details - The event's group, people and places.
 * @csspart media - Each figure.
 * @csspart credit - A figure's credit (the photographer or agency), on its own line below the caption.
 * @csspart sources - The list of sources.
 * @csspart close - The close button.
 * @cssprop --annals-card-background - Card background.
 * @cssprop --annals-card-border - Rules between the card's sections.
 * @cssprop --annals-color-text - Text colour, and the rule above the card.
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

  /**
   * BCP 47 locale for the date and the card's own words (English, Russian or Kazakh), e.g. `en-GB`,
   * `ru`, `kk`. Defaults to the nearest `lang` attribute. Russian and Kazakh load when first
   * needed: until they arrive the card is not shown (never English first; after 3 s it shows in
   * English until they do), and `updateComplete` waits for them. The event is in the card's own
   * language (its nearest `lang`): where the card's words and date are not, they say so with
   * `lang` (`locale="ru"` on a page in English), for screen readers.
   */
  @property() locale?: string;

  /**
   * The page's own words for the card's headings and close button (`people`, `places`, `sources`,
   * `close`), over those of its language. The timeline passes those it is given.
   */
  @property({ attribute: false }) strings?: Partial<Messages>;

  /** Whether to show a close button. */
  @property({ type: Boolean, attribute: 'closable' }) closable = false;

  /** Heading level of the title (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private readonly _lang = new LangWatchController(this);
  private readonly _words = new MessagesController(this, {
    locale: () => elementLocale(this, this.locale),
    strings: () => this.strings,
  });

  /**
   * Images that failed to load (a 404, a host that is down, a policy's `img-src`), left out with
   * their caption and credit: the browser showed a broken-image icon with the alt text beside it,
   * which is usually the caption again, over a caption for nothing. Tried again for a new event.
   */
  private readonly _failed = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('event')) this._failed.clear();
  }

  /** The event's body on its way through DOMPurify (a chunk loaded the first time). */
  private _body?: Promise<unknown>;

  /**
   * `updateComplete` also waits for the words of the card's language (see `locale`) and for its
   * body: the card is drawn whole, as tall as it will be.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await this._words.wait(super.getUpdateComplete());
    await this._body?.catch(() => {});
    return done;
  }

  override render(): TemplateResult | typeof nothing {
    const e = this.event;
    if (!e) return nothing;
    const catIndex = this.categories.findIndex((c) => c.id === e.category);
    const cat = catIndex >= 0 ? this.categories[catIndex] : undefined;
    // Used alone, the card may be given events that never went through validation.
    const people = e.people ?? [];
    const places = e.places ?? [];
    const media = e.media ?? [];
    const sources = e.sources ?? [];
    const base = document.baseURI;
    const locale = elementLocale(this, this.locale);
    const m = this._words.messages;
    // The event is in the card's language; its words and dates, where they are in another, say so.
    const langs = this._words.langs();
    const words = langs.interface ?? nothing;
    // Not shown while the words of its language are on their way: never English first.
    return html`<article
      part="base"
      class=${this._words.holding ? 'awaiting-words' : ''}
      aria-labelledby="title"
      tabindex="-1"
    >
      ${heading(this.headingLevel, e.title, 'title')}
      <time
        part="date"
        datetime=${ifDefined(e.start ? htmlDatetime(e.start) : undefined)}
        lang=${(e.displayDate ? undefined : langs.dateInData) ?? nothing}
        >${e.displayDate || (e.start ? formatRange(e.start, e.end, locale) : '')}</time
      >
      ${
        cat
          ? html`<span
              class="category"
              part="category"
              style=${styleProps({ '--_swatch': categoryColor(catIndex, cat.color) })}
              >${cat.label}</span
            >`
          : nothing
      }
      ${summaryParagraphs(e.summary).map((p) => html`<p part="summary">${p}</p>`)}
      ${
        e.body
          ? html`<div class="body" part="body">
              ${guard([e.body], () => until((this._body = sanitizeBody(e.body!)), ''))}
            </div>`
          : nothing
      }
      ${
        e.group || people.length || places.length
          ? html`<dl part="details">
              ${
                e.group
                  ? html`<dt lang=${words}>${m.group}</dt>
                      <dd>${e.group}</dd>`
                  : nothing
              }
              ${
                people.length
                  ? html`<dt lang=${words}>${m.people}</dt>
                      <dd>${people.join(', ')}</dd>`
                  : nothing
              }
              ${
                places.length
                  ? html`<dt lang=${words}>${m.places}</dt>
                      <dd>${places.join(', ')}</dd>`
                  : nothing
              }
            </dl>`
          : nothing
      }
      ${media
        .map((m) => ({ ...m, url: resolveUrl(m.url, base) }))
        .filter((m): m is typeof m & { url: string } => m.url !== null && !this._failed.has(m.url))
        .map(
          (m) =>
            html`<figure part="media">
              <img
                src=${m.url}
                alt=${m.alt ?? ''}
                loading="lazy"
                @error=${() => {
                  this._failed.add(m.url);
                  this.requestUpdate();
                }}
              />
              ${
                m.caption || m.credit
                  ? html`<figcaption>
                      ${m.caption ?? ''}${m.caption && m.credit ? ' ' : ''}${
                        m.credit
                          ? html`<span class="credit" part="credit">${m.credit}</span>`
                          : nothing
                      }
                    </figcaption>`
                  : nothing
              }
            </figure>`,
        )}
      ${
        sources.length
          ? html`<section class="sources" aria-label=${m.sources} lang=${words}>
              <p class="sources-title"><strong>${m.sources}</strong></p>
              <ul part="sources" lang=${langs.data ?? nothing}>
                ${sources.map((s) => {
                  const href = s.url ? resolveUrl(s.url, base) : null;
                  return html`<li>
                    ${href ? html`<a href=${href} rel="noopener noreferrer">${s.title}</a>` : s.title}${
                      s.publisher ? html`, <span>${s.publisher}</span>` : nothing
                    }
                  </li>`;
                })}
              </ul>
            </section>`
          : nothing
      }
      <slot name="footer"></slot>
      ${
        this.closable
          ? html`<button
              class="close"
              part="close"
              lang=${words}
              aria-label=${m.close}
              @click=${this._close}
            >
              ×
            </button>`
          : nothing
      }
    </article>`;
  }

  /**
   * Moves keyboard focus to the card, which is named by its event's title: a screen reader says
   * which event it is, and Tab goes on to its links and close button. The timeline does this when
   * an event is opened on a phone, where the card is below the drawing.
   */
  override focus(options?: FocusOptions) {
    const article = this.renderRoot.querySelector<HTMLElement>('article');
    if (article) article.focus(options);
    else super.focus(options);
  }

  private _close() {
    this.dispatchEvent(new AnnalsCloseEvent());
  }
}
