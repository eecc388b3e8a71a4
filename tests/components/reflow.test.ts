/**
 * WCAG 1.4.10 Reflow: at 320 CSS px (a 1280 px window zoomed to 400 %), nothing but the drawing
 * itself may need scrolling sideways: toolbar, card, notices and the problems list wrap.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** A word longer than a phone's column (a compound, an address): nowhere to break it. */
const long = (word: string) => `Synthetic${word.repeat(50)}`;

/** Synthetic events; two with problems whose values have no place to break a line. */
const unbroken = {
  title: long('title'),
  description: `A synthetic description ${long('description')}`,
  categories: [
    { id: 'long', label: long('category') },
    { id: 'short', label: 'Short' },
  ],
  events: [
    { id: 'synthetic-1', title: 'Synthetic one', start: '2001-03', category: 'long' },
    { id: 'synthetic-2', title: 'Synthetic two', start: '2002-07-14' },
    { id: `synthetic-${'x'.repeat(120)}`, title: 'Synthetic long id', start: '2013-02-30' },
    {
      id: 'synthetic-link',
      title: 'Synthetic refused link',
      start: '2003',
      sources: [{ title: 'Synthetic', url: `javascript:${'y'.repeat(120)}` }],
    },
  ],
};

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('a word longer than the column wraps in the title, the description, the legend, a Go-to message and the open problems list: the page does not scroll sideways', async () => {
    await setViewport({ width: 320, height: 740 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline show-problems .data=${unbroken}></annals-timeline>`,
    );
    const details = t.root.querySelector<HTMLDetailsElement>('[part~="problems"]')!;
    details.open = true;
    await t.select('synthetic-2');
    const input = t.root.querySelector<HTMLInputElement>('#goto')!;
    input.value = long('z');
    input.form!.requestSubmit();
    await t.waitForRender();
    expect(t.root.querySelector('#goto-message')!.textContent).to.contain(long('z'));
    expect(t.problemsList()).to.have.length(2);
    expect(t.card().visible).to.equal(true);
    const right = t.element.getBoundingClientRect().right;
    for (const li of details.querySelectorAll('li'))
      expect(li.scrollWidth, li.textContent!.slice(0, 40)).to.be.at.most(li.clientWidth);
    expect(right).to.be.at.most(320);
    const wide = [
      ...t.root.querySelectorAll('.head > *, [part~="toolbar"] *, [part~="problems"] li'),
      ...t.legendButtons(),
    ]
      // A field scrolls its own text; a label only for screen readers is clipped on purpose.
      .filter((el) => !el.matches('input, .sr-only'))
      .filter(
        (el) =>
          el.getBoundingClientRect().right > right + 0.5 || el.scrollWidth > el.clientWidth + 1,
      );
    expect(wide.map((el) => el.textContent!.trim().slice(0, 30))).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
