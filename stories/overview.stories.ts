import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { apollo } from '../data/apollo.js';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import type { AnnalsOverview } from '../src/components/overview/overview.js';
import { fitAxis } from '../src/core/scene.js';
import type { DatasetInput } from '../src/core/types.js';
import { validateDataset } from '../src/core/validate.js';
import type { AnnalsWindowRequestEvent } from '../src/events.js';

interface OverviewArgs {
  marks: readonly number[];
  window: { start: number; end: number };
  onAnnalsWindowRequest?: (e: Event) => void;
}

/** Event positions as fractions of the whole span, as the timeline computes them. */
function marksOf(input: DatasetInput, gaps = true): number[] {
  const data = validateDataset(input).dataset;
  const length = 1000;
  const axis = fitAxis(data, length, gaps);
  return data.events.map((e) => axis.scale(e.startTime) / length);
}

const meta: Meta<OverviewArgs> = {
  title: 'Elements/Overview',
  component: 'annals-overview',
  tags: ['autodocs'],
  args: {
    marks: marksOf(kazakhstanTurkmenistan),
    window: { start: 0, end: 1 },
  },
  argTypes: {
    marks: { control: 'object' },
    window: { control: 'object' },
  },
  render: (a) =>
    html`<div style="width:640px">
      <annals-overview
        .marks=${a.marks}
        .window=${a.window}
        @annals-window-request=${a.onAnnalsWindowRequest}
      ></annals-overview>
    </div>`,
};
export default meta;

type Story = StoryObj<OverviewArgs>;

/** The flagship's events over the whole span; the window covers everything. */
export const WholeSpan: Story = { name: 'Whole span' };

/** Zoomed in: the window shows the last fifth of the span. */
export const ZoomedWindow: Story = {
  name: 'Zoomed window',
  args: { window: { start: 0.78, end: 0.98 } },
};

/** The Apollo missions and moments on a proportional span: dense marks. */
export const DenseMarks: Story = {
  name: 'Dense marks',
  args: { marks: marksOf(apollo, false), window: { start: 0.2, end: 0.35 } },
};

/** Restyled with `--annals-overview-height`, `--annals-overview-mark` and `--annals-overview-window`. */
export const Restyled: Story = {
  args: { marks: marksOf(apollo, false), window: { start: 0.4, end: 0.6 } },
  decorators: [
    (story) =>
      html`<div
        style="--annals-overview-height:40px;--annals-overview-mark:#8c1c13;--annals-overview-window:rgba(140,28,19,0.15)"
      >
        ${story()}
      </div>`,
  ],
};

/**
 * The strip reports `annals-window-request` and draws whatever `window` it is given; here the
 * page applies each request, as `<annals-timeline>` does. Click or drag on the strip.
 */
export const Interactive: Story = {
  render: (a) => {
    const request = (e: AnnalsWindowRequestEvent) => {
      (e.target as AnnalsOverview).window = e.window;
      a.onAnnalsWindowRequest?.(e);
    };
    return html`<div style="width:640px">
      <annals-overview
        .marks=${marksOf(apollo, false)}
        .window=${{ start: 0.1, end: 0.3 }}
        @annals-window-request=${request}
      ></annals-overview>
    </div>`;
  },
};
