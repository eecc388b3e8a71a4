/** axe-core finds no violations in any element or state a reader meets. */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import type { AnnalsAxis } from '../../src/components/axis/axis.js';
import type { AnnalsEventCard } from '../../src/components/event-card/event-card.js';
import type { AnnalsLegend } from '../../src/components/legend/legend.js';
import type { AnnalsOverview } from '../../src/components/overview/overview.js';
import { validateDataset } from '../../src/core/validate.js';
import { buttonNames } from '../helpers/accessible-names.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const flagship = validateDataset(kazakhstanTurkmenistan).dataset;

describe('accessibility (axe)', () => {
  beforeEach(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('the flagship timeline, horizontal, has no violations', async () => {
    const t = await TimelineHarness.mount(
      html`<annals-timeline layout="horizontal" .data=${kazakhstanTurkmenistan}></annals-timeline>`,
    );
    expect(t.element.orientation).to.equal('horizontal');
    await expect(t.element).to.be.accessible();
  });

  it('an empty label, as Vue sets a bound label that becomes undefined, names the region by its title', async () => {
    const t = await TimelineHarness.mount(
      html`<annals-timeline label="Synthetic" .data=${kazakhstanTurkmenistan}></annals-timeline>`,
    );
    expect(t.region().getAttribute('aria-label')).to.equal('Synthetic');
    t.element.label = '';
    await t.waitForRender();
    expect(t.region().getAttribute('aria-label')).to.equal(kazakhstanTurkmenistan.title);
    await expect(t.element).to.be.accessible();
  });

  for (const [layout, width] of [
    ['horizontal', 1400],
    ['vertical', 360],
  ] as const)
    it(`an event's name in the ${layout} layout is its title, its date and its category, "Silk Way Rally, 2009, Cultural cooperation"`, async () => {
      await setViewport({ width, height: 900 });
      await TimelineHarness.mount(
        html`<annals-timeline layout=${layout} .data=${kazakhstanTurkmenistan}></annals-timeline>`,
      );
      // Chrome named it "Silk Way Rally , 2009" while the date was placed apart from the title.
      expect(await buttonNames('Silk Way Rally')).to.deep.equal([
        'Silk Way Rally, 2009, Cultural cooperation',
      ]);
    });

  it('keeps the axis from screen readers, at both widths: each event says its own date, and loose ticks ("Jul, 1991, Jul … 1993, 2008") would read past the break the eye sees', async () => {
    for (const width of [1280, 320]) {
      await setViewport({ width, height: 800 });
      const t = await TimelineHarness.mount(
        html`<annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>`,
      );
      const axis = t.root.querySelector('annals-axis')!;
      expect(t.ticks().length, `ticks at ${width}px`).to.be.greaterThan(3);
      expect(axis.getAttribute('aria-hidden'), `the axis at ${width}px`).to.equal('true');
      t.element.remove();
    }
  });

  it('drawn in rows, each event tells a screen reader the row the eye sees it in (WCAG 1.3.1)', async () => {
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        layout="horizontal"
        group-by="category"
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>`,
    );
    const rowOf = new Map(
      flagship.events.map((e) => [
        e.id,
        flagship.categories.find((c) => c.id === e.category)!.label,
      ]),
    );
    expect(t.buttons()).to.have.length(4);
    for (const b of t.buttons()) {
      const by = b.getAttribute('aria-describedby') ?? '';
      const row = by ? t.root.getElementById(by) : null;
      expect(row?.textContent!.trim(), b.dataset.id).to.equal(rowOf.get(b.dataset.id!));
    }
    await expect(t.element).to.be.accessible();
    // In one row, as down a phone's column, there is no row to name.
    t.element.groupBy = 'none';
    await t.waitForScene();
    for (const b of t.buttons()) expect(b.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('drawn in rows, each cluster tells a screen reader its row too, as its events would', async () => {
    // Two rows, each with more events on one day than its lanes hold: each row has a cluster.
    const events = ['a', 'b'].flatMap((g) =>
      Array.from({ length: 30 }, (_, i) => ({
        id: `${g}${i}`,
        title: `Synthetic ${g} ${i}`,
        start: '2001-05-10',
        group: `Synthetic group ${g.toUpperCase()}`,
      })),
    );
    events.push({
      id: 'late',
      title: 'Synthetic late',
      start: '2009-01-01',
      group: 'Synthetic group A',
    });
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        layout="horizontal"
        group-by="group"
        .data=${{ title: 'Synthetic rows', events }}
      ></annals-timeline>`,
    );
    const clusters = [...t.root.querySelectorAll<HTMLElement>('[part~="cluster"]')];
    const rows = t.element.scene!.clusters.map((k) => t.element.scene!.rows[k.row]!.title);
    expect(new Set(rows).size).to.equal(2);
    expect(
      clusters.map((b) =>
        t.root.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent?.trim(),
      ),
    ).to.deep.equal(rows);
    await expect(t.element).to.be.accessible();
  });

  it('the flagship timeline, vertical on a 320px screen, has no violations', async () => {
    await setViewport({ width: 320, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>`,
    );
    expect(t.element.orientation).to.equal('vertical');
    await expect(t.element).to.be.accessible();
  });

  it('the flagship timeline with a selected event and its card open has no violations', async () => {
    const t = await TimelineHarness.mount(
      html`<annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>`,
    );
    await t.select('state-visit-2013');
    expect(t.card().visible).to.be.true;
    await expect(t.element).to.be.accessible();
  });

  it('the flagship timeline during a search has no violations', async () => {
    const t = await TimelineHarness.mount(
      html`<annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>`,
    );
    await t.search('Berdimuhamedow');
    expect(t.matches()).to.have.length(3);
    await expect(t.element).to.be.accessible();
  });

  it('the Rome timeline (eras, BCE dates) has no violations', async () => {
    const t = await TimelineHarness.mount(html`<annals-timeline .data=${rome}></annals-timeline>`);
    expect(t.buttons().length).to.be.greaterThan(3);
    await expect(t.element).to.be.accessible();
  });

  it('the empty state has no violations', async () => {
    const t = await TimelineHarness.mount(
      html`<annals-timeline .data=${{ title: 'Nothing yet', events: [] }}></annals-timeline>`,
    );
    expect(t.emptyMessage()).to.not.equal(null);
    await expect(t.element).to.be.accessible();
  });

  it('an event card with sources has no violations', async () => {
    const event = flagship.events.find((e) => e.id === 'state-visit-2013')!;
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card
        closable
        .event=${event}
        .categories=${flagship.categories}
      ></annals-event-card>`,
    );
    await expect(card).to.be.accessible();
  });

  it('a legend with a hidden category has no violations', async () => {
    const legend = await fixture<AnnalsLegend>(
      html`<annals-legend
        .categories=${flagship.categories}
        .hiddenCategories=${['cultural']}
      ></annals-legend>`,
    );
    await expect(legend).to.be.accessible();
  });

  it('an axis has no violations', async () => {
    const ticks = [0, 1, 2].map((i) => ({
      time: i,
      x: 100 + i * 200,
      label: `${2011 + i}`,
      labelStart: 85 + i * 200,
      labelEnd: 115 + i * 200,
      major: i === 0,
    }));
    const axis = await fixture<AnnalsAxis>(
      html`<annals-axis
        .ticks=${ticks}
        .breaks=${[{ start: 0, end: 1, x: 400, x2: 432 }]}
      ></annals-axis>`,
    );
    await expect(axis).to.be.accessible();
  });

  it('an overview has no violations', async () => {
    const overview = await fixture<AnnalsOverview>(
      html`<annals-overview
        .marks=${[0.1, 0.5, 0.9]}
        .window=${{ start: 0.2, end: 0.6 }}
      ></annals-overview>`,
    );
    await expect(overview).to.be.accessible();
  });
});
