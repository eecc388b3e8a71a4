/**
 * Validation of authored data. It never throws: it returns every usable item, normalised and
 * sorted, and a problem for everything it had to drop or change, naming the item and field.
 */
import { endTime, toCivilDate, type CivilDate } from './date.js';
import { checkUrl } from './url.js';
import type {
  Category,
  Dataset,
  Era,
  Media,
  Problem,
  Source,
  TimelineEvent,
  ValidationResult,
} from './types.js';

type Collection = Problem['collection'];
type Rec = Record<string, unknown>;

const EVENT_FIELDS = new Set([
  'id',
  'title',
  'start',
  'end',
  'summary',
  'category',
  'tags',
  'places',
  'people',
  'importance',
  'media',
  'sources',
]);
const ERA_FIELDS = new Set(['id', 'title', 'start', 'end', 'sources']);
const CATEGORY_FIELDS = new Set(['id', 'label', 'color']);
const SOURCE_FIELDS = new Set(['title', 'url', 'publisher', 'accessed']);
const MEDIA_FIELDS = new Set(['url', 'alt', 'credit', 'caption']);
const DATASET_FIELDS = new Set([
  'title',
  'description',
  'lang',
  'events',
  'eras',
  'categories',
  'sources',
  '$schema',
]);

/** Plain-text rendering of an offending value, cut to 200 characters. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) text = '(missing)';
  else if (value instanceof Date)
    text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** One line for a problem, for consoles and error lists. */
export function formatProblem(p: Problem): string {
  const where =
    p.collection === 'dataset' ? 'dataset' : `${p.collection.replace(/s$/, '')} ${p.item}`;
  return `${where}, ${p.field}: ${p.message} (value: ${p.value})`;
}

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

class Collector {
  readonly problems: Problem[] = [];
  constructor(
    private readonly collection: Collection,
    private readonly item: string,
  ) {}
  report(field: string, message: string, value: unknown) {
    this.problems.push({
      collection: this.collection,
      item: this.item,
      field,
      message,
      value: describeValue(value),
    });
  }
  unknownFields(rec: Rec, known: Set<string>, prefix = '') {
    for (const key of Object.keys(rec)) {
      if (!known.has(key))
        this.report(`${prefix}${key}`, `unknown field "${key}" was ignored`, rec[key]);
    }
  }
  date(rec: Rec, field: string, required: boolean): CivilDate | null | undefined {
    const value = rec[field];
    if (value === undefined && !required) return undefined;
    const parsed = toCivilDate(value);
    if (parsed.ok) return parsed.date;
    this.report(field, parsed.reason, value);
    return null;
  }
  text(rec: Rec, field: string): string | undefined {
    const value = rec[field];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    this.report(field, `${field} must be text`, value);
    return undefined;
  }
  strings(rec: Rec, field: string): string[] {
    const value = rec[field];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(field, `${field} must be a list of text`, value);
      return [];
    }
    const out: string[] = [];
    value.forEach((v, i) => {
      if (nonEmpty(v)) out.push(v.trim());
      else this.report(`${field}[${i}]`, `${field} entries must be non-empty text`, v);
    });
    return out;
  }
  sources(rec: Rec, field = 'sources'): Source[] {
    const value = rec[field];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(field, 'sources must be a list', value);
      return [];
    }
    const out: Source[] = [];
    value.forEach((s, i) => {
      const at = `${field}[${i}]`;
      if (!isRecord(s)) return this.report(at, 'a source must be an object with a title', s);
      if (!nonEmpty(s.title)) return this.report(`${at}.title`, 'a source needs a title', s.title);
      this.unknownFields(s, SOURCE_FIELDS, `${at}.`);
      const source: { -readonly [K in keyof Source]: Source[K] } = { title: s.title.trim() };
      if (s.url !== undefined) {
        const url = checkUrl(s.url);
        if (url.ok) source.url = url.url;
        else this.report(`${at}.url`, `${url.reason}; the link was removed`, s.url);
      }
      if (nonEmpty(s.publisher)) source.publisher = s.publisher.trim();
      if (s.accessed !== undefined) {
        const d = toCivilDate(s.accessed);
        if (d.ok) source.accessed = d.date;
        else this.report(`${at}.accessed`, d.reason, s.accessed);
      }
      out.push(Object.freeze(source));
    });
    return out;
  }
  media(rec: Rec): Media[] {
    const value = rec.media;
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report('media', 'media must be a list', value);
      return [];
    }
    const out: Media[] = [];
    value.forEach((m, i) => {
      const at = `media[${i}]`;
      if (!isRecord(m))
        return this.report(at, 'a media item must be an object with url and alt', m);
      const url = checkUrl(m.url);
      if (!url.ok)
        return this.report(`${at}.url`, `${url.reason}; the media item was dropped`, m.url);
      if (typeof m.alt !== 'string') {
        return this.report(
          `${at}.alt`,
          'a media item needs alt text; the media item was dropped',
          m.alt,
        );
      }
      this.unknownFields(m, MEDIA_FIELDS, `${at}.`);
      const media: { -readonly [K in keyof Media]: Media[K] } = { url: url.url, alt: m.alt.trim() };
      if (nonEmpty(m.credit)) media.credit = m.credit.trim();
      if (nonEmpty(m.caption)) media.caption = m.caption.trim();
      out.push(Object.freeze(media));
    });
    return out;
  }
}

function itemName(rec: unknown, index: number): string {
  return isRecord(rec) && nonEmpty(rec.id) ? `"${rec.id.trim()}"` : `#${index}`;
}

function span(c: Collector, rec: Rec, endRequired: boolean) {
  const start = c.date(rec, 'start', true);
  const end = c.date(rec, 'end', endRequired);
  if (!start || end === null) return null;
  if (end && end.time < start.time) {
    c.report('end', `end ${end.iso} is before start ${start.iso}`, rec.end);
    return null;
  }
  return { start, end, startTime: start.time, endTime: endTime(end ?? start) };
}

/** Validates categories; the result is what events may refer to. */
export function validateCategories(input: unknown): {
  categories: Category[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const categories: Category[] = [];
  if (input === undefined) return { categories, problems };
  if (!Array.isArray(input)) {
    const c = new Collector('dataset', 'dataset');
    c.report('categories', 'categories must be a list', input);
    return { categories, problems: c.problems };
  }
  const seen = new Set<string>();
  input.forEach((rec, i) => {
    const c = new Collector('categories', itemName(rec, i));
    if (!isRecord(rec)) c.report('', 'a category must be an object with id and label', rec);
    else if (!nonEmpty(rec.id)) c.report('id', 'a category needs an id', rec.id);
    else if (seen.has(rec.id))
      c.report('id', `duplicate id "${rec.id}"; only the first is kept`, rec.id);
    else {
      c.unknownFields(rec, CATEGORY_FIELDS);
      seen.add(rec.id);
      const label = nonEmpty(rec.label) ? rec.label.trim() : rec.id;
      if (!nonEmpty(rec.label))
        c.report('label', 'a category needs a label; its id is shown instead', rec.label);
      const color = c.text(rec, 'color');
      categories.push(Object.freeze(color ? { id: rec.id, label, color } : { id: rec.id, label }));
    }
    problems.push(...c.problems);
  });
  return { categories, problems };
}

/**
 * Validates events. `categories` lists the known category ids; when it is `undefined`, any
 * category is accepted (the legend then derives them from the events).
 */
export function validateEvents(
  input: unknown,
  categories?: ReadonlySet<string>,
): { events: TimelineEvent[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const events: TimelineEvent[] = [];
  if (!Array.isArray(input)) {
    const c = new Collector('dataset', 'dataset');
    c.report('events', 'events must be a list', input);
    return { events, problems: c.problems };
  }
  const seen = new Set<string>();
  input.forEach((rec, i) => {
    const c = new Collector('events', itemName(rec, i));
    const event = validateEvent(c, rec, i, seen, categories);
    if (event) events.push(event);
    problems.push(...c.problems);
  });
  events.sort(byTime);
  return { events, problems };
}

function validateEvent(
  c: Collector,
  rec: unknown,
  index: number,
  seen: Set<string>,
  categories?: ReadonlySet<string>,
): TimelineEvent | null {
  if (!isRecord(rec)) {
    c.report('', 'an event must be an object with id, title and start', rec);
    return null;
  }
  c.unknownFields(rec, EVENT_FIELDS);
  let id: string;
  if (!nonEmpty(rec.id)) {
    c.report('id', `the event has no id; it was given the id "event-${index}"`, rec.id);
    id = `event-${index}`;
  } else id = rec.id.trim();
  if (seen.has(id)) {
    c.report('id', `duplicate id "${id}"; the event was dropped`, rec.id);
    return null;
  }
  seen.add(id);
  let ok = true;
  if (!nonEmpty(rec.title)) {
    c.report('title', 'the event has no title; it was dropped', rec.title);
    ok = false;
  }
  const times = span(c, rec, false);
  if (!ok || !times) return null;
  let category = c.text(rec, 'category');
  if (category !== undefined && categories && !categories.has(category)) {
    c.report(
      'category',
      `unknown category "${category}"; the event is shown without one`,
      category,
    );
    category = undefined;
  }
  let importance = 3;
  if (rec.importance !== undefined) {
    if (
      typeof rec.importance === 'number' &&
      Number.isInteger(rec.importance) &&
      rec.importance >= 1 &&
      rec.importance <= 5
    ) {
      importance = rec.importance;
    } else
      c.report(
        'importance',
        'importance must be a whole number from 1 to 5; 3 was used',
        rec.importance,
      );
  }
  const event: TimelineEvent = {
    id,
    title: (rec.title as string).trim(),
    start: times.start,
    ...(times.end ? { end: times.end } : {}),
    summary: c.text(rec, 'summary')?.trim() ?? '',
    ...(category !== undefined ? { category } : {}),
    tags: c.strings(rec, 'tags'),
    places: c.strings(rec, 'places'),
    people: c.strings(rec, 'people'),
    importance,
    media: c.media(rec),
    sources: c.sources(rec),
    startTime: times.startTime,
    endTime: times.endTime,
  };
  return Object.freeze(event);
}

function byTime(a: { startTime: number; endTime: number; id: string }, b: typeof a): number {
  return (
    a.startTime - b.startTime || a.endTime - b.endTime || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Validates eras. */
export function validateEras(input: unknown): { eras: Era[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const eras: Era[] = [];
  if (input === undefined) return { eras, problems };
  if (!Array.isArray(input)) {
    const c = new Collector('dataset', 'dataset');
    c.report('eras', 'eras must be a list', input);
    return { eras, problems: c.problems };
  }
  const seen = new Set<string>();
  input.forEach((rec, i) => {
    const c = new Collector('eras', itemName(rec, i));
    if (!isRecord(rec)) c.report('', 'an era must be an object with id, title, start and end', rec);
    else {
      c.unknownFields(rec, ERA_FIELDS);
      const id = nonEmpty(rec.id) ? rec.id.trim() : `era-${i}`;
      if (!nonEmpty(rec.id))
        c.report('id', `the era has no id; it was given the id "${id}"`, rec.id);
      const title = nonEmpty(rec.title) ? rec.title.trim() : null;
      if (!title) c.report('title', 'the era has no title; it was dropped', rec.title);
      if (seen.has(id)) c.report('id', `duplicate id "${id}"; the era was dropped`, rec.id);
      const times = span(c, rec, true);
      if (title && times?.end && !seen.has(id)) {
        seen.add(id);
        eras.push(
          Object.freeze({
            id,
            title,
            start: times.start,
            end: times.end,
            sources: c.sources(rec),
            startTime: times.startTime,
            endTime: times.endTime,
          }),
        );
      }
    }
    problems.push(...c.problems);
  });
  eras.sort(byTime);
  return { eras, problems };
}

/**
 * Validates a whole dataset. Never throws: whatever the input, it returns a usable dataset (maybe
 * empty) and the list of problems found.
 */
export function validateDataset(input: unknown): ValidationResult {
  const c = new Collector('dataset', 'dataset');
  const rec: Rec = isRecord(input) ? input : {};
  if (!isRecord(input)) c.report('', 'a dataset must be an object with an events list', input);
  else {
    c.unknownFields(rec, DATASET_FIELDS);
    if (rec.title === undefined) {
      c.report(
        'title',
        'the dataset has no title; it names the timeline for screen readers',
        rec.title,
      );
    }
    if (rec.events === undefined) c.report('events', 'the dataset has no events list', rec.events);
  }
  const title = c.text(rec, 'title')?.trim() ?? '';
  const description = c.text(rec, 'description')?.trim() ?? '';
  const lang = c.text(rec, 'lang');
  const cats = validateCategories(rec.categories);
  const known =
    rec.categories === undefined ? undefined : new Set(cats.categories.map((k) => k.id));
  const ev = validateEvents(rec.events ?? [], known);
  const er = validateEras(rec.eras);
  const sources = c.sources(rec);
  const categories = known ? cats.categories : deriveCategories(ev.events);
  const dataset: Dataset = Object.freeze({
    title,
    description,
    ...(lang ? { lang } : {}),
    events: Object.freeze(ev.events),
    eras: Object.freeze(er.eras),
    categories: Object.freeze(categories),
    sources,
  });
  return { dataset, problems: [...c.problems, ...cats.problems, ...ev.problems, ...er.problems] };
}

function deriveCategories(events: readonly TimelineEvent[]): Category[] {
  const ids = [...new Set(events.flatMap((e) => (e.category ? [e.category] : [])))];
  return ids.map((id) => Object.freeze({ id, label: id }));
}
