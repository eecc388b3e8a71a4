import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import { drawn } from './drawn.js';

const meta: Meta = {
  title: 'Styling/A newspaper’s house style',
  component: 'annals-timeline',
  parameters: { layout: 'padded' },
};
export default meta;

/**
 * "The Caspian Ledger", a fictional daily: a cream page, a claret accent, serif headlines over a
 * sans-serif text, a heavy rule over the title, small capitals for the axis years, square marks.
 * Everything here is tokens and parts, the same CSS a publication's own stylesheet would hold;
 * nothing reaches into the element.
 */
export const CaspianLedger: StoryObj = {
  render: () =>
    html`<style>
        .caspian-ledger {
          background: #faf6ee;
          padding: 16px 20px 24px;
          font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif;
        }
        .caspian-ledger annals-timeline {
          --annals-heading-font: Georgia, 'DejaVu Serif', serif;
          --annals-font-size: 13px;
          --annals-title-size: 1.7em;
          --annals-color-background: #faf6ee;
          --annals-color-surface: #f0e9da;
          --annals-color-text: #221b16;
          --annals-color-muted: #5e5248;
          --annals-color-line: #8c7f72;
          --annals-color-rule: #d8cdb9;
          --annals-color-accent: #7a1f2b;
          --annals-focus-ring: #7a1f2b;
          --annals-selected-color: #7a1f2b;
          --annals-grid-color: #ebe2d1;
          --annals-era-background: rgba(122, 31, 43, 0.05);
          --annals-category-0: #7a1f2b;
          --annals-category-1: #2f5d62;
          --annals-axis-color: #221b16;
          --annals-radius: 0px;
          --annals-card-background: #faf6ee;
          --annals-card-border: #221b16;
          --annals-card-title-size: 2em;
          --annals-overview-window: rgba(122, 31, 43, 0.12);
        }
        .caspian-ledger annals-timeline::part(title) {
          border-top: 4px solid #221b16;
          padding-top: 6px;
          letter-spacing: -0.01em;
        }
        .caspian-ledger annals-timeline::part(axis-major) {
          font-variant: small-caps;
          letter-spacing: 0.06em;
        }
        .caspian-ledger annals-timeline::part(marker) {
          border-radius: 0;
        }
        .caspian-ledger annals-timeline::part(label) {
          font-style: italic;
        }
        .caspian-ledger annals-timeline::part(card-title) {
          font-style: italic;
          font-weight: 400;
        }
        .caspian-ledger annals-timeline::part(card-category) {
          color: #7a1f2b;
        }
        .caspian-ledger annals-timeline::part(legend-item) {
          border-radius: 0;
          background: transparent;
        }
      </style>
      <div class="caspian-ledger">
        <annals-timeline
          selected="state-visit-2013"
          .data=${kazakhstanTurkmenistan}
        ></annals-timeline>
      </div>`,
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    const title = el.shadowRoot!.querySelector('[part~="title"]')!;
    await expect(getComputedStyle(title).borderTopWidth).toBe('4px');
    const card = el.shadowRoot!.querySelector('annals-event-card')!;
    const cardTitle = card.shadowRoot!.querySelector('[part~="title"]')!;
    await expect(getComputedStyle(cardTitle).fontStyle).toBe('italic');
  },
};
