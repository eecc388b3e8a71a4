/** Hostile and malformed input: the timeline reports it, draws what is valid, and stays finite and contained. */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import type { DatasetInput, EventInput } from '../../src/core/types.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** Collects console.warn calls while `fn` runs. */
async function warnings(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

async function mount(data: unknown, attrs = ''): Promise<TimelineHarness> {
  const root = await fixture<HTMLElement>(html`<div style="width:1000px"></div>`);
  root.innerHTML = `<annals-timeline ${attrs}></annals-timeline>`;
  const el = root.firstElementChild as AnnalsTimeline;
  el.data = data as DatasetInput;
  const t = new TimelineHarness(el);
  await t.waitForScene();
  return t;
}

/** Every inline style value the shadow DOM holds, for NaN and Infinity hunts. */
function inlineStyles(t: TimelineHarness): string[] {
  const roots: ShadowRoot[] = [t.root];
  const out: string[] = [];
  while (roots.length) {
    const r = roots.pop()!;
    for (const el of r.querySelectorAll<HTMLElement>('*')) {
      if (el.getAttribute('style')) out.push(el.getAttribute('style')!);
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  return out;
}

const visit = kazakhstanTurkmenistan.events[3]!;

describe('<annals-timeline> with hostile input', () => {
  beforeEach(() => setViewport({ width: 1100, height: 800 }));

  it('a getter that throws is a problem of that event; the other events still draw', async () => {
    const bad = {
      id: 'bad',
      start: '2000',
      get title(): string {
        throw new Error('boom');
      },
    };
    const t = await mount({
      title: 'T',
      events: [bad, { id: 'ok', title: 'Fine', start: '2001' }],
    });
    expect(t.ids()).to.deep.equal(['ok']);
    expect(t.element.problems.some((p) => p.item.includes('bad') && p.field === 'title')).to.equal(
      true,
    );
  });

  it('a revoked Proxy as an event, and an events array with a throwing forEach, never throw', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const events: unknown[] = [proxy, { id: 'ok', title: 'Fine', start: '2001' }];
    Object.defineProperty(events, 'forEach', {
      value: () => {
        throw new Error('no');
      },
    });
    const t = await mount({ title: 'T', events });
    expect(t.ids()).to.deep.equal(['ok']);
    expect(t.element.problems.length).to.be.greaterThan(0);
  });

  it('events at -262000 and 2013: the out-of-range year is a problem, and every drawn number is finite', async () => {
    const t = await mount({
      title: 'T',
      events: [
        { id: 'deep', title: 'Far past', start: '-262000' },
        { id: 'near', title: 'Near', start: '2013' },
        { id: 'edge', title: 'Edge of the range', start: '-249999' },
      ],
    });
    expect(t.element.problems.map((p) => p.item)).to.deep.equal(['"deep"']);
    expect(t.ids()).to.have.members(['edge', 'near']);
    for (const s of inlineStyles(t)) expect(s).to.not.match(/NaN|Infinity/);
    const r = t.visibleRange();
    expect(Number.isFinite(r.start.getTime()) && Number.isFinite(r.end.getTime())).to.equal(true);
    await t.element.goTo('edge', { animate: false });
    expect(t.element.selected).to.equal('edge');
  });

  it('an event given as new Date(8.64e15) is reported, not accepted and never drawn', async () => {
    const t = await mount({
      title: 'T',
      events: [
        { id: 'huge', title: 'Huge', start: new Date(8.64e15) as unknown as string },
        { id: 'ok', title: 'Fine', start: '2001' },
      ],
    });
    expect(t.ids()).to.deep.equal(['ok']);
    expect(t.element.problems.some((p) => p.item === '"huge"')).to.equal(true);
  });

  it('a category colour that is CSS injection is a problem, and nothing leaves the timeline', async () => {
    const beacon = 'red;position:fixed;inset:0;z-index:2147483647;background:url(/beacon.png)';
    const t = await mount({
      title: 'T',
      categories: [{ id: 'c', label: 'C', color: beacon }],
      events: [{ id: 'a', title: 'A', start: '2000', category: 'c' }],
    });
    expect(t.element.problems.some((p) => p.field === 'color')).to.equal(true);
    const b = t.button('a');
    expect(b.style.getPropertyValue('--_color')).to.not.contain('fixed');
    expect(getComputedStyle(b).position).to.not.equal('fixed');
    expect(b.getBoundingClientRect().width).to.be.below(1000);
    expect(
      performance.getEntriesByType('resource').some((e) => e.name.includes('beacon')),
    ).to.equal(false);
  });

  it('100 000 characters of id are cut in every problem text', async () => {
    const id = 'x'.repeat(100_000);
    const t = await mount({ title: 'T', events: [{ id, title: 'A', start: 'not a date' }] });
    t.element.showProblems = true;
    await t.element.updateComplete;
    expect(t.problemsList()).to.have.length(1);
    for (const line of t.problemsList()) expect(line.length).to.be.below(800);
  });

  it('the problems list shows the first 50, then "and N more"; the console gets one grouped warning', async () => {
    const events: EventInput[] = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: i < 280 ? 'nope' : `20${String(i - 270).padStart(2, '0')}`,
    }));
    let t!: TimelineHarness;
    const seen = await warnings(async () => {
      t = await mount({ title: 'T', events });
    });
    expect(t.element.problems).to.have.length(280);
    // Readers see how many events could not be shown; developers ask for the list.
    expect(t.problemsList()).to.deep.equal([]);
    expect(t.root.querySelector('[part~="notice"]')!.textContent!.trim()).to.equal(
      '280 events could not be shown.',
    );
    t.element.showProblems = true;
    await t.element.updateComplete;
    const list = t.problemsList();
    expect(list).to.have.length(51);
    expect(list.at(-1)).to.equal('and 230 more');
    const grouped = seen.filter((w) => w.includes('problem'));
    expect(grouped).to.have.length(1);
    expect(grouped[0]!.split('\n').length).to.be.below(60);
  });

  for (const [attrs, text] of [
    ['min-zoom="banana"', 'min-zoom'],
    ['max-zoom="-3"', 'max-zoom'],
    ['layout="x"', 'layout'],
    ['gaps="sometimes"', 'gaps'],
  ] as const) {
    it(`${attrs} falls back to the default with one console warning`, async () => {
      let t!: TimelineHarness;
      const seen = await warnings(async () => {
        t = await mount(kazakhstanTurkmenistan, attrs);
        await t.element.zoomBy(2, { animate: false });
        await t.waitForRender();
      });
      expect(seen.filter((w) => w.includes(text))).to.have.length(1);
      expect(t.ids().length).to.be.greaterThan(0);
      expect(t.element.orientation).to.equal('horizontal');
    });
  }

  it('a visit far off the view is still reachable with goTo after zooming to the limit elsewhere', async () => {
    const t = await mount(kazakhstanTurkmenistan);
    await t.element.zoomTo('1991-06-01', '1991-06-01', { animate: false });
    await t.element.goTo(visit.id, { animate: false });
    const it = t.element.scene!.items.find((i) => i.id === visit.id)!;
    expect(it.x).to.be.within(0, t.element.scene!.length);
  });
});

describe('styles are set from script', () => {
  it('no element template builds a style attribute from text: positions and colours go through styleProps (CSSOM)', async () => {
    const files = [
      'timeline/drawing.ts',
      'timeline/toolbar.ts',
      'timeline/problems.ts',
      'timeline/timeline.ts',
      'axis/axis.ts',
      'overview/overview.ts',
      'legend/legend.ts',
      'event-card/event-card.ts',
    ];
    for (const f of files) {
      const text = await (await fetch(`/src/components/${f}`)).text();
      expect(text.length, f).to.be.greaterThan(100);
      // A style binding is allowed only as the whole attribute value, through styleMap.
      for (const m of text.matchAll(/style=\$\{([^}]*)/g))
        expect(
          m[1]!.trim().startsWith('styleProps(') || m[1]!.trim().startsWith('at('),
          `${f}: ${m[0]}`,
        ).to.equal(true);
      expect(/style="/.test(text), `${f} writes a style attribute as text`).to.equal(false);
      // Lit's styleMap writes its first render as attribute text, which style-src 'self' blocks.
      expect(/styleMap/.test(text), `${f} uses styleMap`).to.equal(false);
    }
  });
});
