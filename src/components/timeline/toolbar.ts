/** The toolbar: previous and next, zoom, go to a date, search, the legend and the downloads. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/messages/index.js';
import type { Category } from '../../core/types.js';
import type { AnnalsCategoryToggleEvent } from '../../events.js';

/** What the toolbar shows, and where its controls send the reader's intent. */
export interface ToolbarContext {
  /** The words of the controls, in the timeline's language. */
  readonly messages: Messages;
  /** The timeline's locale and the page's words, for the legend, which says them as it does. */
  readonly locale: string | undefined;
  readonly strings: Partial<Messages> | undefined;
  /** The `lang` of the categories' names among the controls, where it is not theirs. */
  readonly dataLang: string | undefined;
  /**
   * The timeline's name: it names the search landmark, so that it is told apart from the page's
   * own search and from another timeline's.
   */
  readonly title: string;
  readonly zoomable: boolean;
  /** Whether Previous and Next have an event to go to (not at the first or last). */
  readonly canPrevious: boolean;
  readonly canNext: boolean;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
  readonly query: string;
  readonly matchCount: number;
  /** 0-based index of the current match, or −1 before the first step. */
  readonly matchIndex: number;
  readonly dateError: string;
  readonly dateNote: string;
  readonly categories: readonly Category[];
  readonly hidden: readonly string[];
  onStep(direction: 1 | -1): void;
  onZoom(factor: number): void;
  onFit(): void;
  onGoTo(text: string): void;
  onSearch(query: string): void;
  /** The search field was focused: a query is likely to come. */
  onSearchFocus(): void;
  onMatch(direction: 1 | -1): void;
  onToggle(ev: AnnalsCategoryToggleEvent): void;
  /** Download the picture of the view; without it, no download buttons. */
  onDownload?(format: 'svg' | 'png'): void;
}

function searchHint(c: ToolbarContext): string {
  if (!c.query.trim()) return '';
  return c.messages.found(c.matchCount, c.matchIndex >= 0 ? c.matchIndex + 1 : undefined);
}

export function toolbar(c: ToolbarContext): TemplateResult {
  const m = c.messages;
  const hasMatches = c.matchCount > 0;
  return html`<div class="toolbar" part="toolbar">
    <div class="group" role="group" aria-label=${m.eventsGroup}>
      <button
        part="toolbar-button"
        @click=${() => c.onStep(-1)}
        ?disabled=${!c.canPrevious}
        title=${m.previousEvent}
      >
        <span aria-hidden="true">‹</span> ${m.previous}
      </button>
      <button
        part="toolbar-button"
        @click=${() => c.onStep(1)}
        ?disabled=${!c.canNext}
        title=${m.nextEvent}
      >
        ${m.next} <span aria-hidden="true">›</span>
      </button>
    </div>
    ${
      c.zoomable
        ? html`<div class="group" role="group" aria-label=${m.zoomGroup}>
            <button
              part="toolbar-button"
              @click=${() => c.onZoom(0.5)}
              ?disabled=${!c.canZoomOut}
              aria-label=${m.zoomOut}
              title=${`${m.zoomOut} (−)`}
            >
              −
            </button>
            <button
              part="toolbar-button"
              @click=${() => c.onZoom(2)}
              ?disabled=${!c.canZoomIn}
              aria-label=${m.zoomIn}
              title=${`${m.zoomIn} (+)`}
            >
              +
            </button>
            <button part="toolbar-button" @click=${c.onFit} title=${`${m.fitAll} (0)`}>
              ${m.fit}
            </button>
          </div>`
        : nothing
    }
    <form
      class="group"
      @submit=${(ev: Event) => {
        ev.preventDefault();
        const form = ev.target as HTMLFormElement;
        c.onGoTo((form.elements.namedItem('date') as HTMLInputElement).value);
      }}
    >
      <label for="goto" part="toolbar-label">${m.goTo}</label>
      <input
        part="toolbar-input"
        id="goto"
        name="date"
        placeholder=${m.datePlaceholder}
        autocomplete="off"
        aria-invalid=${c.dateError ? 'true' : 'false'}
        aria-describedby="goto-message"
      />
      <button part="toolbar-button" type="submit">${m.go}</button>
    </form>
    <div class="group" role="search" aria-label=${`${m.searchLabel}: ${c.title}`}>
      <label for="search" class="sr-only">${m.searchLabel}</label>
      <input
        part="toolbar-input"
        id="search"
        type="search"
        placeholder=${m.searchPlaceholder}
        .value=${c.query}
        @input=${(ev: Event) => c.onSearch((ev.target as HTMLInputElement).value)}
        @focus=${c.onSearchFocus}
        @keydown=${(ev: KeyboardEvent) => {
          if (ev.key !== 'Enter') return;
          ev.preventDefault();
          c.onMatch(ev.shiftKey ? -1 : 1);
        }}
      />
      <button
        part="toolbar-button"
        @click=${() => c.onMatch(-1)}
        ?disabled=${!hasMatches}
        aria-label=${m.previousMatch}
      >
        ↑
      </button>
      <button
        part="toolbar-button"
        @click=${() => c.onMatch(1)}
        ?disabled=${!hasMatches}
        aria-label=${m.nextMatch}
      >
        ↓
      </button>
      <span class="hint" aria-live="polite">${searchHint(c)}</span>
    </div>
    ${
      c.categories.length > 1
        ? html`<annals-legend
            exportparts="list:legend, item:legend-item, swatch:legend-swatch"
            .categories=${c.categories}
            .hiddenCategories=${c.hidden}
            .strings=${c.strings}
            lang=${c.dataLang ?? nothing}
            locale=${c.locale ?? nothing}
            @annals-category-toggle=${c.onToggle}
          ></annals-legend>`
        : nothing
    }
    ${
      c.onDownload
        ? html`<div class="group download" role="group" aria-label=${m.download}>
            <button
              part="toolbar-button"
              @click=${() => c.onDownload!('svg')}
              aria-label=${m.downloadSvg}
              title=${m.downloadSvg}
            >
              SVG
            </button>
            <button
              part="toolbar-button"
              @click=${() => c.onDownload!('png')}
              aria-label=${m.downloadPng}
              title=${m.downloadPng}
            >
              PNG
            </button>
          </div>`
        : nothing
    }
    <span id="goto-message" class=${c.dateError ? 'goto-error' : 'hint'} role="status"
      >${c.dateError || c.dateNote}</span
    >
  </div>`;
}
