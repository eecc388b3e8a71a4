import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import type { AnnalsLegend } from '../src/components/legend/legend.js';
import type { AnnalsCategoryToggleEvent } from '../src/events.js';
import type { Category } from '../src/core/types.js';

interface LegendArgs {
  categories: readonly Category[];
  hiddenCategories: readonly string[];
  label: string;
  onAnnalsCategoryToggle?: (e: Event) => void;
}

const sixCategories: Category[] = [
  { id: 'politics', label: 'Politics' },
  { id: 'economy', label: 'Economy' },
  { id: 'culture', label: 'Culture' },
  { id: 'science', label: 'Science' },
  { id: 'sport', label: 'Sport' },
  { id: 'environment', label: 'Environment' },
];

const meta: Meta<LegendArgs> = {
  title: 'Elements/Legend',
  component: 'annals-legend',
  tags: ['autodocs'],
  args: {
    categories: kazakhstanTurkmenistan.categories,
    hiddenCategories: [],
    label: 'Categories',
  },
  argTypes: {
    categories: { control: 'object' },
    hiddenCategories: { control: 'object' },
  },
  render: (a) =>
    html`<annals-legend
      .categories=${a.categories}
      .hiddenCategories=${a.hiddenCategories}
      label=${a.label}
      @annals-category-toggle=${a.onAnnalsCategoryToggle}
    ></annals-legend>`,
};
export default meta;

type Story = StoryObj<LegendArgs>;

/** The flagship's two categories, both shown. */
export const AllShown: Story = { name: 'All shown' };

/** “Cultural cooperation” is hidden: struck through, with a hollow swatch. */
export const OneCategoryHidden: Story = {
  name: 'One category hidden',
  args: { hiddenCategories: ['cultural'] },
};

/** Six categories take the six palette colours in order. */
export const FullPalette: Story = {
  name: 'Full palette',
  args: { categories: sixCategories, hiddenCategories: ['sport'], label: 'Topics' },
};

/** Colours given in the data (`color` on a category) and through `--annals-category-N`. */
export const CustomColours: Story = {
  name: 'Custom colours',
  args: {
    categories: [
      { id: 'war', label: 'War', color: '#8c1c13' },
      { id: 'peace', label: 'Peace', color: '#2e7d32' },
      { id: 'trade', label: 'Trade' },
    ],
  },
  decorators: [
    (story) =>
      html`<div style="--annals-category-2:#b8860b;--annals-color-text:#2b2118">${story()}</div>`,
  ],
};

/**
 * The legend keeps no state: it reports `annals-category-toggle` and shows `hiddenCategories`.
 * Here the page listens and updates it, as `<annals-timeline>` does. Press the entries.
 */
export const Interactive: Story = {
  render: (a) => {
    const toggle = (e: AnnalsCategoryToggleEvent) => {
      const legend = e.target as AnnalsLegend;
      const hidden = new Set(legend.hiddenCategories);
      if (e.visible) hidden.delete(e.category);
      else hidden.add(e.category);
      legend.hiddenCategories = [...hidden];
      a.onAnnalsCategoryToggle?.(e);
    };
    return html`<annals-legend
      .categories=${sixCategories}
      .hiddenCategories=${[]}
      @annals-category-toggle=${toggle}
    ></annals-legend>`;
  },
};
