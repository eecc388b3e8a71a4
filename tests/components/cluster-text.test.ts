/**
 * A cluster's words down a phone's column ("5 events, Dec 2006 – Jun 2008") are cut with an
 * ellipsis where a larger house font makes them wider than the column, never mid-letter.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** Three events a year, 1991–2013, some of them ranges: crowded enough for clusters. */
const crowded = {
  title: 'Crowded',
  events: Array.from({ length: 69 }, (_, i) => {
    const year = 1991 + Math.floor(i / 3);
    const month = String(1 + ((i * 5) % 12)).padStart(2, '0');
    return {
      id: `e${i}`,
      title: `Event number ${i} with a longer headline`,
      start: `${year}-${month}`,
      ...(i % 7 === 3 ? { end: `${year + 1}-06` } : {}),
    };
  }),
};

describe('cluster text in the vertical layout', () => {
  it('is cut with an ellipsis when a larger font makes it wider than its box', async () => {
    await setViewport({ width: 360, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline style="--annals-font-size: 20px" .data=${crowded}></annals-timeline>`,
    );
    expect(t.element.orientation).to.equal('vertical');
    const clusters = [...t.root.querySelectorAll<HTMLElement>('.cluster')];
    const overflowing = clusters.filter((c) => c.scrollWidth > c.clientWidth + 1);
    // The case this test is about: text wider than its box.
    expect(overflowing.length).to.be.greaterThan(0);
    for (const c of overflowing) expect(getComputedStyle(c).textOverflow).to.equal('ellipsis');
  });
});

describe('a cluster’s name', () => {
  it('starts with the count it shows when that is shortened, "1.2k" (WCAG 2.5.3 Label in Name)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const events = Array.from({ length: 1234 }, (_, i) => ({
      id: `s${i}`,
      title: `Synthetic event ${i}`,
      start: '2009-03-01',
    }));
    const t = await TimelineHarness.mount(
      html`<annals-timeline .data=${{ title: 'One day', events }}></annals-timeline>`,
    );
    const cluster = [...t.root.querySelectorAll<HTMLElement>('.cluster')].find(
      (c) => c.textContent!.trim() === '1.2k',
    );
    expect(cluster, 'a cluster showing 1.2k').to.not.equal(undefined);
    const name = cluster!.getAttribute('aria-label')!;
    expect(name.startsWith('1.2k')).to.equal(true, name);
    // The exact count is still said.
    expect(name).to.match(/\b1\d{3} events/);
  });
});
