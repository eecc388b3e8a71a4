import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { apollo, apollo11Landing } from '../data/apollo.js';
import { kazakhstanTurkmenistan } from '../data/kazakhstan-turkmenistan.js';
import { rome } from '../data/rome.js';
import { fitAxis, layout, type Orientation, type SceneBreak } from '../src/core/scene.js';
import type { Tick } from '../src/core/ticks.js';
import type { DatasetInput } from '../src/core/types.js';
import { validateDataset } from '../src/core/validate.js';
import { transformForWindow } from '../src/core/viewport.js';

const LENGTH = 800;

interface AxisArgs {
  ticks: readonly Tick[];
  breaks: readonly SceneBreak[];
  orientation: Orientation;
}

/** The axis of a dataset as the timeline would draw it: ticks and breaks from the core's `layout`. */
function axisOf(
  input: DatasetInput,
  options: {
    gaps?: boolean;
    locale?: string;
    orientation?: Orientation;
    window?: [string, string];
  } = {},
): AxisArgs {
  const data = validateDataset(input).dataset;
  const gaps = options.gaps ?? true;
  const orientation = options.orientation ?? 'horizontal';
  let transform;
  if (options.window) {
    const axis = fitAxis(data, LENGTH, gaps);
    const [start, end] = options.window.map((d) => Date.parse(d));
    transform = transformForWindow(axis, { start: start!, end: end! }, LENGTH);
  }
  const scene = layout(data, {
    length: LENGTH,
    gaps,
    locale: options.locale,
    orientation,
    transform,
  });
  return { ticks: scene.ticks.ticks, breaks: scene.breaks, orientation };
}

const meta: Meta<AxisArgs> = {
  title: 'Elements/Axis',
  component: 'annals-axis',
  tags: ['autodocs'],
  args: axisOf(kazakhstanTurkmenistan),
  argTypes: {
    ticks: { control: 'object' },
    breaks: { control: 'object' },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
  },
  render: (a) =>
    a.orientation === 'vertical'
      ? html`<div style="height:${LENGTH}px;width:120px;display:flex;justify-content:flex-end">
          <annals-axis
            .ticks=${a.ticks}
            .breaks=${a.breaks}
            orientation="vertical"
            style="height:100%;--annals-axis-size:120px"
          ></annals-axis>
        </div>`
      : html`<div style="width:${LENGTH}px;padding-top:12px">
          <annals-axis
            .ticks=${a.ticks}
            .breaks=${a.breaks}
            orientation=${a.orientation}
          ></annals-axis>
        </div>`,
};
export default meta;

type Story = StoryObj<AxisArgs>;

/** The flagship's axis, 1991–2013: the empty years 1992–2008 are compressed into one marked break. */
export const WithBreaks: Story = { name: 'With breaks' };

/** The same data on a proportional axis (`gaps="none"` on the timeline): no breaks. */
export const Proportional: Story = {
  args: axisOf(kazakhstanTurkmenistan, { gaps: false }),
};

/** Ancient Rome: years across the era boundary, labelled as BCE/CE by the locale. */
export const BCEYears: Story = {
  name: 'BCE years',
  args: axisOf(rome, { gaps: false }),
};

/** The Apollo missions zoomed to July 1969: days, with the month as a major label. */
export const DaysInAMonth: Story = {
  name: 'Days in a month',
  args: axisOf(apollo, { gaps: false, window: ['1969-07-01', '1969-08-01'] }),
};

/** Apollo 11's landing night: hours, with the date as a major label when the day changes. */
export const Hours: Story = {
  args: axisOf(apollo11Landing, { gaps: false }),
};

/** Month names in Russian (`locale: 'ru'` passed to the core's `chooseTicks`). */
export const LocaleRu: Story = {
  name: 'Locale ru',
  args: axisOf(apollo, { gaps: false, locale: 'ru', window: ['1969-01-01', '1970-01-01'] }),
};

/** `orientation="vertical"`, as in the timeline's vertical layout: labels to the left of the line. */
export const Vertical: Story = {
  args: axisOf(kazakhstanTurkmenistan, { orientation: 'vertical' }),
};
