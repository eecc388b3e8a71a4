import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import '../../src/define.js';
import type { AnnalsEventCard } from '../../src/components/event-card/event-card.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import { toCivilDate } from '../../src/core/date.js';
import type { TimelineEvent } from '../../src/core/types.js';
import { clearHash, TimelineHarness } from '../helpers/timeline-harness.js';

/** An element of a page's own whose shadow root holds a timeline. */
class ShadowHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<div style="width:1280px"><annals-timeline src="/data/kazakhstan-turkmenistan.json"></annals-timeline></div>';
  }
}
customElements.define('test-shadow-host', ShadowHost);

describe('every host', () => {
  before(async () => {
    await setViewport({ width: 1300, height: 900 });
  });
  afterEach(() => clearHash());

  it('works inside another element’s shadow root: loads, draws, and is browsed by keyboard', async () => {
    const host = await fixture<ShadowHost>(html`<test-shadow-host></test-shadow-host>`);
    const el = host.shadowRoot!.querySelector('annals-timeline')!;
    const t = new TimelineHarness(el);
    await waitUntil(() => t.buttons().length === 4, 'not drawn in a shadow root', {
      timeout: 5000,
    });
    await t.waitForRender();
    t.buttons()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(
      () => el.shadowRoot!.activeElement === t.buttons()[1],
      'arrow key did not move',
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.selected === t.buttons()[1]!.dataset.id, 'Enter did not select');
  });

  it('two timelines on one page share no state', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="width:1280px">
        <annals-timeline id="a" .data=${kazakhstanTurkmenistan}></annals-timeline>
        <annals-timeline id="b" .data=${rome}></annals-timeline>
      </div>`,
    );
    const [a, b] = [...root.querySelectorAll('annals-timeline')] as AnnalsTimeline[];
    const ta = new TimelineHarness(a!);
    const tb = new TimelineHarness(b!);
    await ta.waitForScene();
    await tb.waitForScene();
    const rangeB = b!.visibleRange!;
    const idsB = tb.ids();
    a!.selected = 'state-visit-2013';
    await a!.zoomBy(4, { animate: false });
    await ta.waitForRender();
    await tb.waitForRender();
    expect(b!.selected).to.equal(null);
    expect(b!.visibleRange!.start.getTime()).to.equal(rangeB.start.getTime());
    expect(tb.ids()).to.deep.equal(idsB);
    expect(b!.normalized.title).to.equal(rome.title);
  });

  it('two timelines with the same deep-link key: one console warning says so', async () => {
    const seen: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => seen.push(args.join(' '));
    try {
      await fixture(
        html`<div style="width:1280px">
          <annals-timeline deep-link="same" .data=${kazakhstanTurkmenistan}></annals-timeline>
          <annals-timeline deep-link="same" .data=${kazakhstanTurkmenistan}></annals-timeline>
          <annals-timeline deep-link="other" .data=${kazakhstanTurkmenistan}></annals-timeline>
        </div>`,
      );
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      console.warn = warn;
    }
    const about = seen.filter((w) => w.includes('deep-link key'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('"same"');
  });

  it('an article column that indents and centres its text lays out none of the timeline’s own', async () => {
    // A CMS's embed block: `text-indent` and `text-align` are inherited into every shadow root.
    const root = await fixture<HTMLElement>(
      html`<div style="width:640px; text-indent: 2em; text-align: center">
        <annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    const t = new TimelineHarness(root.querySelector('annals-timeline')!);
    await t.waitForScene();
    await t.select('state-visit-2013');
    await t.cardElement().updateComplete;
    const card = t.cardElement().shadowRoot!;
    const legend = root
      .querySelector('annals-timeline')!
      .shadowRoot!.querySelector('annals-legend')!.shadowRoot!;
    // Buttons have the browser's own (centred, not indented): what holds them inherits.
    for (const el of [
      t.legendButtons()[0]!.parentElement!,
      legend.querySelector('[part~="list"]') ?? legend.firstElementChild!,
      t.toolbar()!.querySelector('label')!,
      card.querySelector('[part~="title"]')!,
      card.querySelector('[part~="summary"]')!,
    ]) {
      const style = getComputedStyle(el);
      expect(style.textIndent, el.outerHTML.slice(0, 60)).to.equal('0px');
      expect(style.textAlign, el.outerHTML.slice(0, 60)).to.not.equal('center');
    }
  });

  it('<annals-event-card> alone accepts an event without its optional lists', async () => {
    const event = {
      id: 'state-visit-2013',
      title: 'State visit of President Berdimuhamedow to Kazakhstan',
      start: toCivilDate('2013-05-10').ok
        ? (toCivilDate('2013-05-10') as { date: TimelineEvent['start'] }).date
        : undefined,
    } as unknown as TimelineEvent;
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card .event=${event}></annals-event-card>`,
    );
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain(
      'State visit',
    );
    expect(card.shadowRoot!.querySelector('[part~="date"]')!.textContent).to.contain('2013');
    // And one with nothing but a title does not break either.
    card.event = { id: 'x', title: 'Only a title' } as unknown as TimelineEvent;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Only a title');
  });
});
