/**
 * `<annals-event>` and `<annals-era>`: a timeline written as HTML, for pages that allow markup but
 * no scripts of their own. Before the script loads, the markup reads as a plain chronology in the
 * page's own styles; once it loads, `<annals-timeline>` reads its children and draws them (its
 * shadow root shows none of them).
 *
 * ```html
 * <annals-timeline label="Kazakhstan–Turkmenistan relations">
 *   <annals-event id="state-visit" start="2013-05-10" end="2013-05-11" category="political">
 *     <h3>State visit to Turkmenistan</h3>
 *     <p>…</p>
 *   </annals-event>
 * </annals-timeline>
 * ```
 *
 * Nothing in the markup is inserted as HTML: headings and paragraphs are read as text, images as
 * illustrations (with their `alt`), links as sources.
 */
import type { DatasetInput, EraInput, EventInput } from '../../core/types.js';

/** Attributes an `<annals-event>` is read from; a change to any of them is drawn. */
const EVENT_ATTRIBUTES = [
  'start',
  'end',
  'category',
  'group',
  'importance',
  'title',
  'display-date',
];

/**
 * One event of a timeline written as HTML. The first heading (`h1`–`h6`) is its title (or the
 * `title` attribute), the paragraphs its summary, each `img` an illustration and each `a[href]` a
 * source. A paragraph holding only a `<time>` or only links is for readers before the script
 * loads, and is not repeated in the summary. Its `id` is the event's id.
 *
 * @summary An event written as HTML inside `<annals-timeline>`.
 */
export class AnnalsEventElement extends HTMLElement {
  static get observedAttributes() {
    return EVENT_ATTRIBUTES;
  }

  /** When it happened or began, as ISO 8601 text at its precision (`2009`, `2013-05-10`). Required. */
  get start(): string | null {
    return this.getAttribute('start');
  }

  /** When a ranged event ended (inclusive). */
  get end(): string | null {
    return this.getAttribute('end');
  }

  /** Tells the timeline that holds it to read it again. */
  attributeChangedCallback() {
    changed(this);
  }
}

/**
 * A titled span of time written as HTML inside `<annals-timeline>`: `start`, `end` and its text
 * (or `title` attribute) as the title.
 *
 * @summary An era written as HTML inside `<annals-timeline>`.
 */
export class AnnalsEraElement extends HTMLElement {
  static get observedAttributes() {
    return ['start', 'end', 'title'];
  }

  attributeChangedCallback() {
    changed(this);
  }
}

/** Lets the timeline around `el` know that its markup changed. */
function changed(el: Element) {
  el.closest('annals-timeline')?.dispatchEvent(new Event('annals-markup-change'));
}

const textOf = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function eventOf(el: Element, index: number): EventInput {
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  const e: Record<string, unknown> = {
    id: el.id || `event-${index + 1}`,
    title: el.getAttribute('title')?.trim() || textOf(heading),
    start: el.getAttribute('start') ?? '',
  };
  const attr = (name: string, field = name) => {
    const v = el.getAttribute(name);
    if (v !== null && v.trim() !== '') e[field] = v.trim();
  };
  attr('end');
  attr('category');
  attr('group');
  attr('display-date', 'displayDate');
  const importance = el.getAttribute('importance');
  if (importance !== null)
    e.importance = /^\s*\d+\s*$/.test(importance) ? Number(importance) : importance;
  // A paragraph that only holds a <time> or only links shows the date or the sources to readers
  // before the script loads; the timeline shows those itself.
  const only = (p: Element, selector: string) => {
    const inner = [...p.querySelectorAll(selector)].map(textOf).join(' ');
    return inner !== '' && inner === textOf(p);
  };
  const paragraphs = [...el.querySelectorAll('p')]
    .filter((p) => !only(p, 'time') && !only(p, 'a[href]'))
    .map(textOf)
    .filter(Boolean);
  if (paragraphs.length) e.summary = paragraphs.join('\n\n');
  const images = [...el.querySelectorAll('img[src]')].map((img) => ({
    url: img.getAttribute('src')!,
    alt: img.getAttribute('alt') ?? '',
  }));
  if (images.length) e.media = images;
  const links = [...el.querySelectorAll('a[href]')].map((a) => ({
    title: textOf(a) || a.getAttribute('href')!,
    url: a.getAttribute('href')!,
  }));
  if (links.length) e.sources = links;
  return e as unknown as EventInput;
}

/**
 * The dataset written as `<annals-event>` and `<annals-era>` children of `host`, or null when it
 * has none. `title` names it (the timeline's `label`).
 */
export function readMarkup(host: Element, title: string): DatasetInput | null {
  const events: EventInput[] = [];
  const eras: EraInput[] = [];
  for (const child of host.children) {
    if (child.localName === 'annals-event') events.push(eventOf(child, events.length));
    else if (child.localName === 'annals-era')
      eras.push({
        id: child.id || `era-${eras.length + 1}`,
        title: child.getAttribute('title')?.trim() || textOf(child),
        start: child.getAttribute('start') ?? '',
        end: child.getAttribute('end') ?? '',
      });
  }
  if (!events.length && !eras.length) return null;
  return { title, events, ...(eras.length ? { eras } : {}) };
}

/** The text of the timeline's inline `<script type="application/json">`, or null. */
export function inlineJson(host: Element): string | null {
  for (const child of host.children)
    if (
      child.localName === 'script' &&
      child.getAttribute('type')?.trim().toLowerCase() === 'application/json'
    )
      return child.textContent ?? '';
  return null;
}
