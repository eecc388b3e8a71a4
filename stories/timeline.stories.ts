import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { apollo, apollo11Landing } from '../data/apollo.js';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import { rome } from '../data/rome.js';
import type { DatasetInput, EventInput } from '../src/core/types.js';
import { drawn } from './drawn.js';
import { generatedDataset } from './generated-data.js';

interface TimelineArgs {
  data?: DatasetInput;
  label?: string;
  locale?: string;
  selected?: string;
  startAt?: string;
  layout: 'auto' | 'horizontal' | 'vertical';
  gaps: 'compress' | 'none';
  breakpoint: number;
  minZoom: number;
  maxZoom?: number;
  deepLink?: string;
  noOverview: boolean;
  noToolbar: boolean;
  maxLanes?: number;
  groupBy?: 'none' | 'category' | 'group';
  showProblems?: boolean;
  onAnnalsSelect?: (e: Event) => void;
  onAnnalsRangeChange?: (e: Event) => void;
  onAnnalsProblems?: (e: Event) => void;
}

const flagship: DatasetInput = kazakhstanTurkmenistan;

/** The flagship with three broken events: the valid ones are still drawn. */
const withProblems: DatasetInput = {
  ...flagship,
  title: 'Kazakhstan–Turkmenistan relations (with problems in the data)',
  events: [
    ...flagship.events,
    { id: 'impossible-date', title: 'An impossible date', start: '2013-02-30' },
    // A missing title, as JSON from an editor may have it.
    { id: 'untitled', start: '2012-06' } as unknown as EventInput,
    {
      id: 'unsafe-source',
      title: 'A source whose link would run script',
      start: '2012-09',
      sources: [{ title: 'Click me', url: 'javascript:alert(document.cookie)' }],
    },
  ],
};

// The stories drive these through their camelCase properties; the attribute rows document them.
const attributeRows: ArgTypes = {
  'start-at': { control: false },
  'min-zoom': { control: false },
  'max-zoom': { control: false },
  'deep-link': { control: false },
  'no-overview': { control: false },
  'no-toolbar': { control: false },
  'max-lanes': { control: false },
  'group-by': { control: false },
  'show-problems': { control: false },
  'max-bytes': { control: false },
};

const meta: Meta<TimelineArgs> = {
  title: 'Elements/Timeline',
  component: 'annals-timeline',
  tags: ['autodocs'],
  args: {
    data: flagship,
    layout: 'auto',
    gaps: 'compress',
    breakpoint: 560,
    minZoom: 1,
    noOverview: false,
    noToolbar: false,
  },
  argTypes: {
    data: { control: 'object' },
    layout: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    gaps: { control: 'inline-radio', options: ['compress', 'none'] },
    locale: { control: 'select', options: [undefined, 'en-GB', 'en-US', 'ru', 'kk'] },
    ...attributeRows,
  },
  render: (a) =>
    html`<annals-timeline
      .data=${a.data}
      label=${ifDefined(a.label)}
      locale=${ifDefined(a.locale)}
      selected=${ifDefined(a.selected)}
      start-at=${ifDefined(a.startAt)}
      layout=${a.layout}
      gaps=${a.gaps}
      breakpoint=${a.breakpoint}
      min-zoom=${a.minZoom}
      max-zoom=${ifDefined(a.maxZoom)}
      deep-link=${ifDefined(a.deepLink)}
      ?no-overview=${a.noOverview}
      ?no-toolbar=${a.noToolbar}
      max-lanes=${ifDefined(a.maxLanes)}
      group-by=${ifDefined(a.groupBy)}
      ?show-problems=${a.showProblems}
      @annals-select=${a.onAnnalsSelect}
      @annals-range-change=${a.onAnnalsRangeChange}
      @annals-problems=${a.onAnnalsProblems}
    ></annals-timeline>`,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** Kazakhstan–Turkmenistan relations, 1991–2013, given as `.data`. The long empty stretches between 1991, 2009 and 2013 are compressed into marked axis breaks. */
export const Flagship: Story = {};

/** A dataset with no events: the title and a message, no toolbar. */
export const EmptyDataset: Story = {
  name: 'Empty dataset',
  args: { data: { title: 'A timeline with nothing in it yet', events: [] } },
};

/** The first flagship event alone. */
export const OneEvent: Story = {
  name: 'One event',
  args: { data: { ...flagship, events: flagship.events.slice(0, 1) } },
};

/** The crewed Apollo missions and Apollo 11's moments: overlapping ranges and points stack into lanes. */
export const DenseOverlappingEvents: Story = {
  name: 'Dense overlapping events',
  args: { data: apollo },
};

/** Ancient Rome, 753 BCE – 476 CE, with the Kingdom, Republic and Empire as era bands. */
export const LongSpanWithBCEDates: Story = {
  name: 'Long span with BCE dates',
  args: { data: rome },
};

/** Apollo 11's landing night: an axis of hours and minutes (UTC). */
export const ShortSpanOfHours: Story = {
  name: 'Short span of hours',
  args: { data: apollo11Landing },
};

/** In a 360px container the timeline is narrower than its `breakpoint` (560px) and turns vertical. */
export const Narrow360pxContainer: Story = {
  name: 'Narrow 360px container',
  decorators: [(story) => html`<div style="width:360px">${story()}</div>`],
};

/** A 1600px container: the same data with room for every label on one lane. */
export const WideContainer: Story = {
  name: 'Wide container',
  parameters: { layout: 'fullscreen' },
  decorators: [(story) => html`<div style="width:1600px;padding:16px">${story()}</div>`],
};

/** `layout="vertical"` at any width: a printed chronology, each label beside its marker or joined to it by its own connector. */
export const VerticalLayout: Story = {
  name: 'Vertical layout',
  args: { layout: 'vertical' },
};

/** `gaps="none"`: a strictly proportional axis, where 1991 stands alone and 2009–2013 crowd together. */
export const ProportionalAxis: Story = {
  name: 'Proportional axis',
  args: { gaps: 'none' },
};

/**
 * `start-at="state-visit-2013"`: the first draw centres on that event and keyboard focus starts
 * there (Tab into the timeline lands on it). At the fitted zoom every event is already in view,
 * so only the focus shows here; on a zoomed or vertical timeline the view moves to the event.
 */
export const StartingAtAnEvent: Story = {
  name: 'Starting at an event',
  args: { startAt: 'state-visit-2013' },
};

/** `selected="state-visit-2013"`: the event is marked and its card is open. */
export const SelectedEvent: Story = {
  name: 'Selected event',
  args: { selected: 'state-visit-2013' },
};

/**
 * 10,000 generated events (synthetic, seeded): the height stays that of six lanes, stretches too
 * dense to draw become clusters that say how many events they hold and when, and only what is in
 * view is in the DOM. Click a cluster, or press Enter on it, to zoom to its span.
 */
export const TenThousandEvents: Story = {
  name: '10,000 generated events',
  args: { data: generatedDataset(10_000, 7) },
};

/** 300 generated events (synthetic) in rows by category, `group-by="category"`: each row has its own lanes and clusters. */
export const ThreeHundredEventsInRows: Story = {
  name: '300 events in rows',
  args: { data: generatedDataset(300, 3), groupBy: 'category' },
};

/**
 * 300 generated events (synthetic) in 14 categories: the palette has six colours, so the 7th to
 * 12th categories repeat them with square markers and outlined bars, the 13th and 14th with
 * diamonds and thin bars, in the drawing and the legend alike.
 */
export const ManyCategories: Story = {
  name: 'Many categories: shapes after six colours',
  args: { data: generatedDataset(300, 5, 14) },
};

/** After the first draw, `el.zoomTo('2013-04-25', '2013-05-20', { animate: false })`. */
export const ZoomedIntoMay2013: Story = {
  name: 'Zoomed into May 2013',
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await el.zoomTo('2013-04-25', '2013-05-20', { animate: false });
    const range = el.visibleRange!;
    await expect(range.start.getTime()).toBeGreaterThanOrEqual(Date.UTC(2013, 3, 1));
    await expect(range.end.getTime()).toBeLessThanOrEqual(Date.UTC(2013, 5, 1));
  },
};

/** The reader turned off “Cultural cooperation” in the legend: only political events remain. */
export const FilteredByCategory: Story = {
  name: 'Filtered by category',
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const legend = el.shadowRoot!.querySelector('annals-legend')!;
    await legend.updateComplete;
    const cultural = [...legend.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Cultural'),
    )!;
    // A click without moving focus, so that the docs page, which plays this story too, stays put.
    cultural.click();
    await el.updateComplete;
    await legend.updateComplete;
    await expect(cultural.getAttribute('aria-pressed')).toBe('false');
    await expect(el.scene!.items.map((i) => i.id)).not.toContain('silk-way-rally-2009');
  },
};

/** “visit” typed in the search box and Enter pressed: matches are highlighted and the first one is selected. */
export const Search: Story = {
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    // Input and key events without focusing the box, so that the docs page does not scroll here.
    search.value = 'visit';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    search.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    await waitFor(() => expect(el.selected).toBe('state-visit-2013'));
  },
};

/** Keyboard navigation: focus the first event, press → to move to the next and Enter to open its card. */
export const KeyboardNavigation: Story = {
  name: 'Keyboard navigation',
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.event[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect((root.activeElement as HTMLElement | null)?.dataset.id).toBe('silk-way-rally-2009'),
    );
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(el.selected).toBe('silk-way-rally-2009'));
  },
};

/**
 * `deep-link="story"` keeps the selection and the visible range in the URL fragment
 * (`#story.selected=…&story.from=…&story.to=…`). This story opens with
 * `#story.selected=state-visit-2013` in the fragment, so the timeline starts with that event open.
 */
export const DeepLink: Story = {
  name: 'Deep link',
  args: { deepLink: 'story' },
  beforeEach: () => {
    const url = new URL(location.href);
    const before = url.hash;
    const params = new URLSearchParams(before.replace(/^#/, ''));
    if (!params.has('story.selected')) params.set('story.selected', 'state-visit-2013');
    history.replaceState(history.state, '', `${url.pathname}${url.search}#${params}`);
    return () => history.replaceState(history.state, '', `${url.pathname}${url.search}${before}`);
  },
};

/**
 * The flagship plus three broken events (a 30 February, a missing title, a `javascript:` source
 * link). The timeline draws the valid events, lists the problems, and fires `annals-problems`.
 */
export const ProblemsInTheData: Story = {
  name: 'Problems in the data',
  args: { data: withProblems, showProblems: true },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(el.problems.length).toBeGreaterThanOrEqual(3);
    const details = el.shadowRoot!.querySelector('details')!;
    details.open = true;
  },
};

/**
 * A publication's look with CSS alone: the documented `--annals-*` custom properties on the
 * element, and `::part()` for the title, labels and eras.
 */
export const RestyledWithCSSCustomProperties: Story = {
  name: 'Restyled with CSS custom properties',
  args: { data: rome, selected: 'caesar-assassinated' },
  decorators: [
    (story) =>
      html`<style>
          .gazette annals-timeline {
            --annals-font: Georgia, 'DejaVu Serif', 'Times New Roman', serif;
            --annals-font-size: 15px;
            --annals-color-text: #2b2118;
            --annals-color-muted: #6d5c4b;
            --annals-color-background: #fbf7ef;
            --annals-color-surface: #f1e8d8;
            --annals-color-line: #a8947a;
            --annals-color-accent: #8c1c13;
            --annals-focus-ring: #8c1c13;
            --annals-selected-color: #8c1c13;
            --annals-era-background: rgba(140, 28, 19, 0.06);
            --annals-category-0: #8c1c13;
            --annals-category-1: #1d4e5f;
            --annals-lane-height: 52px;
            --annals-card-background: #fffdf8;
            --annals-card-border: #2b2118;
            --annals-axis-label-color: #2b2118;
            --annals-overview-window: rgba(140, 28, 19, 0.12);
          }
          .gazette {
            background: #fbf7ef;
            padding: 12px 24px 20px;
          }
          .gazette annals-timeline::part(base) {
            border-top: 4px double #2b2118;
            border-bottom: 4px double #2b2118;
            padding-bottom: 12px;
          }
          .gazette annals-timeline::part(title) {
            font-variant: small-caps;
            letter-spacing: 0.04em;
            font-size: 1.6em;
            font-weight: normal;
          }
          .gazette annals-timeline::part(label) {
            font-style: italic;
          }
          .gazette annals-timeline::part(era) {
            font-variant: small-caps;
          }
        </style>
        <div class="gazette">${story()}</div>`,
  ],
};

/** `locale="ru"`: dates on the axis and in the card in Russian. */
export const LocaleRu: Story = {
  name: 'Locale ru',
  args: { locale: 'ru', selected: 'state-visit-2013' },
};

/** Kazakh dates, taken from the nearest `lang` attribute (`<div lang="kk">`) since `locale` is unset. */
export const LocaleKk: Story = {
  name: 'Locale kk',
  args: { selected: 'state-visit-2013' },
  decorators: [(story) => html`<div lang="kk">${story()}</div>`],
};
