/**
 * The message tables: one per language Annals ships (English, Russian, Kazakh), chosen by a
 * locale's language, with a page's own words over them. Pure: the Node CLI uses them as the
 * elements do. All three are imported here; the elements take Russian and Kazakh through
 * `./load.js` instead, so that a page in English never downloads them.
 */
import { ENGLISH } from './en.js';
import { KAZAKH } from './kk.js';
import { messagesLanguage, withPageMessages, type MessagesLanguage } from './language.js';
import { RUSSIAN } from './ru.js';
import type { Messages } from './types.js';

export type { GoToMessages, Messages, SceneMessages } from './types.js';
export { plural, type PluralForms } from './plural.js';
export { messagesLanguage, type MessagesLanguage } from './language.js';
export { ENGLISH, KAZAKH, RUSSIAN };

/** The shipped tables by language subtag. */
const TABLES: Readonly<Record<MessagesLanguage, Messages>> = {
  en: ENGLISH,
  ru: RUSSIAN,
  kk: KAZAKH,
};

/**
 * The messages for `locale` (see `messagesLanguage`), with the page's own words over them, whole
 * or in part. A page's message of the wrong type (a number for a text, a text for a function) is
 * ignored, so a mistake there never breaks the timeline. Without page words the shipped table
 * itself is returned (frozen, so share it freely).
 */
export function messagesFor(locale?: string | null, page?: Partial<Messages> | null): Messages {
  return withPageMessages(TABLES[messagesLanguage(locale)], page);
}
