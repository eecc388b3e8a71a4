/**
 * Date labels by precision, through Intl.DateTimeFormat in any locale. Calendar dates are shown
 * in UTC (they are civil and have no zone); date-times in their own offset, which they name.
 */
import { coarser, offsetText, type CivilDate, type Precision } from './date.js';
import { localeFallback, utcFields } from './locale-fallback.js';

const FIELDS: Readonly<Record<Precision, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  second: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat; an unknown locale falls back to the runtime's default. */
export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An invalid locale tag must not break a timeline: use the default locale, in the same
      // zone; only a zone the runtime cannot place falls back to UTC.
      try {
        f = new Intl.DateTimeFormat(undefined, options);
      } catch {
        f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
      }
    }
    cache.set(key, f);
  }
  return f;
}

/** Whether the runtime formats in an offset zone ('+05:00'): Chrome does, Node 20 does not. */
let offsetZones: boolean | undefined;
function offsetZonesWork(): boolean {
  if (offsetZones === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: '+05:00' });
      offsetZones = true;
    } catch {
      offsetZones = false;
    }
  }
  return offsetZones;
}

/**
 * The zone a date is shown in, and the instant to format there: a date-time in its own offset
 * (10:00+05:00 shows 10:00); where the runtime has no offset zones, its wall time in UTC, the
 * same text.
 */
function zoned(date: CivilDate): { zone: string; time: number } {
  if (date.offset === null || date.offset === 0) return { zone: 'UTC', time: date.time };
  if (offsetZonesWork()) return { zone: offsetText(date.offset), time: date.time };
  return { zone: 'UTC', time: date.time + date.offset * 60_000 };
}

/**
 * The offset a date-time was written in, after its time: ' UTC+5' or ' UTC−3:30', so a reader
 * can tell 9:30 in Almaty from 9:30 in London. A time in UTC (`Z`) names none: it is also how a
 * TimelineJS sheet's times, which have no zone, are read, and they are the author's clock time.
 * A calendar date (no time) has none.
 */
export function zoneSuffix(date: CivilDate, precision: Precision = date.precision): string {
  if (!date.offset || (precision !== 'minute' && precision !== 'second')) return '';
  const abs = Math.abs(date.offset);
  const minutes = abs % 60;
  return ` UTC${date.offset < 0 ? '\u2212' : '+'}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/**
 * English renders eras as BC/AD; Annals says BCE/CE, the terms of most reference works.
 * Other locales keep their own era names (Russian "до н. э." is already secular).
 */
function eraText(locale: string, value: string): string {
  if (!/^en\b/i.test(locale)) return value;
  return value === 'BC' ? 'BCE' : value === 'AD' ? 'CE' : value;
}

function partsToText(locale: string, parts: Intl.DateTimeFormatPart[]): string {
  return parts.map((p) => (p.type === 'era' ? eraText(locale, p.value) : p.value)).join('');
}

/** Options for a precision; an era is added for years before 1 CE (or when asked). */
export function formatOptions(
  precision: Precision,
  zone: string,
  era: boolean,
): Intl.DateTimeFormatOptions {
  return { ...FIELDS[precision], timeZone: zone, ...(era ? { era: 'short' } : {}) };
}

const resolvedCache = new Map<string, string>();

/** The locale the runtime resolves a tag to (asked once per tag: resolvedOptions is slow). */
function resolved(locale: string | undefined): string {
  const key = locale ?? '';
  let r = resolvedCache.get(key);
  if (r === undefined) {
    r = dateTimeFormat(locale, { timeZone: 'UTC' }).resolvedOptions().locale;
    resolvedCache.set(key, r);
  }
  return r;
}

/**
 * A date at its precision: '2009', 'May 2013', '10 May 2013', '44 BCE'.
 * `precision` may ask for a coarser label than the date's own; `era` names the era of a year of
 * the common era too ('629 CE', beside a year before it).
 */
export function formatDate(
  date: CivilDate,
  locale?: string,
  precision: Precision = date.precision,
  era = false,
): string {
  const p = coarser(precision, date.precision);
  const fallback = localeFallback(locale);
  if (fallback) return fallback.date(date, p, era) + zoneSuffix(date, p);
  const { zone, time } = zoned(date);
  const f = dateTimeFormat(locale, formatOptions(p, zone, era || date.year < 1));
  return partsToText(resolved(locale), f.formatToParts(time)) + zoneSuffix(date, p);
}

/**
 * A span at the coarser of its two precisions, in the locale's own range form:
 * '10 – 11 May 2013' (en-GB), 'May 10 – 11, 2013' (en-US), '10–11 мая 2013 г.' (ru).
 */
export function formatRange(start: CivilDate, end: CivilDate | undefined, locale?: string): string {
  if (!end) return formatDate(start, locale);
  const p = coarser(start.precision, end.precision);
  const fallback = localeFallback(locale);
  if (fallback) {
    // The runtime lacks the locale's words: its own range form would print "M05" or "BCE".
    const text = start.precision === end.precision ? fallback.range(start, end, p) : null;
    if (text) return text + zoneSuffix(start, p);
    return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  }
  const from = zoned(start);
  const to = zoned(end);
  if ((start.offset ?? 0) !== (end.offset ?? 0) || start.precision !== end.precision) {
    return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  }
  const f = dateTimeFormat(locale, formatOptions(p, from.zone, start.year < 1 || end.year < 1));
  return (
    partsToText(resolved(locale), f.formatRangeToParts(from.time, to.time)) + zoneSuffix(start, p)
  );
}

/**
 * The value for a `<time datetime>` attribute, or undefined where HTML has no valid form: HTML
 * dates need a year from 1 to 9999, so a BCE date carries its meaning in its text alone.
 */
export function htmlDatetime(date: CivilDate): string | undefined {
  return date.year >= 1 && date.year <= 9999 ? date.iso : undefined;
}

/** Formats an instant on the axis at a precision, in UTC, with an era before 1 CE. */
export function formatInstant(
  time: number,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  const year = new Date(time).getUTCFullYear();
  const fallback = localeFallback(locale);
  if (fallback) return fallback.tick(utcFields(time), options);
  const f = dateTimeFormat(locale, {
    ...options,
    timeZone: 'UTC',
    ...(year < 1 && options.year ? { era: 'short' } : {}),
  });
  return partsToText(resolved(locale), f.formatToParts(time));
}

/**
 * A span of instants in a compact form for marks that stand for many events: 'Mar – Apr 2009',
 * '1991 – 1993', '8 – 14 May 2013', '9:36 – 10:02 AM' (the day, that the axis names, only where
 * the span crosses one). Months are short; years before 1 CE carry their era.
 */
const spanCache = new Map<string, string>();

export function formatSpan(
  start: number,
  end: number,
  precision: Precision,
  locale?: string,
): string {
  // Clusters keep their spans while the reader pans: their words are remembered, a few thousand.
  const key = `${start}|${end}|${precision}|${locale ?? ''}`;
  let text = spanCache.get(key);
  if (text === undefined) {
    if (spanCache.size > 4000) spanCache.clear();
    text = spanText(start, end, precision, locale);
    spanCache.set(key, text);
  }
  return text;
}

/**
 * A visible window in words, at a precision that suits its length (years for two years and more,
 * months for two months, else days): 'Mar 2009 – Jun 2011'. The end is exclusive, so a window
 * to 2013-01-01 shows up to 2012.
 */
export function windowText(start: number, end: number, locale?: string): string {
  const span = end - start;
  const p = span >= 2 * 365 * 864e5 ? 'year' : span >= 60 * 864e5 ? 'month' : 'day';
  return formatSpan(start, Math.max(start, end - 1), p, locale);
}

function spanText(start: number, end: number, precision: Precision, locale?: string): string {
  const fallback = localeFallback(locale);
  const bce = new Date(start).getUTCFullYear() < 1;
  const fields: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { month: 'short', year: 'numeric' }
        : precision === 'minute'
          ? // The day, in the words other clusters use, where the span crosses midnight.
            Math.floor(start / 864e5) === Math.floor(end / 864e5)
            ? { hour: 'numeric', minute: '2-digit' }
            : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }
          : { day: 'numeric', month: 'short', year: 'numeric' };
  if (fallback)
    return `${fallback.tick(utcFields(start), fields)} – ${fallback.tick(utcFields(end), fields)}`;
  const f = dateTimeFormat(locale, {
    ...fields,
    timeZone: 'UTC',
    ...(bce ? { era: 'short' } : {}),
  });
  return partsToText(resolved(locale), f.formatRangeToParts(start, Math.max(start, end)));
}
