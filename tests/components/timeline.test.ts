import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { fitAxis } from '../../src/core/scene.js';
import { project } from '../../src/core/scale.js';
import type { EventInput } from '../../src/core/types.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import type { AnnalsProblemsEvent } from '../../src/events.js';
import { overlaps, TimelineHarness } from '../helpers/timeline-harness.js';

const DATE_ORDER = [
  'dissolution-of-the-soviet-union',
  'silk-way-rally-2009',
  'medicinal-plants-book-astana',
  'state-visit-2013',
];

const flagship = (width = 1280) =>
  TimelineHarness.mount(
    html`<div style="width:${width}px">
      <annals-timeline locale="en-GB" .data=${kazakhstanTurkmenistan}></annals-timeline>
    </div>`,
  );

/** Asserts that no two label boxes share any area. */
function expectNoOverlappingLabels(t: TimelineHarness) {
  const items = t.items();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      expect(
        overlaps(items[i]!.label, items[j]!.label),
        `labels of ${items[i]!.id} and ${items[j]!.id} overlap`,
      ).to.be.false;
    }
  }
}

describe('<annals-timeline>', () => {
  beforeEach(async () => {
    await setViewport({ width: 1400, height: 900 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('draws the flagship events in date order, at the x positions its fitted scale gives', async () => {
    const t = await flagship();
    const el = t.element;
    expect(t.ids()).to.deep.equal(DATE_ORDER);
    const width = t.viewport()!.getBoundingClientRect().width;
    expect(width).to.equal(1280);
    const axis = fitAxis(el.normalized, width, true);
    const items = t.items();
    for (const it of items) {
      const event = el.normalized.events.find((e) => e.id === it.id)!;
      const expected = project(axis, el.scene!.transform, event.startTime);
      expect(it.x, it.id).to.be.closeTo(expected, 1);
      expect(it.x, it.id).to.be.closeTo(el.scene!.items.find((s) => s.id === it.id)!.x, 1);
    }
    const xs = items.map((i) => i.x);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
  });

  it('with every event in one lane, the drawing ends at its axis: no blank band under it', async () => {
    await setViewport({ width: 1280, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        .data=${{
          title: 'Synthetic',
          events: [
            { id: 'a', title: 'Synthetic A', start: '2001-02-03' },
            { id: 'b', title: 'Synthetic B', start: '2004', end: '2006' },
          ],
        }}
      ></annals-timeline>`,
    );
    const scene = t.element.scene!;
    expect(scene.height, 'one lane and the axis').to.be.below(120);
    const viewport = t.viewport()!.getBoundingClientRect();
    const axis = t.root.querySelector('annals-axis')!.getBoundingClientRect();
    expect(viewport.height).to.be.closeTo(scene.height + 1, 1);
    expect(viewport.bottom - axis.bottom, 'space under the axis').to.be.below(2);
  });

  it('draws the state visit as a bar from 10 May to the end of 11 May 2013', async () => {
    const t = await flagship();
    const el = t.element;
    // Zoomed in, so the two days are wider than the bar's minimum width.
    await el.zoomTo('2013-05-01', '2013-05-20', { animate: false });
    await t.waitForRender();
    const axis = fitAxis(el.normalized, 1280, true);
    const tr = el.scene!.transform;
    const bar = t.item('state-visit-2013');
    expect(bar.x2).to.not.equal(null);
    expect(bar.x).to.be.closeTo(project(axis, tr, Date.UTC(2013, 4, 10)), 1);
    expect(bar.x2!).to.be.closeTo(project(axis, tr, Date.UTC(2013, 4, 12)), 1);
    expect(bar.x2! - bar.x).to.be.greaterThan(100);
  });

  it('shows the card of a clicked event with its title, date, people, places and sources', async () => {
    const t = await flagship();
    expect(t.card().visible).to.be.false;
    await t.select('state-visit-2013');
    expect(t.element.selected).to.equal('state-visit-2013');
    const card = t.card();
    expect(card.visible).to.be.true;
    expect(card.title).to.equal('State visit of President Berdimuhamedow to Kazakhstan');
    // '10–11 May 2013'; Chromium's ICU sets the en dash between spaces.
    expect(card.date).to.match(/^10\s?–\s?11 May 2013$/);
    expect(card.datetime).to.equal('2013-05-10');
    expect(card.details).to.deep.equal({
      People: 'Gurbanguly Berdimuhamedow, Nursultan Nazarbayev',
      Places:
        'Kazakhstan, Turkmenistan–Kazakhstan section of the International North–South railway',
    });
    expect(card.links).to.deep.equal([
      {
        text: 'Kazakhstan–Turkmenistan relations: Political relations',
        href: 'https://en.wikipedia.org/wiki/Kazakhstan%E2%80%93Turkmenistan_relations#Political_relations',
      },
    ]);
  });

  it('lays itself out again when resized, moving items in proportion', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:1280px">
        <annals-timeline gaps="none" .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    const before = new Map(t.items().map((i) => [i.id, i.x]));
    t.element.parentElement!.style.width = '800px';
    await waitUntil(() => t.element.scene?.length === 800, 'no layout at 800px', { timeout: 2000 });
    await t.waitForRender();
    expect(t.viewport()!.getBoundingClientRect().width).to.equal(800);
    const after = t.items();
    expect(after.map((i) => i.id)).to.deep.equal(DATE_ORDER);
    for (const it of after) expect(it.x, it.id).to.be.closeTo((before.get(it.id)! * 800) / 1280, 1);
  });

  it('lays itself out again when resized, with compressed gaps, at the positions of the new fitted scale', async () => {
    const t = await flagship();
    t.element.parentElement!.style.width = '800px';
    await waitUntil(() => t.element.scene?.length === 800, 'no layout at 800px', { timeout: 2000 });
    await t.waitForRender();
    const axis = fitAxis(t.element.normalized, 800, true);
    for (const it of t.items()) {
      const e = t.element.normalized.events.find((x) => x.id === it.id)!;
      expect(it.x, it.id).to.be.closeTo(project(axis, t.element.scene!.transform, e.startTime), 1);
    }
  });

  it('keeps every event inside the drawing when a publication pads ::part(base)', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:900px">
        <style>
          .padded::part(base) {
            padding: 0 60px;
          }
        </style>
        <annals-timeline class="padded" .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    const viewport = t.viewport()!.getBoundingClientRect();
    expect(viewport.width).to.equal(780);
    for (const item of t.items()) {
      expect(item.x, item.id).to.be.within(0, viewport.width);
      expect(item.label.right, `${item.id} label`).to.be.at.most(viewport.right + 0.5);
    }
  });

  it('lets a publication restyle every toolbar control through its parts', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:1280px">
        <style>
          .house::part(toolbar-button) {
            border-radius: 0;
            border-color: rgb(122, 31, 43);
          }
          .house::part(toolbar-input) {
            border-radius: 0;
            font-style: italic;
          }
          .house::part(toolbar-label) {
            font-variant-caps: small-caps;
          }
        </style>
        <annals-timeline class="house" downloads .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    const toolbar = t.root.querySelector('[part~="toolbar"]')!;
    const buttons = [...toolbar.querySelectorAll('button')];
    expect(buttons.length).to.be.at.least(10);
    for (const b of buttons) {
      const style = getComputedStyle(b);
      expect(style.borderTopLeftRadius, b.textContent!.trim()).to.equal('0px');
      expect(style.borderTopColor, b.textContent!.trim()).to.equal('rgb(122, 31, 43)');
    }
    const inputs = [...toolbar.querySelectorAll('input')];
    expect(inputs.length).to.equal(2);
    for (const i of inputs) expect(getComputedStyle(i).fontStyle, i.id).to.equal('italic');
    const label = toolbar.querySelector('label:not(.sr-only)')!;
    expect(getComputedStyle(label).fontVariantCaps).to.equal('small-caps');
  });

  it('holds the drawing’s height with the loading placeholder until data is given, not "No events to show"', async () => {
    const el = await fixture<AnnalsTimeline>(html`<annals-timeline></annals-timeline>`);
    const t = new TimelineHarness(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
    expect(t.emptyMessage()).to.equal(null);
    const before = el.getBoundingClientRect().height;
    el.data = kazakhstanTurkmenistan;
    await t.waitForScene();
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    expect(t.buttons()).to.have.length(4);
    // The placeholder holds the height of full rows: the data, in fewer, never pushes the page
    // below further down.
    expect(el.getBoundingClientRect().height).to.be.at.most(before + 1);
    // Data cleared once given is no events, not a placeholder for ever.
    el.data = null as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    expect(t.emptyMessage()).to.equal('No events to show.');
  });

  it('shows the empty state for a dataset with no events', async () => {
    const t = await TimelineHarness.mount(
      html`<annals-timeline .data=${{ title: 'Nothing yet', events: [] }}></annals-timeline>`,
    );
    expect(t.emptyMessage()).to.equal('No events to show.');
    expect(t.buttons()).to.have.length(0);
    expect(t.toolbar()).to.equal(null);
    expect(t.region().getAttribute('aria-label')).to.equal('Nothing yet');
  });

  it('draws a single event', async () => {
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        .events=${[{ id: 'only', title: 'The only event', start: '2020-03-01' }]}
      ></annals-timeline>`,
    );
    const [only] = t.items();
    expect(t.ids()).to.deep.equal(['only']);
    expect(only!.x).to.be.within(0, t.viewport()!.clientWidth);
    expect(only!.label.width).to.be.greaterThan(20);
  });

  it('draws many events on one day in its lanes, and counts the rest in a cluster', async () => {
    const events: EventInput[] = Array.from({ length: 8 }, (_, i) => ({
      id: `e${i}`,
      title: `Meeting number ${i + 1} of the day`,
      start: '2020-03-01',
    }));
    const t = await TimelineHarness.mount(
      html`<div style="width:900px"><annals-timeline .events=${events}></annals-timeline></div>`,
    );
    const scene = t.element.scene!;
    expect(t.items()).to.have.length(6);
    expect(new Set(scene.items.map((i) => i.lane)).size).to.equal(6);
    expect(scene.clusters.reduce((n, c) => n + c.count, 0)).to.equal(2);
    expectNoOverlappingLabels(t);
    const wide = await TimelineHarness.mount(
      html`<div style="width:900px">
        <annals-timeline max-lanes="8" .events=${events}></annals-timeline>
      </div>`,
    );
    expect(wide.items()).to.have.length(8);
    expect(wide.element.scene!.clusters).to.deep.equal([]);
    expectNoOverlappingLabels(wide);
  });

  it('draws the flagship without overlapping labels', async () => {
    const t = await flagship(800);
    expectNoOverlappingLabels(t);
  });

  it('renders correctly once a timeline created inside a hidden container is shown', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="display:none; width:1000px">
        <annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
      { waitForScene: false },
    );
    expect(t.element.scene).to.equal(null);
    t.element.parentElement!.style.display = 'block';
    await t.waitForScene();
    expect(t.ids()).to.deep.equal(DATE_ORDER);
    const axis = fitAxis(t.element.normalized, 1000, true);
    for (const it of t.items()) {
      const e = t.element.normalized.events.find((x) => x.id === it.id)!;
      expect(it.x, it.id).to.be.closeTo(project(axis, t.element.scene!.transform, e.startTime), 1);
      expect(it.label.width, it.id).to.be.greaterThan(0);
    }
    expect(t.ticks().length).to.be.greaterThan(1);
  });

  it('reports invalid events and still draws the valid ones', async () => {
    const received: AnnalsProblemsEvent[] = [];
    const events: EventInput[] = [
      { id: 'good', title: 'A good event', start: '2001-02-03' },
      { id: 'bad-date', title: 'A bad date', start: '2001-13-45' },
      { id: 'later', title: 'A later event', start: '2002' },
    ];
    const warn = console.warn;
    console.warn = () => {};
    let t: TimelineHarness;
    try {
      t = await TimelineHarness.mount(
        html`<annals-timeline
          .events=${events}
          @annals-problems=${(e: AnnalsProblemsEvent) => received.push(e)}
        ></annals-timeline>`,
      );
    } finally {
      console.warn = warn;
    }
    await waitUntil(() => received.length > 0, 'no annals-problems event');
    expect(received).to.have.length(1);
    const [problem] = received[0]!.problems;
    expect(problem).to.include({ collection: 'events', item: '"bad-date"', field: 'start' });
    expect(t.element.problems).to.deep.equal(received[0]!.problems);
    expect(t.ids()).to.deep.equal(['good', 'later']);
    expect(received[0]!.dropped).to.equal(1);
    t.element.showProblems = true;
    await t.element.updateComplete;
    const listed = t.problemsList();
    expect(listed).to.have.length(1);
    expect(listed[0])
      .to.contain('bad-date')
      .and.to.contain('start')
      .and.to.contain(problem!.message);
  });
});

describe('a reader’s text spacing (WCAG 1.4.12)', () => {
  it('letter and word spacing set on the page widen the labels: none is cut that fits without it, and the axis labels stay apart', async () => {
    await setViewport({ width: 1400, height: 900 });
    // What the WCAG text-spacing bookmarklet sets on every element of the page.
    const t = await TimelineHarness.mount(
      html`<div style="width:1280px; letter-spacing: 0.12em; word-spacing: 0.16em">
        <annals-timeline locale="en-GB" .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    const cut = (el: Element) => el.scrollWidth > el.clientWidth + 1;
    for (const id of ['dissolution-of-the-soviet-union', 'silk-way-rally-2009']) {
      const label = t.button(id).querySelector<HTMLElement>('[part~="label"]')!;
      expect(getComputedStyle(label).letterSpacing).to.not.equal('normal');
      expect(cut(label), `label of ${id} is cut`).to.be.false;
    }
    const axis = t.root.querySelector('annals-axis')!.shadowRoot!;
    const labels = [...axis.querySelectorAll('[part~="label"]')].map((l) =>
      l.getBoundingClientRect(),
    );
    expect(labels.length).to.be.greaterThan(5);
    for (let i = 1; i < labels.length; i++)
      expect(overlaps(labels[i - 1]!, labels[i]!), `axis labels ${i - 1} and ${i} overlap`).to.be
        .false;
  });
});
