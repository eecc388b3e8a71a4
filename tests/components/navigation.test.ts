/** Browsing by date: keys, zoom, navigation methods, deep links, filtering, search, small screens. */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import { AnnalsRangeChangeEvent, AnnalsSelectEvent } from '../../src/events.js';
import { generatedDataset } from '../../stories/generated-data.js';
import { warningsOf } from '../helpers/console.js';
import {
  clearHash,
  mountFlagship,
  mountLinkedPair,
  nextFrame,
  overlaps,
  span,
  TimelineHarness,
} from '../helpers/timeline-harness.js';

const DATE_ORDER = [
  'dissolution-of-the-soviet-union',
  'silk-way-rally-2009',
  'medicinal-plants-book-astana',
  'state-visit-2013',
];
const DAY = 86_400_000;

const flagship = mountFlagship;

describe('browsing <annals-timeline> by date', () => {
  beforeEach(async () => {
    clearHash();
    await setViewport({ width: 1400, height: 900 });
  });
  afterEach(async () => {
    clearHash();
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('keyboard', () => {
    it('ArrowRight walks every event in date order, with exactly one event in the tab order', async () => {
      const t = await flagship();
      expect(t.tabStops()).to.deep.equal([DATE_ORDER[0]]);
      t.button(DATE_ORDER[0]!).focus();
      const visited = [t.focusedId()];
      for (let i = 1; i < DATE_ORDER.length; i++) {
        await t.key('ArrowRight');
        visited.push(t.focusedId());
        expect(t.tabStops()).to.deep.equal([t.focusedId()]);
      }
      expect(visited).to.deep.equal(DATE_ORDER);
      await t.key('ArrowRight');
      expect(t.focusedId(), 'stays on the last event').to.equal(DATE_ORDER.at(-1));
      await t.key('ArrowLeft');
      expect(t.focusedId()).to.equal(DATE_ORDER.at(-2));
    });

    it('with no event in view, the arrow keys go to the next or previous event from the view, as the drawing says, not to the ends', async () => {
      for (const [key, expected, browsed] of [
        ['ArrowRight', 'medicinal-plants-book-astana', false],
        ['ArrowLeft', 'silk-way-rally-2009', false],
        // Browsed before, from the first event: the drawing still steps from what it shows.
        ['ArrowRight', 'medicinal-plants-book-astana', true],
      ] as const) {
        const t = await flagship();
        if (browsed) t.button(DATE_ORDER[0]!).focus();
        await t.element.zoomTo('2012-01-01', '2012-12-31', { animate: false });
        await t.waitForRender();
        const viewport = t.viewport()!;
        expect(t.buttons(), 'nothing drawn in 2012').to.have.length(0);
        expect(viewport.getAttribute('aria-label')).to.equal(
          'No events in view; use the arrow keys to move to the next one',
        );
        expect(viewport.tabIndex).to.equal(0);
        viewport.focus();
        await t.key(key);
        await waitUntil(() => t.focusedId() !== null, `${key} focused no event`);
        expect(t.focusedId(), key).to.equal(expected);
      }
    });

    it('End and Home move to the last and the first event', async () => {
      const t = await flagship();
      t.button(DATE_ORDER[1]!).focus();
      await t.key('End');
      expect(t.focusedId()).to.equal(DATE_ORDER.at(-1));
      expect(t.tabStops()).to.deep.equal([DATE_ORDER.at(-1)]);
      await t.key('Home');
      expect(t.focusedId()).to.equal(DATE_ORDER[0]);
    });

    it('Enter opens the focused event’s card and Escape closes it', async () => {
      const t = await flagship();
      t.button('silk-way-rally-2009').focus();
      await t.key('Enter');
      expect(t.element.selected).to.equal('silk-way-rally-2009');
      expect(t.card()).to.include({ visible: true, title: 'Silk Way Rally' });
      await t.key('Escape');
      expect(t.element.selected).to.equal(null);
      expect(t.card().visible).to.be.false;
      expect(t.focusedId(), 'focus stays on the event').to.equal('silk-way-rally-2009');
    });

    it('a card that closes while it holds focus (the selection cleared from script, new data without its event) hands focus to the events, not to the page', async () => {
      const t = await flagship();
      const close = async () => {
        const card = t.cardElement();
        card.shadowRoot!.querySelector<HTMLElement>('[part~="close"]')!.focus();
        expect(t.root.activeElement).to.equal(card);
      };
      await t.select('silk-way-rally-2009');
      await close();
      t.element.selected = null;
      await waitUntil(() => t.focusedId() !== null, 'focus left the timeline');
      expect(t.focusedId()).to.equal('silk-way-rally-2009');

      await t.select('state-visit-2013');
      await close();
      t.element.data = generatedDataset(20, 3);
      await waitUntil(() => t.focusedId() !== null, 'focus left the timeline');
      expect(t.card().visible).to.be.false;
      expect(t.buttons().find((b) => b.tabIndex === 0)!.dataset.id).to.equal(t.focusedId());
    });

    it('+ and − zoom around the focused event and keep focus on it, so the keys go on working', async () => {
      const t = await flagship();
      await emulateMedia({ reducedMotion: 'reduce' });
      t.button('state-visit-2013').focus();
      const before = t.visibleRange();
      const x = t.item('state-visit-2013').x;
      await t.key('+');
      await t.key('+');
      const after = t.visibleRange();
      expect(after.end.getTime() - after.start.getTime()).to.be.below(
        (before.end.getTime() - before.start.getTime()) / 3,
      );
      expect(t.focusedId()).to.equal('state-visit-2013');
      expect(Math.abs(t.item('state-visit-2013').x - x), 'the focused event stays put').to.be.below(
        2,
      );
      await t.key('0');
      expect(t.visibleRange().start.getTime()).to.equal(before.start.getTime());
      expect(t.focusedId()).to.equal('state-visit-2013');
    });

    it('shows focus with an outline of at least 2px', async () => {
      const t = await flagship();
      t.button(DATE_ORDER[0]!).focus();
      await t.key('ArrowRight');
      const focused = t.button(t.focusedId()!);
      expect(focused.matches(':focus-visible')).to.be.true;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('Next at the last event and Previous at the first are disabled, so they say so, and hand focus to the other', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const t = await flagship();
        const [previous, next] = t.toolbarButtons() as [HTMLButtonElement, HTMLButtonElement];
        t.element.selected = 'medicinal-plants-book-astana';
        await t.waitForRender();
        expect([previous.disabled, next.disabled]).to.deep.equal([false, false]);
        next.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => t.element.selected === 'state-visit-2013', 'Next went nowhere');
        await waitUntil(() => next.disabled, 'Next at the last event');
        await t.waitForRender();
        expect(t.root.activeElement).to.equal(previous);
        t.element.selected = 'dissolution-of-the-soviet-union';
        await t.waitForRender();
        expect([previous.disabled, next.disabled]).to.deep.equal([true, false]);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('a zoom button pressed to its limit, so disabled, hands focus to the other zoom button', async () => {
      const t = await flagship();
      const zoomIn = t.toolbarButton('Zoom in');
      const zoomOut = t.toolbarButton('Zoom out');
      const focused = () => t.root.activeElement?.getAttribute('aria-label') ?? null;
      // One step from the whole span: − pressed once reaches it.
      await t.element.zoomBy(2, { animate: false });
      zoomOut.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => zoomOut.disabled, 'back at the whole span');
      await t.waitForRender();
      expect(document.activeElement === t.element, 'focus stays in the timeline').to.be.true;
      expect(focused()).to.equal('Zoom in');
      // One step from the finest zoom (four days on data known by the day): + pressed once.
      await t.element.zoomTo('2013-05-05', '2013-05-10', { animate: false });
      zoomIn.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => zoomIn.disabled, 'at the finest zoom');
      await t.waitForRender();
      expect(document.activeElement === t.element, 'focus stays in the timeline').to.be.true;
      expect(focused()).to.equal('Zoom out');
    });
  });

  describe('zoom and navigation methods', () => {
    it('zooming into May 2013 shows day ticks and separates the two May events', async () => {
      const t = await flagship();
      const el = t.element;
      const atFit = Math.abs(
        t.item('state-visit-2013').x - t.item('medicinal-plants-book-astana').x,
      );
      expect(atFit, 'the May events crowd together at the fitted zoom').to.be.lessThan(20);
      await el.zoomTo('2013-04-28', '2013-05-16', { animate: false });
      expect(el.scene!.ticks.unit).to.equal('day');
      expect(t.ticks().length).to.be.greaterThan(3);
      const book = t.item('medicinal-plants-book-astana');
      const visit = t.item('state-visit-2013');
      expect(visit.x - book.x).to.be.greaterThan(20);
      expect(overlaps(book.label, visit.label)).to.be.false;
    });

    it('zoomTo, goTo and fit return promises that settle once the result is drawn', async () => {
      const t = await flagship();
      const el = t.element;
      const full = t.visibleRange();

      // The end is inclusive, as an event's: to the end of 31 December.
      await el.zoomTo('2013-01-01', '2013-12-31');
      expect(el.visibleRange!.start.getTime()).to.be.closeTo(Date.UTC(2013, 0, 1), 60_000);
      expect(el.visibleRange!.end.getTime()).to.be.closeTo(Date.UTC(2014, 0, 1), 60_000);
      const visit = el.normalized.events.find((e) => e.id === 'state-visit-2013')!;
      const fraction =
        (visit.startTime - Date.UTC(2013, 0, 1)) / (Date.UTC(2014, 0, 1) - Date.UTC(2013, 0, 1));
      expect(t.item('state-visit-2013').x, 'drawn at the new zoom').to.be.closeTo(
        fraction * 1280,
        1,
      );

      await el.goTo('2013-03-01');
      const mid = (el.visibleRange!.start.getTime() + el.visibleRange!.end.getTime()) / 2;
      expect(mid).to.be.closeTo(Date.UTC(2013, 2, 1), DAY);

      await el.goTo('medicinal-plants-book-astana');
      expect(el.selected).to.equal('medicinal-plants-book-astana');
      expect(t.item('medicinal-plants-book-astana').x, 'centred').to.be.closeTo(640, 1);

      await el.fit();
      expect(t.visibleRange()).to.deep.equal(full);
    });

    it('goTo rejects an unknown date with a RangeError', async () => {
      const t = await flagship();
      let error: unknown;
      await t.element.goTo('not a date').catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(RangeError);
    });

    it('max-zoom limits magnification and min-zoom keeps it from going wider', async () => {
      const limited = await flagship({ maxZoom: 2 });
      const full = span(limited.visibleRange());
      await limited.element.zoomBy(8, { animate: false });
      expect(limited.element.scene!.transform.k).to.equal(2);

      const t = await flagship({ minZoom: 3 });
      expect(t.element.scene!.transform.k).to.equal(3);
      await t.element.fit({ animate: false });
      expect(t.element.scene!.transform.k).to.equal(3);
      expect(span(t.visibleRange())).to.be.lessThan(full / 2);
    });

    it('lowering max-zoom while zoomed in pulls the view back within it', async () => {
      const t = await flagship();
      await t.element.zoomBy(8, { animate: false });
      t.element.maxZoom = 2;
      await t.waitForRender();
      expect(t.element.scene!.transform.k).to.equal(2);
    });

    it('new data while zoomed in is shown whole, not through the old window', async () => {
      const t = await flagship();
      await t.element.zoomTo('2013-04-28', '2013-05-16', { animate: false });
      t.element.data = rome;
      await t.waitForRender();
      const range = t.visibleRange();
      expect(range.start.getUTCFullYear()).to.be.below(-751);
      expect(range.end.getUTCFullYear()).to.be.above(476);
      expect(t.ids()).to.include('caesar-assassinated');
    });

    it('never zooms finer than the data’s precision: an hour on data known by the day shows at least 4 days', async () => {
      const t = await flagship();
      await t.element.zoomTo(new Date(Date.UTC(2013, 4, 10)), new Date(Date.UTC(2013, 4, 10, 1)), {
        animate: false,
      });
      expect(span(t.visibleRange())).to.be.at.least(4 * DAY - 1000);
      expect(span(t.visibleRange())).to.be.lessThan(5 * DAY);
    });

    it('fires annals-select with the id and event, and null when cleared', async () => {
      const t = await flagship();
      const received: AnnalsSelectEvent[] = [];
      t.element.addEventListener('annals-select', (e) => received.push(e));
      await t.select('silk-way-rally-2009');
      await t.select('silk-way-rally-2009');
      expect(received, 'pressing the selected event again keeps it open').to.have.length(1);
      await t.key('Escape');
      expect(received).to.have.length(2);
      expect(received[0]).to.be.instanceOf(AnnalsSelectEvent);
      expect(received[0]!.id).to.equal('silk-way-rally-2009');
      expect(received[0]!.event?.title).to.equal('Silk Way Rally');
      expect(received[1]!.id).to.equal(null);
      expect(received[1]!.event).to.equal(null);
    });

    it('fires annals-range-change with the new visible range as Dates', async () => {
      const t = await flagship();
      const received: AnnalsRangeChangeEvent[] = [];
      t.element.addEventListener('annals-range-change', (e) => received.push(e));
      await t.element.zoomTo('2009', '2013', { animate: false });
      expect(received).to.have.length(1);
      const [change] = received;
      expect(change).to.be.instanceOf(AnnalsRangeChangeEvent);
      expect(change!.start).to.be.instanceOf(Date);
      expect(change!.start.getTime()).to.equal(t.visibleRange().start.getTime());
      expect(change!.end.getTime()).to.equal(t.visibleRange().end.getTime());
      expect(change!.start.getTime()).to.be.closeTo(Date.UTC(2009, 0, 1), 60_000);
      // The end year is inclusive: to the end of 2013.
      expect(change!.end.getTime()).to.be.closeTo(Date.UTC(2014, 0, 1), 60_000);
    });

    it('zoomTo of one year shows that year, as the command line’s --from and --to do', async () => {
      const t = await flagship();
      await t.element.zoomTo('2009', '2009', { animate: false });
      expect(t.visibleRange().start.getTime()).to.be.closeTo(Date.UTC(2009, 0, 1), 60_000);
      expect(t.visibleRange().end.getTime()).to.be.closeTo(Date.UTC(2010, 0, 1), 60_000);
      // Given the wrong way round, the later date is still the end, to the end of its year.
      await t.element.zoomTo('2010', '2009', { animate: false });
      expect(t.visibleRange().start.getTime()).to.be.closeTo(Date.UTC(2009, 0, 1), 60_000);
      expect(t.visibleRange().end.getTime()).to.be.closeTo(Date.UTC(2011, 0, 1), 60_000);
    });

    it('zooms immediately when the reader prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const t = await flagship();
      let changes = 0;
      t.element.addEventListener('annals-range-change', () => changes++);
      const started = performance.now();
      await t.element.zoomBy(2);
      expect(changes, 'one jump, no intermediate frames').to.equal(1);
      expect(performance.now() - started).to.be.lessThan(200);
      expect(t.element.scene!.transform.k).to.equal(2);
    });

    it('animates zoom otherwise, through intermediate ranges', async () => {
      const t = await flagship();
      let changes = 0;
      t.element.addEventListener('annals-range-change', () => changes++);
      await t.element.zoomBy(2);
      expect(changes).to.be.greaterThan(2);
      expect(t.element.scene!.transform.k).to.be.closeTo(2, 1e-9);
    });
  });

  describe('wheel', () => {
    it('a wheel without a modifier scrolls the page, not the timeline, while the timeline lacks focus', async () => {
      const t = await flagship();
      (document.activeElement as HTMLElement | null)?.blur?.();
      expect(t.element.matches(':focus-within')).to.be.false;
      const before = t.visibleRange();
      await t.wheel({ deltaY: -100 });
      expect(t.visibleRange()).to.deep.equal(before);
    });

    it('Ctrl + wheel zooms', async () => {
      const t = await flagship();
      const before = t.visibleRange();
      await t.wheel({ deltaY: -100, ctrlKey: true });
      expect(span(t.visibleRange())).to.be.lessThan(span(before) * 0.9);
    });

    it('Ctrl + wheel past a zoom limit stops there: the browser does not zoom the page instead', async () => {
      const t = await flagship();
      const wheel = (init: WheelEventInit) => t.dispatchWheel(init);
      // Fitted, the view is as far out as it goes; pinching or wheeling out must not zoom the page.
      expect(wheel({ deltaY: 100, ctrlKey: true }), 'out, at the widest').to.equal(true);
      await t.element.zoomBy(1e9);
      await t.waitForRender();
      const k = t.element.scene!.transform.k;
      expect(wheel({ deltaY: -100, ctrlKey: true }), 'in, at the closest').to.equal(true);
      await t.waitForRender();
      expect(t.element.scene!.transform.k).to.equal(k);
      // A wheel without a modifier at the limit still scrolls the page, focused or not.
      await t.element.fit();
      t.focusEvents();
      expect(wheel({ deltaY: 100 }), 'no modifier, focused, at the widest').to.equal(false);
      (document.activeElement as HTMLElement | null)?.blur?.();
      expect(wheel({ deltaY: 100 }), 'no modifier, no focus').to.equal(false);
    });

    it('a sideways swipe pans, focused or not, and settles once; at an end it is the browser’s', async () => {
      const t = await flagship();
      (document.activeElement as HTMLElement | null)?.blur?.();
      const swipe = (deltaX: number, deltaY = 0) => t.dispatchWheel({ deltaX, deltaY });
      // The whole span: nothing to pan, so the browser keeps the swipe (its back gesture).
      expect(swipe(40), 'fitted').to.equal(false);
      await t.element.zoomBy(4, { animate: false });
      await t.waitForRender();
      const before = t.visibleRange();
      const k = t.element.scene!.transform.k;
      const settles: number[] = [];
      t.element.addEventListener('annals-range-settle', (e) => settles.push(+e.detail.start));
      // A swipe to the left shows what comes later, at the same zoom.
      for (let i = 0; i < 5; i++) expect(swipe(30, 2), `step ${i}`).to.equal(true);
      await t.waitForRender();
      const after = t.visibleRange();
      expect(t.element.scene!.transform.k).to.equal(k);
      expect(+after.start).to.be.greaterThan(+before.start);
      expect(span(after)).to.be.closeTo(span(before), 1000);
      // 150 px of a view four times the drawing: about an eighth of the window's span.
      const moved = (+after.start - +before.start) / span(before);
      expect(moved).to.be.closeTo(150 / t.viewport()!.getBoundingClientRect().width, 0.01);
      // One settle, once the swipe has stopped.
      await waitUntil(() => settles.length > 0, 'never settled');
      await new Promise((r) => setTimeout(r, 300));
      expect(settles).to.have.length(1);
      // A wheel that is mostly up or down is not a swipe: unfocused, it scrolls the page.
      expect(swipe(2, 30)).to.equal(false);
      // And at the end of the axis the swipe is the browser's again.
      await t.element.zoomTo('2013-01-01', '2014-01-01', { animate: false });
      await t.waitForRender();
      for (let i = 0; i < 100 && swipe(400); i++) await t.waitForRender();
      expect(swipe(400), 'at the end').to.equal(false);
    });

    it('a wheel without a modifier zooms while the timeline has focus', async () => {
      const t = await flagship();
      const before = t.visibleRange();
      t.focusEvents();
      await t.wheel({ deltaY: -100 });
      expect(span(t.visibleRange())).to.be.lessThan(span(before) - 30 * DAY);
    });
  });

  describe('deep links', () => {
    it('writes the selection to the fragment under its key', async () => {
      const t = await flagship({ deepLink: 't1' });
      await t.select('state-visit-2013');
      expect(location.hash).to.equal('#t1.selected=state-visit-2013');
    });

    it('restores the selection from the fragment when a new timeline is created (a reload)', async () => {
      const t = await flagship({ deepLink: 't1' });
      await t.select('silk-way-rally-2009');
      const hash = location.hash;
      t.element.parentElement!.remove();
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
      const reloaded = await flagship({ deepLink: 't1' });
      await waitUntil(
        () => reloaded.element.selected === 'silk-way-rally-2009',
        'selection not restored',
      );
      await reloaded.waitForRender();
      expect(reloaded.card()).to.include({ visible: true, title: 'Silk Way Rally' });
    });

    it('history.back() returns to the previous selection', async () => {
      // A same-document entry to fall back on: if selecting pushed no entry, back() must not leave the test page.
      history.pushState(history.state, '', location.href);
      const t = await flagship({ deepLink: 't1' });
      await t.select('silk-way-rally-2009');
      await t.select('state-visit-2013');
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await t.waitForRender();
      expect(location.hash).to.equal('#t1.selected=silk-way-rally-2009');
      expect(t.element.selected).to.equal('silk-way-rally-2009');
      expect(t.card().title).to.equal('Silk Way Rally');
    });

    it('two timelines with different keys keep separate selections in one fragment', async () => {
      const [a, b] = await mountLinkedPair();
      await a.select('silk-way-rally-2009');
      await b.select('state-visit-2013');
      const params = new URLSearchParams(location.hash.slice(1));
      expect(params.get('t1.selected')).to.equal('silk-way-rally-2009');
      expect(params.get('t2.selected')).to.equal('state-visit-2013');
      expect(a.element.selected).to.equal('silk-way-rally-2009');
      await a.select('dissolution-of-the-soviet-union');
      expect(new URLSearchParams(location.hash.slice(1)).get('t2.selected')).to.equal(
        'state-visit-2013',
      );
      expect(b.element.selected).to.equal('state-visit-2013');
    });
  });

  describe('filtering and search', () => {
    it('with nothing selected, Next and Previous start from what is on screen, not from the ends', async () => {
      const t = await flagship();
      await t.element.zoomTo('2009-01-01', '2009-12-31', { animate: false });
      expect(t.element.selected).to.equal(null);
      await t.element.next();
      expect(t.element.selected).to.equal('silk-way-rally-2009');
      // From the toolbar, on a timeline never browsed before.
      const u = await flagship();
      await u.element.zoomTo('2012-01-01', '2012-12-31', { animate: false });
      u.toolbarButton('‹ Previous').click();
      await waitUntil(() => u.element.selected !== null, 'Previous did nothing');
      expect(u.element.selected).to.equal('silk-way-rally-2009');
    });

    it('hiddenCategories switches categories off from script, before or after the data, and follows the legend', async () => {
      const t = await flagship();
      const el = t.element;
      el.hiddenCategories = ['cultural'];
      await t.waitForRender();
      expect(t.ids()).to.deep.equal(['dissolution-of-the-soviet-union', 'state-visit-2013']);
      expect(t.legendButtons().map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        'false',
      ]);
      // The legend changes it, as the page reads it back.
      await t.toggleCategory('Cultural cooperation');
      expect(el.hiddenCategories).to.deep.equal([]);
      await t.toggleCategory('Political relations');
      expect(el.hiddenCategories).to.deep.equal(['political']);
      // A selection in a category switched off from script goes.
      el.hiddenCategories = [];
      await t.waitForRender();
      await t.select('silk-way-rally-2009');
      el.hiddenCategories = ['cultural'];
      await t.waitForRender();
      expect(el.selected).to.equal(null);
      // Set before the data arrives (a framework's first render), it is kept for it.
      const later = await TimelineHarness.mount(
        html`<annals-timeline
          style="width: 1280px"
          .hiddenCategories=${['political']}
        ></annals-timeline>`,
        { waitForScene: false },
      );
      later.element.data = kazakhstanTurkmenistan;
      await later.waitForScene();
      expect(later.ids()).to.deep.equal(['silk-way-rally-2009', 'medicinal-plants-book-astana']);
    });

    it('hiddenCategories that is not an array says so and hides nothing', async () => {
      const t = await flagship();
      const warnings = await warningsOf(async () => {
        (t.element as unknown as { hiddenCategories: unknown }).hiddenCategories = 'cultural';
        await t.waitForRender();
      });
      expect(warnings.join('\n')).to.contain('hiddenCategories must be an array');
      expect(t.ids()).to.deep.equal(DATE_ORDER);
      // Unset, as a framework leaves an unbound property, it is none, and says nothing.
      t.element.hiddenCategories = ['cultural'];
      await t.waitForRender();
      const unset = await warningsOf(async () => {
        for (const value of [undefined, null]) {
          (t.element as unknown as { hiddenCategories: unknown }).hiddenCategories = value;
          await t.waitForRender();
          expect(t.ids()).to.deep.equal(DATE_ORDER);
          t.element.hiddenCategories = ['cultural'];
          await t.waitForRender();
        }
      });
      expect(unset).to.deep.equal([]);
    });

    it('hiding a category in the legend hides its events, and next() skips them', async () => {
      const t = await flagship();
      await t.toggleCategory('Cultural cooperation');
      expect(t.legendButtons().map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        'false',
      ]);
      expect(t.ids()).to.deep.equal(['dissolution-of-the-soviet-union', 'state-visit-2013']);
      await t.select('dissolution-of-the-soviet-union');
      await t.element.next();
      expect(t.element.selected).to.equal('state-visit-2013');
      await t.element.previous();
      expect(t.element.selected).to.equal('dissolution-of-the-soviet-union');
      await t.toggleCategory('Cultural cooperation');
      expect(t.ids()).to.deep.equal(DATE_ORDER);
    });

    it('goTo or `selected` an event of a category the legend hides shows the category again, at the zoom it is in', async () => {
      const t = await flagship();
      const whole = span(t.visibleRange());
      await t.toggleCategory('Cultural cooperation');
      const told: { category: string; visible: boolean }[] = [];
      t.element.addEventListener('annals-category-toggle', (e) => told.push(e.detail));
      await t.element.goTo('silk-way-rally-2009');
      await t.waitForRender();
      // Told as the legend tells it, so a page keeping the hidden categories stays in step.
      expect(told).to.deep.equal([{ category: 'cultural', visible: true }]);
      expect(t.legendButtons().map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        'true',
      ]);
      expect(t.ids()).to.deep.equal(DATE_ORDER);
      // Drawn in view already: nothing zooms in looking for a mark that was never to be drawn.
      expect(span(t.visibleRange())).to.equal(whole);
      // The same from the property, as a framework sets it.
      t.element.selected = null;
      await t.toggleCategory('Cultural cooperation');
      t.element.selected = 'medicinal-plants-book-astana';
      await t.waitForRender();
      await t.waitForRender();
      expect(t.ids()).to.include('medicinal-plants-book-astana');
      expect(span(t.visibleRange())).to.equal(whole);
    });

    it('a selection and hidden categories set before the data: its category is shown when the data arrives', async () => {
      const t = await TimelineHarness.mount(
        html`<annals-timeline
          style="width: 1280px"
          selected="silk-way-rally-2009"
          .hiddenCategories=${['cultural']}
        ></annals-timeline>`,
        { waitForScene: false },
      );
      t.element.data = kazakhstanTurkmenistan;
      await t.waitForScene();
      await t.waitForRender();
      expect(t.element.selected).to.equal('silk-way-rally-2009');
      expect(t.element.hiddenCategories).to.deep.equal([]);
      expect(t.ids()).to.include('silk-way-rally-2009');
      // Not zoomed in to the finest zoom looking for a mark never drawn.
      expect(span(t.visibleRange())).to.be.greaterThan(365 * DAY);
    });

    it('typing a search highlights the matches (titles, summaries, people, places), and Enter steps through them', async () => {
      const t = await flagship();
      await t.search('Berdimuhamedow');
      // He is among the 2009 rally's people, and in the other two events' titles and summaries.
      expect(t.matches()).to.deep.equal([
        'silk-way-rally-2009',
        'medicinal-plants-book-astana',
        'state-visit-2013',
      ]);
      const dimmed = t
        .items()
        .filter((i) => i.classes.includes('dim'))
        .map((i) => i.id);
      expect(dimmed).to.deep.equal(['dissolution-of-the-soviet-union']);
      // A non-match's mark keeps its colour (at least 3:1, WCAG 1.4.11); a match's is ringed.
      const markOf = (id: string) =>
        getComputedStyle(t.button(id).querySelector<HTMLElement>('.mark, .bar')!);
      expect(markOf('dissolution-of-the-soviet-union').opacity).to.equal('1');
      // The default text colour, #1a1a1a.
      expect(markOf('state-visit-2013').boxShadow).to.contain('rgb(26, 26, 26) 0px 0px 0px 4px');
      expect(markOf('dissolution-of-the-soviet-union').boxShadow).to.not.contain('rgb(26, 26, 26)');
      expect(t.searchHint()).to.equal('3 found');
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => t.element.selected === 'silk-way-rally-2009',
        'the first Enter does not go to the first match',
      );
      await t.waitForRender();
      expect(t.searchHint()).to.equal('1 of 3 found');
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => t.element.selected === 'medicinal-plants-book-astana',
        'the second Enter does not go to the second match',
      );
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => t.element.selected === 'silk-way-rally-2009',
        'stepping does not wrap around',
      );
    });

    it('a search marks the clusters that hold a match, and steps back the others', async () => {
      // 40 events on each of two days, far apart, in two lanes: most go to the days' clusters.
      const events = [1, 2].flatMap((d) =>
        Array.from({ length: 40 }, (_, i) => ({
          id: `d${d}-${i}`,
          title: d === 2 && i === 30 ? 'Needle' : `Event ${d}-${i}`,
          start: `2001-0${d * 3}-01`,
        })),
      );
      const t = await TimelineHarness.mount(
        html`<annals-timeline
          style="width: 1000px"
          max-lanes="2"
          .data=${{ title: 'Clustered', events }}
        ></annals-timeline>`,
      );
      const clusters = () => [...t.root.querySelectorAll<HTMLElement>('[part~="cluster"]')];
      expect(clusters().length).to.be.greaterThan(1);
      expect(t.ids()).to.not.include('d2-30');
      await t.search('needle');
      expect(t.searchHint()).to.equal('1 found');
      const marked = clusters().filter((k) => k.classList.contains('match'));
      expect(marked).to.have.length(1);
      // The cluster of the second day holds it.
      expect(marked[0]!.getAttribute('title')).to.match(/Jun.*2001/);
      expect(getComputedStyle(marked[0]!).backgroundColor).to.equal('rgb(255, 236, 140)');
      expect(clusters().filter((k) => k.classList.contains('dim'))).to.have.length(
        clusters().length - 1,
      );
      // No search, no marks.
      t.searchInput().value = '';
      t.searchInput().dispatchEvent(new Event('input', { bubbles: true }));
      await t.waitForRender();
      expect(clusters().filter((k) => k.className !== 'cluster ')).to.deep.equal([]);
    });

    it('a search finds only the events the legend shows, and finds the rest when they are shown again', async () => {
      const t = await flagship();
      await t.toggleCategory('Cultural cooperation');
      await t.search('Berdimuhamedow');
      expect(t.matches()).to.deep.equal(['state-visit-2013']);
      expect(t.searchHint()).to.equal('1 found');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => t.element.selected === 'state-visit-2013', 'Enter finds no match');
      await t.toggleCategory('Cultural cooperation');
      expect(t.matches()).to.deep.equal([
        'silk-way-rally-2009',
        'medicinal-plants-book-astana',
        'state-visit-2013',
      ]);
    });

    it('Shift+Enter in a new search steps back from the last match', async () => {
      const t = await flagship();
      await t.search('Berdimuhamedow');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await waitUntil(
        () => t.element.selected === 'state-visit-2013',
        'Shift+Enter does not go to the last match',
      );
      await t.search('x');
      expect(t.matches(), 'a new query has no stale matches').to.deep.equal([]);
    });
  });

  describe('small screens and accessibility', () => {
    /** 300 events on a 360 px phone, without animation: the vertical layout. */
    const phoneOf300 = async () => {
      await setViewport({ width: 360, height: 640 });
      await emulateMedia({ reducedMotion: 'reduce' });
      const t = await TimelineHarness.mount(
        html`<annals-timeline .data=${generatedDataset(300, 5)}></annals-timeline>`,
      );
      expect(t.element.orientation).to.equal('vertical');
      return t;
    };

    it('down a phone column, the focus ring goes round the label and bar of a range, not round the events beside it', async () => {
      const t = await phoneOf300();
      // A range drawn with its label whose box reaches over another event's label: zoomed in,
      // where ranges are long beside the room between labels.
      await t.element.zoomBy(4, { animate: false });
      await t.waitForRender();
      const { items } = t.element.scene!;
      const range = items.find(
        (it) =>
          it.x2 !== null &&
          it.labelShown &&
          items.some((o) => {
            const top = o.box.y + o.label.y;
            return o !== it && top + o.label.height > it.box.y && top < it.box.y + it.box.height;
          }),
      )!;
      expect(range, 'no range reaching over another label').to.exist;
      t.button(range.id).focus();
      await t.key('ArrowDown');
      await t.key('ArrowUp');
      const button = t.button(range.id);
      expect(button.matches(':focus-visible')).to.be.true;
      expect(getComputedStyle(button).outlineStyle, 'a ring round the whole box').to.equal('none');
      for (const part of ['label', 'bar']) {
        const style = getComputedStyle(button.querySelector(`[part~="${part}"]`)!);
        expect(style.outlineStyle, part).to.equal('solid');
        expect(parseFloat(style.outlineWidth), part).to.be.at.least(2);
      }
      // The box it no longer rings does reach over other events' labels.
      const box = button.getBoundingClientRect();
      const others = t
        .buttons()
        .filter((b) => b !== button)
        .map((b) => b.querySelector('[part~="label"]')!.getBoundingClientRect());
      expect(others.some((r) => r.bottom > box.top && r.top < box.bottom)).to.equal(true);
    });

    it('at 320px wide it lays out vertically without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 800 });
      const t = await TimelineHarness.mount(
        html`<annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>`,
      );
      expect(t.element.orientation).to.equal('vertical');
      expect(t.ids()).to.deep.equal(DATE_ORDER);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('on a phone, a `selected` written in the page shows its event without scrolling the page away from the article above it', async () => {
      await setViewport({ width: 360, height: 640 });
      scrollTo(0, 0);
      const t = await TimelineHarness.mount(
        html`<div>
          <p style="height: 400px; margin: 0">Synthetic article text above the timeline.</p>
          <annals-timeline
            selected="state-visit-2013"
            .data=${kazakhstanTurkmenistan}
          ></annals-timeline>
        </div>`,
      );
      expect(t.element.orientation).to.equal('vertical');
      await waitUntil(() => t.card().visible, 'the card of the selected event opens');
      for (let i = 0; i < 10; i++) await nextFrame();
      expect(scrollY, 'the page stays where the reader opened it').to.equal(0);
    });

    it('on a phone, focus never stays off screen: Escape after Enter, and + and 0, bring the page back to the focused event', async () => {
      const t = await phoneOf300();
      const inView = () => {
        const r = t.button(t.focusedId()!).getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      t.buttons()[0]!.focus();
      await t.key('Home');
      const id = t.focusedId()!;
      await t.key('Enter');
      const shown = () => {
        const r = t.button(id).getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      await waitUntil(() => !shown(), 'the card, below the drawing, is scrolled to');
      await t.key('Escape');
      expect(t.focusedId()).to.equal(id);
      await waitUntil(inView, 'Escape brings the page back to the event');
      scrollTo(0, document.documentElement.scrollHeight);
      await t.key('+');
      await waitUntil(inView, '+ brings the page back to the event');
      scrollTo(0, document.documentElement.scrollHeight);
      await t.key('0');
      await waitUntil(inView, '0 brings the page back to the event');
      scrollTo(0, 0);
    });

    it('on a phone, Enter takes focus to the card it opens, in view; its close button brings focus back to the event', async () => {
      const t = await phoneOf300();
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      t.buttons()[0]!.focus();
      await t.key('Home');
      const id = t.focusedId()!;
      await t.key('Enter');
      const card = t.root.querySelector('annals-event-card')!;
      await waitUntil(() => t.root.activeElement === card, 'focus did not move to the card');
      expect(visible(card.shadowRoot!.activeElement!), 'the focused card is in view').to.equal(
        true,
      );
      expect(card.shadowRoot!.activeElement!.getAttribute('aria-labelledby')).to.equal('title');
      // Tab goes on inside the card; its close button closes it and focus comes back.
      const close = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!;
      close.focus();
      close.click();
      await waitUntil(() => t.focusedId() === id, 'focus did not come back to the event');
      await waitUntil(() => visible(t.button(id)), 'the event is not brought back into view');
      expect(t.element.selected).to.equal(null);
      scrollTo(0, 0);
    });

    it('gives every toolbar, legend and event button a pointer target of at least 24 × 24 px', async () => {
      const t = await flagship();
      const targets = [...t.toolbarButtons(), ...t.legendButtons(), ...t.buttons()];
      expect(targets.length).to.be.greaterThan(10);
      for (const b of targets) {
        const r = b.getBoundingClientRect();
        const name = b.getAttribute('aria-label') ?? b.textContent!.trim();
        expect(r.width, `${name} width`).to.be.at.least(24);
        expect(r.height, `${name} height`).to.be.at.least(24);
      }
    });

    it('lists the events as an <ol> whose items each hold a <time datetime>', async () => {
      const t = await flagship();
      const list = t.eventList()!;
      expect(list.localName).to.equal('ol');
      const items = [...list.children];
      expect(items).to.have.length(4);
      const datetimes = items.map((li) => {
        expect(li.localName).to.equal('li');
        return li.querySelector('time[datetime]')?.getAttribute('datetime');
      });
      expect(datetimes).to.deep.equal(['1991', '2009', '2013-05', '2013-05-10']);
    });

    it('names its region after the dataset', async () => {
      const t = await flagship();
      const region = t.region();
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Kazakhstan–Turkmenistan relations');
    });

    it('announces the newly selected title and date in a polite live region', async () => {
      const t = await flagship();
      expect(t.announcement()).to.equal('');
      await t.select('state-visit-2013');
      await t.waitForRender();
      expect(t.announcement()).to.match(
        /^State visit of President Berdimuhamedow to Kazakhstan, 10\s?–\s?11 May 2013$/,
      );
      await t.select('silk-way-rally-2009');
      await t.waitForRender();
      expect(t.announcement()).to.equal('Silk Way Rally, 2009');
    });
  });

  describe('what a zoom shows, said', () => {
    it('says what the view shows once a zoom by key, button or cluster settles; not for a page’s call or a pointer', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const t = await flagship();
        // A page's own zoom is the page's to tell.
        await t.element.zoomTo('2009', '2010', { animate: false });
        await t.waitForRender();
        expect(t.announcement()).to.equal('');
        await t.element.fit({ animate: false });
        await t.waitForRender();
        // The reader's + key, on an event.
        t.focusEvents();
        await sendKeys({ press: '+' });
        await waitUntil(() => t.announcement().startsWith('Shown: '), 'the + key said nothing');
        const said = t.announcement();
        const r = t.visibleRange();
        expect(said).to.match(/^Shown: \d{4}\s?–\s?\d{4}$/);
        expect(said).to.contain(String(r.start.getUTCFullYear()));
        // The toolbar's Fit: the whole span.
        t.toolbarButton('Fit').click();
        await waitUntil(() => t.announcement() !== said, 'Fit said nothing');
        expect(t.announcement()).to.match(/^Shown: 19\d\d\s?–\s?201\d$/);
        // A pointer's wheel is seen, not said.
        const before = t.announcement();
        await t.wheel({ deltaY: -100, ctrlKey: true });
        await new Promise((ok) => setTimeout(ok, 400));
        await t.waitForRender();
        expect(t.announcement()).to.equal(before);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('says what Go to shows once it settles, as the zoom buttons do (WCAG 4.1.3): a reader who presses Go hears where it went', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const t = await flagship();
      const input = t.root.querySelector<HTMLInputElement>('#goto')!;
      input.focus();
      await sendKeys({ type: '2009-06' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => t.announcement().startsWith('Shown: '), 'Go to said nothing');
      expect(t.announcement()).to.match(/^Shown: May\s?–\s?Jul 2009$/);
      // Focus stays in the box, for the next date.
      expect(t.root.activeElement).to.equal(input);
    });

    it('shows a date Go to cannot read as a line of text by the box, not as the panel of a failed load', async () => {
      const t = await flagship();
      const input = t.root.querySelector<HTMLInputElement>('#goto')!;
      input.focus();
      await sendKeys({ type: '2013-02-30' });
      await sendKeys({ press: 'Enter' });
      const message = t.root.querySelector<HTMLElement>('#goto-message')!;
      await waitUntil(() => message.textContent!.trim() !== '', 'no message');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const style = getComputedStyle(message);
      // The failure panel is a centred, padded, filled flex box.
      expect(style.display).to.not.equal('flex');
      expect(style.paddingTop).to.equal('0px');
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('says nothing later for a key that moved nothing (− at the whole span), nor for the page call or wheel after it', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const t = await flagship();
        t.focusEvents();
        // At the whole span − moves nothing: nothing settles, and nothing is to be said.
        await sendKeys({ press: '-' });
        await new Promise((ok) => setTimeout(ok, 300));
        await t.waitForRender();
        expect(t.announcement()).to.equal('');
        await t.element.zoomTo('2009', '2011', { animate: false });
        await t.waitForRender();
        await t.wheel({ deltaY: -100, ctrlKey: true });
        await new Promise((ok) => setTimeout(ok, 400));
        await t.waitForRender();
        expect(t.announcement()).to.equal('');
        // Animated, a key's zoom settles a frame after its promise: it is still said.
        await emulateMedia({ reducedMotion: 'no-preference' });
        t.focusEvents();
        await sendKeys({ press: '+' });
        await waitUntil(() => t.announcement().startsWith('Shown: '), 'the + key said nothing');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('cleanup', () => {
    it('leaves no listener on window or document once removed', async () => {
      type Entry = { target: EventTarget; type: string; listener: unknown; capture: boolean };
      const live: Entry[] = [];
      let added = 0;
      const capture = (o?: boolean | EventListenerOptions) =>
        typeof o === 'boolean' ? o : !!o?.capture;
      const restores: (() => void)[] = [];
      for (const target of [window, document] as EventTarget[]) {
        const add = target.addEventListener;
        const remove = target.removeEventListener;
        target.addEventListener = function (
          type: string,
          listener: unknown,
          options?: boolean | AddEventListenerOptions,
        ) {
          if (
            listener &&
            !live.some(
              (e) =>
                e.target === target &&
                e.type === type &&
                e.listener === listener &&
                e.capture === capture(options),
            )
          ) {
            live.push({ target, type, listener, capture: capture(options) });
            added++;
          }
          return add.call(this, type, listener as EventListener, options);
        };
        target.removeEventListener = function (
          type: string,
          listener: unknown,
          options?: boolean | EventListenerOptions,
        ) {
          const i = live.findIndex(
            (e) =>
              e.target === target &&
              e.type === type &&
              e.listener === listener &&
              e.capture === capture(options),
          );
          if (i >= 0) live.splice(i, 1);
          return remove.call(this, type, listener as EventListener, options);
        };
        restores.push(() => {
          delete (target as Partial<EventTarget>).addEventListener;
          delete (target as Partial<EventTarget>).removeEventListener;
        });
      }
      try {
        const t = await flagship({ deepLink: 't1' });
        await t.select('silk-way-rally-2009');
        await t.wheel({ deltaY: -100, ctrlKey: true });
        await t.element.zoomBy(2);
        await t.key('ArrowRight');
        t.element.remove();
        await nextFrame();
        expect(added, 'the spies saw the element listen').to.be.greaterThan(0);
        expect(
          live.map((e) => `${e.target === window ? 'window' : 'document'}:${e.type}`),
        ).to.deep.equal([]);
      } finally {
        for (const r of restores) r();
      }
    });
  });
});
