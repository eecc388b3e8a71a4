import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { elementMessages, wordsLanguage, type Messages } from '../components/messages.js';
import { inheritedLang } from '../components/locale.js';
import { messagesLanguage, type MessagesLanguage } from '../core/messages/language.js';
import { loadMessages, messagesArrived, messagesLoaded } from '../core/messages/load.js';
import { partLanguages, type PartLanguages } from '../core/part-language.js';

/** Languages whose table could not be loaded, told once a page. */
const failed = new Set<MessagesLanguage>();

/**
 * The words of an element's language. English is always at hand; Russian and Kazakh are loaded
 * when the element's locale (its `locale`, else the nearest `lang`) first resolves to them, on
 * connecting and on every update, and the element renders again when they arrive. Until then
 * `pending` is set and the element is drawn in English but not shown (the hosts hide their root
 * while `holding`), so the reader never sees a flash of English; on a network so slow that they
 * take over 3 s, it is shown in English meanwhile. A table that cannot be loaded leaves the
 * element shown in English, with one console warning, until another element's request for it
 * succeeds.
 *
 * The host's `getUpdateComplete` returns `wait(super.getUpdateComplete())`, so that its
 * `updateComplete` also waits for the words of its language and the update that shows them.
 */
export class MessagesController implements ReactiveController {
  /** The load the host is waiting for: null once its language's table is here (or failed). */
  pending: Promise<void> | null = null;
  /**
   * Whether the host is kept from view while its words load: for at most `holdMs` (default
   * 3 s), after which a slow network shows it in English until they come.
   */
  get holding(): boolean {
    return this.pending !== null && this._held === this.pending;
  }
  private _held: Promise<void> | null = null;
  /** The language last asked for; English needs no load. */
  private _language: MessagesLanguage = 'en';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      /** The element's locale, resolved (`locale`, else the nearest `lang`). */
      locale: () => string | undefined;
      /** The page's own words over the table. */
      strings: () => Partial<Messages> | null | undefined;
      /** How a language's table is loaded (the tests give one that fails). */
      load?: (language: MessagesLanguage) => Promise<void>;
      /** How long, in ms, the host is kept from view while its words load. */
      holdMs?: number;
    },
  ) {
    host.addController(this);
  }

  /** The messages to show now: the table of the element's language (or English), page words over it. */
  get messages(): Messages {
    return elementMessages(this.options.locale(), this.options.strings());
  }

  /**
   * The `lang` of the host's parts (see core/part-language): of its words (in the language of
   * `messages`) and its dates (in its locale) where they are not in the language the host is in,
   * and of its content where `data`, the content's language, is not the words'. None where neither
   * a locale nor the page names a language: there is nothing to tell the words apart from.
   */
  langs(data?: string): PartLanguages {
    const locale = this.options.locale();
    return locale
      ? partLanguages({
          around: inheritedLang(this.host),
          words: wordsLanguage(locale, this.options.strings()),
          data,
          dates: locale,
        })
      : {};
  }

  /** `done`, the host's update, then the words it is waiting for and the update that shows them. */
  async wait(done: Promise<boolean>): Promise<boolean> {
    const result = await done;
    const pending = this.pending;
    if (!pending) return result;
    await pending;
    // Through the host's own updateComplete, which comes back here: the language may have changed.
    return this.host.updateComplete;
  }

  hostConnected() {
    this._request();
  }

  hostUpdate() {
    this._request();
  }

  private _request() {
    const language = messagesLanguage(this.options.locale());
    if (language === this._language) return;
    this._language = language;
    if (messagesLoaded(language)) {
      this.pending = null;
      return;
    }
    const load: Promise<void> = (this.options.load ?? loadMessages)(language).then(
      () => {
        if (this.pending !== load) return; // The element has moved to another language since.
        this.pending = null;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.pending === load) {
          this.pending = null;
          // Shown now, in English.
          this.host.requestUpdate();
          // Shown as soon as another element's retry brings the table (no request from here, so
          // a page that is offline is not flooded with them).
          void messagesArrived(language).then(() => {
            if (this._language === language && !this.pending) this.host.requestUpdate();
          });
        }
        if (failed.has(language)) return;
        failed.add(language);
        const reason = error instanceof Error ? error.message : String(error);
        console.warn(
          `${this.host.localName}: the ${language} messages could not be loaded, so English is shown (${reason})`,
        );
      },
    );
    this.pending = load;
    this._held = load;
    setTimeout(() => {
      if (this._held !== load) return;
      this._held = null;
      if (this.pending === load) this.host.requestUpdate();
    }, this.options.holdMs ?? 3000);
  }
}
