/** A legend's swatch centred at (cx, cy), in the shape of its category's markers. */
function swatch(cx: number, cy: number, fill: string, shape: number): string {
  if (shape === 0) return el('circle', { cx, cy, r: 5, fill });
  if (shape === 2) {
    const d = 4 * Math.SQRT2;
    return el('polygon', {
      points: `${cx},${cy - d} ${cx + d},${cy} ${cx},${cy + d} ${cx - d},${cy}`,
      fill,
    });
  }
  const h = shape === 3 ? 5 : 10;
  return el('rect', { x: cx - 5, y: cy - h / 2, width: 10, height: h, rx: 1, fill });
}

/**
 * The categories as a key: a swatch and a label each, in rows that wrap at `width`, with the
 * core's width estimate (as the export's labels). Returns the markup and the height it takes.
 */
function legend(
  entries: readonly { label: string; color: string; shape: number }[],
  width: number,
  look: Look,
): { svg: string; height: number } {
  const rowHeight = Math.max(20, look.line + 4);
  const gap = 16;
  let x = 0;
  let y = 0;
  const parts: string[] = [];
  for (const { label, color, shape } of entries) {
    const w = 16 + look.width(label, look.size);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    const cy = y + rowHeight / 2;
    parts.push(
      swatch(x + 5, cy, color, shape) +
        el('text', { x: x + 16, y: baseline(y, rowHeight, look.size) }, xml(label)),
    );
    x += w + gap;
  }
  const height = entries.length ? y + rowHeight + 8 : 0;
  return { svg: el('g', { class: 'annals-legend' }, parts.join('')), height };
}

/**
 * A Scene as a standalone SVG document: the picture the page draws, as a file. Pure TypeScript
 * with no DOM, so the page's `toSVG()` and the Node CLI run this same code. Every position comes
 * from the Scene; this module only adds markup and style, with every token resolved into plain
 * presentation attributes (no stylesheet, no `var()`, no external reference), which browsers,
 * resvg, Inkscape and office suites all read alike.
 */
import { categoryColorMap, categoryShapeMap, uncategorisedToken } from '../core/category-colors.js';
import { isShown } from '../core/domain.js';
import { formatDate, formatRange, windowText } from '../core/format.js';
import type { Messages } from '../core/messages/types.js';
import { estimateTextWidth } from '../core/measure.js';
import type { Rect, Scene, SceneCluster, SceneItem } from '../core/scene-types.js';
import { ellipsize } from '../core/text-fit.js';
import type { Tick } from '../core/ticks.js';
import { cssPx, resolveTokens, type TokenValues } from '../core/tokens.js';
import type { Dataset, TimelineEvent } from '../core/types.js';
import { num, xml } from './xml.js';

/** The fonts an export names when neither a theme nor the page gives one. */
export const DEFAULT_FONT_FAMILY = 'DejaVu Sans, Helvetica, Arial, sans-serif';

export interface SvgOptions {
  /**
   * Public token values (`{'--annals-color-text': '#000'}`) of a theme or a page, over the
   * defaults of `core/tokens.ts`; `themeTokens(cssText)` reads them from a theme's stylesheet.
   */
  readonly theme?: TokenValues;
  /**
   * The font family when the theme leaves `--annals-font` unset (it then follows the page): the
   * page passes its computed `font-family`. Default `DEFAULT_FONT_FAMILY`.
   */
  readonly fontFamily?: string;
  /** Base font size in px; by default the `--annals-font-size` token's. */
  readonly fontSize?: number;
  /**
   * How wide `text` is drawn at `size` px, to fit labels: the page passes its canvas's measure of
   * the export's font, so a house font wider than usual still gives labels that never overlap.
   * Default the core's estimate (`estimateTextWidth`), as the CLI has no font to measure.
   */
  readonly textWidth?: (text: string, size: number) => number;
  /** BCP 47 locale of the dates in the description and the events' titles. */
  readonly locale?: string;
  /**
   * Words of the description (`picture`, `pictureShown`); default the table of `locale`'s
   * language. The page passes its own, with its `strings` over them.
   */
  readonly messages?: PictureWords;
  /** The document's title; default the dataset's, else "Timeline". */
  readonly title?: string;
  /** The document's description; default "Timeline of N events from … to …" and the dataset's own. */
  readonly description?: string;
  /** Prefix of the document's ids (default `annals`): two exports inlined in one page need two. */
  readonly idPrefix?: string;
  /** Categories left out of the picture, so the description counts only what is drawn. */
  readonly hidden?: Iterable<string>;
  /** Id of the selected event: ringed, with a bold label, as on the page. */
  readonly selected?: string | null;
  /**
   * A key of the shown categories above the drawing (default false), so a printed picture says
   * what its colours mean. The drawing then moves down by the key's height.
   */
  readonly legend?: boolean;
}

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/**
 * A font-family list with the quotes taken off names that need none (`'DejaVu Serif'` becomes
 * `DejaVu Serif`, as CSS allows), since resvg, the CLI's rasteriser, ignores a quoted family
 * that follows a comma and a space and falls back to its default face.
 */
export function plainFamilies(list: string): string {
  return list
    .split(',')
    .map((f) => {
      const name = f.trim();
      const m = /^(['"])([\w -]+)\1$/.exec(name);
      return m && !GENERIC.has(m[2]!.toLowerCase()) && !/^\d/.test(m[2]!) ? m[2]! : name;
    })
    .join(', ');
}

/** Resolved look: tokens with every reference substituted, and the numbers drawing needs. */
interface Look {
  readonly c: Readonly<Record<string, string>>;
  readonly font: string;
  readonly size: number;
  readonly line: number;
  readonly rule: number;
  readonly axis: number;
  readonly id: (name: string) => string;
  readonly width: (text: string, size: number) => number;
}

/**
 * The base font size in px of an export: `fontSize` when given (the page's computed size), else
 * the theme's `--annals-font-size` over the default (13px).
 */
export function exportFontSize(theme: TokenValues = {}, fontSize?: number): number {
  if (fontSize !== undefined && fontSize > 0 && Number.isFinite(fontSize)) return fontSize;
  return cssPx(resolveTokens(theme)['--_font-size'], 13);
}

/**
 * Where the baseline of one line of text sits in a line box of `height` px starting at `top`, as
 * CSS centres the glyphs in it (for DejaVu Sans and faces like it: ascent 0.93em, descent 0.24em).
 */
const baseline = (top: number, height: number, size: number) => top + height / 2 + 0.35 * size;

/** `key="value"` pairs, escaped; empty values are left out. */
function attrs(list: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(list)) {
    if (v === undefined || v === '') continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : xml(v)}"`;
  }
  return out;
}

const el = (name: string, a: Record<string, string | number | undefined>, body?: string) =>
  body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;

const rectEl = (r: Rect, a: Record<string, string | number | undefined>) =>
  el('rect', { x: r.x, y: r.y, width: Math.max(0, r.width), height: Math.max(0, r.height), ...a });

/** An event's date in words, as the page says it. */
function dateText(e: TimelineEvent, locale: string | undefined): string {
  return e.displayDate || formatRange(e.start, e.end, locale);
}

/** The words of a picture's description. */
export type PictureWords = Pick<Messages, 'picture' | 'pictureShown'>;

/** `describeTimeline` (in `annals/render.js`) with its words given. */
export function describeInWords(
  dataset: Dataset,
  scene: Pick<Scene, 'transform' | 'visible'>,
  locale: string | undefined,
  hidden: ReadonlySet<string>,
  m: PictureWords,
): string {
  const shown = dataset.events.filter((e) => isShown(e, hidden));
  const parts: string[] = [];
  if (!shown.length) parts.push(m.picture(0, '', ''));
  else {
    const first = shown[0]!;
    const last = shown.reduce((a, b) => (b.endTime > a.endTime ? b : a));
    parts.push(
      m.picture(
        shown.length,
        formatDate(first.start, locale),
        formatDate(last.end ?? last.start, locale),
      ),
    );
  }
  const { k, x } = scene.transform;
  if (k !== 1 || x !== 0) {
    const { start, end } = scene.visible;
    parts.push(m.pictureShown(windowText(start, end, locale)));
  }
  if (dataset.description) parts.push(dataset.description);
  // A sentence ends in one full stop, also after a date that has its own ("2013 г.").
  return parts.map((p) => (/[.!?…]$/.test(p) ? p : `${p}.`)).join(' ');
}

/** A text fitted to `width` px at `size` px, with an ellipsis when it does not fit. */
function fit(look: Look, text: string, width: number, size: number, spacing = 0): string {
  return ellipsize(text, width, (t) => look.width(t, size) + spacing * [...t].length);
}

/** Stripes: the compressed gaps' 135° hatching, and each colour's period band. */
function patterns(scene: Scene, look: Look, colors: readonly string[]): string {
  const vertical = scene.orientation === 'vertical';
  let out = el(
    'pattern',
    {
      id: look.id('break'),
      patternUnits: 'userSpaceOnUse',
      width: 8,
      height: 8,
      patternTransform: 'rotate(45)',
    },
    el('rect', { width: 2, height: 8, fill: look.c['--_break'] }),
  );
  colors.forEach((color, i) => {
    out += el(
      'pattern',
      {
        id: look.id(`period-${i}`),
        patternUnits: 'userSpaceOnUse',
        width: 6,
        height: 6,
      },
      el(
        'rect',
        vertical ? { width: 6, height: 2, fill: color } : { width: 2, height: 6, fill: color },
      ),
    );
  });
  return out;
}

function grid(scene: Scene, look: Look): string {
  const { axis } = scene;
  const h = look.rule / 2;
  const lines = scene.ticks.ticks
    .filter((t) => t.boundary)
    .map((t) =>
      scene.orientation === 'vertical'
        ? el('line', {
            x1: axis.x + axis.width,
            x2: scene.width,
            y1: axis.y + t.x + h,
            y2: axis.y + t.x + h,
          })
        : el('line', { x1: axis.x + t.x + h, x2: axis.x + t.x + h, y1: 0, y2: axis.y }),
    );
  if (!lines.length) return '';
  return el(
    'g',
    {
      class: 'annals-grid',
      stroke: look.c['--_grid'],
      'stroke-width': look.rule,
      'shape-rendering': 'crispEdges',
    },
    lines.join(''),
  );
}

function eras(scene: Scene, look: Look, locale: string | undefined): string {
  const vertical = scene.orientation === 'vertical';
  const size = look.size * 0.8;
  const spacing = vertical ? 0 : 0.04 * size;
  return scene.eras
    .map((e) => {
      let band: string;
      if (vertical) band = rectEl(e.band, { rx: 2, fill: look.c['--_rule'] });
      else {
        const { x, y, width, height } = e.band;
        const h = look.rule / 2;
        band =
          rectEl(e.band, { fill: look.c['--_era'] }) +
          el('path', {
            d: `M${num(x + h)} ${num(y)}V${num(y + height)}M${num(x + width - h)} ${num(y)}V${num(y + height)}`,
            stroke: look.c['--_rule'],
            'stroke-width': look.rule,
            'shape-rendering': 'crispEdges',
          });
      }
      const words = vertical ? e.title : e.title.toLocaleUpperCase(locale);
      const text = e.label.width > 0 ? fit(look, words, e.label.width, size, spacing) : '';
      const label = text
        ? el(
            'text',
            {
              x: e.label.x,
              y: baseline(e.label.y, look.line, size),
              'font-size': size,
              'font-weight': 600,
              'font-style': vertical ? 'italic' : undefined,
              'letter-spacing': spacing || undefined,
              fill: look.c['--_era-text'],
            },
            xml(text),
          )
        : '';
      return el('g', { class: 'annals-era', 'data-id': e.id }, band + label);
    })
    .join('');
}

function rows(scene: Scene, look: Look, locale: string | undefined): string {
  if (scene.rows.length < 2) return '';
  const size = look.size * 0.8;
  const spacing = 0.04 * size;
  return scene.rows
    .map((r, i) => {
      const rule =
        i > 0
          ? el('line', {
              x1: r.box.x,
              x2: r.box.x + r.box.width,
              y1: r.box.y + look.rule / 2,
              y2: r.box.y + look.rule / 2,
              stroke: look.c['--_rule'],
              'stroke-width': look.rule,
              'shape-rendering': 'crispEdges',
            })
          : '';
      const text =
        r.label.width > 0
          ? fit(look, r.title.toLocaleUpperCase(locale), r.label.width, size, spacing)
          : '';
      const label = text
        ? el(
            'text',
            {
              x: r.label.x,
              y: baseline(r.label.y, look.line, size),
              'font-size': size,
              'font-weight': 700,
              'letter-spacing': spacing,
              fill: look.c['--_muted'],
            },
            xml(text),
          )
        : '';
      return el('g', { class: 'annals-row' }, rule + label);
    })
    .join('');
}

/**
 * A bar in its category's colour and shape (`categoryShape`), as the page draws it: plain,
 * outlined, thin, or dashed.
 */
function bar(m: Rect, color: string, shape: number, look: Look): string {
  const rx = Math.min(2, m.height / 2);
  if (shape === 1)
    return rectEl(
      { x: m.x + 1, y: m.y + 1, width: m.width - 2, height: m.height - 2 },
      { class: 'annals-bar', rx, fill: look.c['--_bg'], stroke: color, 'stroke-width': 2 },
    );
  if (shape === 2)
    return rectEl(
      { x: m.x, y: m.y + m.height / 4, width: m.width, height: m.height / 2 },
      { class: 'annals-bar', rx: rx / 2, fill: color },
    );
  if (shape === 3) {
    const y = m.y + m.height / 2;
    return el('line', {
      class: 'annals-bar',
      x1: m.x,
      y1: y,
      x2: m.x + Math.max(0, m.width),
      y2: y,
      stroke: color,
      'stroke-width': m.height,
      'stroke-dasharray': '6 3',
    });
  }
  return rectEl(m, { class: 'annals-bar', rx, fill: color });
}

/**
 * A point's marker in its category's colour and shape (`categoryShape`), as the page draws it:
 * the colour, a ring of background (the page's 2px border) and a 1px outline, round, square,
 * diamond or flat.
 */
function marker(m: Rect, color: string, shape: number, look: Look): string {
  const cx = m.x + m.width / 2;
  const cy = m.y + m.height / 2;
  const r = m.width / 2;
  const ring = { fill: color, stroke: look.c['--_bg'], 'stroke-width': 2 };
  const outline = { fill: 'none', stroke: color, 'stroke-width': 1 };
  if (shape === 0)
    return (
      el('circle', { class: 'annals-marker', cx, cy, r: Math.max(0, r - 1), ...ring }) +
      el('circle', { cx, cy, r: r + 0.5, ...outline })
    );
  if (shape === 2) {
    // The page's square turned 45° and scaled to 0.8.
    const d = r * 0.8 * Math.SQRT2;
    const points = (k: number) =>
      [`${cx},${cy - k}`, `${cx + k},${cy}`, `${cx},${cy + k}`, `${cx - k},${cy}`].join(' ');
    return (
      el('polygon', { class: 'annals-marker', points: points(d - 1.4), ...ring }) +
      el('polygon', { points: points(d + 0.7), ...outline })
    );
  }
  // A square, or (3) a square flattened to half its height.
  const h = shape === 3 ? m.height / 2 : m.height;
  const box = { x: m.x, y: cy - h / 2, width: m.width, height: h };
  return (
    rectEl(
      { x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 },
      { class: 'annals-marker', rx: 1, ...ring },
    ) +
    rectEl(
      { x: box.x - 0.5, y: box.y - 0.5, width: box.width + 1, height: box.height + 1 },
      { rx: 1, ...outline },
    )
  );
}

function item(
  it: SceneItem,
  e: TimelineEvent,
  color: string,
  shape: number,
  period: string | undefined,
  look: Look,
  locale: string | undefined,
  vertical: boolean,
  length: number,
  selected: boolean,
): string {
  let body = el('title', {}, xml(`${e.title}, ${dateText(e, locale)}`));
  if (it.connector)
    body += el('polyline', {
      points: it.connector.map((p) => `${num(p.x)},${num(p.y)}`).join(' '),
      fill: 'none',
      stroke: look.c['--_line'],
      'stroke-width': look.rule,
    });
  const m = it.mark;
  if (it.x2 !== null) body += bar(m, color, shape, look);
  else body += marker(m, color, shape, look);
  if (selected) {
    // The page's selection: a ring of the selected colour around the mark.
    const w = cssPx(look.c['--_selected-width'], 3, look.size);
    body += rectEl(
      { x: m.x - w / 2, y: m.y - w / 2, width: m.width + w, height: m.height + w },
      {
        class: 'annals-selected',
        rx: it.x2 !== null ? Math.min(2, m.height / 2) + w / 2 : (m.width + w) / 2,
        fill: 'none',
        stroke: look.c['--_selected'],
        'stroke-width': w,
      },
    );
  }
  if (it.band && period)
    body += rectEl(it.band, {
      class: 'annals-period',
      rx: 4,
      fill: `url(#${period})`,
      opacity: 0.55,
    });
  if (it.labelShown && it.lines.length) {
    // A label held against the drawing's end is drawn from that end: where the viewer's font is
    // a little wider than the estimate that fitted it, it then runs back over its own margin
    // rather than off the picture.
    const end = it.anchor === 'end' || (!vertical && it.labelEnd >= length - 0.5);
    const x = end ? it.label.x + it.label.width : it.label.x;
    const lines = it.lines.map((line, i) =>
      i === 0 ? xml(line) : el('tspan', { x, dy: look.line }, xml(line)),
    );
    body += el(
      'text',
      {
        class: 'annals-label',
        'font-weight': selected ? 700 : undefined,
        x,
        y: baseline(it.label.y, look.line, look.size),
        'text-anchor': end ? 'end' : undefined,
      },
      lines.join(''),
    );
  }
  return el(
    'g',
    {
      class: 'annals-event',
      'data-id': e.id,
      // Where the event is along the axis, for tests and scripts: the marker's centre (the bar's start).
      'data-x': num(it.x, 4),
      transform: `translate(${num(it.box.x)} ${num(it.box.y)})`,
    },
    body,
  );
}

function cluster(k: SceneCluster, look: Look): string {
  const { box } = k;
  const h = look.rule / 2;
  const size = look.size * 0.85;
  const inner: Rect = {
    x: box.x + h,
    y: box.y + h,
    width: box.width - look.rule,
    height: box.height - look.rule,
  };
  const text = fit(look, k.text, Math.max(1, box.width - 6), size);
  return el(
    'g',
    { class: 'annals-cluster' },
    el('title', {}, xml(k.description)) +
      rectEl(inner, {
        // Round-ended, as on the page, unless the theme's corners are square (a radius of 0).
        rx: cssPx(look.c['--_radius'], 3)
          ? Math.max(0, Math.min(inner.height, inner.width) / 2)
          : 0,
        fill: look.c['--_surface'],
        stroke: look.c['--_line'],
        'stroke-width': look.rule,
      }) +
      el(
        'text',
        {
          x: box.x + box.width / 2,
          y: baseline(box.y, box.height, size),
          'text-anchor': 'middle',
          'font-size': size,
        },
        xml(text),
      ),
  );
}

function axis(scene: Scene, look: Look): string {
  const a = scene.axis;
  const vertical = scene.orientation === 'vertical';
  const w = look.axis;
  const tickLine = (t: Tick) => {
    const len = t.major ? 9 : 5;
    return vertical
      ? el('line', { x1: a.width - 5, x2: a.width, y1: t.x + w / 2, y2: t.x + w / 2 })
      : el('line', { x1: t.x + w / 2, x2: t.x + w / 2, y1: 0, y2: len });
  };
  const label = (t: Tick) =>
    el(
      'text',
      vertical
        ? {
            x: a.width - 10,
            y: baseline(t.labelStart, 16, look.size),
            'text-anchor': 'end',
            'font-weight': t.major ? 700 : undefined,
            fill: t.major ? look.c['--_text'] : undefined,
          }
        : {
            x: (t.labelStart + t.labelEnd) / 2,
            y: baseline(11, 16, look.size),
            'text-anchor': 'middle',
            'font-weight': t.major ? 700 : undefined,
            fill: t.major ? look.c['--_text'] : undefined,
          },
      xml(t.label),
    );
  const ticks = scene.ticks.ticks;
  const line = vertical
    ? el('line', { x1: a.width - w / 2, x2: a.width - w / 2, y1: 0, y2: a.height })
    : el('line', { x1: 0, x2: a.width, y1: w / 2, y2: w / 2 });
  const marks = scene.breaks
    .map((b) => {
      const len = Math.max(2, b.x2 - b.x);
      return vertical
        ? el('path', {
            transform: `translate(${num(a.width - 12)} ${num(b.x)})`,
            d: `M0 0L16 4L0 8M0 ${num(len - 8)}L16 ${num(len - 4)}L0 ${num(len)}`,
            fill: 'none',
          })
        : el('path', {
            transform: `translate(${num(b.x)} -8)`,
            d: `M0 0L${num(len * 0.4)} 16L${num(len * 0.6)} 0L${num(len)} 16`,
            fill: look.c['--_bg'],
          });
    })
    .join('');
  return el(
    'g',
    {
      class: 'annals-axis',
      transform: `translate(${num(a.x)} ${num(a.y)})`,
      'clip-path': `url(#${look.id('axis-clip')})`,
    },
    el(
      'g',
      { stroke: look.c['--_axis'], 'stroke-width': w, 'shape-rendering': 'crispEdges' },
      line + ticks.map(tickLine).join(''),
    ) +
      el(
        'g',
        { fill: look.c['--_axis-label'], 'font-variant-numeric': 'tabular-nums' },
        ticks
          .filter((t) => t.label)
          .map(label)
          .join(''),
      ) +
      (marks ? el('g', { stroke: look.c['--_axis'], 'stroke-width': w * 1.5 }, marks) : ''),
  );
}

/**
 * `renderSvg` (in `annals/render.js`) with its words given: render/ imports no table of words
 * itself, so the page's export chunk carries only the words the page passes.
 */
export function drawSvg(
  scene: Scene,
  dataset: Dataset,
  options: SvgOptions & { readonly messages: PictureWords },
): string {
  const c = resolveTokens(options.theme ?? {});
  const prefix = (options.idPrefix ?? 'annals').replace(/[^\w-]/g, '') || 'annals';
  const size = exportFontSize(options.theme, options.fontSize);
  const look: Look = {
    c,
    font: plainFamilies(c['--_font'] || options.fontFamily || DEFAULT_FONT_FAMILY),
    size,
    line: cssPx(c['--_m-label-line-height'], 16, size),
    rule: cssPx(c['--_rule-width'], 1, size),
    axis: cssPx(c['--_axis-width'], 1, size),
    id: (name) => `${prefix}-${name}`,
    width: options.textWidth ?? estimateTextWidth,
  };
  const { locale } = options;
  const hidden = new Set(options.hidden ?? []);
  const categoryColor = categoryColorMap(dataset.categories, (i) => c[`--_cat-${i}`] ?? '');
  const categoryShapes = categoryShapeMap(dataset.categories);
  const uncategorised = c[uncategorisedToken(dataset.categories)]!;
  const colorOf = (e: TimelineEvent) =>
    (e.category !== undefined ? categoryColor.get(e.category) : undefined) || uncategorised;

  // One stripe pattern per colour that a period band uses.
  const periodColors: string[] = [];
  for (const it of scene.items) {
    const color = colorOf(dataset.events[it.index]!);
    if (it.band && !periodColors.includes(color)) periodColors.push(color);
  }
  const title = options.title ?? (dataset.title || 'Timeline');
  const desc =
    options.description ?? describeInWords(dataset, scene, locale, hidden, options.messages);
  const { width } = scene;
  const vertical = scene.orientation === 'vertical';

  const events = scene.items
    .map((it) => {
      const e = dataset.events[it.index]!;
      const color = colorOf(e);
      const i = periodColors.indexOf(color);
      return item(
        it,
        e,
        color,
        (e.category !== undefined ? categoryShapes.get(e.category) : undefined) ?? 0,
        i >= 0 ? look.id(`period-${i}`) : undefined,
        look,
        locale,
        vertical,
        scene.length,
        e.id === options.selected,
      );
    })
    .join('');
  const shownCategories = dataset.categories.filter((k) => !hidden.has(k.id));
  const key =
    options.legend && shownCategories.length
      ? legend(
          shownCategories.map((k) => ({
            label: k.label,
            color: categoryColor.get(k.id)!,
            shape: categoryShapes.get(k.id)!,
          })),
          width,
          look,
        )
      : { svg: '', height: 0 };
  // The legend, if any, stands above the drawing, which moves down by its height.
  const height = scene.height + key.height;
  const body = [
    rectEl({ x: 0, y: 0, width, height }, { class: 'annals-background', fill: c['--_bg'] }),
    key.svg,
    `<g${attrs({ transform: key.height ? `translate(0 ${num(key.height)})` : undefined })}>`,
    grid(scene, look),
    scene.breaks
      .map((b) => rectEl(b.band, { class: 'annals-break', fill: `url(#${look.id('break')})` }))
      .join(''),
    eras(scene, look, locale),
    rows(scene, look, locale),
    el('g', { class: 'annals-events' }, events),
    scene.clusters.length
      ? el('g', { class: 'annals-clusters' }, scene.clusters.map((k) => cluster(k, look)).join(''))
      : '',
    axis(scene, look),
    '</g>',
  ].join('\n');
  const defs = el(
    'defs',
    {},
    patterns(scene, look, periodColors) +
      el(
        'clipPath',
        { id: look.id('axis-clip') },
        el('rect', { width: scene.axis.width, height: scene.axis.height }),
      ),
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'aria-labelledby': `${look.id('title')} ${look.id('desc')}`,
      lang: locale,
    })}>\n` +
    el('title', { id: look.id('title') }, xml(title)) +
    '\n' +
    el('desc', { id: look.id('desc') }, xml(desc)) +
    '\n' +
    defs +
    '\n' +
    el(
      'g',
      {
        'font-family': look.font,
        'font-size': look.size,
        fill: c['--_text'],
      },
      `\n${body}\n`,
    ) +
    '\n</svg>\n'
  );
}
