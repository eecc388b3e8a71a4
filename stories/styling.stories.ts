import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { expect } from 'storybook/test';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import { drawn } from './drawn.js';
import auto from '../src/themes/auto.css?raw';
import dark from '../src/themes/dark.css?raw';
import highContrast from '../src/themes/high-contrast.css?raw';
import publication from '../src/themes/publication.css?raw';

/**
 * A theme's stylesheet, confined to one story: the same rules a page links, under a class, so the
 * stories of a docs page do not restyle each other. (A page just links the file.)
 */
function scoped(cssText: string, scope: string): string {
  return cssText
    .replace(
      /@import url\('\.\/dark\.css'\) \(prefers-color-scheme: dark\);/,
      () => `@media (prefers-color-scheme: dark) { ${scoped(dark, scope)} }`,
    )
    .replace(/:where\(/g, `.${scope} :where(`);
}

function themed(name: string, cssText: string) {
  const scope = `story-theme-${name}`;
  return html`<style>
      ${unsafeCSS(scoped(cssText, scope))}
    </style>
    <div class=${scope}>
      <annals-timeline
        selected="state-visit-2013"
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>
    </div>`;
}

const meta: Meta = {
  title: 'Styling/Themes',
  component: 'annals-timeline',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** No theme linked: the built-in default, in the page's own font. */
export const Default: Story = {
  render: () =>
    html`<annals-timeline
      selected="state-visit-2013"
      .data=${kazakhstanTurkmenistan}
    ></annals-timeline>`,
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
  },
};

/** `<link rel="stylesheet" href="annals/themes/dark.css">` */
export const Dark: Story = {
  render: () => themed('dark', dark),
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(getComputedStyle(el).backgroundColor).toBe('rgb(21, 23, 26)');
  },
};

/** `themes/publication.css`: serif type, black and greys, hairline rules, for print newspapers and reports. */
export const Publication: Story = {
  render: () => themed('publication', publication),
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    await expect(getComputedStyle(el).fontFamily).toContain('Georgia');
  },
};

/** `themes/high-contrast.css`: black on white, colours of at least 7:1, thicker rings. */
export const HighContrast: Story = {
  render: () => themed('high-contrast', highContrast),
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
  },
};

/** `themes/auto.css`: light or dark as the reader's system prefers. */
export const Auto: Story = {
  render: () => themed('auto', auto),
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
  },
};
