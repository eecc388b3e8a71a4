/** Registers every Annals element. Import this once (or load `dist/annals.js`) to use the tags. */
import { AnnalsAxis } from './components/axis/axis.js';
import { AnnalsEventCard } from './components/event-card/event-card.js';
import { AnnalsLegend } from './components/legend/legend.js';
import {
  AnnalsCategoryElement,
  AnnalsEraElement,
  AnnalsEventElement,
} from './components/markup/markup.js';
import { AnnalsOverview } from './components/overview/overview.js';
import { AnnalsTimeline } from './components/timeline/timeline.js';
import { formatInstant, formatSpan } from './core/format.js';
import { canvasTextWidth } from './components/measure-text.js';
import { loadMessages } from './core/messages/load.js';

const DAY = 86_400_000;

type ElementClass = CustomElementConstructor & {
  readonly dependencies?: Readonly<Record<string, ElementClass>>;
};

/**
 * Registers an element and, first, the elements it renders (its static `dependencies`). Defining
 * twice throws, and a page may load Annals from two bundles, so a taken name is left alone.
 */
export function defineElement(tag: string, element: ElementClass) {
  for (const [dep, cls] of Object.entries(element.dependencies ?? {})) defineElement(dep, cls);
  if (!customElements.get(tag)) customElements.define(tag, element);
}

defineElement('annals-timeline', AnnalsTimeline);
defineElement('annals-event-card', AnnalsEventCard);
defineElement('annals-legend', AnnalsLegend);
defineElement('annals-overview', AnnalsOverview);
defineElement('annals-axis', AnnalsAxis);
defineElement('annals-event', AnnalsEventElement);
defineElement('annals-era', AnnalsEraElement);
defineElement('annals-category', AnnalsCategoryElement);

// A page written in Russian or Kazakh (`<html lang="kk">`) starts loading those words as Annals
// loads, not when the first timeline asks, so they are usually here before data that comes later
// (a timeline already in the page with its data draws first, in English for one frame). A chunk
// that cannot be loaded is reported by the first timeline that needs it.
const pageLanguage = globalThis.document?.documentElement?.lang;
if (pageLanguage) loadMessages(pageLanguage).catch(() => undefined);

// The page's first Intl.DateTimeFormat costs about 17 ms on this project's 2-core machine while
// ICU loads its data, and every timeline's axis needs one; the first month and day ranges
// (clusters' words) and the first text measured on a canvas (labels, ticks: about 1.5 ms while
// the page's font is set up) cost a few more. They are done while the page is idle (usually
// while a timeline's data is on its way), not in the timeline's first render.
if (globalThis.document) {
  const warm = () => {
    const locale = pageLanguage || undefined;
    formatInstant(0, locale, { year: 'numeric' });
    formatSpan(0, 40 * DAY, 'month', locale);
    formatSpan(0, 2 * DAY, 'day', locale);
    const page = document.body ?? document.documentElement;
    canvasTextWidth(getComputedStyle(page).fontFamily)('2000', 13);
  };
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in globalThis) requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
}

declare global {
  interface HTMLElementTagNameMap {
    'annals-axis': AnnalsAxis;
    'annals-event': AnnalsEventElement;
    'annals-era': AnnalsEraElement;
    'annals-category': AnnalsCategoryElement;
    'annals-event-card': AnnalsEventCard;
    'annals-legend': AnnalsLegend;
    'annals-overview': AnnalsOverview;
    'annals-timeline': AnnalsTimeline;
  }
}

export {
  AnnalsAxis,
  AnnalsEraElement,
  AnnalsEventCard,
  AnnalsEventElement,
  AnnalsLegend,
  AnnalsOverview,
  AnnalsTimeline,
};
