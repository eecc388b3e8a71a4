/** The API does what its name says: navigation, data that arrives late, events, and the metrics CSS shares with layout. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { apollo } from '../../data/apollo.js';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { DEFAULT_METRICS, METRIC_TOKENS } from '../../src/core/metrics.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import {
  AnnalsRangeChangeEvent,
  AnnalsRangeSettleEvent,
  AnnalsSelectEvent,
} from '../../src/events.js';
import {
  clearHash,
  mountFlagship,
  nextFrame,
  span,
  TimelineHarness,
} from '../helpers/timeline-harness.js';

const DAY = 86_400_000;
const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

describe('<annals-timeline> API', () => {
  beforeEach(async () => {
    clearHash();
    await setViewport({ width: 1400, height: 900 });
  });
  afterEach(async () => {
    clearHash();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('goTo and start-at show a date’s period with its surroundings', () => {
    it('goTo("2013-05") shows April to June 2013, as the Go-to box does', async () => {
      const t = await mountFlagship();
      await t.element.goTo('2013-05', { animate: false });
      const r = t.visibleRange();
      expect(r.start.getTime()).to.be.closeTo(utc(2013, 3), DAY);
      expect(r.end.getTime()).to.be.closeTo(utc(2013, 6), DAY);
    });

    it('start-at="2013-05" opens on April to June 2013', async () => {
      const t = await TimelineHarness.mount(
        html`<div style="width:1280px">
          <annals-timeline start-at="2013-05" .data=${kazakhstanTurkmenistan}></annals-timeline>
        </div>`,
      );
      await waitUntil(() => span(t.visibleRange()) < 200 * DAY, 'start-at was not applied');
      const r = t.visibleRange();
      expect(r.start.getTime()).to.be.closeTo(utc(2013, 3), DAY);
      expect(r.end.getTime()).to.be.closeTo(utc(2013, 6), DAY);
    });

    it('goTo("44 BCE") reads a year before the common era as the Go-to box does, in the locale', async () => {
      const data = {
        title: 'Rome',
        events: [
          { id: 'sulla', title: 'Sulla dictator', start: '-000081' },
          { id: 'ides', title: 'Ides of March', start: '-000043-03-15' },
          { id: 'augustus', title: 'Death of Augustus', start: '0014-08-19' },
        ],
      };
      const t = await TimelineHarness.mount(
        html`<div style="width:1280px"><annals-timeline .data=${data}></annals-timeline></div>`,
      );
      await t.element.goTo('44 BCE', { animate: false });
      const r = t.visibleRange();
      // 44 BCE is the astronomical year -43, shown with a year on each side.
      expect(r.start.getTime()).to.be.closeTo(Date.UTC(-44, 0, 1), 400 * DAY);
      expect(r.end.getTime()).to.be.closeTo(Date.UTC(-41, 0, 1), 400 * DAY);
      t.element.locale = 'ru';
      await t.waitForRender();
      await t.element.goTo('80 г. до н. э.', { animate: false });
      expect(t.visibleRange().start.getTime()).to.be.closeTo(Date.UTC(-80, 0, 1), 400 * DAY);
    });

    it('goTo("no-such-id") rejects with a RangeError that names the id', async () => {
      const t = await mountFlagship();
      let error: unknown;
      await t.element.goTo('no-such-id').catch((e) => (error = e));
      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.contain('"no-such-id"');
    });

    it('a Date is an instant: goTo(date) shows it at the finest zoom', async () => {
      const t = await mountFlagship();
      await t.element.goTo(new Date(utc(2013, 4, 10)), { animate: false });
      const r = t.visibleRange();
      expect(r.start.getTime()).to.be.below(utc(2013, 4, 10));
      expect(r.end.getTime()).to.be.above(utc(2013, 4, 10));
      // Four days is the narrowest window on data known by the day.
      expect(span(r)).to.be.closeTo(4 * DAY, DAY / 10);
    });

    it('zoomTo with a zero-width window shows its date at the finest zoom', async () => {
      const t = await mountFlagship();
      await t.element.zoomTo('2009-06-01', '2009-06-01', { animate: false });
      expect(span(t.visibleRange())).to.be.closeTo(4 * DAY, DAY / 10);
      expect(t.toolbarButton('Zoom in').disabled).to.equal(true);
    });
  });

  describe('navigation methods reject what is not a number or a date', () => {
    for (const [name, call] of [
      ['zoomBy(NaN)', (el: AnnalsTimeline) => el.zoomBy(NaN)],
      ['zoomBy(Infinity)', (el: AnnalsTimeline) => el.zoomBy(Infinity)],
      ['zoomBy(0)', (el: AnnalsTimeline) => el.zoomBy(0)],
      ['zoomTo(Invalid Date, …)', (el: AnnalsTimeline) => el.zoomTo(new Date(NaN), '2013')],
      [
        'zoomTo(…, new Date(Infinity))',
        (el: AnnalsTimeline) => el.zoomTo('2013', new Date(Infinity)),
      ],
      ['goTo(Invalid Date)', (el: AnnalsTimeline) => el.goTo(new Date('nope'))],
    ] as const) {
      it(`${name} rejects with a RangeError and leaves the view as it was`, async () => {
        const t = await mountFlagship();
        const before = t.visibleRange();
        let error: unknown;
        await call(t.element).catch((e) => (error = e));
        expect(error, name).to.be.instanceOf(RangeError);
        await t.waitForRender();
        expect(t.visibleRange()).to.deep.equal(before);
      });
    }
  });

  describe('the last zoom step before the limit', () => {
    it('keeps the date under the cursor where it is', async () => {
      const t = await mountFlagship();
      const at = new Date(utc(2013, 4, 10));
      const pos = () => {
        const s = t.element.scene!;
        return s.items.find((i) => i.id === 'state-visit-2013')!.x;
      };
      await t.element.zoomTo('2013-04-20', '2013-05-30', { animate: false });
      const before = pos();
      // Step until the limit: each step, including the last, clamped one, keeps the visit in place.
      for (let i = 0; i < 6; i++) {
        await t.element.zoomBy(2, { around: at, animate: false });
        expect(pos(), `step ${i + 1}`).to.be.closeTo(before, 1);
      }
      expect(t.toolbarButton('Zoom in').disabled).to.equal(true);
    });
  });

  describe('zoom steps', () => {
    it('five quick zoomBy(2) calls, each starting before the last has finished, zoom by 32', async () => {
      const t = await mountFlagship();
      const steps = [1, 2, 3, 4].map(() => t.element.zoomBy(2));
      await Promise.all([...steps, t.element.zoomBy(2)]);
      await t.waitForRender();
      expect(t.element.scene!.transform.k).to.be.closeTo(32, 1e-6);
    });

    it('Ctrl + wheel at the zoom limit keeps the date under the cursor where it is', async () => {
      const t = await mountFlagship();
      await t.element.zoomTo('2013-05-01', '2013-05-20', { animate: false });
      const vp = t.viewport()!.getBoundingClientRect();
      const f = 0.3;
      const under = () => {
        const r = t.visibleRange();
        return r.start.getTime() + f * (r.end.getTime() - r.start.getTime());
      };
      const before = under();
      for (let i = 0; i < 6; i++)
        await t.wheel({ ctrlKey: true, deltaY: -300, clientX: vp.left + f * vp.width });
      expect(t.toolbarButton('Zoom in').disabled).to.equal(true);
      expect(Math.abs(under() - before)).to.be.below(DAY / 2);
    });
  });

  describe('HTML first, data later', () => {
    it('selected written in HTML before the data arrives is kept and applied when it does', async () => {
      const el = await fixture<AnnalsTimeline>(
        html`<annals-timeline selected="state-visit-2013" style="width:1280px"></annals-timeline>`,
      );
      await el.updateComplete;
      expect(el.selected).to.equal('state-visit-2013');
      el.data = kazakhstanTurkmenistan;
      const t = new TimelineHarness(el);
      await t.waitForScene();
      expect(el.selected).to.equal('state-visit-2013');
      expect(t.card().visible).to.equal(true);
      expect(t.card().title).to.contain('State visit');
    });

    it('start-at written before the data arrives is applied when it does', async () => {
      const el = await fixture<AnnalsTimeline>(
        html`<annals-timeline start-at="2013-05" style="width:1280px"></annals-timeline>`,
      );
      await nextFrame();
      el.data = kazakhstanTurkmenistan;
      const t = new TimelineHarness(el);
      await t.waitForScene();
      await waitUntil(() => span(t.visibleRange()) < 200 * DAY, 'start-at was dropped');
      expect(t.visibleRange().start.getTime()).to.be.closeTo(utc(2013, 3), DAY);
    });

    it('a deep link present before the data arrives is applied, not overwritten with the whole span', async () => {
      history.replaceState(null, '', '#k.from=2009-01-01&k.to=2010-01-01');
      const el = await fixture<AnnalsTimeline>(
        html`<annals-timeline deep-link="k" style="width:1280px"></annals-timeline>`,
      );
      for (let i = 0; i < 5; i++) await nextFrame();
      expect(location.hash).to.contain('k.from=2009-01-01');
      el.data = kazakhstanTurkmenistan;
      const t = new TimelineHarness(el);
      await t.waitForScene();
      await waitUntil(() => span(t.visibleRange()) < 500 * DAY, 'the link was not applied');
      expect(t.visibleRange().start.getTime()).to.be.closeTo(utc(2009), 2 * DAY);
      for (let i = 0; i < 5; i++) await nextFrame();
      expect(location.hash).to.contain('k.from=2009-01-01');
    });
  });

  describe('the same data again', () => {
    it('a new but equal `data` object (a framework’s render) keeps the view; changed data is drawn', async () => {
      const t = await mountFlagship();
      const el = t.element;
      await el.zoomTo('2009-01', '2009-12', { animate: false });
      await t.waitForRender();
      const view = el.visibleRange;
      const dataset = el.normalized;
      // Built anew, as React does from an inline object on each render.
      el.data = structuredClone(kazakhstanTurkmenistan);
      await t.waitForRender();
      await nextFrame();
      expect(el.normalized).to.equal(dataset);
      expect(+el.visibleRange!.start).to.equal(+view!.start);
      expect(+el.visibleRange!.end).to.equal(+view!.end);
      // A change is drawn.
      const changed = structuredClone(kazakhstanTurkmenistan);
      changed.events[0]!.title = 'A changed title';
      el.data = changed;
      await t.waitForRender();
      expect(el.normalized).to.not.equal(dataset);
      expect(el.normalized.events.map((e) => e.title)).to.include('A changed title');
    });

    it('equal events with other problems (an invalid event changed) report the new problems', async () => {
      const t = await mountFlagship();
      const el = t.element;
      const withBad = (title: string) => ({
        ...structuredClone(kazakhstanTurkmenistan),
        events: [
          ...structuredClone(kazakhstanTurkmenistan).events,
          { id: 'bad', title, start: 'not a date' },
        ],
      });
      el.data = withBad('Bad one');
      await t.waitForRender();
      const dataset = el.normalized;
      expect(el.problems.map((p) => p.item)).to.deep.equal(['"bad"']);
      el.data = withBad('Bad one');
      await t.waitForRender();
      expect(el.normalized).to.equal(dataset);
      const problems = el.problems;
      el.data = {
        ...withBad('Bad one'),
        events: [...withBad('x').events.slice(0, -1), { id: 'worse', title: 'W', start: 'nope' }],
      };
      await t.waitForRender();
      expect(el.problems).to.not.equal(problems);
      expect(el.problems.map((p) => p.item)).to.deep.equal(['"worse"']);
    });
  });

  describe('navigation before the data', () => {
    /** A timeline whose `src` (the flagship) answers after `ms`, with `start-at` May 2013. */
    const slowFlagship = (ms: number) =>
      fixture<AnnalsTimeline>(
        html`<annals-timeline
          src="/__annals-test/slow?ms=${ms}"
          start-at="2013-05"
          style="width:1280px"
        ></annals-timeline>`,
      );

    it('goTo(id), called while src is loading, selects that event and shows it once the data is drawn', async () => {
      const el = await slowFlagship(400);
      // Not overridden by the first view (`start-at`, May 2013), which comes first.
      await el.goTo('silk-way-rally-2009', { animate: false });
      expect(el.selected).to.equal('silk-way-rally-2009');
      const r = new TimelineHarness(el).visibleRange();
      expect(r.start.getTime()).to.be.at.most(utc(2009));
      expect(r.end.getTime()).to.be.above(utc(2009));
      expect(r.end.getTime()).to.be.below(utc(2013, 4));
      // An id the data does not hold is told once the data is there.
      let failure: unknown;
      await el.goTo('no-such-event').catch((e: unknown) => (failure = e));
      expect(String(failure)).to.match(/RangeError: .*no event has this id/);
    });

    it('zoomTo, next and zoomBy, called before a page sets data, act on it once it is drawn, over its first view', async () => {
      const el = await fixture<AnnalsTimeline>(
        html`<annals-timeline start-at="2013-05" style="width:1280px"></annals-timeline>`,
      );
      const zoomed = el.zoomTo('2005', '2006', { animate: false });
      // A date it cannot read is refused at once.
      let failure: unknown;
      await el.zoomTo('not a date', '2006').catch((e: unknown) => (failure = e));
      expect(String(failure)).to.match(/RangeError/);
      setTimeout(() => (el.data = kazakhstanTurkmenistan), 100);
      await zoomed;
      const t = new TimelineHarness(el);
      expect(t.visibleRange().start.getTime()).to.be.closeTo(utc(2005), DAY);
      expect(t.visibleRange().end.getTime()).to.be.closeTo(utc(2007), DAY);

      const again = await fixture<AnnalsTimeline>(
        html`<annals-timeline style="width:1280px"></annals-timeline>`,
      );
      const stepped = again.next();
      setTimeout(() => (again.data = kazakhstanTurkmenistan), 50);
      await stepped;
      expect(again.selected).to.equal(kazakhstanTurkmenistan.events[0]!.id);
    });

    it('a timeline hidden when zoomTo is called, its data given, goes there once it is shown', async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="display:none; width:1280px">
          <annals-timeline start-at="2013-05" .data=${kazakhstanTurkmenistan}></annals-timeline>
        </div>`,
      );
      const el = box.querySelector('annals-timeline')!;
      await el.updateComplete;
      const zoomed = el.zoomTo('2005', '2006', { animate: false });
      await nextFrame();
      box.style.display = 'block';
      await zoomed;
      const r = new TimelineHarness(el).visibleRange();
      expect(r.start.getTime()).to.be.closeTo(utc(2005), DAY);
      expect(r.end.getTime()).to.be.closeTo(utc(2007), DAY);
    });

    it('goTo called while a new src loads goes to an event of the new data', async () => {
      const el = await fixture<AnnalsTimeline>(
        html`<annals-timeline style="width:1280px" .data=${apollo}></annals-timeline>`,
      );
      await el.updateComplete;
      el.data = undefined;
      el.src = '/__annals-test/slow?ms=300';
      await el.goTo('silk-way-rally-2009', { animate: false });
      expect(el.selected).to.equal('silk-way-rally-2009');
    });

    it('the first annals-range-settle tells the first view the page asked for, not the whole span drawn before it', async () => {
      const el = await slowFlagship(200);
      const settles: AnnalsRangeSettleEvent[] = [];
      el.addEventListener('annals-range-settle', (e) => settles.push(e));
      await waitUntil(() => settles.length > 0, 'no settle was sent', { timeout: 5000 });
      for (let i = 0; i < 5; i++) await nextFrame();
      expect(settles.length).to.equal(1);
      const first = settles[0]!.detail;
      // start-at's May 2013 with its surroundings, not 1991–2013.
      expect(+first.end - +first.start).to.be.below(200 * DAY);
    });

    it('data without events, or a src that fails, ends the wait', async () => {
      const empty = await fixture<AnnalsTimeline>(
        html`<annals-timeline style="width:1280px"></annals-timeline>`,
      );
      const a = empty.zoomBy(2, { animate: false });
      empty.data = { title: 'None', events: [] };
      await a;
      const failing = await fixture<AnnalsTimeline>(
        html`<annals-timeline src="/__annals-test/missing" style="width:1280px"></annals-timeline>`,
      );
      await failing.fit();
      expect(failing.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    });
  });

  describe('navigation while hidden', () => {
    it('goTo on a timeline hidden after it was shown (a tab switched away) keeps the zoom it had, not the finest', async () => {
      const t = await mountFlagship();
      const box = t.element.parentElement!;
      await t.element.zoomTo('1991-12-01', '1992-01-31', { animate: false });
      const before = span(t.visibleRange());
      box.style.display = 'none';
      // The resize observer has seen it hidden.
      await nextFrame();
      await nextFrame();
      await t.element.goTo('state-visit-2013', { animate: false });
      box.style.display = 'block';
      await nextFrame();
      await t.waitForRender();
      expect(t.ids()).to.include('state-visit-2013');
      expect(span(t.visibleRange()) / before).to.be.within(0.9, 1.1);
    });

    it('new data given while hidden is laid out at once, so it shows on the first frame the timeline is shown', async () => {
      const t = await mountFlagship();
      const box = t.element.parentElement!;
      box.style.display = 'none';
      await nextFrame();
      await nextFrame();
      t.element.data = apollo;
      const first = apollo.events[0]!.id;
      await t.element.goTo(first, { animate: false });
      expect(t.element.scene!.items.map((i) => i.id)).to.include(first);
      box.style.display = 'block';
      expect(t.ids()).to.include(first);
    });
  });

  describe('events', () => {
    it('annals-range-change fires at most once a frame during an animated zoom, and annals-range-settle once at its end', async () => {
      const t = await mountFlagship();
      const frames: number[] = [];
      let frame = 0;
      let counting = true;
      const tick = () => {
        frame++;
        if (counting) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const settles: AnnalsRangeSettleEvent[] = [];
      t.element.addEventListener('annals-range-change', () => frames.push(frame));
      t.element.addEventListener('annals-range-settle', (e) => settles.push(e));
      await t.element.zoomBy(4);
      for (let i = 0; i < 3; i++) await nextFrame();
      counting = false;
      expect(frames.length).to.be.greaterThan(3);
      expect(new Set(frames).size, 'one change per frame').to.equal(frames.length);
      expect(settles).to.have.length(1);
      expect(settles[0]!.detail.end.getTime() - settles[0]!.detail.start.getTime()).to.be.closeTo(
        span(t.visibleRange()),
        1,
      );
    });

    it('the card’s close and the overview’s window request are answered inside: the page hears annals-select and the range change', async () => {
      const t = await mountFlagship();
      const heard: string[] = [];
      const types = [
        'annals-close',
        'annals-window-request',
        'annals-select',
        'annals-range-settle',
      ];
      const hear = (e: Event) => heard.push(e.type);
      for (const type of types) document.addEventListener(type, hear);
      try {
        await t.select('state-visit-2013');
        await t.element.zoomBy(4, { animate: false });
        await t.waitForRender();
        heard.length = 0;
        t.cardElement().shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
        await t.waitForRender();
        expect(t.element.selected).to.equal(null);
        const strip = t.root
          .querySelector('annals-overview')!
          .shadowRoot!.querySelector<HTMLElement>('[part~="strip"]')!
          .getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(strip.left + 4), Math.round(strip.top + strip.height / 2)],
        });
        await waitUntil(() => heard.includes('annals-range-settle'), 'the overview moved nothing');
        expect(heard.filter((h) => h !== 'annals-range-settle')).to.deep.equal(['annals-select']);
      } finally {
        for (const type of types) document.removeEventListener(type, hear);
        await resetMouse();
      }
    });

    it('annals-range-settle tells a new range only: a click on the drawing that moves nothing sends none', async () => {
      const t = await mountFlagship();
      await t.element.zoomBy(2, { animate: false });
      await t.waitForRender();
      const settles: AnnalsRangeSettleEvent[] = [];
      t.element.addEventListener('annals-range-settle', (e) => settles.push(e));
      const box = t.viewport()!.getBoundingClientRect();
      const at = (dx: number): [number, number] => [
        Math.round(box.x + box.width / 2 + dx),
        Math.round(box.y + 8),
      ];
      try {
        // A press and release where it was pressed: d3-zoom's gesture starts and ends.
        await sendMouse({ type: 'click', position: at(0) });
        await sendMouse({ type: 'click', position: at(0) });
        for (let i = 0; i < 4; i++) await nextFrame();
        expect(settles).to.have.length(0);
        // A drag moves the range: one settle.
        await sendMouse({ type: 'move', position: at(0) });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: at(-120) });
        await sendMouse({ type: 'up' });
        await waitUntil(() => settles.length === 1, 'a drag sent no settle');
        // New data is told, even when it settles over a range told before (equal data is not
        // new: see 'the same data again').
        t.element.data = { ...kazakhstanTurkmenistan, title: 'The same events, retitled' };
        await waitUntil(() => settles.length === 2, 'new data sent no settle');
        const first = settles.length;
        t.element.data = { ...kazakhstanTurkmenistan };
        await waitUntil(
          () => settles.length === first + 1,
          'new data over the same range sent no settle',
        );
      } finally {
        await resetMouse();
      }
    });

    it('every event carries its data in detail as well as in its fields', async () => {
      const t = await mountFlagship();
      const select = oneEvent(t.element, 'annals-select') as Promise<AnnalsSelectEvent>;
      const range = oneEvent(t.element, 'annals-range-change') as Promise<AnnalsRangeChangeEvent>;
      await t.element.goTo('state-visit-2013');
      await t.element.zoomTo('2009', '2010', { animate: false });
      const s = await select;
      expect(s.detail.id).to.equal('state-visit-2013');
      expect(s.detail.event?.title).to.equal(s.event?.title);
      const r = await range;
      expect(r.detail.start.getTime()).to.equal(r.start.getTime());
      expect(r.detail.end.getTime()).to.equal(r.end.getTime());
    });
  });

  describe('metrics: CSS and layout agree', () => {
    it('every metric token is declared on the element with the core’s default as its fallback', async () => {
      const t = await mountFlagship();
      const style = getComputedStyle(t.element);
      for (const [key, token] of Object.entries(METRIC_TOKENS)) {
        const value = style.getPropertyValue(token.replace('--annals-', '--_m-')).trim();
        expect(value, token).to.equal(`${DEFAULT_METRICS[key as keyof typeof METRIC_TOKENS]}px`);
      }
    });

    it('by default the element lays out with the core’s DEFAULT_METRICS, and draws marks that size', async () => {
      const t = await mountFlagship();
      const s = t.element.scene!;
      const dot = t.button('silk-way-rally-2009').querySelector('[part~="marker"]')!;
      expect(dot.getBoundingClientRect().width).to.be.closeTo(DEFAULT_METRICS.markerSize, 0.5);
      const axis = t.root.querySelector('annals-axis')!.getBoundingClientRect();
      expect(axis.height).to.be.closeTo(DEFAULT_METRICS.axisSize, 0.5);
      expect(t.viewport()!.getBoundingClientRect().height).to.be.closeTo(s.height + 1, 1);
    });

    it('--annals-lane-height and --annals-marker-size reach the layout and the drawing alike', async () => {
      const t = await TimelineHarness.mount(
        html`<div style="width:600px">
          <annals-timeline
            style="--annals-lane-height: 60px; --annals-marker-size: 20px"
            layout="horizontal"
            .data=${kazakhstanTurkmenistan}
          ></annals-timeline>
        </div>`,
      );
      const s = t.element.scene!;
      const lanes = new Set(s.items.map((i) => i.lane));
      expect(lanes.size).to.be.greaterThan(1);
      for (const it of s.items) expect(it.box.y).to.equal(it.lane * 60 + 4);
      const drawn = t.items().map((i) => i.button.getBoundingClientRect().top);
      const top = t.viewport()!.getBoundingClientRect().top;
      s.items.forEach((it, i) => expect(drawn[i]! - top).to.be.closeTo(it.box.y, 1));
      const dot = t.root.querySelector('[part~="marker"]')!;
      expect(dot.getBoundingClientRect().width).to.be.closeTo(20, 0.5);
    });
  });

  describe('sizes that follow the type', () => {
    const laneOf = (t: TimelineHarness) => {
      const s = t.element.scene!;
      const it = s.items.find((i) => i.lane === 1);
      expect(it, 'an event in a second lane').to.exist;
      return it!.box.y - 4;
    };
    /** Labels in the drawing, as the browser laid them out: line height and boxes. */
    const drawnLabels = (t: TimelineHarness) =>
      [...t.root.querySelectorAll<HTMLElement>('[part~="label"]')].map((l) => ({
        line: parseFloat(getComputedStyle(l).lineHeight),
        box: l.getBoundingClientRect(),
      }));
    const mountWith = (style: string) =>
      TimelineHarness.mount(
        html`<div style="width:900px">
          <annals-timeline
            style=${style}
            layout="horizontal"
            .data=${kazakhstanTurkmenistan}
          ></annals-timeline>
        </div>`,
      );

    it('a larger font grows the label lines, lanes and axis, in the layout and the drawing alike', async () => {
      for (const style of ['font-size: 20px', '--annals-font-size: 20px']) {
        const t = await mountWith(style);
        const grown = (px: number) => (px * 20) / 13;
        expect(laneOf(t), style).to.be.closeTo(grown(44), 0.01);
        const s = t.element.scene!;
        for (const it of s.items) expect(it.label.height, style).to.be.closeTo(grown(16), 0.01);
        expect(s.axis.height, style).to.be.closeTo(grown(32), 0.01);
        const labels = drawnLabels(t);
        expect(labels.length).to.be.greaterThan(3);
        for (const l of labels) expect(l.line, style).to.be.closeTo(grown(16), 0.05);
        // No two labels overlap, in the larger type.
        const shown = labels.map((l) => l.box).filter((b) => b.width > 0);
        for (let i = 0; i < shown.length; i++)
          for (let j = i + 1; j < shown.length; j++) {
            const [a, b] = [shown[i]!, shown[j]!];
            const overlap =
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
            expect(overlap, `${style}: labels ${i} and ${j} overlap`).to.equal(false);
          }
        t.element.closest('div')!.remove();
      }
    });

    it('follows the reader’s larger default font size, as the page’s text does: a root font-size of 200% doubles the type and grows the lanes (WCAG 1.4.4)', async () => {
      const root = document.documentElement;
      const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      try {
        root.style.fontSize = '200%';
        const t = await mountWith('');
        expect(px(t.element)).to.equal(26);
        expect(px(t.toolbarButton('Fit'))).to.equal(26);
        expect(px(t.root.querySelector('[part~="label"]')!)).to.equal(26);
        expect(laneOf(t)).to.be.closeTo(88, 0.01);
        t.element.closest('div')!.remove();
        // A page that sets a small root (62.5%, for 10px rems) keeps the timeline at 13px.
        root.style.fontSize = '62.5%';
        expect(px((await mountWith('')).element)).to.equal(13);
      } finally {
        root.style.fontSize = '';
      }
    });

    it('a larger font keeps each row’s title whole, not cut at its foot (WCAG 1.4.4)', async () => {
      for (const size of [13, 16, 26]) {
        const t = await TimelineHarness.mount(
          html`<div style="width:1200px">
            <annals-timeline
              style="--annals-font-size: ${size}px"
              layout="horizontal"
              group-by="category"
              .data=${kazakhstanTurkmenistan}
            ></annals-timeline>
          </div>`,
        );
        const titles = [...t.root.querySelectorAll<HTMLElement>('[part~="row-label"]')];
        expect(titles, `row titles at ${size}px`).to.have.length(2);
        for (const title of titles)
          expect(title.scrollHeight, `"${title.textContent!.trim()}" at ${size}px`).to.be.at.most(
            title.clientHeight,
          );
        t.element.closest('div')!.remove();
      }
    });

    it('a plain font-size on the element sizes the axis, legend, overview and card as the token does', async () => {
      /** The computed type size of each piece the timeline holds. */
      const sizes = async (style: string) => {
        const t = await mountWith(style);
        t.element.selected = 'state-visit-2013';
        await t.waitForRender();
        const px = (el: Element | null | undefined) => parseFloat(getComputedStyle(el!).fontSize);
        const inside = (tag: string, part: string) =>
          t.root.querySelector(tag)!.shadowRoot!.querySelector(`[part~="${part}"]`);
        const out = {
          axisLabel: px(inside('annals-axis', 'label')),
          legendItem: px(t.legendButtons()[0]),
          overview: px(t.root.querySelector('annals-overview')),
          cardTitle: px(inside('annals-event-card', 'title')),
        };
        t.element.closest('div')!.remove();
        return out;
      };
      const plain = await sizes('font-size: 20px');
      expect(plain).to.deep.equal(await sizes('--annals-font-size: 20px'));
      const small = await sizes('');
      for (const [piece, px] of Object.entries(plain))
        expect(px, piece).to.be.closeTo((small[piece as keyof typeof small] * 20) / 13, 0.05);
    });

    it('a smaller font keeps the default sizes, and a size the page sets is kept as it is', async () => {
      expect(laneOf(await mountWith('font-size: 11px'))).to.equal(44);
      const t = await mountWith('font-size: 20px; --annals-label-line-height: 18px');
      expect(t.element.scene!.items[0]!.label.height).to.equal(18);
      for (const l of drawnLabels(t)) expect(l.line).to.equal(18);
    });

    it('reads sizes written in em or calc() as the CSS draws them, and keeps the default for what is not a length', async () => {
      expect(laneOf(await mountWith('font-size: 15px; --annals-lane-height: 4em'))).to.be.closeTo(
        60,
        0.01,
      );
      expect(
        laneOf(await mountWith('font-size: 13px; --annals-lane-height: calc(40px + 1em)')),
      ).to.be.closeTo(53, 0.01);
      const t = await mountWith('--annals-lane-height: tall; --annals-label-line-height: 30%');
      expect(laneOf(t)).to.equal(44);
      for (const l of drawnLabels(t)) expect(l.line).to.equal(16);
    });
  });

  describe('CSS that arrives after the first draw', () => {
    it('a stylesheet added, swapped or removed later, and a font size changed by a class, are drawn too', async () => {
      const t = await TimelineHarness.mount(
        html`<div style="width:600px">
          <annals-timeline layout="horizontal" .data=${kazakhstanTurkmenistan}></annals-timeline>
        </div>`,
      );
      const boxes = () => t.element.scene!.items.map((i) => i.box.y);
      const at = (lane: number) => t.element.scene!.items.map((i) => i.lane * lane + 4);
      expect(boxes()).to.deep.equal(at(DEFAULT_METRICS.laneHeight));
      const sheet = document.createElement('style');
      sheet.textContent = 'annals-timeline.late { --annals-lane-height: 70px }';
      document.head.append(sheet);
      try {
        t.element.classList.add('late');
        await waitUntil(
          () => boxes().join() === at(70).join(),
          'the late stylesheet was not drawn',
        );
        expect(boxes()).to.deep.equal(at(70));
        sheet.textContent = 'annals-timeline.late { --annals-lane-height: 52px }';
        await waitUntil(
          () => boxes().join() === at(52).join(),
          'the swapped stylesheet was not drawn',
        );
        const label = t.element.scene!.items[0]!;
        const wide = label.labelEnd - label.labelStart;
        t.element.style.fontSize = '20px';
        await waitUntil(() => {
          const now = t.element.scene!.items[0]!;
          return now.labelEnd - now.labelStart > wide;
        }, 'labels were not measured again in the larger font');
      } finally {
        sheet.remove();
        t.element.style.fontSize = '';
      }
      await waitUntil(
        () => boxes().join() === at(DEFAULT_METRICS.laneHeight).join(),
        'the removed stylesheet was still drawn',
      );
    });
  });

  it('a timeline moved into a container with other sizes is drawn with them', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:600px">
        <annals-timeline layout="horizontal" .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    const other = document.createElement('div');
    other.style.width = '600px';
    other.style.setProperty('--annals-lane-height', '80px');
    document.body.append(other);
    try {
      other.append(t.element);
      await waitUntil(
        () => t.element.scene!.items.every((i) => i.box.y === i.lane * 80 + 4),
        'the moved timeline kept its old lane height',
      );
    } finally {
      other.remove();
    }
  });

  describe('the phone layout', () => {
    it('opening an event’s card at 360 px brings the card into view', async () => {
      await setViewport({ width: 360, height: 640 });
      const t = await TimelineHarness.mount(
        html`<div style="width:360px">
          <annals-timeline .data=${apollo}></annals-timeline>
        </div>`,
      );
      expect(t.element.orientation).to.equal('vertical');
      const first = t.ids()[0]!;
      await t.select(first);
      await waitUntil(() => {
        const r = t.cardElement().getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      }, 'the card stayed out of view');
    });
  });
});
