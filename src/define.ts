/** Registers every Annals element. Import this once (or load `dist/annals.js`) to use the tags. */
import { AnnalsAxis } from './components/axis/axis.js';
import { AnnalsEventCard } from './components/event-card/event-card.js';
import { AnnalsLegend } from './components/legend/legend.js';
import { AnnalsOverview } from './components/overview/overview.js';
import { AnnalsTimeline } from './components/timeline/timeline.js';

const elements = {
  'annals-axis': AnnalsAxis,
  'annals-event-card': AnnalsEventCard,
  'annals-legend': AnnalsLegend,
  'annals-overview': AnnalsOverview,
  'annals-timeline': AnnalsTimeline,
} as const;

for (const [tag, element] of Object.entries(elements)) {
  // Defining twice throws; a page may load Annals from two bundles.
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'annals-axis': AnnalsAxis;
    'annals-event-card': AnnalsEventCard;
    'annals-legend': AnnalsLegend;
    'annals-overview': AnnalsOverview;
    'annals-timeline': AnnalsTimeline;
  }
}

export { AnnalsAxis, AnnalsEventCard, AnnalsLegend, AnnalsOverview, AnnalsTimeline };
