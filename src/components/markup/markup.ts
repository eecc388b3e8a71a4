/**
 * `<annals-event>`, `<annals-era>` and `<annals-category>`: a timeline written as HTML, for pages that allow markup but
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
import { MARKUP_ATTRIBUTES } from './attributes.js';

/**
 * What the elements extend: the page's `HTMLElement`, or in Node, where `annals` is imported for
 * its core (validation, layout) and has no DOM, a stand-in, so importing the package never throws.
 */
const HTMLElement: typeof globalThis.HTMLElement =
  globalThis.HTMLElement ?? (class {} as unknown as typeof globalThis.HTMLElement);

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
    return MARKUP_ATTRIBUTES['annals-event'];
  }

  /** When it happened or began, as ISO 8601 text at its precision (`2009`, `2013-05-10`). Required. */
  get start(): string | null {
    return this.getAttribute('start');
  }
  set start(value: string | null) {
    reflect(this, 'start', value);
  }

  /** When a ranged event ended (inclusive). */
  get end(): string | null {
    return this.getAttribute('end');
  }
  set end(value: string | null) {
    reflect(this, 'end', value);
  }

  /** Key of one of the timeline's categories. */
  get category(): string | null {
    return this.getAttribute('category');
  }
  set category(value: string | null) {
    reflect(this, 'category', value);
  }

  /** The row it is drawn in with `group-by="group"`. */
  get group(): string | null {
    return this.getAttribute('group');
  }
  set group(value: string | null) {
    reflect(this, 'group', value);
  }

  /** 1 (minor) to 5 (major): more important events win label space. */
  get importance(): string | null {
    return this.getAttribute('importance');
  }
  set importance(value: string | number | null) {
    reflect(this, 'importance', value);
  }

  /** Text shown for the date instead of the formatted one. */
  get displayDate(): string | null {
    return this.getAttribute('display-date');
  }
  set displayDate(value: string | null) {
    reflect(this, 'display-date', value);
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
    return MARKUP_ATTRIBUTES['annals-era'];
  }

  /** When the era began, as ISO 8601 text at its precision. Required. */
  get start(): string | null {
    return this.getAttribute('start');
  }
  set start(value: string | null) {
    reflect(this, 'start', value);
  }

  /** When the era ended (inclusive). Required. */
  get end(): string | null {
    return this.getAttribute('end');
  }
  set end(value: string | null) {
    reflect(this, 'end', value);
  }

  /** Tells the timeline that holds it to read it again. */
  attributeChangedCallback() {
    changed(this);
  }
}

/**
 * One category of a timeline written as HTML: its `id` is what events name in their `category`,
 * its text (or `label` attribute) what the legend shows, and `color` its own colour (else the
 * palette's next). Once a timeline lists categories, an event naming another, as a misspelt
 * `category="politcal"`, is reported and drawn without one, as in JSON; a timeline that lists none
 * takes each category its events name, labelled by its id.
 *
 * ```html
 * <annals-category id="political" color="#7a1f2b">Political</annals-category>
 * ```
 *
 * @summary A category written as HTML inside `<annals-timeline>`.
 */
export class AnnalsCategoryElement extends HTMLElement {
  static get observedAttributes() {
    return MARKUP_ATTRIBUTES['annals-category'];
  }

  /** The name the legend and the card show (else the element's text, else its `id`). */
  get label(): string | null {
    return this.getAttribute('label');
  }
  set label(value: string | null) {
    reflect(this, 'label', value);
  }

  /** Its own CSS colour (`#7a1f2b`, `rgb(…)`, a named colour); else the palette's next. */
  get color(): string | null {
    return this.getAttribute('color');
  }
  set color(value: string | null) {
    reflect(this, 'color', value);
  }

  /** Tells the timeline that holds it to read it again. */
  attributeChangedCallback() {
    changed(this);
  }
}

/**
 * Writes a property to its attribute (null or undefined removes it). React 19 sets a custom
 * element's props as properties where the element has them: without a setter, `start="2013"` in
 * JSX threw (a getter-only property) and nothing rendered.
 */
function reflect(el: Element, name: string, value: unknown) {
  if (value == null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

/** Lets the timeline around `el` know that its markup changed. */
function changed(el: Element) {
  el.closest('annals-timeline')?.dispatchEvent(new Event('annals-markup-change'));
}
