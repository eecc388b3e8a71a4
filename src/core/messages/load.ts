/**
 * The message tables on demand, for the elements: English is always here, Russian and Kazakh are
 * imported the first time a locale asks for them. In `dist/annals.js` each is a chunk of its own
 * (`chunks/messages-ru.js`, `chunks/messages-kk.js`, see scripts/bundle-options.mjs), so a page
 * in English never downloads them; in the ESM build they are the modules beside this one.
 */
import { ENGLISH } from './en.js';
import { messagesLanguage, withPageMessages, type MessagesLanguage } from './language.js';
import type { Messages } from './types.js';

/** How each table other than English is imported. */
const IMPORTS: Readonly<Record<Exclude<MessagesLanguage, 'en'>, () => Promise<Messages>>> = {
  ru: () => import('./ru.js').then((m) => m.RUSSIAN),
  kk: () => import('./kk.js').then((m) => m.KAZAKH),
};

/** The tables here now, by language. */
const tables = new Map<MessagesLanguage, Messages>([['en', ENGLISH]]);
/** Each import started, kept (settled too) so a language is asked for once per page. */
const loads = new Map<MessagesLanguage, Promise<void>>();
/** For each language asked after, what resolves when its table arrives, by whichever load. */
const arrivals = new Map<MessagesLanguage, { promise: Promise<void>; resolve(): void }>();

/** Whether the table of `locale`'s language is here (English always is). */
export function messagesLoaded(locale: string | null | undefined): boolean {
  return tables.has(messagesLanguage(locale));
}

/**
 * Imports the table of `locale`'s language (a locale or a bare language: `ru`, `kk-KZ`), once per
 * page: later calls share the first. Resolves when `loadedMessagesFor` gives it; rejects with the
 * import's error when it cannot be loaded (a missing chunk, the network), and the next call
 * tries again. Resolves at once for English and for languages Annals does not ship.
 */
export function loadMessages(locale: string | null | undefined): Promise<void> {
  const language = messagesLanguage(locale);
  if (language === 'en') return Promise.resolve();
  let load = loads.get(language);
  if (!load) {
    load = IMPORTS[language]().then(
      (table) => {
        tables.set(language, table);
        arrivals.get(language)?.resolve();
      },
      (error: unknown) => {
        // Not kept: the next element that asks tries again (the network may be back).
        loads.delete(language);
        throw error;
      },
    );
    loads.set(language, load);
  }
  return load;
}

/**
 * Resolves when the table of `locale`'s language is here: at once if it is, else when a load
 * brings it, whoever started that load. Never rejects, and starts no load: an element whose own
 * load failed waits on it for another element's retry to succeed.
 */
export function messagesArrived(locale: string | null | undefined): Promise<void> {
  const language = messagesLanguage(locale);
  if (tables.has(language)) return Promise.resolve();
  let arrival = arrivals.get(language);
  if (!arrival) {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    arrivals.set(language, (arrival = { promise, resolve }));
  }
  return arrival.promise;
}

/**
 * `messagesFor` over what is here: the table of `locale`'s language once `loadMessages` has
 * brought it, English until then; with the page's own words over it.
 */
export function loadedMessagesFor(
  locale?: string | null,
  page?: Partial<Messages> | null,
): Messages {
  return withPageMessages(tables.get(messagesLanguage(locale)) ?? ENGLISH, page);
}
