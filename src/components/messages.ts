/**
 * What the elements say to readers comes from one table per language (src/core/messages): the
 * element's locale picks the table, the page's `strings` go over it. Russian and Kazakh load on
 * demand (MessagesController); until they are here the table is English. This keeps the merge
 * from running on every render.
 */
import { ENGLISH } from '../core/messages/en.js';
import { loadedMessagesFor, messagesLoaded } from '../core/messages/load.js';
import { messagesLanguage, withPageMessages } from '../core/messages/language.js';
import { sameLanguage } from '../core/part-language.js';
import type { Messages } from '../core/messages/types.js';

export type { Messages } from '../core/messages/types.js';

/** The data notices of earlier versions: a part of `Messages`. */
export type DataMessages = Pick<Messages, 'loading' | 'loaded' | 'notShown' | 'failure' | 'retry'>;

/** Each page `strings` object's merges, by the shipped table they went over. */
const merged = new WeakMap<object, Map<Messages, Messages>>();

/**
 * The messages of an element whose locale is `locale` and whose page gave `strings`: the table of
 * its language if loaded (else English) itself when there are none, else the merge, made once per
 * strings object and table (a page changes its words by giving a new object, as Lit properties
 * expect).
 */
export function elementMessages(
  locale: string | undefined,
  strings: Partial<Messages> | null | undefined,
): Messages {
  const base = loadedMessagesFor(locale);
  if (!strings || typeof strings !== 'object') return base;
  let byBase = merged.get(strings);
  if (!byBase) merged.set(strings, (byBase = new Map()));
  let m = byBase.get(base);
  if (!m) byBase.set(base, (m = withPageMessages(base, strings)));
  return m;
}

/**
 * The language of the words `elementMessages(locale, strings)` gives, for the `lang` of the parts
 * that say them: its table's (English while another is on its way); but for a locale whose
 * language Annals does not ship, the locale's when the page's `strings` are most of the words
 * (`locale="fr"` with French words), rather than a few changed for its house style.
 */
export function wordsLanguage(
  locale: string | undefined,
  strings: object | null | undefined,
): string {
  const table = messagesLoaded(locale) ? messagesLanguage(locale) : 'en';
  return locale &&
    table === 'en' &&
    !sameLanguage(locale, 'en') &&
    strings &&
    Object.keys(strings).length * 2 > Object.keys(ENGLISH).length
    ? locale
    : table;
}
