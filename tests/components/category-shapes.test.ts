/**
 * More categories than the palette has colours: colours repeat after the sixth, so each later
 * round of six takes its own marker shape, on the page, in its legend and in the export alike.
 */
import { expect, html } from '@open-wc/testing';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import '../../src/define.js';

/** 13 categories; events in the 1st, 7th and 13th (the same colour, three rounds of six). */
const categories = Array.from({ length: 13 }, (_, i) => ({ id: `c${i}`, label: `Kind ${i}` }));
const data = {
  title: 'Shapes',
  categories,
  events: [
    { id: 'first', title: 'First', start: '2001-01-01', category: 'c0' },
    { id: 'seventh', title: 'Seventh', start: '2003-01-01', category: 'c6' },
    { id: 'thirteenth', title: 'Thirteenth', start: '2005-01-01', category: 'c12' },
    { id: 'span', title: 'Span', start: '2001-06-01', end: '2002-06-01', category: 'c6' },
  ],
};

async function mount() {
  const h = await TimelineHarness.mount(
    html`<annals-timeline style="width: 900px" .data=${data}></annals-timeline>`,
  );
  return h;
}

const markOf = (h: TimelineHarness, id: string) =>
  getComputedStyle(h.button(id).querySelector<HTMLElement>('.mark, .bar')!);

describe('categories past the palette: shapes', () => {
  it('draws the categories that share a colour in different shapes', async () => {
    const h = await mount();
    const [a, b, c] = ['first', 'seventh', 'thirteenth'].map((id) => markOf(h, id));
    // One colour for the three: the palette repeats after six.
    expect(a!.backgroundColor).to.equal(b!.backgroundColor);
    expect(a!.backgroundColor).to.equal(c!.backgroundColor);
    // Round, square, diamond.
    expect(a!.borderRadius).to.equal('50%');
    expect(b!.borderRadius).to.equal('1px');
    expect(b!.transform).to.equal('none');
    expect(c!.transform).to.not.equal('none');
    // The 7th category's range is outlined: no fill of its colour, an inset ring of it.
    const bar = markOf(h, 'span');
    expect(bar.backgroundColor).to.not.equal(a!.backgroundColor);
    expect(bar.boxShadow).to.contain('inset');
  });

  it('keeps the outline of a selected outlined bar, inside the selection ring', async () => {
    const h = await mount();
    h.element.selected = 'span';
    await h.waitForRender();
    const shadow = markOf(h, 'span').boxShadow;
    // Its category's colour, inset, and the selection's ring around it.
    expect(shadow).to.contain('inset');
    expect(shadow.split(/,(?![^(]*\))/)).to.have.length(2);
  });

  it('gives the legend the same shapes', async () => {
    const h = await mount();
    const swatches = h
      .legendButtons()
      .map((b) => getComputedStyle(b.querySelector<HTMLElement>('[part~="swatch"]')!));
    expect(swatches).to.have.length(13);
    expect(swatches[0]!.backgroundColor).to.equal(swatches[6]!.backgroundColor);
    expect([swatches[0], swatches[6], swatches[12]].map((s) => s!.borderRadius)).to.deep.equal([
      '50%',
      '1px',
      '1px',
    ]);
    expect(swatches[12]!.transform).to.not.equal('none');
    expect(swatches[5]!.borderRadius).to.equal('50%');
  });

  it('exports the same shapes as SVG, in the drawing and its legend', async () => {
    const h = await mount();
    const doc = new DOMParser().parseFromString(
      await h.element.toSVG({ legend: true }),
      'image/svg+xml',
    );
    const marker = (id: string) =>
      doc.querySelector(`g.annals-event[data-id="${id}"] .annals-marker`)?.localName;
    expect([marker('first'), marker('seventh'), marker('thirteenth')]).to.deep.equal([
      'circle',
      'rect',
      'polygon',
    ]);
    const bar = doc.querySelector('g.annals-event[data-id="span"] .annals-bar')!;
    expect(bar.getAttribute('fill')).to.not.equal(bar.getAttribute('stroke'));
    expect(bar.getAttribute('stroke-width')).to.equal('2');
    const key = [...doc.querySelectorAll('g.annals-legend > :not(text)')].map((e) => e.localName);
    expect(key.slice(0, 6)).to.deep.equal(Array(6).fill('circle'));
    expect(key.slice(6, 12)).to.deep.equal(Array(6).fill('rect'));
    expect(key[12]).to.equal('polygon');
  });
});

describe('an event without a category among categorised ones', () => {
  const mixed = {
    title: 'Mixed',
    categories: [{ id: 'c0', label: 'Kind 0' }],
    events: [
      { id: 'kind', title: 'Of kind 0', start: '2001-01-01', category: 'c0' },
      { id: 'none', title: 'Of no kind', start: '2004-01-01' },
    ],
  };

  it('is drawn in the muted colour, not as one of the first category (page and export)', async () => {
    const h = await TimelineHarness.mount(
      html`<annals-timeline style="width: 900px" .data=${mixed}></annals-timeline>`,
    );
    const [kind, none] = ['kind', 'none'].map((id) => markOf(h, id).backgroundColor);
    const muted = getComputedStyle(h.root.querySelector('[part~="base"]')!)
      .getPropertyValue('--_muted')
      .trim();
    expect(none).to.not.equal(kind);
    const probe = document.createElement('span');
    probe.style.color = muted;
    document.body.append(probe);
    expect(none).to.equal(getComputedStyle(probe).color);
    probe.remove();
    const doc = new DOMParser().parseFromString(await h.element.toSVG(), 'image/svg+xml');
    const fill = (id: string) =>
      doc.querySelector(`g.annals-event[data-id="${id}"] .annals-marker`)?.getAttribute('fill');
    expect(fill('none')).to.not.equal(fill('kind'));
    // The muted colour itself, as on the page: the accent, the marker's colour, differs from the
    // first category's too, so a picture still drawn in it would pass the line above.
    expect(fill('none')).to.equal(muted);
  });

  it('keeps the marker colour where no event has a category', async () => {
    const plain = { title: 'Plain', events: mixed.events.slice(1) };
    const h = await TimelineHarness.mount(
      html`<annals-timeline
        style="width: 900px; --annals-marker-color: rgb(1, 2, 3)"
        .data=${plain}
      ></annals-timeline>`,
    );
    expect(markOf(h, 'none').backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
