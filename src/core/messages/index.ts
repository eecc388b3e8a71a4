/**
 * The message tables: one per language Annals ships (English, Russian, Kazakh), chosen by a
 * locale's language, with a page's own words over them. Pure: the Node CLI uses them as the
 * elements do.
 */
import { ENGLISH } from './en.js';
import { KAZAKH } from './kk.js';
import { RUSSIAN } from './ru.js';
import type { Messages } from './types.js';

export type { GoToMessages, Messages, SceneMessages } from './types.js';
export { plural, type PluralForms } from './plural.js';
export { ENGLISH, KAZAKH, RUSSIAN };

/** The shipped tables by language subtag. */
const TABLES = { en: ENGLISH, ru: RUSSIAN, kk: KAZAKH } as const;

/** A language Annals ships messages for. */
export type MessagesLanguage = keyof typeof TABLES;

/**
 * The shipped language for a BCP 47 locale, by its language subtag (`ru-RU` → `ru`, `kk-Cyrl-KZ`
 * → `kk`); anything else, or none, is English.
 */
export function messagesLanguage(locale: string | null | undefined): MessagesLanguage {
  const language = typeof locale === 'string' ? locale.split(/[-_]/)[0]!.toLowerCase() : '';
  return Object.hasOwn(TABLES, language) ? (language as MessagesLanguage) : 'en';
}

/**
 * The messages for `locale` (see `messagesLanguage`), with the page's own words over them, whole
 * or in part. A page's message of the wrong type (a number for a text, a text for a function) is
 * ignored, so a mistake there never breaks the timeline. Without page words the shipped table
 * itself is returned (frozen, so share it freely).
 */
export function messagesFor(locale?: string | null, page?: Partial<Messages> | null): Messages {
  const base = TABLES[messagesLanguage(locale)];
  if (!page || typeof page !== 'object') return base;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base) as (keyof Messages)[]) {
    const value: unknown = page[key];
    if (value !== undefined && typeof value === typeof base[key]) out[key] = value;
  }
  return out as unknown as Messages;
}
