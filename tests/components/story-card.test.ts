/**
 * The card as a story's reader meets it, TimelineJS's slide: opened by a tap on a phone, with a
 * long rich body. The first test of the file is the first body the page shows, so DOMPurify's
 * chunk is still on its way when the card opens, as on a reader's first tap.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { DatasetInput } from '../../src/core/types.js';
import { TimelineHarness, nextFrame } from '../helpers/timeline-harness.js';

const paragraph = (n: number) =>
  `<p>Synthetic paragraph ${n}. ${'Synthetic filler text. '.repeat(12)}</p>`;

const story: DatasetInput = {
  title: 'Synthetic story',
  events: [
    { id: 's1', title: 'Synthetic slide 1', start: '2001-03-04', summary: 'Synthetic lead.' },
    {
      id: 's2',
      title: 'Synthetic slide 2',
      start: '2003-01-15',
      summary: 'Synthetic lead.',
      body: [1, 2, 3, 4, 5, 6].map(paragraph).join('') + '<ul><li>Synthetic item</li></ul>',
    },
    { id: 's3', title: 'Synthetic slide 3', start: '2005-08-01', summary: 'Synthetic lead.' },
  ],
};

describe('the card on a phone', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('opens at its title, scrolled to once its rich body is in, however long the body is', async () => {
    await setViewport({ width: 360, height: 740 });
    const t = await TimelineHarness.mount(html`<annals-timeline .data=${story}></annals-timeline>`);
    await t.select('s2');
    const card = t.cardElement();
    await waitUntil(() => t.root.activeElement === card, 'focus never went to the card', {
      timeout: 3000,
    });
    await waitUntil(
      () => (card.shadowRoot!.querySelector('[part~="body"]')?.childElementCount ?? 0) > 0,
      'the body never came',
      { timeout: 3000 },
    );
    await nextFrame();
    const box = card.getBoundingClientRect();
    expect(box.height, 'a card taller than the window').to.be.greaterThan(740);
    // Scrolled to while the body was still on its way, the card then grew down past the foot
    // of the screen: its title alone was in view, at the bottom.
    expect(box.top, 'the card starts at the top of the window').to.be.within(-1, 1);
  });
});
