import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import { NEVER } from './never-answers.js';

/**
 * What readers see when a timeline's data cannot be shown: a short message, announced to screen
 * readers, with Try again. The errors these stories log are by design (tagged
 * `expected-errors`: the Storybook smoke test does not count them).
 */
const meta: Meta = {
  title: 'Embedding/Failure states',
  component: 'annals-timeline',
  tags: ['expected-errors'],
};
export default meta;

type Story = StoryObj;

/** A file's text as a URL, for the states that need a broken file. */
const fileOf = (text: string, type = 'application/json') =>
  URL.createObjectURL(new Blob([text], { type }));

const failureStory = (src: () => string, attrs: Record<string, string> = {}): Story => ({
  render: () => {
    const el = document.createElement('annals-timeline');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.src = src();
    return el;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('annals-timeline')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="error"]')).not.toBeNull(), {
      timeout: 5000,
    });
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    // The sentence is the alert, without the Try again button's words.
    await expect(box.querySelector('p')?.getAttribute('role')).toBe('alert');
  },
});

/** The file is not there (HTTP 404). */
export const NotFound: Story = {
  name: 'Error: not found',
  ...failureStory(() => 'data/no-such-file.json'),
};

/** The server cannot be reached, or does not let this page read it (CORS). */
export const NetworkError: Story = {
  name: 'Error: network or CORS',
  ...failureStory(() => 'http://127.0.0.1:1/events.json'),
};

/** The answer took longer than `timeout` ms. */
export const Timeout: Story = {
  name: 'Error: too slow',
  ...failureStory(() => NEVER, { timeout: '300' }),
};

/** The file is larger than `max-bytes`. */
export const TooLarge: Story = {
  name: 'Error: too large',
  ...failureStory(() => 'data/kazakhstan-turkmenistan.json', { 'max-bytes': '100' }),
};

/** The file is not valid JSON. */
export const MalformedJson: Story = {
  name: 'Error: malformed JSON',
  ...failureStory(() => fileOf('{"title": "Cut off", "events": [{"id": "a",')),
};

/** The file is empty. */
export const EmptyFile: Story = {
  name: 'Error: empty file',
  ...failureStory(() => fileOf('')),
};

/** The file holds no event that can be shown. */
export const NoValidEvents: Story = {
  name: 'Error: no valid events',
  ...failureStory(() =>
    fileOf(JSON.stringify({ title: 'Nothing valid', events: [{ id: 'x', title: 'No date' }] })),
  ),
};
