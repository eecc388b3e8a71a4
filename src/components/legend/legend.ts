import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../style-props.js';
import type { Category } from '../../core/types.js';
import { AnnalsCategoryToggleEvent } from '../../events.js';
import { elementLocale } from '../locale.js';
import { LangWatchController } from '../../controllers/lang-watch-controller.js';
import { MessagesController } from '../../controllers/messages-controller.js';
import type { Messages } from '../messages.js';
import { categoryColor, categoryShapeClass, tokens } from '../shared.styles.js';
import { legendStyles } from './legend.styles.js';

/**
 * A category legend whose entries toggle their category on and off. It keeps no state of its
 * own: it shows `hiddenCategories` and reports the reader's intent as `annals-category-toggle`.
 *
 * @summary Names and colours the categories; each entry is a toggle.
 * @fires {AnnalsCategoryToggleEvent} annals-category-toggle - An entry was pressed; `category` and the requested `visible` state.
 * @csspart list - The list of entries.
 * @csspart item - Each entry's toggle button.
 * @csspart swatch - The colour swatch in an entry.
 * @cssprop --annals-category-0 - Colour of the first category (likewise -1 to -5).
 * @cssprop --annals-color-text - Text colour.
 * @cssprop --annals-color-line - Border of the entries.
 * @cssprop --annals-color-surface - Background of a hidden entry.
 * @cssprop --annals-color-muted - Text of a hidden entry.
 * @cssprop --annals-radius - The entries are round-ended, or square when it is 0.
 */
export class AnnalsLegend extends LitElement {
  static override styles = [tokens, legendStyles];

  /** The categories to list, in order; their order sets their palette colour. */
  @property({ attribute: false }) categories: readonly Category[] = [];

  /** Ids of the categories currently hidden. */
  @property({ attribute: false }) hiddenCategories: readonly string[] = [];

  /** Accessible name of the legend; by default "Categories" in the legend's language. */
  @property() label?: string;

  /**
   * BCP 47 locale of the legend's own words (English, Russian or Kazakh); defaults to the nearest
   * `lang`. Russian and Kazakh load when first needed: English shows until they arrive, and
   * `updateComplete` waits for them. The categories' names are in the legend's own language (its
   * nearest `lang`): where its words are not, they say so with `lang` (`locale="ru"` on a page in
   * English), for screen readers.
   */
  @property() locale?: string;

  /**
   * The page's own words (`categories`), over those of its language. The timeline passes those it
   * is given.
   */
  @property({ attribute: false }) strings?: Partial<Messages>;

  private readonly _lang = new LangWatchController(this);
  private readonly _words = new MessagesController(this, {
    locale: () => elementLocale(this, this.locale),
    strings: () => this.strings,
  });

  /** `updateComplete` also waits for the words of the legend's language (see `locale`). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._words.wait(super.getUpdateComplete());
  }

  override render(): TemplateResult {
    const label = this.label ?? this._words.messages.categories;
    // The page's own name for the legend is in the page's language, as the names are.
    const langs = this.label ? null : this._words.langs();
    return html`<ul part="list" aria-label=${label} lang=${langs?.interface ?? nothing}>
      ${this.categories.map((c, i) => {
        const visible = !this.hiddenCategories.includes(c.id);
        return html`<li>
          <button
            part="item"
            lang=${langs?.data ?? nothing}
            aria-pressed=${visible ? 'true' : 'false'}
            style=${styleProps({ '--_swatch': categoryColor(i, c.color) })}
            @click=${() => this.dispatchEvent(new AnnalsCategoryToggleEvent(c.id, !visible))}
          >
            <span class="swatch ${categoryShapeClass(i)}" part="swatch" data-shape=${i % 4}></span
            >${c.label}
          </button>
        </li>`;
      })}
    </ul>`;
  }
}
