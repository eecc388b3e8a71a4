/**
 * The static export in the page: `toSVG()` draws what is shown as the Node CLI draws it (the same
 * positions, compared with the CLI's own output, served by tests/server/fixtures.mjs), `toPNG()`
 * rasterises it at twice the size, the toolbar downloads both and says why when it cannot.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import { warningsOf } from '../helpers/console.js';
import { TimelineHarness, mountFlagship } from '../helpers/timeline-harness.js';

/** An SVG document's root and its events' groups, read with the browser's XML parser. */
function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  const root = doc.documentElement;
  const events = [...root.querySelectorAll('g.annals-event')].map((g) => ({
    id: g.getAttribute('data-id')!,
    x: Number(g.getAttribute('data-x')),
  }));
  return {
    root,
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
    events,
  };
}

/** The CLI's SVG of the flagship, rendered in Node with these options. */
async function inNode(options: Record<string, string | number>): Promise<string> {
  const query = new URLSearchParams(
    Object.entries(options).map(([k, v]) => [k, String(v)]),
  ).toString();
  const res = await fetch(`/__annals-test/export-svg?${query}`);
  const text = await res.text();
  if (!res.ok) throw new Error(text);
  return text;
}

/**
 * Every event of the page's export is where the Node export puts it (to 0.01 px). Their labels
 * are fitted to different widths (the page's font, the core's estimate), so their lanes, and the
 * height they take, may differ.
 */
function expectSamePositions(page: string, node: string) {
  const a = parse(page);
  const b = parse(node);
  expect(a.width).to.equal(b.width);
  expect(a.events.map((e) => e.id)).to.deep.equal(b.events.map((e) => e.id));
  expect(a.events.length).to.be.greaterThan(0);
  a.events.forEach((e, i) => {
    expect(Math.abs(e.x - b.events[i]!.x), e.id).to.be.lessThan(0.01);
  });
}

describe('export: toSVG() and toPNG()', () => {
  after(async () => {
    await fixture(html`<div></div>`);
  });

  it('toSVG() of the fitted flagship puts every event where the CLI does', async () => {
    const t = await mountFlagship({ width: 1200 });
    const svg = await t.element.toSVG();
    const { width } = parse(svg);
    expect(width).to.equal(t.element.scene!.width);
    expectSamePositions(svg, await inNode({ width, locale: 'en-GB' }));
    // Every mark is where the page draws it, too: only label widths are estimated.
    const page = new Map(t.element.scene!.items.map((i) => [i.id, i.x]));
    for (const e of parse(svg).events)
      if (page.has(e.id)) expect(Math.abs(e.x - page.get(e.id)!), e.id).to.be.lessThan(0.01);
  });

  it('toSVG() of a zoomed view shows the same window as the CLI’s --from --to', async () => {
    const t = await mountFlagship({ width: 1000 });
    await t.element.zoomTo('2009-01-01', '2013-01-01', { animate: false });
    await t.waitForRender();
    const svg = await t.element.toSVG();
    const parsed = parse(svg);
    expect(parsed.events.map((e) => e.id)).to.deep.equal(['silk-way-rally-2009']);
    expectSamePositions(
      svg,
      await inNode({ width: parsed.width, from: '2009', to: '2012', locale: 'en-GB' }),
    );
  });

  it('toSVG() carries a theme stylesheet into the picture, as the CLI’s --theme does', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/src/themes/publication.css';
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    try {
      await loaded;
      const t = await mountFlagship({ width: 1100 });
      const svg = await t.element.toSVG();
      const node = await inNode({ width: parse(svg).width, theme: 'publication', locale: 'en-GB' });
      expectSamePositions(svg, node);
      const font = (s: string) => parse(s).root.querySelector('[font-family]')!;
      expect(font(svg).getAttribute('font-family')).to.equal(
        font(node).getAttribute('font-family'),
      );
      expect(font(svg).getAttribute('font-family')).to.match(/Georgia/);
      expect(font(svg).getAttribute('font-size')).to.equal('14');
      const fills = (s: string) =>
        [...parse(s).root.querySelectorAll('.annals-marker')].map((m) => m.getAttribute('fill'));
      expect(fills(svg)).to.deep.equal(fills(node));
      expect(fills(svg)).to.include('#111111');
    } finally {
      link.remove();
    }
  });

  it('toSVG() follows the page’s own token values and hidden categories', async () => {
    const t = await mountFlagship({ width: 1000 });
    t.element.style.setProperty('--annals-category-1', '#ff00aa');
    t.element.style.setProperty('--annals-color-background', 'rgb(250, 250, 240)');
    const svg = await t.element.toSVG();
    expect(svg).to.contain('fill="#ff00aa"');
    expect(svg).to.contain('class="annals-background" fill="rgb(250, 250, 240)"');
    await t.toggleCategory('Cultural cooperation');
    const ids = parse(await t.element.toSVG()).events.map((e) => e.id);
    expect(ids).to.deep.equal(['dissolution-of-the-soviet-union', 'state-visit-2013']);
  });

  it('toSVG() fits labels to the widths of a wide house font, so they never overlap', async () => {
    const t = await TimelineHarness.mount(
      html`<div style="width:1000px">
        <annals-timeline
          layout="horizontal"
          style="--annals-font: 'DejaVu Serif', serif; --annals-font-size: 18px"
          .data=${{
            title: 'Commissions',
            events: Array.from({ length: 60 }, (_, i) => ({
              id: `c${i}`,
              title: `Agreement on the delimitation of the Kazakhstan–Turkmenistan border, round ${i + 1}`,
              start: new Date(Date.UTC(2000, 0, 1 + i * 6)).toISOString().slice(0, 10),
            })),
          }}
        ></annals-timeline>
      </div>`,
    );
    const svg = await t.element.toSVG();
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.append(parse(svg).root);
    const labels = [...box.querySelectorAll<SVGTextElement>('.annals-label')].map((l) =>
      l.getBoundingClientRect(),
    );
    expect(labels.length).to.be.at.least(6);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
  });

  it('toPNG() gives a PNG twice the size of the SVG', async () => {
    const t = await mountFlagship({ width: 900 });
    const { width, height } = parse(await t.element.toSVG());
    const png = await t.element.toPNG();
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([width * 2, height * 2]);
    const one = await createImageBitmap(await t.element.toPNG(1));
    expect([one.width, one.height]).to.deep.equal([width, height]);
  });

  it('rings the selected event and, asked to, adds a key of the categories', async () => {
    const t = await mountFlagship({ width: 1000 });
    t.element.selected = 'state-visit-2013';
    await t.waitForRender();
    const plain = new DOMParser().parseFromString(await t.element.toSVG(), 'image/svg+xml');
    const ring = plain.querySelector('[data-id="state-visit-2013"] .annals-selected');
    expect(ring, 'the selection ring').to.exist;
    expect(plain.querySelectorAll('.annals-selected').length).to.equal(1);
    expect(plain.querySelector('.annals-legend')).to.equal(null);
    const keyed = new DOMParser().parseFromString(
      await t.element.toSVG({ legend: true }),
      'image/svg+xml',
    );
    const labels = [...keyed.querySelectorAll('.annals-legend text')].map((n) => n.textContent);
    expect(labels).to.deep.equal(['Political relations', 'Cultural cooperation']);
    // The drawing moves down by the key's height; the picture grows by as much.
    const h = (d: Document) => Number(d.documentElement.getAttribute('height'));
    expect(h(keyed)).to.be.greaterThan(h(plain));
  });

  it('two pictures inlined in one page, each with its own idPrefix, name their own title and clip their own axis', async () => {
    const narrow = await mountFlagship({ width: 600, layout: 'horizontal' });
    const wide = await TimelineHarness.mount(
      html`<div style="width:1000px">
        <annals-timeline .data=${{ ...kazakhstanTurkmenistan, title: 'Second picture' }}>
        </annals-timeline>
      </div>`,
    );
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const strip = (svg: string) => svg.replace(/<\?xml[^>]*>/, '');
    box.innerHTML =
      strip(await narrow.element.toSVG({ idPrefix: 'first' })) +
      strip(await wide.element.toSVG({ idPrefix: 'second' }));
    const [one, two] = [...box.querySelectorAll('svg')];
    const named = (svg: SVGSVGElement) =>
      document.getElementById(svg.getAttribute('aria-labelledby')!.split(' ')[0]!)?.textContent;
    expect(named(one!)).to.equal(kazakhstanTurkmenistan.title);
    expect(named(two!)).to.equal('Second picture');
    const clip = (svg: SVGSVGElement) =>
      /url\(#([^)]+)\)/.exec(svg.querySelector('[clip-path]')!.getAttribute('clip-path')!)![1]!;
    expect(two!.querySelector(`#${clip(two!)}`), 'the second clips its axis with its own path').to
      .exist;
  });

  describe('the toolbar’s downloads', () => {
    it('are offered only with the downloads attribute', async () => {
      const t = await mountFlagship({ width: 1000 });
      expect(t.root.querySelector('.download')).to.equal(null);
      t.element.downloads = true;
      await t.waitForRender();
      expect(t.root.querySelectorAll('.download button').length).to.equal(2);
    });

    let saved: { name: string; href: string }[] = [];
    const capture = (ev: Event) => {
      const a = ev.target as HTMLAnchorElement;
      if (a.localName !== 'a' || !a.download) return;
      ev.preventDefault();
      saved.push({ name: a.download, href: a.href });
    };
    beforeEach(() => {
      saved = [];
      document.addEventListener('click', capture, true);
    });
    afterEach(() => document.removeEventListener('click', capture, true));

    it('save the picture as "<title>.svg" and "<title>.png"', async () => {
      const t = await mountFlagship({ width: 1000 });
      t.element.downloads = true;
      await t.waitForRender();
      t.toolbarButton('Download SVG').click();
      await t.waitForRender();
      t.toolbarButton('Download PNG').click();
      // Until both are saved, however long a busy machine takes to draw the PNG.
      await waitUntil(() => saved.length === 2, 'both pictures saved', { timeout: 10_000 });
      expect(saved.map((s) => s.name)).to.deep.equal([
        'Kazakhstan–Turkmenistan relations.svg',
        'Kazakhstan–Turkmenistan relations.png',
      ]);
      const svg = await (await fetch(saved[0]!.href)).text();
      expect(svg).to.equal(await t.element.toSVG());
      const png = await (await fetch(saved[1]!.href)).blob();
      expect(png.type).to.equal('image/png');
    });

    it('say why when the PNG cannot be made, and warn in the console', async () => {
      const t = await mountFlagship({ width: 1000 });
      t.element.downloads = true;
      await t.waitForRender();
      const toBlob = HTMLCanvasElement.prototype.toBlob;
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        callback(null);
      };
      const message = () =>
        t.root.querySelector('[role="status"]#goto-message')?.textContent?.trim() ?? '';
      let warnings: string[];
      try {
        warnings = await warningsOf(async () => {
          t.toolbarButton('Download PNG').click();
          // The canvas stays broken until the failure is said, however long the drawing takes.
          await waitUntil(() => message() !== '', 'the failure was not said', { timeout: 10_000 });
          await t.waitForRender();
        });
      } finally {
        HTMLCanvasElement.prototype.toBlob = toBlob;
      }
      expect(saved).to.deep.equal([]);
      const status = t.root.querySelector('[role="status"]#goto-message')!.textContent!.trim();
      expect(status).to.equal(
        'The PNG picture could not be made (the canvas could not be encoded as PNG)',
      );
      expect(warnings.join('\n')).to.contain('the PNG export failed');
    });

    it('are named for assistive technology and go with the toolbar', async () => {
      const t = await mountFlagship({ width: 1000 });
      t.element.downloads = true;
      await t.waitForRender();
      const group = t.toolbarButton('Download SVG').closest('[role="group"]')!;
      expect(group.getAttribute('aria-label')).to.equal('Download');
      expect(t.toolbarButton('Download PNG').closest('[role="group"]')).to.equal(group);
      t.element.noToolbar = true;
      await t.waitForRender();
      expect(t.toolbar()).to.equal(null);
    });
  });

  it('looks like the page: the flagship’s SVG in an <img> at 1280 px', async () => {
    await setViewport({ width: 1280, height: 600 });
    await resetMouse();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const t = await TimelineHarness.mount(
        html`<annals-timeline
          locale="en-GB"
          style="--annals-font: 'DejaVu Sans'"
          .data=${kazakhstanTurkmenistan}
        ></annals-timeline>`,
      );
      const el: AnnalsTimeline = t.element;
      const svg = await el.toSVG();
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      const holder = await fixture<HTMLDivElement>(
        html`<div style="display:inline-block;line-height:0"><img alt="" src=${url} /></div>`,
      );
      const img = holder.querySelector('img')!;
      await img.decode();
      expect(img.naturalWidth).to.equal(parse(svg).width);
      await visualDiff(holder, 'export-flagship-1280');
      URL.revokeObjectURL(url);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
