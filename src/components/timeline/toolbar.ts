/** The toolbar: previous and next, zoom, go to a date, search, and the legend. */
import { html, nothing } from 'lit';
import type { Category } from '../../core/types.js';
import type { AnnalsCategoryToggleEvent } from '../../events.js';

/** What the toolbar shows, and where its controls send the reader's intent. */
export interface ToolbarContext {
  readonly zoomable: boolean;
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
  onMatch(direction: 1 | -1): void;
  onToggle(ev: AnnalsCategoryToggleEvent): void;
}

function searchHint(c: ToolbarContext): string {
  if (!c.query.trim()) return '';
  if (!c.matchCount) return 'No matches';
  return `${c.matchIndex >= 0 ? `${c.matchIndex + 1} of ` : ''}${c.matchCount} found`;
}

export function toolbar(c: ToolbarContext) {
  const hasMatches = c.matchCount > 0;
  return html`<div class="toolbar" part="toolbar">
    <div class="group" role="group" aria-label="Events">
      <button @click=${() => c.onStep(-1)} aria-label="Previous event" title="Previous event">
        ‹ Previous
      </button>
      <button @click=${() => c.onStep(1)} aria-label="Next event" title="Next event">Next ›</button>
    </div>
    ${
      c.zoomable
        ? html`<div class="group" role="group" aria-label="Zoom">
            <button
              @click=${() => c.onZoom(0.5)}
              ?disabled=${!c.canZoomOut}
              aria-label="Zoom out"
              title="Zoom out (−)"
            >
              −
            </button>
            <button
              @click=${() => c.onZoom(2)}
              ?disabled=${!c.canZoomIn}
              aria-label="Zoom in"
              title="Zoom in (+)"
            >
              +
            </button>
            <button @click=${c.onFit} aria-label="Fit all events" title="Show all (0)">Fit</button>
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
      <label for="goto">Go to</label>
      <input
        id="goto"
        name="date"
        placeholder="YYYY-MM-DD"
        autocomplete="off"
        aria-invalid=${c.dateError ? 'true' : 'false'}
        aria-describedby="goto-message"
      />
      <button type="submit">Go</button>
    </form>
    <div class="group" role="search">
      <label for="search" class="sr-only">Search events</label>
      <input
        id="search"
        type="search"
        placeholder="Search"
        .value=${c.query}
        @input=${(ev: Event) => c.onSearch((ev.target as HTMLInputElement).value)}
        @keydown=${(ev: KeyboardEvent) => {
          if (ev.key !== 'Enter') return;
          ev.preventDefault();
          c.onMatch(ev.shiftKey ? -1 : 1);
        }}
      />
      <button @click=${() => c.onMatch(-1)} ?disabled=${!hasMatches} aria-label="Previous match">
        ↑
      </button>
      <button @click=${() => c.onMatch(1)} ?disabled=${!hasMatches} aria-label="Next match">
        ↓
      </button>
      <span class="hint" aria-live="polite">${searchHint(c)}</span>
    </div>
    ${
      c.categories.length > 1
        ? html`<annals-legend
            .categories=${c.categories}
            .hiddenCategories=${c.hidden}
            @annals-category-toggle=${c.onToggle}
          ></annals-legend>`
        : nothing
    }
    <span id="goto-message" class=${c.dateError ? 'error' : 'hint'} role="status"
      >${c.dateError || c.dateNote}</span
    >
  </div>`;
}
