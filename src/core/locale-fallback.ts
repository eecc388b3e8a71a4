/**
 * Date words for locales whose data the runtime lacks. Some browser builds (Debian's Chromium among
 * them) ship ICU without Kazakh month names and print "2013 M05"; for such a locale Annals
 * composes the label itself from CLDR's patterns, and uses Intl whenever the runtime can.
 */
import type { Precision } from './date.js';

/** The fields of a date or instant, as numbers (astronomical year). */
export interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface LocaleFallback {
  /** A date at a precision; `era` names the era of a year of the common era too. */
  date(f: DateFields, precision: Precision, era?: boolean): string;
  /** A span of two dates at one precision, or null to join two dates with an en dash. */
  range(a: DateFields, b: DateFields, precision: Precision): string | null;
  /** An axis tick label for Intl-like options. */
  tick(f: DateFields, options: Intl.DateTimeFormatOptions): string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Kazakh, after CLDR: "2013 ж. 10 мамыр", "2013 ж. мамыр", "б.з.д. 44 ж.". */
const kk: LocaleFallback = (() => {
  const months = [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ];
  const short = [
    'қаң.',
    'ақп.',
    'нау.',
    'сәу.',
    'мам.',
    'мау.',
    'шіл.',
    'там.',
    'қыр.',
    'қаз.',
    'қар.',
    'жел.',
  ];
  const year = (y: number, era = false) =>
    y < 1 ? `б.з.д. ${1 - y} ж.` : era ? `б.з. ${y} ж.` : `${y} ж.`;
  const time = (f: DateFields, seconds: boolean) =>
    `${two(f.hour)}:${two(f.minute)}${seconds ? `:${two(f.second)}` : ''}`;
  const date = (f: DateFields, p: Precision, era = false): string => {
    const y = year(f.year, era);
    switch (p) {
      case 'year':
        return y;
      case 'month':
        return `${y} ${months[f.month - 1]}`;
      case 'day':
        return `${y} ${f.day} ${months[f.month - 1]}`;
      default:
        return `${y} ${f.day} ${months[f.month - 1]}, ${time(f, p === 'second')}`;
    }
  };
  return {
    date,
    range(a, b, p) {
      if (a.year !== b.year) return null;
      if (p === 'month') return `${year(a.year)} ${months[a.month - 1]} – ${months[b.month - 1]}`;
      if (p === 'day' && a.month === b.month)
        return `${year(a.year)} ${a.day}–${b.day} ${months[a.month - 1]}`;
      return null;
    },
    // Every field asked for, as CLDR's "y 'ж'. d MMM, HH:mm": a day or a time never loses the
    // year or the day that the options name ('2013 ж. 10 мам.', not '10 мам.').
    tick(f, o) {
      const clock = o.hour
        ? time(f, Boolean(o.second))
        : o.second
          ? `${two(f.minute)}:${two(f.second)}`
          : '';
      let day = '';
      if (o.day && o.month) day = `${f.day} ${short[f.month - 1]}`;
      else if (o.day) day = String(f.day);
      else if (o.month) day = short[f.month - 1]!;
      let text = day;
      if (o.year && day) text = `${year(f.year)} ${day}`;
      else if (o.year)
        text = f.year < 1 ? `б.з.д. ${1 - f.year}` : o.era ? `б.з. ${f.year}` : String(f.year);
      return text && clock ? `${text}, ${clock}` : text || clock;
    },
  };
})();

const FALLBACKS: Readonly<Record<string, LocaleFallback>> = { kk };
const found = new Map<string, LocaleFallback | null>();

/**
 * The fallback for a locale whose month names the runtime lacks, or null when Intl can do the
 * job (or no fallback exists).
 */
export function localeFallback(locale: string | undefined): LocaleFallback | null {
  if (!locale) return null;
  let fb = found.get(locale);
  if (fb === undefined) {
    const own = FALLBACKS[locale.toLowerCase().split(/[-_]/)[0]!];
    fb = null;
    if (own) {
      try {
        const may = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2013, 4, 1),
        );
        // Without the locale's data ICU prints the month as "M05" or "5", or falls back to English.
        if (/^M?\d+$/.test(may) || may === 'May') fb = own;
      } catch {
        fb = own;
      }
    }
    found.set(locale, fb);
  }
  return fb;
}

/** The fields of a UTC instant. */
export function utcFields(time: number): DateFields {
  const d = new Date(time);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
