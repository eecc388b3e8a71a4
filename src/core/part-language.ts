/**
 * Which `lang` each part of an element needs (WCAG 3.1.2, Language of Parts), so a screen reader
 * reads the interface, the data and the dates each in its own voice. A part is tagged only where
 * its language is not the one it already inherits, so a timeline in the page's language adds none.
 */

/** The language subtag of a BCP 47 tag, lower-cased (`kk-Cyrl-KZ` → `kk`); `''` for none. */
const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * Whether two tags name the same language, whatever their regions (`ru` and `ru-RU` do): a voice
 * is chosen by language. `''`, a language unknown, is the same only as another unknown.
 */
export function sameLanguage(a: string, b: string): boolean {
  return primary(a) === primary(b);
}

/**
 * The `lang` a part in `lang` needs inside a container in `around` (`''` when the container's
 * language is unknown): none when they are the same language, or when the part's own is not known
 * (it then reads as its container does).
 */
export function partLang(lang: string | undefined, around: string): string | undefined {
  return lang === undefined || sameLanguage(lang, around) ? undefined : lang;
}

/** The `lang` attributes of an element's parts; unset where a part inherits the right one. */
export interface PartLanguages {
  /** On the container of the interface's words (the timeline's region, the legend's list). */
  readonly interface?: string;
  /** On a part that holds data (a title, a summary, a category's name) inside the interface. */
  readonly data?: string;
  /** On a date in words, in the locale, inside the interface. */
  readonly date?: string;
  /** On a date in words inside a part that holds data. */
  readonly dateInData?: string;
}

/**
 * Where each language goes, given `around`, the language the element inherits (`''` if none is
 * declared); `words`, the language of the interface's words; `data`, the data's (by default the
 * one around it: data written in the page, or given by it, is taken to be in its language); and
 * `dates`, the locale dates are written in (undefined when the runtime's default is used).
 */
export function partLanguages(o: {
  around: string;
  words: string;
  data?: string;
  dates?: string;
}): PartLanguages {
  const data = o.data ?? o.around;
  return {
    interface: partLang(o.words, o.around),
    data: partLang(data, o.words),
    date: partLang(o.dates, o.words),
    dateInData: partLang(o.dates, data),
  };
}
