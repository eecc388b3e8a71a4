/**
 * The check of the colours a page gives a timeline (see `ContrastController`), in a chunk of its
 * own: it runs when the page is idle, after the first draw, so the page never waits for it.
 */
import { uncategorisedToken } from '../core/category-colors.js';
import { lowContrast, over, parseRgb, type ContrastNeed, type Rgba } from '../core/contrast.js';
import type { Category } from '../core/types.js';

/** A colour the timeline draws with, and the ratio it needs against what it is drawn on. */
interface DrawnColour {
  /** What a reader sees in it: `'focus rings'`. */
  readonly what: string;
  /** What sets it: the public token, or a category's own `color`. */
  readonly token: string;
  /** CSS that gives it in the timeline's shadow root: `'var(--_focus)'`. */
  readonly css: string;
  readonly need: number;
  /** CSS of what it is drawn on, when not the timeline's background (a match's highlight). */
  readonly on?: string;
}

/** What the timeline draws now, that decides its colours. */
export interface DrawnData {
  readonly categories: readonly Category[];
  /** CSS colour of each category by id. */
  readonly colors: ReadonlyMap<string, string>;
  /** Whether some event has no category (drawn in the marker colour where no event has one). */
  readonly uncategorized: boolean;
}

/** Text 4.5:1 (WCAG 1.4.3); marks and rings 3:1 (1.4.11). */
const TEXT = 4.5;
const MARK = 3;

/** The colours the drawing uses, each with the ratio it needs. */
function drawnColours(data: DrawnData): DrawnColour[] {
  const colours: DrawnColour[] = [
    { what: 'text', token: '--annals-color-text', css: 'var(--_text)', need: TEXT },
    {
      what: 'dates and other secondary text',
      token: '--annals-color-muted',
      css: 'var(--_muted)',
      need: TEXT,
    },
    {
      what: 'axis labels',
      token: '--annals-axis-label-color',
      css: 'var(--_axis-label)',
      need: TEXT,
    },
    { what: 'the axis line', token: '--annals-axis-color', css: 'var(--_axis)', need: MARK },
    { what: 'focus rings', token: '--annals-focus-ring', css: 'var(--_focus)', need: MARK },
    {
      what: "the selected event's ring",
      token: '--annals-selected-color',
      css: 'var(--_selected)',
      need: MARK,
    },
    {
      what: "search matches' labels",
      token: '--annals-match-color',
      css: 'var(--_match-text)',
      on: 'var(--_match)',
      need: TEXT,
    },
  ];
  // Among categorised events, those without a category are muted, checked above as text.
  if (data.uncategorized && uncategorisedToken(data.categories) === '--_marker')
    colours.push({
      what: 'marks without a category',
      token: '--annals-marker-color',
      css: 'var(--_marker)',
      need: MARK,
    });
  // One check for each colour, naming the categories drawn in it (the palette repeats).
  const named = new Map<string, string[]>();
  for (const k of data.categories) {
    const css = data.colors.get(k.id);
    if (css) named.set(css, [...(named.get(css) ?? []), `"${k.label.slice(0, 40)}"`]);
  }
  for (const [css, labels] of named) {
    const palette = /^var\(--_cat-(\d+)\)$/.exec(css);
    const more = labels.length > 2 ? ` and ${labels.length - 2} more` : '';
    colours.push({
      what: `the marks of category ${labels.slice(0, 2).join(', ')}${more}`,
      token: palette ? `--annals-category-${palette[1]}` : 'its color',
      css,
      need: MARK,
    });
  }
  return colours;
}

/** The parent an element is drawn in: a slotted element's slot, a shadow root's host. */
export function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * What shows behind `el`: its own and its ancestors' backgrounds laid over white paper; null where
 * that is not known (an image or a gradient, a colour in another space than sRGB), as passing over
 * it would compare the colours with what is behind it instead.
 */
export function backdrop(el: Element): Rgba | null {
  const layers: Rgba[] = [];
  for (let e: Element | null = el; e; e = parentOf(e)) {
    const style = getComputedStyle(e);
    const bg = parseRgb(style.backgroundColor);
    if (!bg || style.backgroundImage !== 'none') return null;
    if (bg[3] === 0) continue;
    layers.push(bg);
    if (bg[3] >= 1) break;
  }
  let colour: Rgba = [255, 255, 255, 1];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/**
 * A sentence for each colour a timeline draws `data` with that is below its ratio on what is
 * behind it, resolved on `probe` (a hidden element in its base part, so a background a page gives
 * `::part(base)` is found as the host's is). A colour the browser keeps in another space than
 * sRGB is not guessed at, nor is a background it cannot read. None is checked in forced-colors
 * mode, where the reader's colours are drawn, not the page's, nor for print, where the paper's
 * are and the drawing is a list.
 */
export function contrastWarnings(probe: HTMLElement, data: DrawnData): string[] {
  const background = backdrop(probe);
  if (!background || matchMedia('print, (forced-colors: active)').matches) return [];
  const read = (css: string) => {
    // A colour that does not resolve leaves the probe with the text's colour, which is checked
    // on its own: nothing is made up.
    probe.style.setProperty('color', css);
    return parseRgb(getComputedStyle(probe).color);
  };
  const needs: ContrastNeed[] = [];
  for (const c of drawnColours(data)) {
    const colour = read(c.css);
    const on = c.on ? read(c.on) : null;
    if (!colour || (c.on && !on)) continue;
    needs.push({
      what: c.what,
      token: c.token,
      colour,
      against: on ? over(on, background) : background,
      need: c.need,
    });
  }
  probe.style.removeProperty('color');
  return lowContrast(needs);
}
