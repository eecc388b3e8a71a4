/** Which shipped table a locale takes, and the page's words over a table. */
import type { Messages } from './types.js';

/** The languages Annals ships messages for, by language subtag. */
export const MESSAGES_LANGUAGES = ['en', 'ru', 'kk'] as const;

/** A language Annals ships messages for. */
export type MessagesLanguage = (typeof MESSAGES_LANGUAGES)[number];

/**
 * The shipped language for a BCP 47 locale, by its language subtag (`ru-RU` → `ru`, `kk-Cyrl-KZ`
 * → `kk`); anything else, or none, is English.
 */
export function messagesLanguage(locale: string | null | undefined): MessagesLanguage {
  const language = typeof locale === 'string' ? locale.split(/[-_]/)[0]!.toLowerCase() : '';
  return (MESSAGES_LANGUAGES as readonly string[]).includes(language)
    ? (language as MessagesLanguage)
    : 'en';
}

/**
 * `base` with the page's own words over it, whole or in part. A page's message of the wrong type
 * (a number for a text, a text for a function) is ignored, so a mistake there never breaks the
 * timeline. Without page words `base` itself is returned.
 */
export function withPageMessages(base: Messages, page?: Partial<Messages> | null): Messages {
  if (!page || typeof page !== 'object') return base;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base) as (keyof Messages)[]) {
    const value: unknown = page[key];
    if (value !== undefined && typeof value === typeof base[key]) out[key] = value;
  }
  return out as unknown as Messages;
}
