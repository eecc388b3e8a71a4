/**
 * Civil dates for history: parsed once from ISO 8601 text, kept with their precision, and placed
 * on the axis as UTC milliseconds. Nothing here reads the machine's time zone.
 *
 * Years are astronomical (ISO 8601): year 0 is 1 BCE, year -1 is 2 BCE, year -43 is 44 BCE.
 * The proleptic Gregorian calendar is used for every year.
 */

/** How finely a date is known. Ordered from coarsest to finest. */
export const PRECISIONS = ['year', 'month', 'day', 'minute', 'second'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A date as the data gave it, with its precision, and the instant it starts on the axis. */
export interface CivilDate {
  /** Astronomical year: 0 is 1 BCE, -1 is 2 BCE. */
  readonly year: number;
  /** 1–12; 1 when the precision is `year`. */
  readonly month: number;
  /** 1–31; 1 when the precision is coarser than `day`. */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /**
   * Minutes east of UTC of a date-time's offset (`+05:00` is 300), or `null` for a calendar
   * date, which is civil and belongs to no time zone.
   */
  readonly offset: number | null;
  readonly precision: Precision;
  /** UTC milliseconds of the start of the date (a calendar date starts at 00:00 UTC). */
  readonly time: number;
  /** Canonical ISO 8601 text of the date at its precision, e.g. `2013-05`, `-000043`. */
  readonly iso: string;
}

export type ParseResult =
  { readonly ok: true; readonly date: CivilDate } | { readonly ok: false; readonly reason: string };

/**
 * The first year a date may have: 250000 BCE (astronomical year -249999). The range is far wider
 * than history needs, and narrow enough that an axis padded around all of it is still made of
 * valid JavaScript Dates (see `MAX_ABS_TIME`).
 */
export const MIN_YEAR = -249999;
/** The last year a date may have: 250000 CE. */
export const MAX_YEAR = 250000;

/**
 * No accepted date starts or ends further than this from 1970-01-01T00:00Z, in milliseconds
 * (about 252,000 years; the years MIN_YEAR to MAX_YEAR, 250000 BCE to 250000 CE, keep to it with
 * 275 years to spare). The axis pads a dataset's domain by 4 % of its span on each side and by
 * at least two years; two dates at ±MAX_ABS_TIME padded so still lie inside JavaScript's Date
 * range of ±8.64e15 ms: 1.08 × 7.96e15 ms + 2 years ≈ 8.597e15 ms.
 */
export const MAX_ABS_TIME = 7.96e15;

/** JavaScript's Date range: 100,000,000 days either side of 1970, in milliseconds. */
export const DATE_LIMIT = 8.64e15;

/**
 * A time moved into JavaScript's Date range, so that `new Date(clampTime(t))` is a valid Date for
 * any number `t` but NaN, which stays NaN: there is no time to move it to.
 */
export function clampTime(time: number): number {
  return Math.min(DATE_LIMIT, Math.max(-DATE_LIMIT, time));
}

const eraYear = (year: number) => (year <= 0 ? `${1 - year} BCE` : `${year} CE`);

/**
 * Why an (astronomical) year cannot be used, or `undefined` when it can. `written` names the year
 * as its author wrote it, where that differs from the astronomical year (TimelineJS's -43).
 */
export function yearOutOfRange(year: number, written = ''): string | undefined {
  if (year >= MIN_YEAR && year <= MAX_YEAR) return undefined;
  const range = `${eraYear(MIN_YEAR)} and ${eraYear(MAX_YEAR)}`;
  return `year ${written || year} is outside the supported range: dates must lie between ${range}`;
}

const DATE_RE =
  /^([+-]\d{4,6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** How the reason for text that is no date in any form begins (the messages tell readers apart). */
export const NOT_A_DATE = 'not a date in a supported form';
const FORMATS = 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm[:ss[.sss]](Z|±HH:mm), or ±YYYYYY';

/** Whether an astronomical year is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  // `% d === 0` holds for negative years too (-4 % 4 is -0).
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in a month (1–12) of an astronomical year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to the first day of a month (1–12) of a proleptic Gregorian year: the
 * count of days of the year before March (so that leap days come last), after Howard Hinnant's
 * `days_from_civil`. Exact for any whole year a Date can hold.
 */
function daysToMonth(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5);
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const isWhole = (n: number, min: number, max: number) =>
  Number.isInteger(n) && n >= min && n <= max;

/**
 * UTC milliseconds of a civil date-time. Unlike `Date.UTC`, years 0–99 stay in the first
 * century instead of being read as 1900–1999.
 */
export function utcTime(
  year: number,
  month = 1,
  day = 1,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  // The dates the core parses, and the instant just after them, by arithmetic: a Date costs
  // more than the rest of a date's validation. Anything else (months or days to carry past a
  // year, times beyond a Date's range, which give NaN) goes through a Date.
  if (
    isWhole(year, MIN_YEAR - 1, MAX_YEAR + 1) &&
    isWhole(month, 1, 13) &&
    isWhole(day, 1, 32) &&
    isWhole(hour, 0, 24) &&
    isWhole(minute, 0, 60) &&
    isWhole(second, 0, 60)
  ) {
    const days = month === 13 ? daysToMonth(year + 1, 1) : daysToMonth(year, month);
    return (days + day - 1) * 864e5 + hour * 36e5 + minute * 6e4 + second * 1e3;
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** An offset in minutes east of UTC as ISO text: 300 is `+05:00`, -90 is `-01:30`. */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** ISO 8601 text of a year: four digits, or a signed six-digit extended year outside 0–9999. */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return (year < 0 ? '-' : '+') + pad(year, 6);
}

function isoOf(d: Omit<CivilDate, 'iso' | 'time'>): string {
  let s = isoYear(d.year);
  if (d.precision === 'year') return s;
  s += `-${pad(d.month, 2)}`;
  if (d.precision === 'month') return s;
  s += `-${pad(d.day, 2)}`;
  if (d.precision === 'day') return s;
  s += `T${pad(d.hour, 2)}:${pad(d.minute, 2)}`;
  if (d.precision === 'second') s += `:${pad(d.second, 2)}`;
  return d.offset === null || d.offset === 0 ? `${s}Z` : `${s}${offsetText(d.offset)}`;
}

function build(fields: Omit<CivilDate, 'iso' | 'time'>, iso = isoOf(fields)): CivilDate {
  const { year, month, day, hour, minute, second, offset, precision } = fields;
  const time = utcTime(year, month, day, hour, minute, second) - (offset ?? 0) * 60_000;
  // Written out rather than spread from `fields`: a spread copy costs ten times as much.
  return Object.freeze({ year, month, day, hour, minute, second, offset, precision, time, iso });
}

const ZERO = 48;
/** The number written by the ASCII digits of `s` from `start` to `end`, or -1 if any is not one. */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (!(d >= 0 && d <= 9)) return -1; // NaN past the end of s, too
    n = n * 10 + d;
  }
  return n;
}

/** The codes of the characters the common forms are written with, besides digits. */
const CHAR = { dash: 45, colon: 58, plus: 43, T: 84, Z: 90 } as const;

/**
 * The common forms, `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm[:ss]` with `Z` or
 * `±HH:mm`, read without the regular expression when they are valid. `undefined` sends anything
 * else, wrong dates included, to the general parser, which says what is wrong.
 */
function parseCommon(s: string): CivilDate | undefined {
  const n = s.length;
  if (n !== 4 && n !== 7 && n < 10) return undefined;
  const year = digits(s, 0, 4);
  if (year < 0) return undefined;
  let month = 1;
  let day = 1;
  if (n >= 7) {
    month = s.charCodeAt(4) === CHAR.dash ? digits(s, 5, 7) : -1;
    if (month < 1 || month > 12) return undefined;
  }
  if (n >= 10) {
    day = s.charCodeAt(7) === CHAR.dash ? digits(s, 8, 10) : -1;
    if (day < 1 || day > daysInMonth(year, month)) return undefined;
  }
  if (n <= 10) {
    const precision = n === 4 ? 'year' : n === 7 ? 'month' : 'day';
    // A calendar date in these forms is its own ISO text.
    return build({ year, month, day, hour: 0, minute: 0, second: 0, offset: null, precision }, s);
  }
  if (n < 17 || s.charCodeAt(10) !== CHAR.T || s.charCodeAt(13) !== CHAR.colon) return undefined;
  const hour = digits(s, 11, 13);
  const minute = digits(s, 14, 16);
  let second = 0;
  let at = 16;
  if (s.charCodeAt(at) === CHAR.colon) {
    second = digits(s, 17, 19);
    at = 19;
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return undefined;
  let offset = 0;
  const sign = s.charCodeAt(at);
  if (sign === CHAR.Z) {
    if (n !== at + 1) return undefined;
  } else {
    if (sign !== CHAR.plus && sign !== CHAR.dash) return undefined;
    if (n !== at + 6 || s.charCodeAt(at + 3) !== CHAR.colon) return undefined;
    const oh = digits(s, at + 1, at + 3);
    const om = digits(s, at + 4, at + 6);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === CHAR.dash ? -1 : 1) * (oh * 60 + om);
  }
  const precision = at === 19 ? 'second' : 'minute';
  // Its own ISO text too, unless it writes UTC as +00:00 or -00:00, which ISO text writes as Z.
  const iso = offset === 0 && sign !== CHAR.Z ? undefined : s;
  return build({ year, month, day, hour, minute, second, offset, precision }, iso);
}

/**
 * The dates parsed last, by their text, in a table of fixed size. A dataset repeats its dates
 * (many events on one day or in one year), and each is two objects to build and then keep; a
 * date is frozen, so one serves every event that gives it. A text not in its slot is parsed and
 * takes the slot: a dataset of all different dates pays a hash more, and nothing grows. 16,384
 * slots hold every day of 22 years with few collisions (1,024 missed nine dates in ten among
 * 100,000 events over 1991–2013), and the table keeps at most that many dates.
 */
const MEMO_SIZE = 1 << 14;
/** Longer texts are parsed every time: the longest date form has 28 characters. */
const MEMO_TEXT_LENGTH = 40;
const memoTexts: (string | undefined)[] = new Array<string | undefined>(MEMO_SIZE).fill(undefined);
/** The date, or why the text is not one. */
const memoParsed: (CivilDate | string)[] = new Array<CivilDate | string>(MEMO_SIZE).fill('');

function memoSlot(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h & (MEMO_SIZE - 1);
}

/**
 * Parses an ISO 8601 date of year, month, day, minute or second precision. Never throws: an
 * impossible date (2013-02-30, month 13, hour 24) or one outside 250000 BCE – 250000 CE is
 * rejected with a reason instead of being moved to a nearby valid one.
 */
export function parseDate(text: string): ParseResult {
  if (typeof text !== 'string') return { ok: false, reason: `expected a date string (${FORMATS})` };
  if (text.length > MEMO_TEXT_LENGTH) return parse(text);
  const slot = memoSlot(text);
  let parsed = memoTexts[slot] === text ? memoParsed[slot] : undefined;
  if (parsed === undefined) {
    const result = parse(text);
    parsed = result.ok ? result.date : result.reason;
    memoTexts[slot] = text;
    memoParsed[slot] = parsed;
  }
  return typeof parsed === 'string' ? { ok: false, reason: parsed } : { ok: true, date: parsed };
}

function parse(text: string): ParseResult {
  const s = text.trim();
  if (s === '') return { ok: false, reason: 'the date is empty' };
  const common = parseCommon(s);
  if (common) return { ok: true, date: common };
  const m = DATE_RE.exec(s);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?$/.test(s)) {
      return {
        ok: false,
        reason: 'a date-time needs a time zone: end it with Z or an offset such as +05:00',
      };
    }
    return { ok: false, reason: `${NOT_A_DATE} (${FORMATS})` };
  }
  const [, y, mo, d, h, mi, se, tz] = m;
  if (y === '-000000' || y === '-0000')
    return { ok: false, reason: 'year -0 does not exist; write 0000 for 1 BCE' };
  const year = Number(y);
  const outside = yearOutOfRange(year);
  if (outside) return { ok: false, reason: outside };
  const month = mo === undefined ? 1 : Number(mo);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${mo} does not exist (01–12)` };
  const day = d === undefined ? 1 : Number(d);
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      reason: `day ${d} does not exist in ${isoYear(year)}-${mo} (it has ${daysInMonth(year, month)} days)`,
    };
  }
  if (h !== undefined && tz === undefined) {
    return {
      ok: false,
      reason: 'a date-time needs a time zone: end it with Z or an offset such as +05:00',
    };
  }
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = se === undefined ? 0 : Number(se);
  if (hour > 23) return { ok: false, reason: `hour ${h} does not exist (00–23)` };
  if (minute > 59) return { ok: false, reason: `minute ${mi} does not exist (00–59)` };
  if (second > 59) return { ok: false, reason: `second ${se} does not exist (00–59)` };
  let offset: number | null = null;
  if (tz !== undefined) {
    offset = 0;
    if (tz !== 'Z') {
      // ±HH:mm, or ±HHmm as many systems write it.
      const oh = Number(tz.slice(1, 3));
      const om = Number(tz.slice(-2));
      if (oh > 23 || om > 59) return { ok: false, reason: `offset ${tz} does not exist` };
      offset = (tz[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
  }
  const precision: Precision =
    mo === undefined
      ? 'year'
      : d === undefined
        ? 'month'
        : h === undefined
          ? 'day'
          : se === undefined
            ? 'minute'
            : 'second';
  return { ok: true, date: build({ year, month, day, hour, minute, second, offset, precision }) };
}

/**
 * Reads a date from data: ISO text, a whole number of years, or a JavaScript `Date` (an instant,
 * kept to the second in UTC). Whatever the form, the year must lie between 250000 BCE and
 * 250000 CE (`MIN_YEAR`, `MAX_YEAR`), so that every accepted date can be drawn.
 */
export function toCivilDate(value: unknown): ParseResult {
  if (typeof value === 'string') return parseDate(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value))
      return { ok: false, reason: 'a number date must be a whole year' };
    const outside = yearOutOfRange(value);
    if (!outside) return { ok: true, date: fromYear(value) };
    // Eight digits, as 20100801, were most likely meant as a day: say how to write one. Ten or
    // more, as Date.UTC gives and vis-timeline takes, were most likely milliseconds since 1970.
    const instant = Math.abs(value) >= 1e9 && Math.abs(value) <= DATE_LIMIT;
    const hint =
      value >= 1e7 && value < 1e8
        ? ' (a number is a year; write a day as text: "2010-08-01")'
        : instant
          ? ` (a number is a year; as milliseconds since 1970 it is ${new Date(value).toISOString()}: give new Date(${value}) or that text)`
          : '';
    return { ok: false, reason: outside + hint };
  }
  const time = timeOfDate(value);
  if (time !== undefined) {
    if (Number.isNaN(time)) return { ok: false, reason: 'the Date object is invalid' };
    const date = fromTime(time, 'second');
    const outside = yearOutOfRange(date.year);
    return outside ? { ok: false, reason: outside } : { ok: true, date };
  }
  if (value === undefined || value === null) return { ok: false, reason: 'the date is missing' };
  return { ok: false, reason: `expected a date string (${FORMATS})` };
}

/**
 * The time of a real `Date` (NaN for an invalid one), or `undefined` for any other value.
 * `Date.prototype.getTime` checks for a real Date without running the value's code, so neither an
 * object that only inherits from `Date.prototype`, nor a Proxy, nor an own `getTime` can make
 * reading a date throw or lie.
 */
export function timeOfDate(value: unknown): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/** A year-precision date. */
export function fromYear(year: number): CivilDate {
  return build({
    year,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    offset: null,
    precision: 'year',
  });
}

/** The UTC civil date of an instant, truncated to a precision. */
export function fromTime(time: number, precision: Precision = 'second'): CivilDate {
  const d = new Date(time);
  const rank = PRECISIONS.indexOf(precision);
  const at = (p: Precision, v: number, dflt: number) => (rank >= PRECISIONS.indexOf(p) ? v : dflt);
  return build({
    year: d.getUTCFullYear(),
    month: at('month', d.getUTCMonth() + 1, 1),
    day: at('day', d.getUTCDate(), 1),
    hour: at('minute', d.getUTCHours(), 0),
    minute: at('minute', d.getUTCMinutes(), 0),
    second: at('second', d.getUTCSeconds(), 0),
    offset: rank >= PRECISIONS.indexOf('minute') ? 0 : null,
    precision,
  });
}

/**
 * The instant just after a date's period ends: a day-precision date covers its whole day, so the
 * end of `2013-05-11` is 2013-05-12T00:00Z. Ranges are drawn to this instant.
 */
export function endTime(date: CivilDate): number {
  const { year, month, day, hour, minute, second } = date;
  const off = (date.offset ?? 0) * 60_000;
  switch (date.precision) {
    case 'year':
      return utcTime(year + 1);
    case 'month':
      return utcTime(year, month + 1);
    case 'day':
      return utcTime(year, month, day + 1);
    case 'minute':
      return utcTime(year, month, day, hour, minute + 1) - off;
    case 'second':
      return utcTime(year, month, day, hour, minute, second + 1) - off;
  }
}

/** The coarser of two precisions. */
export function coarser(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) <= PRECISIONS.indexOf(b) ? a : b;
}

/** The finer of two precisions. */
export function finer(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b;
}

/** Typical length in milliseconds of one unit of a precision (for zoom limits). */
export const PRECISION_MS: Readonly<Record<Precision, number>> = {
  year: 365.2425 * 864e5,
  month: 30.436875 * 864e5,
  day: 864e5,
  minute: 6e4,
  second: 1e3,
};
