/**
 * A publication's own house style, set with tokens on the element as its stylesheet would (no
 * theme linked): what it sets reaches every piece it names, and larger type keeps the layout sound.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** Three events a year in two categories, 1991–2013: crowded enough for clusters and a legend. */
const crowded = {
  title: 'Crowded',
  categories: [
    { id: 'a', label: 'Politics' },
    { id: 'b', label: 'Culture' },
  ],
  events: Array.from({ length: 69 }, (_, i) => ({
    id: `e${i}`,
    title: `Event number ${i} with a longer headline`,
    start: `${1991 + Math.floor(i / 3)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}`,
    category: i % 2 ? 'b' : 'a',
  })),
};

describe('a house style', () => {
  it('that sets only the text and background colours gets an axis in its text colour', async () => {
    await setViewport({ width: 1280, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        style="--annals-color-text: #eeeeee; --annals-color-background: #101114"
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>`,
    );
    const axis = t.root.querySelector('annals-axis')!.shadowRoot!;
    const line = getComputedStyle(axis.querySelector('[part~="line"]')!);
    expect(line.borderTopColor).to.equal('rgb(238, 238, 238)');
    const tick = getComputedStyle(axis.querySelector('[part~="tick"]')!);
    expect(tick.borderLeftColor).to.equal('rgb(238, 238, 238)');
  });

  it('with --annals-radius: 0 has square clusters and legend entries; round-ended by default', async () => {
    await setViewport({ width: 1280, height: 800 });
    const radii = async (style: string) => {
      const t = await TimelineHarness.mount(
        html`<annals-timeline style=${style} .data=${crowded}></annals-timeline>`,
      );
      const pieces = [...t.root.querySelectorAll<HTMLElement>('[part~="cluster"]')];
      expect(pieces.length, 'clusters drawn').to.be.greaterThan(0);
      pieces.push(...t.legendButtons());
      expect(t.legendButtons().length, 'legend entries').to.equal(2);
      // The radius drawn: a larger one than half the height is drawn as half the height.
      return pieces.map((p) =>
        Math.min(parseFloat(getComputedStyle(p).borderTopLeftRadius), p.offsetHeight / 2),
      );
    };
    for (const r of await radii('--annals-radius: 0px')) expect(r).to.equal(0);
    for (const r of await radii('--annals-radius: 0')) expect(r).to.equal(0);
    // The default (3px) keeps their round ends.
    const round = await radii('');
    for (const r of round) expect(r).to.be.greaterThan(8);
  });

  it('with larger type keeps the toolbar inside a phone’s width', async () => {
    await setViewport({ width: 360, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        style="font-size: 20px; letter-spacing: 0.08em"
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>`,
    );
    await t.search('visit');
    expect(t.searchHint()).to.equal('1 found');
    const right = t.element.getBoundingClientRect().right;
    const outside = [...t.toolbar()!.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > right + 0.5)
      .map((el) => `${el.localName}${el.className ? `.${el.className}` : ''}`);
    expect(outside, 'toolbar pieces past the element’s right edge').to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
  });

  it('colours the card’s inner rules with --annals-card-border, the rule above it as its text (as documented)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        style="--annals-card-border: rgb(1, 2, 3); --annals-color-text: rgb(4, 5, 6)"
        selected="state-visit-2013"
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>`,
    );
    const card = t.cardElement().shadowRoot!;
    const border = (part: string) =>
      getComputedStyle(card.querySelector(`[part~="${part}"]`)!).borderTopColor;
    expect(border('details')).to.equal('rgb(1, 2, 3)');
    expect(border('base')).to.equal('rgb(4, 5, 6)');
  });
});
