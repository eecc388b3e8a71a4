/**
 * What the elements say to readers comes from one table per language (src/core/messages): the
 * element's locale picks the table, the page's `strings` go over it. This keeps the merge from
 * running on every render.
 */
import { messagesFor, messagesLanguage, type Messages } from '../core/messages/index.js';

export type { Messages } from '../core/messages/index.js';

/** The data notices of earlier versions: a part of `Messages`. */
export type DataMessages = Pick<Messages, 'loading' | 'loaded' | 'notShown' | 'failure' | 'retry'>;

/** Each page `strings` object's merged tables, by language. */
const merged = new WeakMap<object, Map<string, Messages>>();

/**
 * The messages of an element whose locale is `locale` and whose page gave `strings`: the shipped
 * table itself when there are none, else the merge, made once per strings object and language
 * (a page changes its words by giving a new object, as Lit properties expect).
 */
export function elementMessages(
  locale: string | undefined,
  strings: Partial<Messages> | null | undefined,
): Messages {
  if (!strings || typeof strings !== 'object') return messagesFor(locale);
  const language = messagesLanguage(locale);
  let byLanguage = merged.get(strings);
  if (!byLanguage) merged.set(strings, (byLanguage = new Map()));
  let m = byLanguage.get(language);
  if (!m) byLanguage.set(language, (m = messagesFor(language, strings)));
  return m;
}
