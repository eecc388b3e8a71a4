import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import '../src/define.js';
import type { AnnalsTimeline } from '../src/components/timeline/timeline.js';
import { NEVER } from './never-answers.js';

/**
 * The ways a page gives a timeline its data without JavaScript of its own, and what readers see
 * while it loads. The "Embedding" page has the snippets; "Failure states" the errors.
 */
const meta: Meta = {
  title: 'Embedding/Data sources and states',
  component: 'annals-timeline',
};
export default meta;

type Story = StoryObj;

/** A story's timeline, once it has drawn its events. */
async function drawnEvents(canvasElement: HTMLElement): Promise<AnnalsTimeline> {
  const el = canvasElement.querySelector('annals-timeline')!;
  await waitFor(
    () => expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).toBeGreaterThan(0),
    { timeout: 5000 },
  );
  return el;
}

/** `src` pointing at TimelineJS3's JSON format: its groups are drawn as rows. */
export const TimelineJSJson: Story = {
  name: 'src: TimelineJS JSON',
  render: () =>
    html`<annals-timeline src="data/kazakhstan-turkmenistan.timelinejs.json"></annals-timeline>`,
  play: async ({ canvasElement }) => {
    await drawnEvents(canvasElement);
  },
};

/** `src` pointing at a TimelineJS spreadsheet exported as CSV, read as it is. */
export const TimelineJSSpreadsheet: Story = {
  name: 'src: TimelineJS spreadsheet (CSV)',
  render: () =>
    html`<annals-timeline src="data/kazakhstan-turkmenistan.timelinejs.csv"></annals-timeline>`,
  play: async ({ canvasElement }) => {
    await drawnEvents(canvasElement);
  },
};

/** `src` pointing at Annals' own JSON (`data/timeline.schema.json`). */
export const AnnalsJson: Story = {
  name: 'src: Annals JSON',
  render: () => html`<annals-timeline src="data/kazakhstan-turkmenistan.json"></annals-timeline>`,
  play: async ({ canvasElement }) => {
    await drawnEvents(canvasElement);
  },
};

/** `src` pointing at a CSV in Annals' own columns; `label` names it, as CSV has no title. */
export const AnnalsCsv: Story = {
  name: 'src: CSV in Annals’ columns',
  render: () =>
    html`<annals-timeline
      src="data/kazakhstan-turkmenistan.csv"
      label="Kazakhstan–Turkmenistan relations"
    ></annals-timeline>`,
  play: async ({ canvasElement }) => {
    await drawnEvents(canvasElement);
  },
};

const { $schema: _, ...flagshipJson } = {
  $schema: '',
  ...(kazakhstanTurkmenistan as object),
};

/** An inline `<script type="application/json">` child, for a CMS that allows markup but no scripts. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: () => {
    const el = document.createElement('annals-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(flagshipJson);
    el.append(script);
    return el;
  },
  play: async ({ canvasElement }) => {
    await drawnEvents(canvasElement);
  },
};

/**
 * `<annals-event>` children. Before the script loads they read as a plain chronology (the
 * `<time>` and link paragraphs are for that); after, the timeline draws them.
 */
export const Markup: Story = {
  name: '<annals-event> markup',
  render: () =>
    html`<annals-timeline label="Kazakhstan–Turkmenistan relations">
      <annals-event id="dissolution-of-the-soviet-union" start="1991" category="political">
        <h3>Dissolution of the Soviet Union</h3>
        <p><time>1991</time></p>
        <p>
          Kazakhstan and Turkmenistan had been republics of the Soviet Union until its dissolution
          in 1991.
        </p>
      </annals-event>
      <annals-event id="silk-way-rally-2009" start="2009" category="cultural">
        <h3>Silk Way Rally</h3>
        <p><time>2009</time></p>
        <p>An international rally raid across Russia, Kazakhstan and Turkmenistan.</p>
      </annals-event>
      <annals-event id="state-visit-2013" start="2013-05-10" end="2013-05-11" category="political">
        <h3>State visit of President Berdimuhamedow to Kazakhstan</h3>
        <p><time>10–11 May 2013</time></p>
        <p>
          <a href="https://en.wikipedia.org/wiki/Kazakhstan%E2%80%93Turkmenistan_relations"
            >Wikipedia</a
          >
        </p>
      </annals-event>
    </annals-timeline>`,
  play: async ({ canvasElement }) => {
    await drawnEvents(canvasElement);
  },
};

/** While `src` loads: a placeholder shaped like the timeline keeps the page still. */
export const Loading: Story = {
  render: () => html`<annals-timeline src=${NEVER} timeout="600000"></annals-timeline>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('annals-timeline')!;
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('[part~="loading"]')?.getAttribute('role')).toBe(
        'status',
      ),
    );
  },
};

/**
 * Some events could not be shown: readers get a short notice; `show-problems` adds the list
 * for developers.
 */
export const SomeEventsNotShown: Story = {
  name: 'Some events could not be shown',
  render: () =>
    html`<annals-timeline
      .data=${{
        ...kazakhstanTurkmenistan,
        events: [
          ...kazakhstanTurkmenistan.events,
          { id: 'impossible', title: 'An impossible date', start: '2013-02-30' },
          { id: 'no-date', title: 'No date' },
        ],
      }}
    ></annals-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await drawnEvents(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent!.trim()).toBe(
      '2 events could not be shown.',
    );
  },
};
