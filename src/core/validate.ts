/**
 * Validation of authored data. It never throws: it returns every usable item, normalised and
 * sorted, and a problem for everything it had to drop or change, naming the item and field.
 */
import { SHAPES } from './category-colors.js';
import { isCssColor } from './color.js';
import { endTime, timeOfDate, toCivilDate, type CivilDate } from './date.js';
import { itemLabel } from './item-label.js';
import { sortByTime } from './order.js';
import { PALETTE } from './tokens.js';
import { checkUrl } from './url.js';
import type {
  Category,
  Dataset,
  Era,
  ItemNames,
  Media,
  Problem,
  Source,
  TimelineEvent,
  ValidationResult,
} from './types.js';

/** A well-formed BCP 47 language tag, as the schema's `lang` pattern has it. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

type Collection = Problem['collection'];
type Rec = Record<string, unknown>;

/** The fields an event may have; anything else is reported as unknown. */
export const EVENT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'start',
  'end',
  'summary',
  'body',
  'displayDate',
  'category',
  'group',
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

/**
 * The fields a kind of record may have, prepared for copying: a blank record with each of them,
 * so that every copy has the same shape, and each name's bit, to mark which a record has as its own.
 */
interface Fields {
  readonly names: readonly string[];
  readonly bits: ReadonlyMap<string, number>;
  readonly blank: Readonly<Rec>;
}

function fieldsOf(names: ReadonlySet<string>): Fields {
  const list = [...names];
  if (list.length > 31) throw new Error('a record may have at most 31 known fields');
  return {
    names: list,
    bits: new Map(list.map((name, i) => [name, 1 << i])),
    blank: Object.fromEntries(list.map((name) => [name, undefined])) as Rec,
  };
}

const EVENT = fieldsOf(EVENT_FIELDS);
const ERA = fieldsOf(ERA_FIELDS);
const CATEGORY = fieldsOf(CATEGORY_FIELDS);
const SOURCE = fieldsOf(SOURCE_FIELDS);
const MEDIUM = fieldsOf(MEDIA_FIELDS);
const DATASET = fieldsOf(DATASET_FIELDS);

/** What a nested list of records holds, and how to say that it does not. */
interface NestedRecords {
  readonly fields: Fields;
  readonly notList: string;
  readonly notRecord: string;
}
const SOURCES: NestedRecords = {
  fields: SOURCE,
  notList: 'sources must be a list',
  notRecord: 'a source must be an object with a title',
};
const MEDIA: NestedRecords = {
  fields: MEDIUM,
  notList: 'media must be a list',
  notRecord: 'a media item must be an object with url and alt',
};

const COLOR_PROBLEM =
  "color must be a CSS colour such as #8c1c13, teal or rgb(140 28 19); the theme's colour is used instead";

/** Longest id or field name a problem repeats: enough to find it, short enough to read. */
const NAME_LENGTH = 80;
/** Longest rendering of an offending value. */
const VALUE_LENGTH = 200;
/** Longest message of an error thrown while reading the input. */
const ERROR_LENGTH = 100;
/** Longest message `formatProblem` writes; the library's own messages are far shorter. */
const MESSAGE_LENGTH = 400;

/** `text` cut to `max` characters, the last one an ellipsis when anything was cut. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An id or name as messages quote it: in double quotes, cut. */
const quote = (name: string) => `"${cut(name, NAME_LENGTH)}"`;

/**
 * The result of reading input that may run code: getters, Proxy traps and revoked Proxies can
 * throw on any read, so every read of the input is made inside a `try`: `attempt`'s, or, where a
 * closure and a result for each of 100,000 reads would cost too much, one written out.
 */
type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

function attempt<T>(read: () => T): Read<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Plain-text rendering of an offending value, cut to 200 characters. Never throws and never calls
 * the value's own `toString` or `valueOf`: objects are written as JSON, or by their kind
 * (`[object Object]`) when that fails, or as `(unreadable)` when even their kind cannot be read.
 * The JSON is written only as far as the cut: a huge value costs what a small one does.
 */
export function describeValue(value: unknown): string {
  const text = attempt(() => describe(value));
  return text.ok ? cut(text.value, VALUE_LENGTH) : '(unreadable)';
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '(missing)';
  if (typeof value !== 'object' && typeof value !== 'function') {
    // bigint is not JSON; its kind is what the data editor needs to hear.
    return typeof value === 'bigint' ? kindOf(value) : String(value);
  }
  const time = timeOfDate(value);
  if (time !== undefined) return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
  const json = attempt(() => jsonStart(value, VALUE_LENGTH));
  return json.ok && json.value !== undefined ? json.value : kindOf(value);
}

/**
 * What `JSON.stringify(value)` gives, when that is at most `max` characters long; otherwise a
 * longer text that starts with the same `max` characters, written without reading any further
 * into the value. Throws where `JSON.stringify` throws (a cycle, a bigint, a getter or `toJSON`
 * that throws), when it meets that within the first `max` characters. Unlike `JSON.stringify`, it
 * unboxes `new Number(1)` and its kin without calling their own `valueOf` or `toString`.
 */
function jsonStart(value: unknown, max: number): string | undefined {
  let out = '';
  const open: unknown[] = [];
  /** Writes `v`, found under `key`; false when JSON has nothing to write for it. */
  const write = (v: unknown, key: string): boolean => {
    if ((typeof v === 'object' && v !== null) || typeof v === 'bigint') {
      const toJSON = (v as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') v = toJSON.call(v, key) as unknown;
    }
    if (typeof v === 'object' && v !== null) v = unbox(v);
    switch (typeof v) {
      case 'string':
        // A megabyte of text is not escaped to show 200 characters of it.
        out += JSON.stringify(v.length > max ? v.slice(0, max) : v);
        return true;
      case 'number':
        out += Number.isFinite(v) ? String(v) : 'null';
        return true;
      case 'boolean':
        out += String(v);
        return true;
      case 'bigint':
        throw new TypeError('a bigint is not JSON');
      case 'object':
        break;
      default:
        return false; // undefined, a function or a symbol
    }
    if (v === null) {
      out += 'null';
      return true;
    }
    if (open.includes(v)) throw new TypeError('a cyclic value is not JSON');
    open.push(v);
    if (Array.isArray(v)) {
      const list = v as unknown[];
      const length = list.length;
      out += '[';
      for (let i = 0; i < length && out.length <= max; i++) {
        if (i > 0) out += ',';
        if (!write(list[i], String(i))) out += 'null';
      }
      out += ']';
    } else {
      const rec = v as Rec;
      let first = true;
      out += '{';
      for (const k of Object.keys(rec)) {
        if (out.length > max) break;
        const before = out;
        out += `${first ? '' : ','}${JSON.stringify(k.length > max ? k.slice(0, max) : k)}:`;
        if (write(rec[k], k)) first = false;
        else out = before;
      }
      out += '}';
    }
    open.pop();
    return true;
  };
  return write(value, '') ? out : undefined;
}

/** The primitive inside `new Number(1)`, `new String('a')` and their kin, read from its slot. */
function unbox(value: object): unknown {
  const proto: unknown = Object.getPrototypeOf(value);
  const valueOf =
    proto === Number.prototype
      ? Number.prototype.valueOf
      : proto === String.prototype
        ? String.prototype.valueOf
        : proto === Boolean.prototype
          ? Boolean.prototype.valueOf
          : proto === BigInt.prototype
            ? BigInt.prototype.valueOf
            : undefined;
  if (!valueOf) return value;
  try {
    return (valueOf as (this: unknown) => unknown).call(value);
  } catch {
    return value; // an object that only inherits from Number.prototype
  }
}

/** `[object Object]`, `[object Function]`…: what a value is, without running its conversions. */
const kindOf = (value: unknown): string => Object.prototype.toString.call(value);

/** One line for a problem, for consoles and error lists; every part is cut. */
const SINGULAR = { events: 'event', eras: 'era', categories: 'category' } as const;

export function formatProblem(p: Problem): string {
  const item = cut(p.item, NAME_LENGTH + 2);
  const where = p.collection === 'dataset' ? 'dataset' : `${SINGULAR[p.collection]} ${item}`;
  const field = cut(p.field, NAME_LENGTH);
  const message = cut(p.message, MESSAGE_LENGTH);
  return `${where}${field ? `, ${field}` : ''}: ${message} (value: ${cut(p.value, VALUE_LENGTH)})`;
}

/**
 * The first `limit` problems and how many more there are, for a list or a console that stays
 * readable when a dataset has thousands. A limit below 1 (or NaN) shows none.
 */
export function summarizeProblems(
  problems: readonly Problem[],
  limit = 50,
): { shown: readonly Problem[]; more: number } {
  const n = Number.isNaN(limit) ? 0 : Math.max(0, Math.floor(limit));
  const shown = problems.slice(0, n);
  return { shown, more: problems.length - shown.length };
}

/** What was thrown while reading the input, as text for a problem message. */
function errorText(error: unknown): string {
  const message = attempt(() => (error instanceof Error ? error.message : error));
  const text = message.ok ? describeValue(message.value) : '(unreadable)';
  return cut(text, ERROR_LENGTH);
}

/** A plain copy of an input record: each field read once, so no getter runs twice. */
interface RecordCopy {
  /** Every known field, own or inherited (`undefined` when absent or unreadable). */
  readonly rec: Rec;
  /** The record's own fields that are not known, with their values, in the record's order. */
  readonly unknown: readonly (readonly [name: string, value: unknown])[];
  /** Fields whose read threw, with what was thrown. */
  readonly failed: readonly (readonly [name: string, error: unknown])[];
}

/**
 * The one empty list: most events have no tags, places, people, media or sources, and a list
 * apiece for 100,000 events is half a million objects for the garbage collector to copy.
 */
const NONE: readonly never[] = Object.freeze([]);
const frozen = <T>(list: T[]): readonly T[] => (list.length ? Object.freeze(list) : NONE);

/** A read that went well and found no record (or no list): one object serves every such read. */
const NOT_FOUND: Read<null> = { ok: true, value: null };

/**
 * Copies a record's own enumerable fields and its known ones (which may be inherited, as plain
 * property reads would find them). `null` when the value is not a record at all; a failed read
 * when even its field names cannot be listed.
 */
function copyRecord(value: unknown, fields: Fields): Read<RecordCopy | null> {
  let keys: string[];
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_FOUND;
    keys = Object.keys(value);
  } catch (error) {
    return { ok: false, error };
  }
  const source = value as Rec;
  const { names, bits } = fields;
  const rec: Rec = { ...fields.blank };
  let unknown: [string, unknown][] | undefined;
  let failed: [string, unknown][] | undefined;
  let own = 0;
  for (const key of keys) {
    const bit = bits.get(key);
    // Marked before the read: a known field whose getter throws is not read again below.
    if (bit !== undefined) own |= bit;
    try {
      const field = source[key];
      if (bit === undefined) (unknown ??= []).push([key, field]);
      else rec[key] = field;
    } catch (error) {
      (failed ??= []).push([key, error]);
    }
  }
  for (let i = 0; i < names.length; i++) {
    if (own & (1 << i)) continue;
    const name = names[i]!;
    try {
      // Most are missing, and `rec` has them as undefined already: a store costs more than a read.
      const field = source[name];
      if (field !== undefined) rec[name] = field;
    } catch (error) {
      (failed ??= []).push([name, error]);
    }
  }
  return { ok: true, value: { rec, unknown: unknown ?? NONE, failed: failed ?? NONE } };
}

/** An input list whose length has been read and checked. */
interface InputList {
  readonly list: readonly unknown[];
  readonly length: number;
}

/**
 * The list and its length; `null` when the value is not a list, a failed read when its length
 * cannot be read.
 */
function openList(value: unknown): Read<InputList | null> {
  try {
    if (!Array.isArray(value)) return NOT_FOUND;
    const list = value as unknown[];
    const length = list.length;
    // A Proxy can claim any length; a real array's is a whole number below 2^32.
    if (!Number.isInteger(length) || length < 0 || length > 2 ** 32 - 1) {
      throw new Error(`its length ${describeValue(length)} is not a list length`);
    }
    return { ok: true, value: { list, length } };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Visits the elements of an input list, read by index: its own `forEach`, `map` or iterator may
 * be anything, so none is called. Holes are skipped, as `forEach` would; an element that cannot
 * be read goes to `unreadable` instead.
 */
function forEachElement(
  { list, length }: InputList,
  visit: (value: unknown, index: number) => void,
  unreadable: (error: unknown, index: number) => void,
): void {
  for (let index = 0; index < length; index++) {
    let value: unknown;
    try {
      if (!(index in list)) continue;
      value = list[index];
    } catch (error) {
      unreadable(error, index);
      continue;
    }
    visit(value, index);
  }
}

/**
 * Text with more than white space in it. Most text starts with a printable ASCII character, which
 * settles it without trimming (the trim was 6 % of validating 100,000 events).
 */
const nonEmpty = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  const first = v.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || v.trim() !== '';
};

/**
 * Adds the problems of one item (or of the dataset itself) to a list. The item's name is worked
 * out at its first problem: most items have none.
 */
class Collector {
  private item: string | undefined;
  /** Where this item's first problem is in the list, or -1 before it has one. */
  private first = -1;
  /**
   * @param rec The item's copy, whose id names it, or `null` when it has none.
   * @param index The item's index in its list, or -1 for the dataset.
   * @param names The names the file gives its items by index, which win over ids.
   */
  constructor(
    private readonly problems: Problem[],
    private readonly collection: Collection,
    private readonly rec: Rec | null = null,
    private readonly index = -1,
    private readonly names?: readonly string[],
  ) {}
  report(field: string, message: string, value: unknown) {
    this.add(field, message, describeValue(value));
  }
  /** A field (or with `''` the whole item) that threw when read. */
  unreadable(field: string, error: unknown) {
    this.add(field, `could not be read: ${errorText(error)}`, '(unreadable)');
  }
  unreadableFields(copy: RecordCopy, prefix = '') {
    for (const [key, error] of copy.failed) this.unreadable(`${prefix}${key}`, error);
  }
  /**
   * Names the item by its position and `title` (or as the file names it), not by its id: an id
   * that another item has cannot tell the two apart. Problems already reported are renamed too.
   */
  nameByPosition(title: unknown) {
    const name = positionalName(this.index, title, this.names);
    if (this.first >= 0)
      for (let p = this.first; p < this.problems.length; p++)
        this.problems[p] = { ...this.problems[p]!, item: name };
    this.item = name;
  }
  private add(field: string, message: string, value: string) {
    const { collection } = this;
    this.item ??= this.index < 0 ? 'dataset' : itemName(this.rec, this.index, this.names);
    if (this.first < 0) this.first = this.problems.length;
    this.problems.push({
      collection,
      item: this.item,
      field: cut(field, NAME_LENGTH),
      message,
      value,
    });
  }
  unknownFields(copy: RecordCopy, prefix = '') {
    for (const [key, value] of copy.unknown)
      this.report(`${prefix}${key}`, `unknown field ${quote(key)} was ignored`, value);
  }
  /** A date field; `outcome` ends the problem's sentence (what became of the item). */
  date(rec: Rec, field: string, required: boolean, outcome = ''): CivilDate | null | undefined {
    const value = rec[field];
    if (value === undefined && !required) return undefined;
    const parsed = toCivilDate(value);
    if (parsed.ok) return parsed.date;
    this.report(field, parsed.reason + outcome, value);
    return null;
  }
  text(rec: Rec, field: string): string | undefined {
    const value = rec[field];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    this.report(field, `${field} must be text`, value);
    return undefined;
  }
  /** A CSS colour, trimmed; anything else (a declaration, `url()`) is reported and dropped. */
  color(rec: Rec): string | undefined {
    const text = this.text(rec, 'color')?.trim();
    if (text === undefined || isCssColor(text)) return text;
    this.report('color', COLOR_PROBLEM, rec.color);
    return undefined;
  }
  /** A nested list, or `null` (reported) when it is not one. */
  private list(rec: Rec, field: string, notList: string): InputList | null {
    const value = rec[field];
    if (value === undefined) return null;
    const list = openList(value);
    if (!list.ok) this.unreadable(field, list.error);
    else if (!list.value) this.report(field, notList, value);
    return list.ok && list.value ? capped(list.value, NESTED_LIMIT, this, field) : null;
  }
  /** Visits each readable element of a nested list; the unreadable ones are reported by path. */
  private elements(
    rec: Rec,
    field: string,
    notList: string,
    visit: (value: unknown, at: string) => void,
  ): void {
    const list = this.list(rec, field, notList);
    if (!list) return;
    forEachElement(
      list,
      (value, index) => visit(value, `${field}[${index}]`),
      (error, index) => this.unreadable(`${field}[${index}]`, error),
    );
  }
  /** Visits each element of a nested list of records, copied; the rest are reported by path. */
  private records(
    rec: Rec,
    field: string,
    kind: NestedRecords,
    visit: (copy: RecordCopy, at: string) => void,
  ): void {
    this.elements(rec, field, kind.notList, (value, at) => {
      const copy = copyRecord(value, kind.fields);
      if (!copy.ok) this.unreadable(at, copy.error);
      else if (!copy.value) this.report(at, kind.notRecord, value);
      else {
        this.unreadableFields(copy.value, `${at}.`);
        visit(copy.value, at);
      }
    });
  }
  strings(rec: Rec, field: string): readonly string[] {
    if (rec[field] === undefined) return NONE;
    const out: string[] = [];
    this.elements(rec, field, `${field} must be a list of text`, (v, at) => {
      if (nonEmpty(v)) out.push(v.trim());
      else this.report(at, `${field} entries must be non-empty text`, v);
    });
    return frozen(out);
  }
  sources(rec: Rec, field = 'sources'): readonly Source[] {
    if (rec[field] === undefined) return NONE;
    const out: Source[] = [];
    this.records(rec, field, SOURCES, (copy, at) => {
      const s = copy.rec;
      if (!nonEmpty(s.title)) {
        this.report(`${at}.title`, 'a source needs a title', s.title);
        return;
      }
      this.unknownFields(copy, `${at}.`);
      const source: { -readonly [K in keyof Source]: Source[K] } = { title: s.title.trim() };
      if (s.url !== undefined) {
        const url = checkUrl(s.url);
        if (url.ok) source.url = url.url;
        else if (typeof s.url === 'string' && s.url.trim() === source.title) {
          // A source titled by its own URL (a link without text, a sheet without source_title)
          // would show the refused URL, `javascript:…`, as its text.
          this.report(
            `${at}.url`,
            `${url.reason}; the source, titled by this URL, was dropped`,
            s.url,
          );
          return;
        } else this.report(`${at}.url`, `${url.reason}; the link was removed`, s.url);
      }
      if (nonEmpty(s.publisher)) source.publisher = s.publisher.trim();
      if (s.accessed !== undefined) {
        const d = toCivilDate(s.accessed);
        if (d.ok) source.accessed = d.date;
        else this.report(`${at}.accessed`, d.reason, s.accessed);
      }
      out.push(Object.freeze(source));
    });
    return frozen(out);
  }
  media(rec: Rec): readonly Media[] {
    if (rec.media === undefined) return NONE;
    const out: Media[] = [];
    this.records(rec, 'media', MEDIA, (copy, at) => {
      const m = copy.rec;
      const url = checkUrl(m.url);
      if (!url.ok) {
        this.report(`${at}.url`, `${url.reason}; the media item was dropped`, m.url);
        return;
      }
      if (typeof m.alt !== 'string') {
        this.report(`${at}.alt`, 'a media item needs alt text; the media item was dropped', m.alt);
        return;
      }
      this.unknownFields(copy, `${at}.`);
      const media: { -readonly [K in keyof Media]: Media[K] } = { url: url.url, alt: m.alt.trim() };
      if (nonEmpty(m.credit)) media.credit = m.credit.trim();
      if (nonEmpty(m.caption)) media.caption = m.caption.trim();
      out.push(Object.freeze(media));
    });
    return frozen(out);
  }
}

function itemName(rec: Rec | null, index: number, names?: readonly string[]): string {
  const named = names?.[index];
  if (named !== undefined) return named;
  if (rec && nonEmpty(rec.id)) return quote(rec.id.trim());
  // Without an id, by position and title, as TimelineJS events without unique_id are named.
  return positionalName(index, rec?.title ?? rec?.label);
}

/**
 * An item named by its position and title, `#3 ("Meeting")` (or as the file names it), for when
 * its id cannot tell it from another item's.
 */
function positionalName(index: number, title: unknown, names?: readonly string[]): string {
  return names?.[index] ?? itemLabel(`#${index + 1}`, nonEmpty(title) ? title.trim() : '');
}

/**
 * Most entries read from a list of events, categories or eras, and from an event's or source's
 * nested list (tags, places, people, media, sources). Lists are read by index, holes included, so
 * a sparse list such as `new Array(2 ** 32 - 1)` would otherwise hold the page for minutes.
 */
const LIST_LIMIT = 1_000_000;
const NESTED_LIMIT = 10_000;

/** The list, or its first `limit` entries with a problem saying how many were not read. */
function capped(list: InputList, limit: number, c: Collector, field: string): InputList {
  if (list.length <= limit) return list;
  c.report(
    field,
    `${field} has ${list.length} entries; only the first ${limit} were read`,
    list.length,
  );
  return { list: list.list, length: limit };
}

/** A top-level list, or `null` (reported as a dataset problem) if it is none. */
function datasetList(input: unknown, field: string, problems: Problem[]): InputList | null {
  const list = openList(input);
  const c = new Collector(problems, 'dataset');
  if (list.ok && list.value) return capped(list.value, LIST_LIMIT, c, field);
  if (list.ok) c.report(field, `${field} must be a list`, input);
  else c.unreadable(field, list.error);
  return null;
}

/**
 * Visits each element of a top-level list as a copied record (`null` when it is not a record),
 * with a collector named after it. Elements that cannot be read are reported by position (`#1`) and
 * not visited.
 */
function forEachItem(
  collection: Collection,
  list: InputList | null,
  fields: Fields,
  problems: Problem[],
  names: readonly string[] | undefined,
  visit: (
    c: Collector,
    copy: RecordCopy | null,
    value: unknown,
    index: number,
    /** Where the item's problems begin in the list. */
    start: number,
  ) => void,
  counted?: () => void,
): void {
  if (!list) return;
  forEachElement(
    list,
    (value, index) => {
      counted?.();
      const start = problems.length;
      const copy = copyRecord(value, fields);
      const record = copy.ok ? copy.value : null;
      const c = new Collector(problems, collection, record?.rec ?? null, index, names);
      if (!copy.ok) c.unreadable('', copy.error);
      else {
        if (record) c.unreadableFields(record);
        visit(c, record, value, index, start);
      }
    },
    (error, index) => {
      counted?.();
      new Collector(problems, collection, null, index, names).unreadable('', error);
    },
  );
}

/** An item's start and end; where either is wrong, the item (`what`) is dropped, and said to be. */
const DROPPED = { event: '; the event was dropped', era: '; the era was dropped' } as const;

function span(c: Collector, rec: Rec, endRequired: boolean, what: 'event' | 'era') {
  const dropped = DROPPED[what];
  const start = c.date(rec, 'start', true, dropped);
  const end = c.date(rec, 'end', endRequired, dropped);
  if (!start || end === null) return null;
  // An end is inclusive: "2012" runs to the end of 2012, so it may end an event from 2012-05-10.
  if (end && endTime(end) <= start.time) {
    c.report('end', `end ${end.iso} is before start ${start.iso}${dropped}`, rec.end);
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
  const list = datasetList(input, 'categories', problems);
  const seen = new Set<string>();
  forEachItem('categories', list, CATEGORY, problems, undefined, (c, copy, value) => {
    if (!copy) return c.report('', 'a category must be an object with id and label', value);
    const { rec } = copy;
    if (!nonEmpty(rec.id)) c.report('id', 'a category needs an id', rec.id);
    else if (seen.has(rec.id))
      c.report('id', `duplicate id ${quote(rec.id)}; only the first is kept`, rec.id);
    else {
      c.unknownFields(copy);
      seen.add(rec.id);
      const label = nonEmpty(rec.label) ? rec.label.trim() : rec.id;
      if (!nonEmpty(rec.label))
        c.report('label', 'a category needs a label; its id is shown instead', rec.label);
      const color = c.color(rec);
      categories.push(Object.freeze(color ? { id: rec.id, label, color } : { id: rec.id, label }));
    }
  });
  return { categories, problems };
}

/**
 * Validates events. `categories` lists the known category ids; when it is `undefined`, any
 * category is accepted, and `derived` lists the events' categories in the order the data first
 * names them. `names` names the events in problems, by index, instead of their ids (a sheet's rows).
 */
export function validateEvents(
  input: unknown,
  categories?: ReadonlySet<string>,
  names?: readonly string[],
): { events: TimelineEvent[]; problems: Problem[]; dropped: number; derived?: Category[] } {
  const problems: Problem[] = [];
  const list = datasetList(input, 'events', problems);
  const checked = new CheckedEvents(problems, names);
  let items = 0;
  forEachItem(
    'events',
    list,
    EVENT,
    problems,
    names,
    (c, copy, value, index, start) => {
      if (!copy) c.report('', 'an event must be an object with id, title and start', value);
      else checked.add(validateEvent(c, copy, index, categories, checked), start, problems.length);
    },
    () => items++,
  );
  const events = checked.settleIds();
  // Without a list of categories, they are the events', in the order the data gives them (not the
  // events' dates): a live page's event dated before the rest, of a new category, recolours none.
  const derived = categories ? undefined : deriveCategories(events);
  sortByTime(events);
  return { events, problems, dropped: items - events.length, ...(derived ? { derived } : {}) };
}

/**
 * The events checked one by one, in input order, with what deciding later that an id repeats
 * an earlier one needs: an event whose id repeats is dropped with one problem saying so, in the
 * place of the problems found after its id.
 *
 * Repeats are found after the events are built, in one pass over the ids: a Set grown to 100,000
 * ids while the events are built costs V8 about four times as much (its growing tables and the
 * garbage collection of the events' objects slow each other down). So a repeat is read whole
 * before it is dropped, as any other event is; what it says beyond its id is not reported.
 */
class CheckedEvents {
  private readonly ids: string[] = [];
  /** Each id as given (its problem shows that), and the record's index in the input. */
  private readonly given: unknown[] = [];
  private readonly indexes: number[] = [];
  /** Each title as given: a repeat is named by its position and title, not by the id it repeats. */
  private readonly titles: unknown[] = [];
  /** Where in the problems each event's own begin. */
  private readonly starts: number[] = [];
  /** Where in the problems a repeated id's problem goes: after those about its fields and id. */
  private readonly marks: number[] = [];
  /** Where its problems end. */
  private readonly ends: number[] = [];
  private readonly events: (TimelineEvent | null)[] = [];

  constructor(
    private readonly problems: Problem[],
    private readonly names: readonly string[] | undefined,
  ) {}

  /** An event's id, settled: the next problems reported are about the rest of it. */
  id(id: string, given: unknown, index: number, title: unknown): void {
    this.ids.push(id);
    this.given.push(given);
    this.indexes.push(index);
    this.titles.push(title);
    this.marks.push(this.problems.length);
  }

  /**
   * The event checked since `id()` (or `null`), and where its problems begin and end in the list.
   */
  add(event: TimelineEvent | null, start: number, end: number): void {
    this.events.push(event);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** The i-th event checked, named by its position and title. */
  private positional(i: number): string {
    return positionalName(this.indexes[i]!, this.titles[i], this.names);
  }

  /** The events to keep: each first of its id. Problems of repeats are rewritten in place. */
  settleIds(): TimelineEvent[] {
    const { ids, events, problems } = this;
    const seen = new Set<string>();
    /** Each id and the first event that has it, found once there is a repeat to name it in. */
    let firsts: Map<string, number> | undefined;
    let kept: Problem[] | undefined;
    let from = 0;
    for (let i = 0; i < ids.length; i++) {
      // One look-up, not `has` and then `add`.
      const size = seen.size;
      if (seen.add(ids[i]!).size !== size) continue;
      if (!firsts) {
        firsts = new Map();
        for (let j = 0; j < ids.length; j++) if (!firsts.has(ids[j]!)) firsts.set(ids[j]!, j);
      }
      kept ??= [];
      for (let p = from; p < this.starts[i]!; p++) kept.push(problems[p]!);
      // Named by its position and title: its id names the event that was kept just as well.
      const name = this.positional(i);
      for (let p = this.starts[i]!; p < this.marks[i]!; p++)
        kept.push({ ...problems[p]!, item: name });
      kept.push({
        collection: 'events',
        item: name,
        field: 'id',
        message: `duplicate id ${quote(ids[i]!)}, already used by ${this.positional(firsts.get(ids[i]!)!)}; the event was dropped`,
        value: describeValue(this.given[i]),
      });
      from = this.ends[i]!;
      events[i] = null;
    }
    if (kept) {
      for (let p = from; p < problems.length; p++) kept.push(problems[p]!);
      // Copied back one by one: spread into a call, 100,000 problems overflow the stack.
      problems.length = kept.length;
      for (let p = 0; p < kept.length; p++) problems[p] = kept[p]!;
    }
    const out: TimelineEvent[] = [];
    for (const event of events) if (event) out.push(event);
    return out;
  }
}

/**
 * An id as text: one written as a number, as databases give them, is that number's text. An
 * integer past 2^53 is not: JSON cannot hold it exactly, and two such ids may read as one.
 */
function idText(value: unknown): unknown {
  return typeof value === 'number' &&
    Number.isFinite(value) &&
    (!Number.isInteger(value) || Number.isSafeInteger(value))
    ? String(value)
    : value;
}

/** Why an item's id could not be used, and the one it was given. */
function missingId(kind: 'event' | 'era', id: string, given: unknown): string {
  return given == null || typeof given === 'string'
    ? `the ${kind} has no id; it was given the id "${id}"`
    : typeof given === 'number'
      ? `the ${kind}'s id is a number too large to be read exactly (write it as text, in quotes); it was given the id "${id}"`
      : `the ${kind}'s id is neither text nor a number; it was given the id "${id}"`;
}

function validateEvent(
  c: Collector,
  copy: RecordCopy,
  index: number,
  categories: ReadonlySet<string> | undefined,
  checked: CheckedEvents,
): TimelineEvent | null {
  const { rec } = copy;
  c.unknownFields(copy);
  let id: string;
  const given = idText(rec.id);
  if (!nonEmpty(given)) {
    // Counted from 1, as problems count positions (`#1`) and markup numbers its events.
    id = `event-${index + 1}`;
    c.report('id', missingId('event', id, given), rec.id);
  } else id = given.trim();
  checked.id(id, given, index, rec.title);
  let ok = true;
  if (!nonEmpty(rec.title)) {
    c.report('title', 'the event has no title; it was dropped', rec.title);
    ok = false;
  }
  const times = span(c, rec, false, 'event');
  if (!ok || !times) return null;
  let category = c.text(rec, 'category');
  if (category !== undefined && categories && !categories.has(category)) {
    c.report(
      'category',
      `unknown category ${quote(category)}; the event is shown without one`,
      category,
    );
    category = undefined;
  }
  const group = c.text(rec, 'group')?.trim().slice(0, 200);
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
  // One object literal, the optional fields added after it (so they come last): spreading
  // `{ end }` or `{}` into the middle of the literal made each event ten times as slow to build.
  const event: { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] } = {
    id,
    title: (rec.title as string).trim(),
    start: times.start,
    summary: c.text(rec, 'summary')?.trim() ?? '',
    tags: c.strings(rec, 'tags'),
    places: c.strings(rec, 'places'),
    people: c.strings(rec, 'people'),
    importance,
    media: c.media(rec),
    sources: c.sources(rec),
    startTime: times.startTime,
    endTime: times.endTime,
  };
  if (times.end) event.end = times.end;
  if (category !== undefined) event.category = category;
  if (group) event.group = group;
  const body = c.text(rec, 'body')?.trim();
  if (body) {
    if (body.length > BODY_LENGTH)
      c.report('body', `the body is longer than ${BODY_LENGTH} characters; it was cut`, rec.body);
    event.body = body.slice(0, BODY_LENGTH);
  }
  const displayDate = c.text(rec, 'displayDate')?.trim().slice(0, 200);
  if (displayDate) event.displayDate = displayDate;
  return Object.freeze(event);
}

/** Longest `body` kept: a long article, not a file pasted by mistake. */
const BODY_LENGTH = 50_000;

/** Validates eras; `names` names them in problems, by index, instead of their ids. */
export function validateEras(
  input: unknown,
  names?: readonly string[],
): { eras: Era[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const eras: Era[] = [];
  if (input === undefined) return { eras, problems };
  const list = datasetList(input, 'eras', problems);
  // Each id and the era that has it first: its position and title.
  const seen = new Map<string, { readonly index: number; readonly title: unknown }>();
  forEachItem('eras', list, ERA, problems, names, (c, copy, value, i) => {
    if (!copy) {
      c.report('', 'an era must be an object with id, title, start and end', value);
      return;
    }
    const { rec } = copy;
    const given = idText(rec.id);
    const id = nonEmpty(given) ? given.trim() : `era-${i + 1}`;
    const first = seen.get(id);
    // A repeat is named by its position and title: its id names the era that was kept as well.
    if (first !== undefined) c.nameByPosition(rec.title);
    c.unknownFields(copy);
    if (!nonEmpty(given)) c.report('id', missingId('era', id, given), rec.id);
    const title = nonEmpty(rec.title) ? rec.title.trim() : null;
    if (!title) c.report('title', 'the era has no title; it was dropped', rec.title);
    if (first !== undefined)
      c.report(
        'id',
        `duplicate id ${quote(id)}, already used by ${positionalName(first.index, first.title, names)}; the era was dropped`,
        rec.id,
      );
    const times = span(c, rec, true, 'era');
    if (title && times?.end && first === undefined) {
      seen.set(id, { index: i, title: rec.title });
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
  });
  sortByTime(eras);
  return { eras, problems };
}

/**
 * Validates a whole dataset. Never throws: whatever the input (getters or Proxies that throw
 * included), it returns a usable dataset (maybe empty) and the list of problems found. The
 * input is read once, field by field, and never changed. `names`, from the reader of a file
 * (`readSource`), names its events and eras, and their fields, in problems as the file does.
 */
export function validateDataset(input: unknown, names?: ItemNames): ValidationResult {
  const problems: Problem[] = [];
  const c = new Collector(problems, 'dataset');
  const copy = copyRecord(input, DATASET);
  const rec: Rec = copy.ok && copy.value ? copy.value.rec : { ...DATASET.blank };
  if (!copy.ok) c.unreadable('', copy.error);
  else if (!copy.value) c.report('', 'a dataset must be an object with an events list', input);
  else {
    c.unreadableFields(copy.value);
    c.unknownFields(copy.value);
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
  // It becomes the `lang` of the data's parts: a tag a screen reader cannot read ("English") is
  // worse than none, which leaves the data in the page's language.
  const written = c.text(rec, 'lang')?.trim();
  const lang = written && LANGUAGE_TAG.test(written) ? written : undefined;
  if (written && !lang)
    c.report(
      'lang',
      'lang must be a BCP 47 language tag, such as "en" or "kk-Cyrl"; it was ignored',
      rec.lang,
    );
  const cats = validateCategories(rec.categories);
  const known =
    rec.categories === undefined ? undefined : new Set(cats.categories.map((k) => k.id));
  const ev = validateEvents(rec.events ?? [], known, names?.events);
  const er = validateEras(rec.eras, names?.eras);
  const sources = c.sources(rec);
  const categories = known ? cats.categories : (ev.derived ?? []);
  const dataset: Dataset = Object.freeze({
    title,
    description,
    ...(lang ? { lang } : {}),
    events: Object.freeze(ev.events),
    eras: Object.freeze(er.eras),
    categories: Object.freeze(categories),
    sources,
  });
  const columns = names?.fields;
  return {
    dataset,
    problems: problems.concat(
      cats.problems,
      lookalikes(categories),
      columns ? inColumns(ev.problems, columns) : ev.problems,
      columns ? inColumns(er.problems, columns) : er.problems,
    ),
    dropped: ev.dropped,
  };
}

/** Problems with their fields named as the file's columns are (`source_url`, not `sources[0].url`). */
function inColumns(problems: Problem[], columns: Readonly<Record<string, string>>): Problem[] {
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i]!;
    // Own names only: an unknown field called "constructor" has no column.
    if (Object.hasOwn(columns, p.field)) problems[i] = { ...p, field: columns[p.field]! };
  }
  return problems;
}

/** The row a problem's item names, `row 12 ("…")` in a sheet, or -1 when it names none. */
function rowOf(p: Problem): number {
  const m = /^row (\d+)\b/.exec(p.item);
  return m ? Number(m[1]) : -1;
}

/**
 * Problems in the order of the rows they name, so that a sheet's author reads them from the top
 * down: the reader's and validation's, given one after the other, are interleaved. Problems about
 * no row (the file's columns, its encoding) come first; the order is kept otherwise. A list that
 * names no row, as from JSON, is returned as it is.
 */
export function inRowOrder(problems: readonly Problem[]): readonly Problem[] {
  const rows = problems.map(rowOf);
  if (rows.every((row, i) => i === 0 || row >= rows[i - 1]!)) return problems;
  const order = rows.map((_, i) => i);
  // Stable: problems of one row keep the order they were found in.
  order.sort((a, b) => rows[a]! - rows[b]!);
  return order.map((i) => problems[i]!);
}

/**
 * Categories drawn exactly as an earlier one is: colours repeat after the palette's sixth, shapes
 * after its fourth round (`categoryShape`), so the 25th category without a colour of its own
 * looks as the first does. Each is reported, naming the one it looks like, as the legend could
 * not tell them apart.
 */
function lookalikes(categories: readonly Category[]): Problem[] {
  const problems: Problem[] = [];
  const round = PALETTE.length * SHAPES;
  for (let i = round; i < categories.length; i++) {
    const k = categories[i]!;
    if (k.color) continue;
    // The latest earlier one in the same colour and shape, past any given a colour of their own.
    let j = i - round;
    while (j >= 0 && categories[j]!.color) j -= round;
    if (j < 0) continue;
    const like = categories[j]!;
    problems.push({
      collection: 'categories',
      item: quote(k.id),
      field: 'color',
      message: `drawn in the same colour and shape as category ${quote(like.id)}: past ${round} categories they repeat; give one of them its own color`,
      value: '',
    });
  }
  return problems;
}

function deriveCategories(events: readonly TimelineEvent[]): Category[] {
  const ids = new Set<string>();
  for (const e of events) if (e.category) ids.add(e.category);
  return Array.from(ids, (id) => Object.freeze({ id, label: id }));
}
