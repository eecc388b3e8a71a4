import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import { drawn } from './drawn.js';

/**
 * The interface in each shipped language: `locale` (or the page's `lang`) picks the words of the
 * buttons, headings, messages and announcements, and the dates. The data stays as written: these
 * stories show the flagship's English titles under a Russian or Kazakh interface. A page may give
 * its own words, whole or in part, with the `strings` property. Russian and Kazakh are not in
 * `annals.js`: each loads from `chunks/` the first time a page needs it, and the timeline shows
 * English until it arrives (`updateComplete` waits for it).
 */
const meta: Meta = {
  title: 'Styling/Interface languages',
  component: 'annals-timeline',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

function timeline(locale: string) {
  return html`<annals-timeline
    locale=${locale}
    selected="state-visit-2013"
    .data=${kazakhstanTurkmenistan}
  ></annals-timeline>`;
}

async function toolbarText(canvasElement: HTMLElement): Promise<string> {
  const el = await drawn(canvasElement);
  return el.shadowRoot!.querySelector('[part~="toolbar"]')!.textContent!;
}

export const English: Story = {
  render: () => timeline('en-GB'),
  play: async ({ canvasElement }) => {
    await expect(await toolbarText(canvasElement)).toContain('Previous');
  },
};

/** `locale="ru"` */
export const Russian: Story = {
  render: () => timeline('ru'),
  play: async ({ canvasElement }) => {
    await expect(await toolbarText(canvasElement)).not.toMatch(/Previous|Search|Go to/);
  },
};

/** `locale="kk"` */
export const Kazakh: Story = {
  render: () => timeline('kk'),
  play: async ({ canvasElement }) => {
    await expect(await toolbarText(canvasElement)).not.toMatch(/Previous|Search|Go to/);
  },
};

/** A page's own words for a few messages, over the English ones: `el.strings = { … }`. */
export const OwnWords: Story = {
  render: () =>
    html`<annals-timeline
      locale="en-GB"
      .strings=${{ previous: 'Earlier', next: 'Later', searchPlaceholder: 'Find in the timeline' }}
      .data=${kazakhstanTurkmenistan}
    ></annals-timeline>`,
  play: async ({ canvasElement }) => {
    await expect(await toolbarText(canvasElement)).toContain('Earlier');
  },
};
