// The static export in Node, with no DOM: renderSvg/renderDatasetSvg, and the `annals` command
// built as the package builds it, run as a user runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildTestCli, render } from './load-render.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const flagship = render.validateDataset(render.kazakhstanTurkmenistan).dataset;
const flagshipFile = join(root, 'data/kazakhstan-turkmenistan.json');

const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/i;
const NAME = '[A-Za-z_][\\w:.-]*';
const TAG = new RegExp(
  `<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
  'y',
);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const decode = (t) =>
  t.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e],
  );

/**
 * A small XML parser that refuses what is not well-formed: one root, every tag closed in order,
 * attributes quoted and unique, only the five entities and character references, no stray `<` or
 * `&`. Returns every element with its attributes and its text (its descendants' too, decoded).
 */
function parseXml(source) {
  const text = source.replace(/^<\?xml[^?]*\?>/, '');
  const elements = [];
  const stack = [];
  let roots = 0;
  let i = 0;
  const checkText = (t) => {
    for (let j = t.indexOf('&'); j >= 0; j = t.indexOf('&', j + 1))
      assert.match(t.slice(j), ENTITY, `a bare & in ${JSON.stringify(t.slice(j, j + 20))}`);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? undefined : lt);
    checkText(chunk);
    if (!stack.length) assert.equal(chunk.trim(), '', 'text outside the root element');
    for (const open of stack) open.text += decode(chunk);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    assert.ok(m, `not a well-formed tag at ${JSON.stringify(text.slice(lt, lt + 60))}`);
    const [whole, closing, name, rawAttrs, selfClosing] = m;
    if (closing) {
      assert.equal(rawAttrs.trim(), '', `attributes on </${name}>`);
      const open = stack.pop();
      assert.equal(open?.name, name, `</${name}> closes <${open?.name}>`);
    } else {
      const attrs = {};
      for (const [, key, dq, sq] of rawAttrs.matchAll(ATTR)) {
        assert.ok(!(key in attrs), `attribute ${key} twice on <${name}>`);
        checkText(dq ?? sq);
        attrs[key] = decode(dq ?? sq);
      }
      if (!stack.length) roots++;
      const el = { name, attrs, text: '', parent: stack.at(-1) ?? null };
      elements.push(el);
      if (!selfClosing) stack.push(el);
    }
    i = lt + whole.length;
  }
  assert.equal(stack.length, 0, `unclosed <${stack.at(-1)?.name}>`);
  assert.equal(roots, 1, 'one root element');
  return elements;
}

const eventGroups = (els) => els.filter((e) => e.attrs.class === 'annals-event');
const childTitle = (els, group) => els.find((e) => e.name === 'title' && e.parent === group)?.text;

describe('renderDatasetSvg: the flagship as an SVG document', () => {
  const svg = render.renderDatasetSvg(flagship, { width: 1280, locale: 'en-GB' });
  const els = parseXml(svg);
  const root = els[0];

  it('is a well-formed, standalone SVG document sized like its scene', () => {
    const scene = render.exportScene(flagship, { width: 1280, locale: 'en-GB' });
    assert.equal(root.name, 'svg');
    assert.equal(root.attrs.xmlns, 'http://www.w3.org/2000/svg');
    assert.equal(Number(root.attrs.width), scene.width);
    assert.equal(Number(root.attrs.height), scene.height);
    assert.equal(root.attrs.viewBox, `0 0 ${scene.width} ${scene.height}`);
    // Nothing outside the document: no links, images, scripts or stylesheets.
    assert.doesNotMatch(svg, /<(script|image|use|style|foreignObject|a)\b|href=|@import/);
    assert.deepEqual(
      [...svg.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]).filter((u) => !u.startsWith('#')),
      [],
    );
  });

  it('names itself for assistive technology: role img, a title and a description', () => {
    assert.equal(root.attrs.role, 'img');
    const [titleId, descId] = root.attrs['aria-labelledby'].split(' ');
    const title = els.find((e) => e.attrs.id === titleId);
    const desc = els.find((e) => e.attrs.id === descId);
    assert.equal(title.name, 'title');
    assert.equal(title.text, 'Kazakhstan–Turkmenistan relations');
    assert.equal(desc.name, 'desc');
    assert.match(desc.text, /^Timeline of 4 events from 1991 to .*2013\. Bilateral relations/);
  });

  it('draws every event in a group with its id, its position and its own title (title and date)', () => {
    const groups = eventGroups(els);
    const scene = render.exportScene(flagship, { width: 1280, locale: 'en-GB' });
    assert.deepEqual(
      groups.map((g) => g.attrs['data-id']),
      flagship.events.map((e) => e.id),
    );
    for (const [i, g] of groups.entries()) {
      const e = flagship.events[i];
      assert.equal(
        childTitle(els, g),
        `${e.title}, ${render.formatRange(e.start, e.end, 'en-GB')}`,
      );
      assert.ok(Math.abs(Number(g.attrs['data-x']) - scene.items[i].x) < 1e-3, e.id);
      // The mark is drawn there: the group's offset and the circle's centre, or the bar's start.
      const [tx] = g.attrs.transform.match(/[-\d.]+/g).map(Number);
      const mark = els.find((x) => /annals-(marker|bar)/.test(x.attrs.class) && x.parent === g);
      const at = mark.name === 'circle' ? Number(mark.attrs.cx) : Number(mark.attrs.x);
      assert.ok(Math.abs(tx + at - scene.items[i].x) < 0.02, e.id);
      // A label shows the scene's fitted lines: the title, or its start and an ellipsis.
      const label = els.find((x) => x.attrs.class === 'annals-label' && x.parent === g);
      assert.ok(label, `${e.id} has a label`);
      assert.equal(label.text, scene.items[i].lines.join(''));
      assert.ok(e.title.startsWith(label.text.replace(/…$/, '')), label.text);
    }
  });

  it('keeps a label whole when it fits its box, whatever floating point does to the box', () => {
    const scene = render.exportScene(flagship, { width: 1200 });
    const soviet = scene.items.find((i) => i.id === 'dissolution-of-the-soviet-union');
    assert.deepEqual(soviet.lines, ['Dissolution of the Soviet Union']);
  });

  it('draws the axis with its tick labels as text, years in bold, and a grid line at each year', () => {
    const scene = render.exportScene(flagship, { width: 1280, locale: 'en-GB' });
    const axis = els.find((e) => e.attrs.class === 'annals-axis');
    const labels = els.filter((e) => e.name === 'text' && e.parent?.parent === axis);
    assert.deepEqual(
      labels.map((l) => l.text),
      scene.ticks.ticks.filter((t) => t.label).map((t) => t.label),
    );
    const bold = labels.filter((l) => l.attrs['font-weight'] === '700').map((l) => l.text);
    assert.deepEqual(
      bold,
      scene.ticks.ticks.filter((t) => t.major).map((t) => t.label),
    );
    assert.ok(bold.includes('2009'));
    const grid = els.find((e) => e.attrs.class === 'annals-grid');
    assert.equal(
      els.filter((e) => e.name === 'line' && e.parent === grid).length,
      scene.ticks.ticks.filter((t) => t.boundary).length,
    );
    // The first tick names its year in bold, but only a year's start has a grid line.
    assert.ok(scene.ticks.ticks.filter((t) => t.boundary).length > 0);
    assert.ok(scene.ticks.ticks.every((t) => !t.boundary || new Date(t.time).getUTCMonth() === 0));
    assert.equal(els.filter((e) => e.attrs.class === 'annals-break').length, scene.breaks.length);
  });

  it('takes its colours, font and line widths from the default tokens', () => {
    const font = els.find((e) => e.attrs['font-family']);
    assert.equal(font.attrs['font-family'], render.DEFAULT_FONT_FAMILY);
    assert.equal(font.attrs['font-size'], '13');
    assert.equal(font.attrs.fill, '#1a1a1a');
    assert.ok(els.some((e) => e.attrs.class === 'annals-background' && e.attrs.fill === '#ffffff'));
    // The two categories take the palette's first two colours.
    const markers = els.filter((e) => e.attrs.class === 'annals-marker').map((e) => e.attrs.fill);
    assert.deepEqual([...new Set(markers)].sort(), ['#1f5f99', '#b0432a']);
  });
});

describe('renderDatasetSvg: options', () => {
  it('escapes hostile text, so it stays text', () => {
    const hostile = `<script>alert(1)</script> & "quoted" 'apos' ]]> \u0001`;
    const { dataset } = render.validateDataset({
      title: hostile,
      description: hostile,
      categories: [{ id: 'x', label: hostile }],
      eras: [{ id: 'era', title: hostile, start: '2001', end: '2003' }],
      events: [
        { id: 'a"<b>', title: hostile, start: '2001', category: 'x' },
        { id: 'b', title: `${hostile} again`, start: '2002', end: '2003' },
      ],
    });
    const svg = render.renderDatasetSvg(dataset, { width: 900 });
    const els = parseXml(svg);
    assert.doesNotMatch(svg, /<script|<b>/);
    assert.match(
      svg,
      /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;quoted&quot; &apos;apos&apos;/,
    );
    assert.ok(!svg.includes('\u0001'), 'a control character XML does not allow');
    const titles = els.filter((e) => e.name === 'title').map((e) => e.text);
    assert.ok(titles.includes(`<script>alert(1)</script> & "quoted" 'apos' ]]> `));
    assert.ok(eventGroups(els).some((g) => g.attrs['data-id'] === 'a"<b>'));
  });

  it('shows the window from–to, inclusive of the end date, kept within the span as the page keeps it', () => {
    const svg = render.renderDatasetSvg(flagship, { width: 1200, from: '2009', to: '2012' });
    const els = parseXml(svg);
    const ids = eventGroups(els).map((g) => g.attrs['data-id']);
    assert.ok(!ids.includes('dissolution-of-the-soviet-union'), ids.join());
    assert.deepEqual(ids, ['silk-way-rally-2009']);
    const scene = render.exportScene(flagship, { width: 1200, from: '2009', to: '2012' });
    assert.ok(Math.abs(scene.visible.start - Date.UTC(2009, 0, 1)) < 1000);
    assert.ok(Math.abs(scene.visible.end - Date.UTC(2013, 0, 1)) < 1000);
    assert.match(els.find((e) => e.name === 'desc').text, /Shown: 2009\s–\s2012\./);
    // A bound past the span is cut to it: the window is trimmed, not shifted back before 2009.
    const late = render.exportScene(flagship, { width: 1200, from: '2009', to: '2030' });
    assert.ok(late.visible.end <= render.fitAxis(flagship, 1200, true).domain[1] + 1);
    assert.ok(
      Math.abs(late.visible.start - Date.UTC(2009, 0, 1)) < 1000,
      new Date(late.visible.start).toISOString(),
    );
    // A window wholly outside the span is refused, with the reason.
    assert.throws(
      () => render.exportScene(flagship, { width: 1200, from: '2030', to: '2040' }),
      /holds none of the timeline's span/,
    );
    // An end before the start is said to be so, not taken for a window that misses the data.
    assert.throws(
      () => render.exportScene(flagship, { width: 1200, from: '2013', to: '2009' }),
      /^RangeError: to 2009 ends before from 2013 begins$/,
    );
    // A one-year window is not: `to` is inclusive.
    assert.doesNotThrow(() =>
      render.exportScene(flagship, { width: 1200, from: '2009', to: '2009' }),
    );
  });

  it('names fonts without needless quotes, which the rasteriser would skip after a comma', () => {
    assert.equal(
      render.plainFamilies('Georgia, \'Times New Roman\', "DejaVu Serif", serif'),
      'Georgia, Times New Roman, DejaVu Serif, serif',
    );
    // A quoted generic name is a family of that name, and a name starting with a digit needs them.
    assert.equal(render.plainFamilies("'serif', '3Dumb'"), "'serif', '3Dumb'");
    const svg = render.renderDatasetSvg(flagship, {
      width: 800,
      theme: { '--annals-font': "'Source Serif 4', 'DejaVu Serif', serif" },
    });
    assert.match(svg, /font-family="Source Serif 4, DejaVu Serif, serif"/);
  });

  it('uses a theme’s values and a category’s own colour', () => {
    const { dataset } = render.validateDataset({
      title: 'T',
      categories: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B', color: 'rebeccapurple' },
      ],
      events: [
        { id: '1', title: 'One', start: '2001', category: 'a' },
        { id: '2', title: 'Two', start: '2002', category: 'b' },
        { id: '3', title: 'Three', start: '2003' },
      ],
    });
    const svg = render.renderDatasetSvg(dataset, {
      width: 800,
      theme: {
        '--annals-color-background': '#102030',
        '--annals-color-accent': '#abcdef',
        '--annals-color-muted': '#456789',
        '--annals-category-0': '#00ff00',
        '--annals-font': 'Georgia, serif',
        '--annals-font-size': '15px',
        '--annals-lane-height': '60px',
      },
    });
    const els = parseXml(svg);
    const markers = eventGroups(els).map(
      (g) => els.find((e) => e.attrs.class === 'annals-marker' && e.parent === g).attrs.fill,
    );
    // The palette's token, the category's own colour, and, for an event without a category among
    // categorised ones, the muted colour (not the marker's, the accent, near the first category's).
    assert.deepEqual(markers, ['#00ff00', 'rebeccapurple', '#456789']);
    assert.ok(els.some((e) => e.attrs.class === 'annals-background' && e.attrs.fill === '#102030'));
    const font = els.find((e) => e.attrs['font-family']);
    assert.equal(font.attrs['font-family'], 'Georgia, serif');
    assert.equal(font.attrs['font-size'], '15');
    // The theme's lane height reaches the layout, as on the page.
    const scene = render.exportScene(dataset, {
      width: 800,
      theme: { '--annals-lane-height': '60px' },
    });
    assert.equal(
      render.exportScene(dataset, { width: 800, theme: { '--annals-lane-height': '60px' } })
        .height - render.exportScene(dataset, { width: 800 }).height,
      (60 - 44) * scene.rows[0].lanes,
    );
  });

  it('reads a theme’s font size written with max(), min() or clamp(), rem being 16px', () => {
    const dataset = render.validateDataset(render.apollo).dataset;
    const sizeOf = (theme) =>
      parseXml(render.renderDatasetSvg(dataset, { width: 800, theme })).find(
        (e) => e.attrs['font-family'],
      ).attrs['font-size'];
    // The publication theme's 14px (max(14px, 0.875rem)), not the 13px fallback of a value unread.
    assert.equal(
      sizeOf(render.themeTokens(readFileSync(join(root, 'src/themes/publication.css'), 'utf8'))),
      '14',
    );
    assert.equal(sizeOf({ '--annals-font-size': 'max(15px, 0.8125rem)' }), '15');
    assert.equal(sizeOf({ '--annals-font-size': 'min(20px, 1rem)' }), '16');
    assert.equal(sizeOf({ '--annals-font-size': 'clamp(12px, 1.5rem, 18px)' }), '18');
    assert.equal(sizeOf({ '--annals-font-size': 'max(15px, tall)' }), '13');
  });

  it('grows the sizes that hold text with a theme’s font size, unless the theme sets them', () => {
    const dataset = render.validateDataset(render.apollo).dataset;
    const at = (theme) => render.exportScene(dataset, { width: 800, theme });
    const base = at({});
    const lanes = base.rows[0].lanes;
    assert.ok(lanes > 1);
    const laneOf = (s) => s.items.find((i) => i.lane === 1).box.y - 4;
    assert.equal(laneOf(base), 44);
    // 16px type: every size that holds text grows by 16/13, so lines and lanes keep their room.
    const big = at({ '--annals-font-size': '16px' });
    assert.ok(Math.abs(laneOf(big) - (44 * 16) / 13) < 1e-9, `lane ${laneOf(big)}`);
    for (const it of big.items) assert.ok(Math.abs(it.label.height - (16 * 16) / 13) < 1e-9);
    assert.ok(Math.abs(big.axis.height - (32 * 16) / 13) < 1e-9, `axis ${big.axis.height}`);
    // Smaller type keeps the defaults: sizes never shrink below them.
    assert.equal(laneOf(at({ '--annals-font-size': '11px' })), 44);
    // A size the theme sets is kept as it is, in px or em of the font size.
    assert.equal(laneOf(at({ '--annals-font-size': '16px', '--annals-lane-height': '50px' })), 50);
    assert.equal(laneOf(at({ '--annals-font-size': '15px', '--annals-lane-height': '4em' })), 60);
    // What is not a length (a percentage, a bare number, a word) is the plain default, as a
    // registered <length> falls back to its initial value in the page; the SVG's lines agree.
    // (Raised to what a marker and the grown label line need.)
    const plain = Math.max(44, 14 + (16 * 16) / 13 + 14);
    for (const bad of ['30%', '60', 'tall'])
      assert.equal(
        laneOf(at({ '--annals-font-size': '16px', '--annals-lane-height': bad })),
        plain,
        bad,
      );
    // As the SVG reads it: em of the font size.
    const lineOf = (theme) => {
      const v = render.resolveTokens(theme)['--_m-label-line-height'];
      return parseFloat(v) * (v.endsWith('em') ? 16 : 1);
    };
    const sceneLine = (theme) => at(theme).items[0].label.height;
    for (const line of ['150%', '0.5em', '20px', 'x', '']) {
      const theme = { '--annals-font-size': '16px', '--annals-label-line-height': line };
      assert.equal(lineOf(theme), sceneLine(theme), line);
    }
    // The SVG's label lines are as tall as the layout's.
    const svg = render.renderDatasetSvg(dataset, {
      width: 800,
      theme: { '--annals-font-size': '16px' },
    });
    assert.ok(parseXml(svg).length > 0);
    const resolved = render.resolveTokens({ '--annals-font-size': '16px' });
    assert.equal(parseFloat(resolved['--_m-label-line-height']), (16 * 16) / 13);
    assert.equal(render.resolveTokens({})['--_m-label-line-height'], '16px');
  });

  it('draws the vertical layout with its connectors, and dense data as clusters with counts', () => {
    const apollo = render.validateDataset(render.apollo).dataset;
    const scene = render.exportScene(apollo, { width: 360, orientation: 'vertical' });
    const els = parseXml(render.renderDatasetSvg(apollo, { width: 360, orientation: 'vertical' }));
    assert.equal(eventGroups(els).length, scene.items.length);
    assert.equal(
      els.filter((e) => e.name === 'polyline').length,
      scene.items.filter((i) => i.connector).length,
    );
    assert.ok(
      scene.items.some((i) => i.connector),
      'Apollo at 360 px has connectors',
    );

    const events = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    }));
    const dense = render.validateDataset({ title: 'Dense', events }).dataset;
    const denseScene = render.exportScene(dense, { width: 800 });
    const denseEls = parseXml(render.renderDatasetSvg(dense, { width: 800 }));
    const clusters = denseEls.filter((e) => e.attrs.class === 'annals-cluster');
    assert.ok(denseScene.clusters.length > 0);
    assert.equal(clusters.length, denseScene.clusters.length);
    for (const [i, k] of denseScene.clusters.entries()) {
      assert.equal(childTitle(denseEls, clusters[i]), k.description);
      assert.equal(
        denseEls.find((e) => e.name === 'text' && e.parent === clusters[i]).text,
        k.text,
      );
    }
    // Round-ended, as on the page, unless the theme's corners are square.
    const rx = (svg) =>
      parseXml(svg)
        .filter((e) => e.name === 'rect' && e.parent?.attrs.class === 'annals-cluster')
        .map((e) => Number(e.attrs.rx));
    assert.ok(rx(render.renderDatasetSvg(dense, { width: 800 })).every((r) => r > 5));
    const square = rx(
      render.renderDatasetSvg(dense, { width: 800, theme: { '--annals-radius': '0px' } }),
    );
    assert.equal(square.length, denseScene.clusters.length);
    assert.ok(square.every((r) => r === 0));
  });

  it('refuses a width that is not a positive number and a bound that is not a date', () => {
    assert.throws(() => render.renderDatasetSvg(flagship, { width: 0 }), RangeError);
    assert.throws(() => render.renderDatasetSvg(flagship, { width: NaN }), RangeError);
    assert.throws(
      () => render.renderDatasetSvg(flagship, { width: 800, from: 'soon' }),
      RangeError,
    );
  });
});

describe('the annals command', () => {
  let cli;
  let tmp;
  before(async () => {
    cli = await buildTestCli();
    tmp = mkdtempSync(join(tmpdir(), 'annals-cli-test-'));
  });
  after(() => {
    cli?.remove();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });
  const run = (...args) =>
    spawnSync(process.execPath, [cli.cli, ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64e6,
    });
  const axisText = (svg) => {
    const els = parseXml(svg);
    const axis = els.find((e) => e.attrs.class === 'annals-axis');
    return els.filter((e) => e.name === 'text' && e.parent?.parent === axis).map((e) => e.text);
  };

  it('starts with a shebang, so npm can link it as a bin', () => {
    assert.match(readFileSync(cli.cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('writes the SVG of a file to standard output, the same as renderDatasetSvg', () => {
    const r = run('render', 'data/kazakhstan-turkmenistan.json', '--width', '1000');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    parseXml(r.stdout);
    assert.equal(r.stdout, render.renderDatasetSvg(flagship, { width: 1000 }));
  });

  it('draws TimelineJS groups as rows by default, as the page does', () => {
    const rowLabels = (svg) =>
      parseXml(svg)
        .filter((e) => e.attrs.class === 'annals-row')
        .map((e) => e.children?.length ?? 0);
    const file = 'data/kazakhstan-turkmenistan.timelinejs.json';
    const byDefault = run('render', file);
    assert.equal(byDefault.status, 0, byDefault.stderr);
    assert.ok(rowLabels(byDefault.stdout).length >= 2, 'a row per group');
    const none = run('render', file, '--group-by', 'none');
    assert.equal(none.status, 0, none.stderr);
    assert.equal(rowLabels(none.stdout).length, 0);
  });

  it('reads CSV as well, named after the file when it has no title', () => {
    const r = run('render', 'data/kazakhstan-turkmenistan.csv', '-o', join(tmp, 'csv.svg'));
    assert.equal(r.status, 0, r.stderr);
    const els = parseXml(readFileSync(join(tmp, 'csv.svg'), 'utf8'));
    assert.equal(eventGroups(els).length, 4);
    assert.equal(els.find((e) => e.name === 'title').text, 'kazakhstan-turkmenistan');
  });

  it('shows the window --from --to', () => {
    const r = run('render', flagshipFile, '--from', '2009', '--to', '2012');
    assert.equal(r.status, 0, r.stderr);
    const ids = eventGroups(parseXml(r.stdout)).map((g) => g.attrs['data-id']);
    assert.deepEqual(ids, ['silk-way-rally-2009']);
    const years = axisText(r.stdout).filter((t) => /^\d{4}$/.test(t));
    assert.equal(years[0], '2009');
    assert.ok(!years.includes('1991'));
  });

  it('says a --to before --from is a bad argument (status 2), not a window outside the data', () => {
    const r = run('render', flagshipFile, '--from', '2013', '--to', '2009');
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      /^annals: --to 2009 ends before --from 2013 begins\n\nUsage: annals render/,
    );
    assert.equal(r.stdout, '');
    // The same period at both ends, or a later end at a coarser precision, is a window.
    for (const [from, to] of [
      ['2013', '2013'],
      ['2013-05', '2013'],
    ]) {
      const ok = run('render', flagshipFile, '--from', from, '--to', to);
      assert.equal(ok.status, 0, `${from} ${to}: ${ok.stderr}`);
    }
  });

  it('rings --selected and draws a key with --legend', () => {
    const r = run('render', flagshipFile, '--selected', 'state-visit-2013', '--legend');
    assert.equal(r.status, 0, r.stderr);
    assert.equal((r.stdout.match(/class="annals-selected"/g) ?? []).length, 1);
    assert.match(r.stdout, /class="annals-legend"[^]*Political relations[^]*Cultural cooperation/);
    const plain = run('render', flagshipFile);
    assert.doesNotMatch(plain.stdout, /annals-legend|annals-selected/);
    const unknown = run('render', flagshipFile, '--selected', 'nope');
    assert.equal(unknown.status, 0);
    assert.match(unknown.stderr, /no event has the id "nope"/);
  });

  it('writes dates in the --locale', () => {
    const r = run('render', flagshipFile, '--locale', 'ru', '--from', '2013-01', '--to', '2013-12');
    assert.equal(r.status, 0, r.stderr);
    const labels = axisText(r.stdout);
    assert.ok(labels.includes('май'), labels.join(' '));
    assert.ok(!labels.some((l) => /^[A-Z][a-z]{2}$/.test(l)), labels.join(' '));
    const whole = run('render', flagshipFile, '--locale', 'ru');
    assert.ok(axisText(whole.stdout).includes('июль'));
    // The picture's description is Russian too, apart from the data's own text.
    const desc = /<desc[^>]*>([^<]*)</.exec(whole.stdout)[1];
    assert.match(desc, /^Хронология: 4 события, 1991 – май 2013/);
    assert.ok(!desc.includes('Timeline of'), desc);
  });

  it(
    'draws in a shipped --theme, read from themes/ beside the command',
    {
      skip:
        !existsSync(join(root, 'src/themes/publication.css')) &&
        'src/themes/publication.css is not written yet',
    },
    () => {
      const theme = render.themeTokens(
        readFileSync(join(root, 'src/themes/publication.css'), 'utf8'),
      );
      const r = run('render', flagshipFile, '--theme', 'publication');
      assert.equal(r.status, 0, r.stderr);
      const els = parseXml(r.stdout);
      const font = els.find((e) => e.attrs['font-family']);
      assert.equal(font.attrs['font-family'], theme['--annals-font']);
      const markers = new Set(
        els.filter((e) => e.attrs.class === 'annals-marker').map((e) => e.attrs.fill),
      );
      assert.deepEqual(
        [...markers].sort(),
        [theme['--annals-category-0'], theme['--annals-category-1']].sort(),
      );
      assert.ok(r.stdout.includes(`stroke="${theme['--annals-axis-color']}"`));
      assert.ok(r.stdout.includes(`stroke="${theme['--annals-grid-color']}"`));
      assert.ok(!r.stdout.includes('#1f5f99'), 'no colour of the default theme');
    },
  );

  it('draws in a theme stylesheet of one’s own', () => {
    const css = join(tmp, 'mine.css');
    writeFileSync(
      css,
      `/* mine */ :where(annals-timeline) { --annals-category-0: #c0ffee; --annals-color-background: #fafafa; }
       @media (prefers-color-scheme: dark) { :where(annals-timeline) { --annals-category-0: #000000; } }`,
    );
    const r = run('render', flagshipFile, '--theme', css);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /fill="#c0ffee"/);
    assert.match(r.stdout, /class="annals-background" fill="#fafafa"/);
  });

  it('writes PNG at twice the size with -o out.png', () => {
    const out = join(tmp, 'out.png');
    const r = run('render', flagshipFile, '--width', '800', '-o', out);
    assert.equal(r.status, 0, r.stderr);
    const png = readFileSync(out);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    const height = render.exportScene(flagship, { width: 800 }).height;
    assert.equal(png.readUInt32BE(16), 1600);
    assert.equal(png.readUInt32BE(20), height * 2);
  });

  it('reports the problems of a file, bounded, and still draws its valid events', () => {
    const file = join(tmp, 'problems.json');
    const events = Array.from({ length: 30 }, (_, i) => ({ id: `bad${i}`, title: 'No date' }));
    events.push({ id: 'ok', title: 'Fine', start: '2001' });
    writeFileSync(file, JSON.stringify({ title: 'Some bad', events }));
    const r = run('render', file);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^annals: 30 problems in .*problems\.json; 30 events left out:\n/);
    assert.equal(r.stderr.split('\n').filter((l) => l.startsWith('  - event')).length, 20);
    assert.match(r.stderr, /… and 10 more\n$/);
    assert.deepEqual(
      eventGroups(parseXml(r.stdout)).map((g) => g.attrs['data-id']),
      ['ok'],
    );
  });

  it('reports a sheet’s problems in the order of its rows, the reader’s and validation’s together', () => {
    const file = join(tmp, 'sheet.csv');
    writeFileSync(
      file,
      'Year,Month,Day,Headline,Background\n2013,2,30,Meeting A,\n2013,5,,Meeting B,red\n2014,,,Meeting C,',
    );
    const r = run('render', file);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r.stderr
        .split('\n')
        .filter((l) => l.startsWith('  - '))
        .map((l) => l.replace(/:.*/, '')),
      [
        '  - event row 2 ("Meeting A"), Year/Month/Day/Time',
        '  - event row 3 ("Meeting B"), Background',
      ],
    );
  });

  it('fails with status 1 and a clear message for a file it cannot read or that holds no event', () => {
    const missing = run('render', join(tmp, 'missing.json'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^annals: cannot read .*missing\.json: no such file\n$/);
    assert.equal(missing.stdout, '');
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{"title": "Cut off", "events": [');
    const r = run('render', broken);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^annals: cannot read .*broken\.json: /);
    const empty = join(tmp, 'empty.json');
    writeFileSync(
      empty,
      JSON.stringify({ title: 'None', events: [{ id: 'x', title: 'No date' }] }),
    );
    const e = run('render', empty);
    assert.equal(e.status, 1);
    assert.match(e.stderr, /empty\.json holds no event that can be shown\n$/);
  });

  it('fails with status 2 and the usage for bad arguments; --help prints it', () => {
    for (const args of [
      ['render', flagshipFile, '--bogus'],
      ['render'],
      ['draw', flagshipFile],
      ['render', flagshipFile, '--width', 'wide'],
      ['render', flagshipFile, '--from', 'soon'],
      ['render', flagshipFile, '--orientation', 'diagonal'],
      ['render', flagshipFile, '--theme', 'neon'],
      ['render', flagshipFile, '-o', 'out.gif'],
    ]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^annals: .+\n\nUsage: annals render/, args.join(' '));
      assert.equal(r.stdout, '');
    }
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: annals render <data\.json\|data\.csv> \[options\]/);
  });
});
