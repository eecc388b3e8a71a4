/**
 * TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html) read as an Annals
 * dataset, keeping what it says:
 *
 * - the title slide's headline and text become the dataset's title and description;
 * - each event's `start_date` and `end_date` keep their precision (a year stays a year); TimelineJS
 *   shows year -43 as "43 BCE", so negative years are read that way;
 * - `text.headline` becomes the title (as text), `text.text` the body (HTML, sanitised when shown),
 *   `display_date` the date shown, `group` the row, `unique_id` the id;
 * - `media` becomes an illustration when its URL (or its `thumbnail`) is an image, with its caption
 *   and credit, and a link in the sources otherwise (YouTube, maps and the like are not embedded),
 *   titled by its caption, with its credit as the source's publisher when no thumbnail shows it;
 * - `eras` become eras; `background` images become a decorative illustration when the event has
 *   none. What cannot be kept (a background colour) is reported, never dropped silently.
 */
import type {
  DatasetInput,
  EraInput,
  EventInput,
  ItemNames,
  MediaInput,
  Problem,
  SourceInput,
} from '../types.js';
import { yearOutOfRange } from '../date.js';
import { itemLabel } from '../item-label.js';
import { checkUrl } from '../url.js';
import { htmlToText } from '../rich-text.js';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== ''
    ? v.trim()
    : typeof v === 'number'
      ? String(v)
      : undefined;

/** Whether a JSON value looks like TimelineJS's format rather than Annals' own. */
export function isTimelineJs(json: unknown): boolean {
  if (!isRec(json)) return false;
  if (isRec(json.title) && ('text' in json.title || 'media' in json.title)) return true;
  const events = json.events;
  return (
    Array.isArray(events) &&
    events.slice(0, 20).some((e) => isRec(e) && ('start_date' in e || 'unique_id' in e))
  );
}

/** A whole number from a number or numeric text; `undefined` for absent or blank. */
function whole(v: unknown): number | undefined | null {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v !== 'string') return null;
  // Spreadsheets write years as "2,024" or "2 024"; TimelineJS reads those as 2024 too, and a
  // column of numbers written out by a program may read "5.0". Only decimal digits are a number
  // here: `Number` would also read "0x7D0" as 2000 and "1e3" as 1000.
  // A minus sign typed as such (U+2212, as word processors and some locales write it) is one.
  const digits = v.replace(/[,\s\u00a0]/g, '').replace(/^\u2212/, '-');
  return /^[+-]?\d+(\.0*)?$/.test(digits) ? Number(digits) : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month as a number, from 1–12 or an English name ("May", "Sept."). */
function month(v: unknown): number | undefined | null {
  if (typeof v === 'string' && /^[a-z]/i.test(v.trim())) {
    const i = MONTHS.indexOf(v.trim().slice(0, 3).toLowerCase());
    return i >= 0 ? i + 1 : null;
  }
  return whole(v);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** TimelineJS year (where -43 reads "43 BCE") as an ISO 8601 year (where -42 is 43 BCE). */
function isoYear(year: number): string {
  const astronomical = year < 0 ? year + 1 : year;
  if (astronomical >= 0 && astronomical <= 9999) return pad(astronomical, 4);
  return `${astronomical < 0 ? '-' : '+'}${pad(Math.abs(astronomical), 6)}`;
}

/** Converts problems of one item into the dataset's problem list. */
class Notes {
  constructor(
    readonly problems: Problem[],
    private readonly collection: Problem['collection'],
    private readonly item: string,
  ) {}
  add(field: string, message: string, value: unknown) {
    let shown: string;
    try {
      // Nothing given is shown as nothing, not as the word "undefined".
      shown =
        value === undefined
          ? ''
          : typeof value === 'string'
            ? value
            : (JSON.stringify(value) ?? String(value));
    } catch {
      shown = String(value);
    }
    this.problems.push({
      collection: this.collection,
      item: this.item,
      field,
      message,
      value: shown.length > 200 ? `${shown.slice(0, 199)}…` : shown,
    });
  }
}

/**
 * The parts of a TimelineJS date after its year, coarsest first, with their ranges. A part may be
 * given only when every coarser one is: TimelineJS would fill a missing month or day with 1 and a
 * missing hour with 0, and show a date its author never wrote.
 */
const PARTS = [
  ['month', 'a month', 1, 12],
  ['day', 'a day', 1, 31],
  ['hour', 'an hour', 0, 23],
  ['minute', 'a minute', 0, 59],
  ['second', 'a second', 0, 59],
  ['millisecond', 'a second', 0, 999],
] as const;

/**
 * A TimelineJS date object as ISO text at its precision, or undefined when any part of it cannot
 * be kept as written: every such part is reported, with the value the author wrote and what
 * became of the item (`dropped`, e.g. "the event was dropped"). A date is never clamped, filled
 * in or cut to a coarser precision.
 */
function timelineJsDate(
  d: unknown,
  field: string,
  notes: Notes,
  dropped: string,
): string | undefined {
  if (!isRec(d)) {
    notes.add(field, `${field} must be an object with at least a year; ${dropped}`, d);
    return undefined;
  }
  const year = whole(d.year);
  if (year === undefined || year === null) {
    const which = field.startsWith('end') ? 'end' : 'start';
    // "500 BC" is how people write it, but TimelineJS (and so a sheet for it) wants -500.
    const era = typeof d.year === 'string' && /\b(B\.?\s?C\.?|BCE|B\.C\.E\.)(\s|$)/i.test(d.year);
    notes.add(
      `${field}.year`,
      `the ${which} date needs a year as a whole number${era ? ' (a year BCE is negative: -500 for 500 BCE)' : ''}; ${dropped}`,
      d.year,
    );
    return undefined;
  }
  // TimelineJS shows -1 as 1 BCE and 1 as 1 CE; which a year 0 means is not said: it is reported.
  if (year === 0) {
    notes.add(
      `${field}.year`,
      `year 0 is neither 1 BCE (-1) nor 1 CE (1), the years on either side of it: write the one meant; ${dropped}`,
      d.year,
    );
    return undefined;
  }
  // Checked here, in TimelineJS's years, so that the problem shows the year the author wrote.
  const outside = yearOutOfRange(
    year < 0 ? year + 1 : year,
    year < 0 ? `${year} (${-year} BCE)` : '',
  );
  if (outside) {
    notes.add(`${field}.year`, `${outside}; ${dropped}`, d.year);
    return undefined;
  }
  const values: number[] = [];
  let ok = true;
  /** The first part not given: no finer part may be. */
  let missing: string | undefined;
  for (const [name, needs, lo, hi] of PARTS) {
    const given = d[name];
    const v = name === 'month' ? month(given) : whole(given);
    if (v === undefined) {
      missing ??= needs;
      continue;
    }
    if (v === null || v < lo || v > hi) {
      notes.add(
        `${field}.${name}`,
        `${name} must be a whole number from ${lo} to ${hi}; ${dropped}`,
        given,
      );
      ok = false;
    } else if (missing) {
      // The first part past the gap says it all: "hour 14 without a day", not its minute too.
      if (ok) notes.add(`${field}.${name}`, `${name} ${v} without ${missing}; ${dropped}`, given);
      ok = false;
    } else values.push(v);
  }
  if (!ok) return undefined;
  const [mo, day, hour, minute, second, ms] = values;
  let iso = isoYear(year);
  if (mo === undefined) return iso;
  iso += `-${pad(mo, 2)}`;
  if (day === undefined) return iso;
  iso += `-${pad(day, 2)}`;
  if (hour === undefined) return iso;
  iso += `T${pad(hour, 2)}:${pad(minute ?? 0, 2)}`;
  if (second !== undefined) iso += `:${pad(second, 2)}`;
  if (ms)
    notes.add(
      `${field}.millisecond`,
      'Annals keeps times to the second; the milliseconds were left out',
      d.millisecond,
    );
  // TimelineJS gives no time zone (it shows times in the reader's own). Annals needs one: the
  // time is kept as written, on UTC, so every reader sees the clock time the author wrote.
  return `${iso}Z`;
}

const EVENT_DROPPED = 'the event was dropped';

const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)(\?[^#]*)?(#.*)?$/i;

/**
 * An id made from a headline: its letters and digits in any script, lower case, joined by
 * hyphens ('Самарканд основан' is 'самарканд-основан'); Latin letters lose their accents
 * ('Ürümqi' is 'urumqi'), other scripts keep theirs (й is not и).
 */
function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      // Not half a letter (one beyond the first plane): a link could not write it.
      .replace(/[\ud800-\udbff]$/, '')
  );
}

/**
 * A URL of the slide's, or undefined when it has none or one that may not reach the page
 * (`javascript:`, `data:`…), which is reported under TimelineJS's own field name. Checked here,
 * not left to validation: a link's URL is also its text when it has no caption, and a refused
 * URL must not be shown as text either.
 */
function safeUrl(value: unknown, field: string, what: string, notes: Notes): string | undefined {
  const url = text(value);
  if (url === undefined) return undefined;
  const checked = checkUrl(url);
  if (checked.ok) return checked.url;
  notes.add(field, `${checked.reason}; ${what} was dropped`, value);
  return undefined;
}

/** One slide's media and background as Annals illustrations and links. */
function mediaOf(
  slide: Rec,
  title: string,
  notes: Notes,
): { media: MediaInput[]; sources: SourceInput[] } {
  const media: MediaInput[] = [];
  const sources: SourceInput[] = [];
  const m = slide.media;
  if (isRec(m)) {
    const url = safeUrl(m.url, 'media.url', 'the media', notes);
    const thumbnail = safeUrl(m.thumbnail, 'media.thumbnail', 'the thumbnail', notes);
    const caption = typeof m.caption === 'string' ? htmlToText(m.caption) : '';
    const credit = typeof m.credit === 'string' ? htmlToText(m.credit) : '';
    const alt = text(m.alt) ?? (caption || title);
    const image = url && IMAGE.test(url) ? url : thumbnail;
    if (image) {
      media.push({
        url: image,
        alt,
        ...(caption ? { caption } : {}),
        ...(credit ? { credit } : {}),
      });
    }
    if (url && url !== image) {
      // A credit no image shows stays with the link, as the one who made or holds the media.
      sources.push({
        title: text(m.title) ?? (caption || url),
        url,
        ...(credit && !image ? { publisher: credit } : {}),
      });
    }
    // Where TimelineJS sends a click on the media: kept with the sources, titled as the media is.
    const link = safeUrl(m.link, 'media.link', "the media's link", notes);
    if (link && link !== url)
      sources.push({ title: text(m.title) ?? (caption || link), url: link });
    if (text(m.link_target))
      notes.add(
        'media.link_target',
        "link_target is not used: the media's link is listed with the event's sources, and opens as the page's links do",
        m.link_target,
      );
  } else if (m !== undefined) notes.add('media', 'media must be an object with a url', m);
  const bg = slide.background;
  if (isRec(bg)) {
    const url = safeUrl(bg.url, 'background.url', 'the background image', notes);
    // Decorative (empty alt): it set the slide's scene in TimelineJS.
    if (url && !media.length) media.push({ url, alt: '' });
    if (text(bg.color))
      notes.add('background.color', 'background colours are not drawn by Annals', bg.color);
  }
  return { media, sources };
}

export interface Converted {
  readonly input: DatasetInput;
  readonly problems: Problem[];
  /** Events of the input that could not be converted (each reported). */
  readonly dropped: number;
  /** How every problem names the input's events and eras: as the file does (validation's too). */
  readonly names: ItemNames;
}

/** A slide's title: its headline as text or else, as TimelineJS shows it, its text or caption. */
export function slideTitle(slide: Record<string, unknown>): string {
  const t = isRec(slide.text) ? slide.text : {};
  const headline = typeof t.headline === 'string' ? htmlToText(t.headline) : '';
  if (headline) return headline;
  const body = typeof t.text === 'string' ? htmlToText(t.text) : '';
  const caption =
    isRec(slide.media) && typeof slide.media.caption === 'string'
      ? htmlToText(slide.media.caption)
      : '';
  const fallback = body || caption;
  return fallback.length > 80 ? `${fallback.slice(0, 79)}…` : fallback;
}

/**
 * A TimelineJS3 JSON object as an Annals dataset input, and what could not be kept. Problems name
 * an item by its `unique_id`, or else by its position, counted from 1 (`#3` is the third event;
 * or what `positionOf` says, as a sheet's `row 12`) and headline, the same in the reader's problems and validation's.
 */
export function fromTimelineJs(
  json: unknown,
  positionOf: (kind: 'events' | 'eras', index: number) => string = (_, index) => `#${index + 1}`,
): Converted {
  const problems: Problem[] = [];
  const root = isRec(json) ? json : {};
  const dataNotes = new Notes(problems, 'dataset', 'dataset');
  if (!isRec(json))
    dataNotes.add('', 'a TimelineJS file must be an object with an events list', json);
  const titleSlide = isRec(root.title) ? root.title : undefined;
  const titleText = isRec(titleSlide?.text) ? titleSlide.text : {};
  const title = typeof titleText.headline === 'string' ? htmlToText(titleText.headline) : '';
  const description = typeof titleText.text === 'string' ? htmlToText(titleText.text) : '';
  // TimelineJS opens on its title slide's media; Annals has no opening slide to show it on.
  const cover = isRec(titleSlide?.media) ? titleSlide.media.url : undefined;
  if (typeof cover === 'string' && cover.trim())
    dataNotes.add(
      'title.media',
      "the title slide's media is not shown: Annals shows the title and each event's media, and has no opening slide",
      cover,
    );
  // TimelineJS's cosmological scale draws years beyond JavaScript's dates; Annals has one range.
  if (root.scale !== undefined && root.scale !== 'human')
    dataNotes.add(
      'scale',
      `scale ${typeof root.scale === 'string' ? `"${root.scale.slice(0, 40)}"` : 'given'} is not read: Annals draws years between 250000 BCE and 250000 CE, and reports any outside them`,
      root.scale,
    );
  const events: EventInput[] = [];
  const used = new Set<string>();
  let dropped = 0;
  const list = Array.isArray(root.events) ? root.events : [];
  if (!Array.isArray(root.events))
    dataNotes.add('events', 'the file has no events list', root.events);
  const eventNames: string[] = [];
  list.forEach((slide: unknown, index) => {
    if (!isRec(slide)) {
      new Notes(problems, 'events', positionOf('events', index)).add(
        '',
        'an event must be an object with a start_date',
        slide,
      );
      dropped++;
      return;
    }
    const t = isRec(slide.text) ? slide.text : {};
    const body = typeof t.text === 'string' && t.text.trim() ? t.text.trim() : undefined;
    const eventTitle = slideTitle(slide);
    const uniqueId = text(slide.unique_id);
    // A unique_id an earlier event has would name two events alike: this one goes by position.
    const repeated = uniqueId !== undefined && used.has(uniqueId);
    const name =
      uniqueId && !repeated
        ? `"${uniqueId.slice(0, 78)}"`
        : itemLabel(positionOf('events', index), eventTitle);
    const notes = new Notes(problems, 'events', name);
    if (!eventTitle) {
      notes.add(
        'text.headline',
        'the event has no headline, text or caption to name it; it was dropped',
        t,
      );
      dropped++;
      return;
    }
    const start = timelineJsDate(slide.start_date, 'start_date', notes, EVENT_DROPPED);
    // A bad end drops the event too, as in Annals' own format: drawn as a moment, it would say
    // something its author did not.
    const hasEnd = slide.end_date !== undefined && slide.end_date !== null;
    const end = hasEnd
      ? timelineJsDate(slide.end_date, 'end_date', notes, EVENT_DROPPED)
      : undefined;
    if (start === undefined || (hasEnd && end === undefined)) {
      dropped++;
      return;
    }
    let id = uniqueId ?? (slug(eventTitle) || 'event');
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
      // An id made from a headline may repeat; one the author gave must not, silently.
      if (uniqueId)
        notes.add(
          'unique_id',
          `unique_id "${uniqueId.slice(0, 60)}" is an earlier event's; this one was kept with the id "${id.slice(0, 70)}"`,
          slide.unique_id,
        );
    }
    used.add(id);
    const startShown = isRec(slide.start_date) ? text(slide.start_date.display_date) : undefined;
    const endShown = isRec(slide.end_date) ? text(slide.end_date.display_date) : undefined;
    const displayDate =
      text(slide.display_date) ??
      (startShown && endShown ? `${startShown} – ${endShown}` : startShown);
    const { media, sources } = mediaOf(slide, eventTitle, notes);
    const event: EventInput = { id, title: eventTitle, start };
    if (end !== undefined) event.end = end;
    // A slide without a headline is titled by its text: where the title is all of it, with no
    // link in it, the card would say it twice.
    if (body && !(htmlToText(body) === eventTitle && !/<a\s/i.test(body))) event.body = body;
    if (displayDate) event.displayDate = htmlToText(displayDate);
    const group = text(slide.group);
    if (group) event.group = group;
    if (media.length) event.media = media;
    if (sources.length) event.sources = sources;
    events.push(event);
    eventNames.push(name);
  });
  const eras: EraInput[] = [];
  const eraNames: string[] = [];
  if (Array.isArray(root.eras))
    root.eras.forEach((era: unknown, index) => {
      const t = isRec(era) && isRec(era.text) ? era.text : {};
      const eraTitle = typeof t.headline === 'string' ? htmlToText(t.headline) : '';
      const name = itemLabel(positionOf('eras', index), eraTitle);
      const notes = new Notes(problems, 'eras', name);
      if (!isRec(era))
        return notes.add('', 'an era must be an object with start_date and end_date', era);
      const start = timelineJsDate(era.start_date, 'start_date', notes, 'the era was dropped');
      const end = timelineJsDate(era.end_date, 'end_date', notes, 'the era was dropped');
      if (start === undefined || end === undefined) return;
      eras.push({ id: `era-${index + 1}`, title: eraTitle, start, end });
      eraNames.push(name);
    });
  const input: DatasetInput = { title, events, ...(eras.length ? { eras } : {}) };
  if (description) input.description = description;
  return { input, problems, dropped, names: { events: eventNames, eras: eraNames } };
}
