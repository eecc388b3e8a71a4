import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apollo } from '../data/apollo.js';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import { rome } from '../data/rome.js';
import type { Category, Dataset, TimelineEvent } from '../src/core/types.js';
import { validateDataset } from '../src/core/validate.js';

// The card shows validated events, as the timeline hands them over.
const flagship = validateDataset(kazakhstanTurkmenistan).dataset;
const ancient = validateDataset(rome).dataset;
const missions = validateDataset(apollo).dataset;
const eventOf = (data: Dataset, id: string): TimelineEvent => {
  const event = data.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};

interface CardArgs {
  event: TimelineEvent | null;
  categories: readonly Category[];
  locale?: string;
  closable: boolean;
  headingLevel: number;
  onAnnalsClose?: (e: Event) => void;
}

// The stories set `headingLevel`; the attribute row documents `heading-level`.
const attributeRows: ArgTypes = { 'heading-level': { control: false } };

const meta: Meta<CardArgs> = {
  title: 'Elements/Event card',
  component: 'annals-event-card',
  tags: ['autodocs'],
  args: {
    event: eventOf(flagship, 'state-visit-2013'),
    categories: flagship.categories,
    closable: false,
    headingLevel: 2,
  },
  argTypes: {
    event: { control: 'object' },
    categories: { control: 'object' },
    locale: { control: 'select', options: [undefined, 'en-GB', 'en-US', 'ru', 'kk'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    ...attributeRows,
  },
  render: (a) =>
    html`<div style="max-width:560px">
      <annals-event-card
        .event=${a.event}
        .categories=${a.categories}
        locale=${ifDefined(a.locale)}
        ?closable=${a.closable}
        heading-level=${a.headingLevel}
        @annals-close=${a.onAnnalsClose}
      ></annals-event-card>
    </div>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** A ranged event (10–11 May 2013) with its category, people, places and source. */
export const RangedEvent: Story = { name: 'Ranged event' };

/** A point event known only by its year (2009), in the cultural category. */
export const YearPrecision: Story = {
  name: 'Year precision',
  args: { event: eventOf(flagship, 'silk-way-rally-2009') },
};

/** A BCE date: the Ides of March, 44 BCE (astronomical year −43). */
export const BCEDate: Story = {
  name: 'BCE date',
  args: { event: eventOf(ancient, 'caesar-assassinated'), categories: ancient.categories },
};

/** A moment known to the second (UTC), from Apollo 11. */
export const ToTheSecond: Story = {
  name: 'To the second',
  args: { event: eventOf(missions, 'a11-first-step'), categories: missions.categories },
};

/** `locale="ru"`: the date in Russian (the dataset's text stays as authored). */
export const LocaleRu: Story = {
  name: 'Locale ru',
  args: { locale: 'ru' },
};

/** `closable` adds a close button that fires `annals-close`; `heading-level="3"` fits the title into a page outline. */
export const ClosableWithHeadingLevel3: Story = {
  name: 'Closable, heading level 3',
  args: { closable: true, headingLevel: 3 },
};

/** An event with only a title and a date: no category, summary, people or sources. */
export const Minimal: Story = {
  args: {
    event: validateDataset({
      title: '',
      events: [{ id: 'only', title: 'Only a title and a date', start: '2013-05' }],
    }).dataset.events[0]!,
    categories: [],
  },
};

/** Restyled with `--annals-card-background`, `--annals-card-border`, the colour tokens and `::part()`. */
export const Restyled: Story = {
  decorators: [
    (story) =>
      html`<style>
          .dark-card annals-event-card {
            --annals-card-background: #1f2328;
            --annals-card-border: #3d444d;
            --annals-color-text: #f0f3f6;
            --annals-color-muted: #9ea7b3;
            --annals-color-accent: #79b8ff;
            --annals-font: Georgia, 'DejaVu Serif', serif;
          }
          .dark-card annals-event-card::part(title) {
            font-weight: normal;
            letter-spacing: 0.02em;
          }
          .dark-card annals-event-card::part(date) {
            text-transform: uppercase;
            font-size: 0.85em;
            letter-spacing: 0.08em;
          }
        </style>
        <div class="dark-card">${story()}</div>`,
  ],
};
