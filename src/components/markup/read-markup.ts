/**
 * Reading a timeline written as HTML: its `<annals-event>`, `<annals-era>` and `<annals-category>`
 * children. A chunk of its own in the bundle, loaded by pages that have such children. Text only, but for an event written with more than
 * paragraphs (a list, a quotation), whose content is its body, which the card sanitises as it does
 * any event's body.
 */
import type { CategoryInput, DatasetInput, EraInput, EventInput } from '../../core/types.js';

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

/**
 * The dataset written as `<annals-event>`, `<annals-era>` and `<annals-category>` children of
 * `host`, or null when it has no event or era. `title` names it (the timeline's `label`).
 */
export function readMarkup(host: Element, title: string): DatasetInput | null {
  const events: EventInput[] = [];
  const eras: EraInput[] = [];
  const categories: CategoryInput[] = [];
  for (const child of host.children) {
    if (child.localName === 'annals-event') events.push(eventOf(child));
    else if (child.localName === 'annals-category') {
      // Validation reports one without an id, or without a label (then shown by its id).
      const category: Record<string, unknown> = {
        id: child.id,
        label: child.getAttribute('label')?.trim() || textOf(child),
      };
      const color = child.getAttribute('color')?.trim();
      if (color) category.color = color;
      categories.push(category as unknown as CategoryInput);
    } else if (child.localName === 'annals-era')
      eras.push({
        // An era's id names it nowhere a reader or a link sees: one made up need not be said.
        id: child.id || `era-${eras.length + 1}`,
        title: child.getAttribute('title')?.trim() || textOf(child),
        start: child.getAttribute('start') ?? '',
        end: child.getAttribute('end') ?? '',
      });
  }
  if (!events.length && !eras.length) return null;
  return {
    title,
    events,
    ...(eras.length ? { eras } : {}),
    ...(categories.length ? { categories } : {}),
  };
}
