/** Deep links: the timeline keeps its state under its key and leaves the rest of the fragment alone. */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import {
  clearHash,
  mountFlagship,
  mountLinkedPair,
  nextFrame,
  span,
  TimelineHarness,
} from '../helpers/timeline-harness.js';

/** Replaces this test page's fragment without a history entry or a popstate. */
const setHash = (hash: string) =>
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);

/** A few frames, for a write that would follow a settle. */
async function frames(n = 6) {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** Moves through history and waits for the popstate and the redraw. */
async function travel(t: TimelineHarness, go: () => void) {
  const popped = oneEvent(window, 'popstate');
  go();
  await popped;
  await t.waitForRender();
  await frames();
}

/** The flagship timeline beside a page anchor and the page's own link to it. */
async function pageWithNotes(key: string): Promise<TimelineHarness> {
  const t = await TimelineHarness.mount(
    html`<div style="width:1280px">
      <annals-timeline locale="en-GB" deep-link=${key} .data=${kazakhstanTurkmenistan}>
      </annals-timeline>
      <a id="to-notes" href="#notes">Notes</a>
      <p id="notes">Notes</p>
    </div>`,
  );
  await frames();
  return t;
}

const range = (t: TimelineHarness) => {
  const r = t.visibleRange();
  return [r.start.getTime(), r.end.getTime()];
};

describe('deep links', () => {
  beforeEach(async () => {
    clearHash();
    await setViewport({ width: 1400, height: 900 });
  });
  afterEach(() => clearHash());

  describe('the rest of the fragment is the page’s', () => {
    it('a plain #anchor stays as it is, and the state follows it', async () => {
      setHash('#notes');
      const t = await pageWithNotes('ga');
      await t.element.goTo('state-visit-2013');
      await frames();
      expect(location.hash).to.match(/^#notes&ga\.selected=state-visit-2013(&|$)/);
    });

    it('other parts stay byte for byte and in order; its own are changed where they stand', async () => {
      setHash('#a=b&x=%2Fy+z&ga.selected=old&=&q&c=%E0%A4%A');
      const t = await mountFlagship({ deepLink: 'ga' });
      await t.element.goTo('state-visit-2013');
      expect(location.hash).to.equal('#a=b&x=%2Fy+z&ga.selected=state-visit-2013&=&q&c=%E0%A4%A');
      await t.element.zoomTo('2009', '2009');
      await frames();
      expect(location.hash).to.equal(
        '#a=b&x=%2Fy+z&ga.selected=state-visit-2013&=&q&c=%E0%A4%A&ga.from=2009&ga.to=2009',
      );
    });

    it('with its state cleared, the fragment is the page’s again, exactly', async () => {
      setHash('#notes');
      const t = await pageWithNotes('ga');
      await t.element.goTo('state-visit-2013');
      await t.element.zoomTo('2013', '2013');
      t.element.selected = null;
      await t.element.fit({ animate: false });
      await frames();
      expect(location.hash).to.equal('#notes');
    });

    it('Back to the page’s #anchor leaves it as it is', async () => {
      history.pushState(history.state, '', location.href);
      setHash('#notes');
      const t = await pageWithNotes('ga');
      await t.element.goTo('state-visit-2013');
      expect(location.hash).to.contain('ga.selected');
      await travel(t, () => history.back());
      expect(location.hash).to.equal('#notes');
      expect(t.element.selected).to.equal(null);
    });

    it('the page’s own link to its anchor is followed and not rewritten', async () => {
      const t = await pageWithNotes('ga');
      await t.element.goTo('state-visit-2013');
      await t.element.zoomTo('2009', '2010', { animate: false });
      await frames();
      const length = history.length;
      await travel(t, () => document.querySelector<HTMLAnchorElement>('#to-notes')!.click());
      expect(location.hash).to.equal('#notes');
      expect(history.length).to.equal(length + 1);
    });

    it('a popstate for another key leaves this timeline where it is', async () => {
      history.pushState(history.state, '', location.href);
      const [a, b] = await mountLinkedPair();
      await a.element.goTo('state-visit-2013', { animate: false });
      // The reader walks on with the keys: focus, not the selection, moves.
      await a.key('ArrowLeft');
      await frames();
      const stops = a.tabStops();
      expect(stops).to.deep.equal(['medicinal-plants-book-astana']);
      const view = range(a);
      await b.element.goTo('silk-way-rally-2009', { animate: false });
      await frames();
      const before = location.hash;
      let selects = 0;
      a.element.addEventListener('annals-select', () => selects++);
      await travel(b, () => history.back());
      expect(b.element.selected).to.equal(null);
      expect(a.element.selected).to.equal('state-visit-2013');
      expect(range(a)).to.deep.equal(view);
      expect(a.tabStops()).to.deep.equal(stops);
      expect(selects).to.equal(0);
      await travel(b, () => history.forward());
      expect(location.hash).to.equal(before);
      expect(b.element.selected).to.equal('silk-way-rally-2009');
    });

    it('a link to the page’s anchor and the timeline’s state still scrolls to the anchor', async function () {
      this.timeout(15_000);
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:1100px;height:600px';
      const link = '#notes&ga.selected=state-visit-2013';
      frame.src = `/tests/deep-link/page.html${link}`;
      document.body.append(frame);
      try {
        const win = frame.contentWindow!;
        await waitUntil(
          () => win.document.querySelector<AnnalsTimeline>('annals-timeline')?.selected,
          'the link was not applied',
          { timeout: 10_000 },
        );
        const notes = win.document.getElementById('notes')!;
        await waitUntil(
          () => Math.abs(notes.getBoundingClientRect().top) < 2,
          `not scrolled to #notes (it is at ${notes.getBoundingClientRect().top}px)`,
        );
        expect(win.location.hash).to.equal(link);
      } finally {
        frame.remove();
      }
    });

    it('a key with dots, &, = and spaces keeps its own state beside the page’s parts', async () => {
      const key = 'my tl.v2&x=y';
      setHash('#notes&my=1');
      const t = await mountFlagship({ deepLink: key });
      await t.element.goTo('silk-way-rally-2009');
      await frames();
      expect(
        location.hash.startsWith('#notes&my=1&my%20tl.v2%26x%3Dy.selected=silk-way-rally-2009'),
      ).to.equal(true, location.hash);
      const hash = location.hash;
      t.element.parentElement!.remove();
      const reloaded = await mountFlagship({ deepLink: key });
      await waitUntil(() => reloaded.element.selected === 'silk-way-rally-2009', 'not restored');
      await frames();
      expect(location.hash).to.equal(hash);
    });
  });

  describe('applying a link', () => {
    it('reopening a link that ends on a whole second leaves the URL as it is', async () => {
      const link = '#rome.from=0014-01-01T00:00:00Z&rome.to=0051-01-01T00:00:00Z';
      setHash(link);
      const t = await TimelineHarness.mount(
        html`<div style="width:1280px">
          <annals-timeline deep-link="rome" .data=${rome}></annals-timeline>
        </div>`,
      );
      await t.waitForRender();
      await frames();
      expect(location.hash).to.equal(link);
    });

    it('a link in other words (days, an event outside its range) is shown and left as written', async () => {
      const link = '#k.from=2009-01-01&k.to=2010-01-01&k.selected=state-visit-2013';
      setHash(link);
      const t = await mountFlagship({ deepLink: 'k' });
      await waitUntil(() => t.element.selected === 'state-visit-2013', 'not restored');
      await frames();
      expect(location.hash).to.equal(link);
      expect(t.visibleRange().start.toISOString()).to.equal('2009-01-01T00:00:00.000Z');
      expect(t.visibleRange().end.toISOString()).to.equal('2010-01-02T00:00:00.000Z');
    });

    it('a link the view cannot show exactly (wider than the data) is left as written', async () => {
      const link = '#k.from=1900&k.to=2100';
      setHash(link);
      const t = await mountFlagship({ deepLink: 'k' });
      await t.waitForRender();
      await frames();
      expect(t.element.scene!.transform.k).to.equal(1);
      expect(location.hash).to.equal(link);
      await t.element.zoomBy(2, { animate: false });
      await frames();
      expect(location.hash).not.to.equal(link);
    });

    it('a fragment edited by hand is applied and left as typed', async () => {
      const t = await mountFlagship({ deepLink: 'k' });
      await t.element.goTo('silk-way-rally-2009', { animate: false });
      await frames();
      const typed = '#k.from=1900&k.to=2100&k.selected=state-visit-2013';
      await travel(t, () => (location.hash = typed));
      expect(t.element.selected).to.equal('state-visit-2013');
      expect(t.element.scene!.transform.k).to.equal(1);
      expect(location.hash).to.equal(typed);
    });

    it('the range a timeline writes shows the same view when reopened, and stays as written', async () => {
      const t = await mountFlagship({ deepLink: 'k' });
      await t.element.zoomTo('2009-03-10', '2012-07-20', { animate: false });
      await frames();
      expect(location.hash).to.equal('#k.from=2009-03-10&k.to=2012-07-20');
      // A wheel step ends somewhere between whole seconds.
      await t.wheel({ deltaY: -100, ctrlKey: true });
      await waitUntil(() => !location.hash.endsWith('2012-07-20'), 'no range written');
      const link = location.hash;
      // Dates a reader can read, not instants to the second: rounder by at most a pixel.
      expect(link).to.match(/^#k\.from=\d{4}-\d\d-\d\d&k\.to=\d{4}-\d\d-\d\d$/);
      const view = range(t);
      const pixel = (view[1]! - view[0]!) / t.element.getBoundingClientRect().width;
      t.element.parentElement!.remove();
      const reloaded = await mountFlagship({ deepLink: 'k' });
      await waitUntil(() => span(reloaded.visibleRange()) < 5e11, 'not restored');
      await frames();
      expect(location.hash).to.equal(link);
      const [start, end] = range(reloaded);
      expect(start).to.be.closeTo(view[0]!, pixel);
      expect(end).to.be.closeTo(view[1]!, pixel);
    });

    it('Back and Forward restore each view and selection without adding entries', async () => {
      history.pushState(history.state, '', location.href);
      const t = await mountFlagship({ deepLink: 'k' });
      await t.element.goTo('silk-way-rally-2009', { animate: false });
      await t.element.zoomTo('2009', '2009', { animate: false });
      await frames();
      const first = { hash: location.hash, view: range(t) };
      await t.element.goTo('state-visit-2013', { animate: false });
      await t.element.zoomTo('2013', '2013', { animate: false });
      await frames();
      const second = { hash: location.hash, view: range(t) };
      const length = history.length;
      await travel(t, () => history.back());
      expect(location.hash).to.equal(first.hash);
      expect(t.element.selected).to.equal('silk-way-rally-2009');
      expect(range(t)).to.deep.equal(first.view);
      await travel(t, () => history.forward());
      expect(location.hash).to.equal(second.hash);
      expect(t.element.selected).to.equal('state-visit-2013');
      expect(range(t)).to.deep.equal(second.view);
      expect(history.length).to.equal(length);
    });
  });

  describe('clearing the selection', () => {
    for (const [how, clear] of [
      ['removing the selected attribute', (el: AnnalsTimeline) => el.removeAttribute('selected')],
      ['setting selected to null', (el: AnnalsTimeline) => (el.selected = null)],
      [
        'closing the card',
        (el: AnnalsTimeline) =>
          el
            .shadowRoot!.querySelector('annals-event-card')!
            .shadowRoot!.querySelector<HTMLElement>('[part~="close"]')!
            .click(),
      ],
    ] as const)
      it(`${how} removes <key>.selected`, async () => {
        setHash('#notes');
        const t = await mountFlagship({ deepLink: 'k' });
        await t.element.goTo('state-visit-2013');
        expect(location.hash).to.equal('#notes&k.selected=state-visit-2013');
        clear(t.element);
        await t.waitForRender();
        await frames();
        expect(location.hash).to.equal('#notes');
      });

    it('a selection the page sets is written too', async () => {
      const t = await mountFlagship({ deepLink: 'k' });
      t.element.selected = 'state-visit-2013';
      await t.waitForRender();
      expect(location.hash).to.equal('#k.selected=state-visit-2013');
    });
  });
});
