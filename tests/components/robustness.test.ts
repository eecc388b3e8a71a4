import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { apollo } from '../../data/apollo.js';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import type { AnnalsProblemsEvent, AnnalsSelectEvent } from '../../src/events.js';
import { warningsOf } from '../helpers/console.js';
import {
  clearHash,
  mountFlagship,
  nextFrame,
  span,
  TimelineHarness,
} from '../helpers/timeline-harness.js';

const mount = mountFlagship;

describe('<annals-timeline> under awkward use', () => {
  beforeEach(async () => {
    clearHash();
    await setViewport({ width: 1400, height: 900 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(async () => {
    clearHash();
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('start-at an event id opens on that event and its days around it', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:1280px">
        <annals-timeline
          start-at="state-visit-2013"
          .data=${kazakhstanTurkmenistan}
        ></annals-timeline>
      </div>`,
    );
    await waitUntil(() => span(t.visibleRange()) < 30 * 864e5, 'zoomed to the visit');
    const r = t.visibleRange();
    expect(r.start.toISOString().slice(0, 10)).to.equal('2013-05-08');
    expect(r.end.toISOString().slice(0, 10)).to.equal('2013-05-14');
    expect(t.tabStops()).to.deep.equal(['state-visit-2013']);
  });

  it('start-at a date opens on that period', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:1280px">
        <annals-timeline start-at="2009" .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    await waitUntil(() => span(t.visibleRange()) < 4 * 366 * 864e5, 'zoomed to 2009');
    const r = t.visibleRange();
    expect(r.start.getUTCFullYear()).to.equal(2008);
    expect(r.end.getUTCFullYear()).to.equal(2011);
    expect(t.ids()).to.include('silk-way-rally-2009');
  });

  it('start-at something unreadable warns and shows the whole span', async () => {
    const warnings = await warningsOf(async () => {
      const t = await TimelineHarness.mount(
        html`<div style="width:1280px">
          <annals-timeline start-at="nowhere" .data=${kazakhstanTurkmenistan}></annals-timeline>
        </div>`,
      );
      await t.waitForRender();
      expect(t.element.scene!.transform.k).to.equal(1);
    });
    expect(warnings.join('\n')).to.contain('start-at "nowhere" is neither an event id nor a date');
  });

  it('an empty selected="" (as templates write an unset value) selects nothing and warns of nothing', async () => {
    const warnings = await warningsOf(async () => {
      const t = await TimelineHarness.mount(
        html`<div style="width:1280px">
          <annals-timeline selected="" .data=${kazakhstanTurkmenistan}></annals-timeline>
        </div>`,
      );
      await t.waitForRender();
      expect(t.element.selected).to.equal(null);
      expect(t.card().visible).to.equal(false);
      // Set so later, by attribute or property, it is none too.
      await t.select('state-visit-2013');
      t.element.setAttribute('selected', '');
      await t.waitForRender();
      expect(t.element.selected).to.equal(null);
      expect(t.card().visible).to.equal(false);
      await t.select('state-visit-2013');
      t.element.selected = '';
      await t.waitForRender();
      expect(t.element.selected).to.equal(null);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('selected set to undefined (an unbound property in React and Vue) is none, and the next data is drawn', async () => {
    const t = await mount();
    await t.select('state-visit-2013');
    (t.element as { selected: unknown }).selected = undefined;
    await t.waitForRender();
    expect(t.element.selected).to.equal(null);
    expect(t.card().visible).to.equal(false);
    t.element.data = rome;
    await t.waitForRender();
    expect(t.element.normalized.title).to.equal(rome.title);
  });

  it('events and eras unset before their data (unbound properties in React and Vue) hold the place, with no error and no problem', async () => {
    const warnings = await warningsOf(async () => {
      const el = await fixture<AnnalsTimeline>(
        html`<annals-timeline
          style="width:1280px"
          .events=${undefined}
          .eras=${null}
        ></annals-timeline>`,
      );
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
      expect(el.problems).to.deep.equal([]);
      el.events = kazakhstanTurkmenistan.events;
      await el.updateComplete;
      expect(el.normalized.events).to.have.length(kazakhstanTurkmenistan.events.length);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('selected set to a number (an id as vis-timeline writes it) selects the event whose id is that number', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:1280px">
        <annals-timeline
          .data=${{
            title: 'Synthetic numbered events',
            events: [1, 2, 3].map((n) => ({ id: n, title: `Synthetic ${n}`, start: `200${n}` })),
          }}
        ></annals-timeline>
      </div>`,
    );
    (t.element as { selected: unknown }).selected = 2;
    await t.waitForRender();
    expect(t.element.selected).to.equal('2');
    expect(t.card().title).to.equal('Synthetic 2');
    t.element.data = rome;
    await t.waitForRender();
    expect(t.element.normalized.title).to.equal(rome.title);
  });

  it('an orientation attribute, a natural guess, warns once that layout chooses the layout', async () => {
    const warnings = await warningsOf(async () => {
      const t = await TimelineHarness.mount(
        html`<div style="width:1280px">
          <annals-timeline orientation="vertical" .data=${kazakhstanTurkmenistan}></annals-timeline>
        </div>`,
      );
      await t.element.zoomBy(2, { animate: false });
      expect(t.element.orientation).to.equal('horizontal');
    });
    expect(warnings).to.deep.equal([
      'annals-timeline: there is no orientation attribute; layout="vertical" chooses the layout',
    ]);
  });

  it('still zooms with Ctrl + wheel after being moved to another container', async () => {
    const t = await mount();
    const other = await fixture<HTMLDivElement>(html`<div style="width:1280px"></div>`);
    other.append(t.element);
    await t.waitForRender();
    const before = span(t.visibleRange());
    await t.wheel({ deltaY: -400, ctrlKey: true });
    expect(span(t.visibleRange())).to.be.below(before);
  });

  it('moved to another container in the middle of an animated zoomTo, it ends where zoomTo was going', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const t = await mount();
    const other = await fixture<HTMLDivElement>(html`<div style="width:1280px"></div>`);
    const whole = span(t.visibleRange());
    const zoomed = t.element.zoomTo('2013-05', '2013-05');
    await waitUntil(() => span(t.visibleRange()) < whole, 'zoomTo did not start');
    // A page moving the timeline into a full-screen box, or a framework reordering a list.
    other.append(t.element);
    await zoomed;
    await t.waitForRender();
    const r = t.visibleRange();
    expect(r.start.getTime()).to.be.closeTo(Date.UTC(2013, 4, 1), 86_400_000);
    expect(r.end.getTime()).to.be.closeTo(Date.UTC(2013, 5, 1), 86_400_000);
  });

  it('a resize in the middle of an animated zoom ends on a window of the same data, not a jump', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const t = await mount();
    const whole = t.visibleRange();
    const zooming = t.element.zoomTo('2013-04-01', '2013-07-01');
    await nextFrame();
    await nextFrame();
    (t.element.parentElement as HTMLElement).style.width = '900px';
    await zooming;
    await waitUntil(() => t.element.scene?.length === 900, 'relaid out at 900px');
    await t.waitForRender();
    const r = t.visibleRange();
    expect(r.start.getTime()).to.be.at.least(whole.start.getTime() - 1);
    expect(r.end.getTime()).to.be.at.most(whole.end.getTime() + 1);
  });

  it('ignores a deep link whose range cannot be read, and shows the whole span', async () => {
    const errors: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    history.replaceState(history.state, '', '#k.from=garbage&k.to=2013');
    const t = await mount({ deepLink: 'k' });
    await t.waitForRender();
    window.removeEventListener('unhandledrejection', onRejection);
    expect(errors).to.deep.equal([]);
    expect(t.element.scene!.transform.k).to.equal(1);
  });

  it('writes the range to the deep link when zoomed with the + button', async () => {
    const t = await mount({ deepLink: 'z' });
    t.toolbarButton('Zoom in').click();
    await waitUntil(() => location.hash.includes('z.from='), 'the range reached the fragment', {
      timeout: 2000,
    });
    expect(location.hash).to.match(/z\.from=[^&]+&z\.to=/);
  });

  it('tells the page when back or forward changes the selection', async () => {
    history.pushState(history.state, '', location.href);
    const t = await mount({ deepLink: 'b' });
    await t.select('silk-way-rally-2009');
    await t.select('state-visit-2013');
    const received: (string | null)[] = [];
    t.element.addEventListener('annals-select', (e: AnnalsSelectEvent) => received.push(e.id));
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await t.waitForRender();
    expect(received).to.deep.equal(['silk-way-rally-2009']);
  });

  it('changing the label keeps the zoom and reports no problems again', async () => {
    const t = await mount();
    await t.element.zoomBy(4, { animate: false });
    let problems = 0;
    t.element.addEventListener('annals-problems', (_: AnnalsProblemsEvent) => problems++);
    t.element.label = 'Relations';
    await t.waitForRender();
    expect(t.element.scene!.transform.k).to.equal(4);
    expect(t.region().getAttribute('aria-label')).to.equal('Relations');
    expect(problems).to.equal(0);
  });

  it('next() steps from a hidden event to its neighbour in time, not back to the first event', async () => {
    const t = await mount();
    await t.select('medicinal-plants-book-astana');
    // Hide its category with a real click, so focus moves to the legend and the timeline's place
    // stays on the (now hidden) event.
    const entry = t.legendButtons().find((b) => b.textContent!.trim() === 'Cultural cooperation')!;
    const box = entry.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await t.waitForRender();
    expect(t.ids()).to.not.include('medicinal-plants-book-astana');
    await t.element.next();
    expect(t.element.selected).to.equal('state-visit-2013');
  });

  it('a live page adding an event keeps the window the reader zoomed to; at the whole span, shows the new span', async () => {
    const t = await mount();
    const extra = (n: number) => ({
      ...kazakhstanTurkmenistan,
      events: [
        ...kazakhstanTurkmenistan.events,
        ...Array.from({ length: n }, (_, i) => ({
          id: `update-${i}`,
          title: `Update ${i}`,
          start: `2015-0${i + 1}-01`,
        })),
      ],
    });
    await t.element.zoomTo('2013-04-28', '2013-05-16', { animate: false });
    const before = t.visibleRange();
    t.element.data = extra(1);
    await t.waitForRender();
    const after = t.visibleRange();
    expect(Math.abs(after.start.getTime() - before.start.getTime())).to.be.below(2 * 3600_000);
    expect(Math.abs(after.end.getTime() - before.end.getTime())).to.be.below(2 * 3600_000);
    await t.element.fit({ animate: false });
    t.element.data = extra(2);
    await t.waitForRender();
    expect(t.element.scene!.transform).to.deep.equal({ k: 1, x: 0 });
    expect(t.ids()).to.include('update-1');
  });

  it('a live page’s event that comes while Fit is on its way shows the whole new span, not the window halfway there', async () => {
    // Moving, as a reader's page does (this suite's pages prefer reduced motion).
    await emulateMedia({ reducedMotion: 'no-preference' });
    const t = await mount();
    const more = {
      ...kazakhstanTurkmenistan,
      events: [
        ...kazakhstanTurkmenistan.events,
        { id: 'update', title: 'Update', start: '2015-01-01' },
      ],
    };
    await t.element.zoomTo('2013-04-28', '2013-05-16', { animate: false });
    const k0 = t.element.scene!.transform.k;
    const fit = t.element.fit();
    const k = () => t.element.scene!.transform.k;
    await waitUntil(() => k() < k0 && k() > 1, 'Fit did not start');
    t.element.data = more;
    await fit;
    await t.waitForRender();
    expect(t.element.scene!.transform).to.deep.equal({ k: 1, x: 0 });
  });

  it('new data that comes while an event is brought into view, and lacks it, shows its whole span, not a zoom on the old event’s date', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const t = await TimelineHarness.mount(
      html`<div style="width:1280px">
        <annals-timeline
          .data=${{
            title: 'Synthetic spans',
            events: [
              { id: 'first', title: 'Synthetic first', start: '2001-01-01' },
              { id: 'long', title: 'Synthetic long range', start: '2003-01-01', end: '2003-12-31' },
              { id: 'last', title: 'Synthetic last', start: '2010-01-01' },
            ],
          }}
        ></annals-timeline>
      </div>`,
    );
    // The range's bar runs in from the left edge: going to it moves the view, animated.
    await t.element.zoomTo('2003-06-01', '2004-06-01', { animate: false });
    const from = t.visibleRange().start.getTime();
    const going = t.element.goTo('long');
    await waitUntil(() => t.visibleRange().start.getTime() !== from, 'goTo did not move');
    // A page switching datasets (or a live feed dropping the event) as the view moves.
    t.element.data = rome;
    await going;
    await t.waitForRender();
    expect(t.element.scene!.transform).to.deep.equal({ k: 1, x: 0 });
  });

  it('a live page’s updates that keep the same invalid event warn of it once, and tell each update', async () => {
    const t = await mount();
    const told: AnnalsProblemsEvent[] = [];
    t.element.addEventListener('annals-problems', (e) => told.push(e));
    const update = (n: number) => ({
      ...kazakhstanTurkmenistan,
      events: [
        ...kazakhstanTurkmenistan.events,
        { id: 'bad', title: 'Synthetic bad date', start: '2015-13-01' },
        ...Array.from({ length: n }, (_, i) => ({
          id: `update-${i}`,
          title: `Update ${i}`,
          start: `2015-0${i + 1}-01`,
        })),
      ],
    });
    const warnings = await warningsOf(async () => {
      for (let n = 0; n < 3; n++) {
        t.element.data = update(n);
        await t.waitForRender();
      }
    });
    expect(warnings).to.have.length(1);
    expect(told).to.have.length(3);
    // Other problems are warned of again.
    const other = await warningsOf(async () => {
      t.element.data = { ...update(3), events: update(3).events.filter((e) => e.id !== 'bad') };
      await t.waitForRender();
      t.element.data = update(4);
      await t.waitForRender();
    });
    expect(other).to.have.length(1);
  });

  it('clears the selection, and says so, when new data lacks the selected event', async () => {
    const t = await mount();
    await t.select('silk-way-rally-2009');
    const cleared = oneEvent(t.element, 'annals-select') as unknown as Promise<AnnalsSelectEvent>;
    t.element.data = rome;
    expect((await cleared).id).to.equal(null);
    await t.waitForRender();
    expect(t.element.selected).to.equal(null);
    expect(t.element.hasAttribute('selected')).to.equal(false);
  });

  it('new data without the event the reader chose clears it quietly; a selected id that never named an event is warned of', async () => {
    const t = await mount();
    await t.select('silk-way-rally-2009');
    const quiet = await warningsOf(async () => {
      t.element.data = {
        ...kazakhstanTurkmenistan,
        events: kazakhstanTurkmenistan.events.filter((e) => e.id !== 'silk-way-rally-2009'),
      };
      await t.waitForRender();
    });
    expect(t.element.selected).to.equal(null);
    expect(quiet).to.deep.equal([]);
    const warned = await warningsOf(async () => {
      const el = await fixture<AnnalsTimeline>(
        html`<annals-timeline style="width:1280px" selected="no-such-event"></annals-timeline>`,
      );
      el.data = kazakhstanTurkmenistan;
      await el.updateComplete;
    });
    expect(warned).to.deep.equal(['annals-timeline: no event has the selected id "no-such-event"']);
  });

  it('selected set by the page, after its data, to an id no event has is warned of and cleared, and kept out of the link', async () => {
    const t = await mount({ deepLink: 'k' });
    const warned = await warningsOf(async () => {
      t.element.selected = 'dropped-by-validation';
      await t.waitForRender();
    });
    expect(warned).to.deep.equal([
      'annals-timeline: no event has the selected id "dropped-by-validation"',
    ]);
    expect(t.element.selected).to.equal(null);
    expect(location.hash).to.not.include('dropped-by-validation');
  });

  it('a page that answers the selection cleared by new data with other data has that data drawn', async () => {
    const t = await mount();
    await t.select('silk-way-rally-2009');
    let answered = false;
    t.element.addEventListener('annals-select', (e) => {
      if (e.detail.id !== null || answered) return;
      answered = true;
      t.element.data = rome;
    });
    t.element.data = apollo;
    await waitUntil(() => answered, 'the selection was not cleared');
    await t.waitForRender();
    expect(t.element.normalized.title).to.equal(rome.title);
  });

  it('a page that answers annals-error (a file without events) with data of its own has it drawn', async () => {
    const el = await fixture<AnnalsTimeline>(
      html`<annals-timeline style="width:1280px" src="/__annals-test/no-events"></annals-timeline>`,
    );
    el.addEventListener('annals-error', () => (el.data = rome), { once: true });
    await waitUntil(() => el.normalized.title === rome.title, 'the answer was not drawn', {
      timeout: 3000,
    });
  });

  it('brings an event selected by the page into view', async () => {
    const t = await mount();
    await t.element.zoomTo('1990-06-01', '1992-06-01', { animate: false });
    expect(t.ids()).to.not.include('state-visit-2013');
    t.element.selected = 'state-visit-2013';
    await waitUntil(() => t.ids().includes('state-visit-2013'), 'the event came into view');
    const x = t.item('state-visit-2013').x;
    expect(x).to.be.within(0, 1280);
  });

  it('in the vertical layout, zoomTo zooms the drawing down the page, and the drawing keeps its height', async () => {
    const t = await mount({ layout: 'vertical' });
    const height = t.viewport()!.getBoundingClientRect().height;
    await t.element.zoomTo('2013-04-01', '2013-06-01', { animate: false });
    await t.waitForRender();
    expect(t.element.scene!.transform.k).to.be.greaterThan(10);
    expect(t.ids()).to.deep.equal(['medicinal-plants-book-astana', 'state-visit-2013']);
    expect(t.viewport()!.getBoundingClientRect().height).to.equal(height);
  });

  it('going to a date before the first event says nothing is recorded before it', async () => {
    const t = await mount();
    const input = t.root.querySelector<HTMLInputElement>('#goto')!;
    input.value = '1800';
    input.form!.requestSubmit();
    await t.waitForRender();
    expect(t.root.querySelector('#goto-message')!.textContent).to.equal(
      'Nothing is recorded before 1991: showing the start of the timeline.',
    );
  });

  it('going to a date before the first event shown (its category hidden) shows that event, not an empty start', async () => {
    const t = await mount();
    t.element.hiddenCategories = ['political'];
    await t.waitForRender();
    const input = t.root.querySelector<HTMLInputElement>('#goto')!;
    input.value = '1800';
    input.form!.requestSubmit();
    await waitUntil(() => t.ids().length > 0, 'the view shows no event');
    expect(t.root.querySelector('#goto-message')!.textContent).to.equal(
      'Nothing is recorded before 2009: showing the start of the timeline.',
    );
    expect(t.ids()).to.include('silk-way-rally-2009');
  });

  it('going to a date inside a compressed gap shows the break with both sides, and says why', async () => {
    const t = await mount();
    const input = t.root.querySelector<HTMLInputElement>('#goto')!;
    input.value = '2000';
    input.form!.requestSubmit();
    await waitUntil(() => t.element.visibleRange!.end.getUTCFullYear() < 2013, 'zoomed');
    await t.waitForRender();
    const r = t.visibleRange();
    expect(r.start.getUTCFullYear()).to.be.below(1994);
    expect(r.end.getUTCFullYear()).to.be.above(2006);
    expect(t.element.scene!.breaks).to.have.length(1);
    expect(t.root.querySelector('#goto-message')!.textContent).to.match(
      /^Nothing is recorded from 199\d to 200\d/,
    );
  });

  it('Escape inside the open card closes it and returns focus to the event', async () => {
    const t = await mount();
    await t.select('silk-way-rally-2009');
    const close = t.cardElement().shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!;
    close.focus();
    await t.key('Escape');
    expect(t.element.selected).to.equal(null);
    expect(t.focusedId()).to.equal('silk-way-rally-2009');
  });

  it('never scrolls the drawing sideways when focus reaches an event that runs past its edge', async () => {
    const t = await mount();
    // The state visit's bar starts in view and runs past the right edge.
    await t.element.zoomTo('2013-04-30', '2013-05-11', { animate: false });
    t.focusEvents();
    await t.key('End');
    expect(t.focusedId()).to.equal('state-visit-2013');
    expect(t.viewport()!.scrollLeft).to.equal(0);
  });

  it('a legend of long category names, one of them a single compound word, stays inside a phone’s width', async () => {
    await setViewport({ width: 360, height: 740 });
    const categories = [
      { id: 'a', label: 'Synthetic category one' },
      { id: 'b', label: 'Synthetischekategoriebezeichnungsverwaltungsvorschrift' },
      { id: 'c', label: 'Synthetic category with a very long name that goes on past the column' },
    ];
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        .data=${{
          categories,
          events: categories.map((c, i) => ({
            id: `e${i}`,
            title: `Synthetic event ${i + 1}`,
            start: `${2001 + i}`,
            category: c.id,
          })),
        }}
      ></annals-timeline>`,
    );
    const right = t.element.getBoundingClientRect().right;
    const past = t
      .legendButtons()
      .filter((b) => b.getBoundingClientRect().right > right + 0.5)
      .map((b) => b.textContent!.trim());
    expect(past, 'legend entries past the element’s right edge').to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('gives BCE events no invalid datetime, and CE events an ISO one', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:1280px"><annals-timeline .data=${rome}></annals-timeline></div>`,
    );
    const time = (id: string) => t.button(id).querySelector('time')!;
    expect(time('caesar-assassinated').hasAttribute('datetime')).to.equal(false);
    expect(time('caesar-assassinated').textContent).to.contain('44 BCE');
    expect(time('vesuvius').getAttribute('datetime')).to.equal('0079');
  });

  it('shows the dataset description under its title, paragraph by paragraph', async () => {
    const el = await fixture<AnnalsTimeline>(
      html`<annals-timeline
        .data=${{
          title: 'A title',
          description: 'First paragraph,\nstill the first.\n\n  Second <b>paragraph</b>.  ',
          events: kazakhstanTurkmenistan.events,
        }}
      ></annals-timeline>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const description = root.querySelector('[part~="description"]')!;
    expect([...description.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'First paragraph,\nstill the first.',
      // Text, not markup.
      'Second <b>paragraph</b>.',
    ]);
    // Under the title, in the page's flow.
    const title = root.querySelector('[part~="title"]')!.getBoundingClientRect();
    expect(description.getBoundingClientRect().top).to.be.at.least(title.bottom);
    // None without one, and a blank one is none.
    el.data = { title: 'A title', description: ' \n ', events: kazakhstanTurkmenistan.events };
    await el.updateComplete;
    expect(root.querySelector('[part~="description"]')).to.equal(null);
  });

  it("a page's own header replaces the title and the description", async () => {
    const el = await fixture<AnnalsTimeline>(
      html`<annals-timeline .data=${kazakhstanTurkmenistan}
        ><h2 slot="header">The page's own</h2></annals-timeline
      >`,
    );
    await el.updateComplete;
    const description = el.shadowRoot!.querySelector('[part~="description"]')!;
    // The fallback content is there but not drawn.
    expect(description.getClientRects()).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.getClientRects()).to.have.length(0);
  });

  it('titles the dataset at the heading level the page asks for, and the card one below', async () => {
    const el = await fixture<AnnalsTimeline>(
      html`<annals-timeline
        heading-level="3"
        selected="silk-way-rally-2009"
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h3[part="title"]')!.textContent).to.equal(
      'Kazakhstan–Turkmenistan relations',
    );
    const card = el.shadowRoot!.querySelector('annals-event-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h4')!.textContent).to.equal('Silk Way Rally');
  });

  it('a heading level outside 2–6, or not a number, is said in the console, as any attribute it cannot use', async () => {
    const titles: string[] = [];
    const warnings = await warningsOf(async () => {
      for (const level of ['1', 'h3', '9', '4']) {
        const el = await fixture<AnnalsTimeline>(
          html`<annals-timeline
            heading-level=${level}
            .data=${kazakhstanTurkmenistan}
          ></annals-timeline>`,
        );
        await el.updateComplete;
        titles.push(el.shadowRoot!.querySelector('[part="title"]')!.localName);
      }
    });
    expect(titles).to.deep.equal(['h2', 'h2', 'h6', 'h4']);
    expect(warnings.filter((w) => w.includes('heading-level'))).to.deep.equal([
      'annals-timeline: heading-level="1" is not a whole number from 2 to 6; using 2',
      'annals-timeline: heading-level="h3" is not a whole number from 2 to 6; using 2',
      'annals-timeline: heading-level="9" is not a whole number from 2 to 6; using 6',
    ]);
  });
});
