/**
 * The card as a story's reader meets it, TimelineJS's slide: opened by a tap on a phone, with a
 * long rich body. The first test of the file is the first body the page shows, so DOMPurify's
 * chunk is still on its way when the card opens, as on a reader's first tap.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { DatasetInput } from '../../src/core/types.js';
import { buttonNames } from '../helpers/accessible-names.js';
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

describe('Previous and Next through a story', () => {
  const step = (t: TimelineHarness, name: 'Previous' | 'Next') =>
    [...t.toolbar()!.querySelectorAll('button')].find((b) => b.textContent!.includes(name))!;

  it('cannot go past the last event or before the first, and says so by being disabled', async () => {
    await setViewport({ width: 1280, height: 800 });
    const t = await TimelineHarness.mount(html`<annals-timeline .data=${story}></annals-timeline>`);
    expect([step(t, 'Previous').disabled, step(t, 'Next').disabled]).to.deep.equal([false, false]);
    t.element.selected = 's2';
    await t.waitForRender();
    step(t, 'Next').focus();
    // Pressed at the last event, Next did nothing and said nothing, enabled as before.
    step(t, 'Next').click();
    await waitUntil(() => t.element.selected === 's3', 'Next never reached the last event');
    await t.waitForRender();
    expect(step(t, 'Next').disabled, 'Next at the last event').to.equal(true);
    expect(step(t, 'Previous').disabled).to.equal(false);
    // The keyboard reader stays in the group, on Previous, as at a zoom button's limit.
    expect(t.root.activeElement).to.equal(step(t, 'Previous'));
    t.element.selected = 's1';
    await t.waitForRender();
    expect([step(t, 'Previous').disabled, step(t, 'Next').disabled]).to.deep.equal([true, false]);
  });
});

describe('an event in the drawing, to a screen reader', () => {
  const categorised: DatasetInput = {
    title: 'Synthetic categories',
    categories: [
      { id: 'cat-a', label: 'Synthetic category A' },
      { id: 'cat-b', label: 'Synthetic category B' },
    ],
    events: [
      { id: 'e1', title: 'Synthetic event 1', start: '2001-03-04', category: 'cat-a' },
      { id: 'e2', title: 'Synthetic event 2', start: '2003', category: 'cat-b' },
      { id: 'e3', title: 'Synthetic event 3', start: '2005' },
    ],
  };
  const names = () => buttonNames('Synthetic event');

  for (const width of [1280, 360])
    it(`says its category, which the eye sees in its colour, unless its row says it (${width} px)`, async () => {
      await setViewport({ width, height: 800 });
      const t = await TimelineHarness.mount(
        html`<annals-timeline locale="en-GB" .data=${categorised}></annals-timeline>`,
      );
      // Its colour alone told the category: a screen reader heard title and date, nothing more.
      expect(await names()).to.deep.equal([
        'Synthetic event 1, 4 March 2001, Synthetic category A',
        'Synthetic event 2, 2003, Synthetic category B',
        'Synthetic event 3, 2005',
      ]);
      if (width === 360) return;
      t.element.groupBy = 'category';
      await t.waitForScene();
      await t.waitForRender();
      expect(await names(), 'rows by category describe each event').to.deep.equal([
        'Synthetic event 1, 4 March 2001',
        'Synthetic event 2, 2003',
        'Synthetic event 3, 2005',
      ]);
    });

  it('says its category when grouped by category in one row, whose title is not drawn', async () => {
    await setViewport({ width: 1280, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        locale="en-GB"
        group-by="category"
        .data=${{
          ...categorised,
          events: categorised.events.map((e) => ({ ...e, category: 'cat-a' })),
        }}
      ></annals-timeline>`,
    );
    expect(t.element.scene!.rows.length, 'one row: no title drawn, none to describe').to.equal(1);
    // The row's key was the category, so the name left it out, and no row title said it.
    expect(await names()).to.deep.equal([
      'Synthetic event 1, 4 March 2001, Synthetic category A',
      'Synthetic event 2, 2003, Synthetic category A',
      'Synthetic event 3, 2005, Synthetic category A',
    ]);
  });

  it('says its category in rows by group, even where a group is named as a category id', async () => {
    await setViewport({ width: 1280, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        locale="en-GB"
        group-by="group"
        .data=${{
          ...categorised,
          events: categorised.events.map((e, i) => ({
            ...e,
            group: i ? 'Synthetic group' : 'cat-a',
          })),
        }}
      ></annals-timeline>`,
    );
    expect(t.element.scene!.rows.map((r) => r.title)).to.deep.equal(['cat-a', 'Synthetic group']);
    // The row "cat-a" is a group's, not the category "Synthetic category A".
    expect(await names()).to.deep.equal([
      'Synthetic event 1, 4 March 2001, Synthetic category A',
      'Synthetic event 2, 2003, Synthetic category B',
      'Synthetic event 3, 2005',
    ]);
  });
});
