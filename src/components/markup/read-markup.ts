/**
 * Reading a timeline written as HTML: its `<annals-event>`, `<annals-era>` and `<annals-category>`
 * children. A chunk of its own in the bundle, loaded by pages that have such children. Text only, but for an event written with more than
 * paragraphs (a list, a quotation), whose content is its body, which the card sanitises as it does
 * any event's body.
 */
import { itemLabel } from '../../core/item-label.js';
import { MARKUP_ATTRIBUTES } from './attributes.js';
import type {
  CategoryInput,
  DatasetInput,
  EraInput,
  EventInput,
  Problem,
} from '../../core/types.js';

const textOf = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function eventOf(el: Element): EventInput {
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  // Without an id, validation gives one by position (event-3) and says so, as for JSON.
  const e: Record<string, unknown> = {
    ...(el.id ? { id: el.id } : {}),
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
  const shown = (p: Element) => !only(p, 'time') && !only(p, 'a[href]');
  const paragraphs = [...el.querySelectorAll('p')].filter(shown).map(textOf).filter(Boolean);
  // Richer writing than paragraphs (a list, a quotation, a table) is kept whole, as the event's
  // body (sanitised when the card shows it), rather than cut down to its paragraphs.
  if (el.querySelector(':scope > :is(ul, ol, dl, blockquote, table, pre)')) {
    const body = el.cloneNode(true) as Element;
    for (const c of [...body.children])
      if (/^h[1-6]$|^figure$/.test(c.localName) || (c.localName === 'p' && !shown(c))) c.remove();
    e.body = body.innerHTML.trim();
  } else if (paragraphs.length) e.summary = paragraphs.join('\n\n');
  // A figure's caption goes with its image.
  const images = [...el.querySelectorAll('img[src]')].map((img) => ({
    url: img.getAttribute('src')!,
    alt: img.getAttribute('alt') ?? '',
    ...(textOf(img.closest('figure')?.querySelector('figcaption'))
      ? { caption: textOf(img.closest('figure')!.querySelector('figcaption')) }
      : {}),
  }));
  if (images.length) e.media = images;
  const links = [...el.querySelectorAll('a[href]')].map((a) => ({
    title: textOf(a) || a.getAttribute('href')!,
    url: a.getAttribute('href')!,
  }));
  if (links.length) e.sources = links;
  return e as unknown as EventInput;
}

/** The attributes each element is read from, besides its `id`. */
const READ: Record<string, readonly string[]> = MARKUP_ATTRIBUTES;
/** Attributes any HTML element may have: the page's, never the data's. */
const GLOBAL =
  /^(id|class|style|lang|dir|hidden|slot|part|exportparts|tabindex|translate|role|inert|is|nonce|contenteditable|draggable|spellcheck|accesskey|autocapitalize|autofocus|enterkeyhint|inputmode|popover|item[a-z]*|xmlns(:.*)?|xml:.*|(data|aria)-.*|on[a-z]+)$/i;

/**
 * Each attribute of `el` that is not read, as an unknown field of JSON is reported: a misspelt
 * `end` would otherwise leave a range drawn as a moment, without a word.
 */
function unknownAttributes(el: Element, collection: Problem['collection'], item: string) {
  const read = READ[el.localName]!;
  const list = read.length > 1 ? `${read.slice(0, -1).join(', ')} and ${read.at(-1)}` : read[0];
  return [...el.attributes]
    .filter((a) => !read.includes(a.name) && !GLOBAL.test(a.name))
    .map((a): Problem => ({
      collection,
      item,
      field: a.name.slice(0, 80),
      message: `unknown attribute "${a.name.slice(0, 40)}" was ignored (<${el.localName}> reads ${list})`,
      value: a.value.length > 200 ? `${a.value.slice(0, 199)}…` : a.value,
    }));
}

/**
 * The dataset written as `<annals-event>`, `<annals-era>` and `<annals-category>` children of
 * `host`, with the attributes it could not read, or null when it has no event or era. `title`
 * names it (the timeline's `label`). Items are named as validation names them.
 */
export function readMarkup(
  host: Element,
  title: string,
): { input: DatasetInput; problems: Problem[] } | null {
  const events: EventInput[] = [];
  const eras: EraInput[] = [];
  const categories: CategoryInput[] = [];
  const problems: Problem[] = [];
  for (const child of host.children) {
    if (child.localName === 'annals-event') {
      const e = eventOf(child);
      events.push(e);
      const name = child.id ? `"${child.id}"` : itemLabel(`#${events.length}`, e.title);
      problems.push(...unknownAttributes(child, 'events', name));
    } else if (child.localName === 'annals-category') {
      // Validation reports one without an id, or without a label (then shown by its id).
      const category: Record<string, unknown> = {
        id: child.id,
        label: child.getAttribute('label')?.trim() || textOf(child),
      };
      const color = child.getAttribute('color')?.trim();
      if (color) category.color = color;
      categories.push(category as unknown as CategoryInput);
      problems.push(...unknownAttributes(child, 'categories', `"${child.id}"`));
    } else if (child.localName === 'annals-era') {
      // An era's id names it nowhere a reader or a link sees: one made up need not be said.
      const id = child.id || `era-${eras.length + 1}`;
      eras.push({
        id,
        title: child.getAttribute('title')?.trim() || textOf(child),
        start: child.getAttribute('start') ?? '',
        end: child.getAttribute('end') ?? '',
      });
      problems.push(...unknownAttributes(child, 'eras', `"${id}"`));
    }
  }
  if (!events.length && !eras.length) return null;
  const input = {
    title,
    events,
    ...(eras.length ? { eras } : {}),
    ...(categories.length ? { categories } : {}),
  };
  return { input, problems };
}
