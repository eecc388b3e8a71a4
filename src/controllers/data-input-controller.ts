import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SourceFormat } from '../core/sources/index.js';
import type { ItemNames, Problem } from '../core/types.js';
import {
  DataSourceController,
  type FetchOptions,
  type LoadFailure,
  type SourceState,
} from './data-source-controller.js';

/** What the host gives a timeline's data through (its public properties). */
export interface DataInputHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | undefined;
  format?: SourceFormat | undefined;
  label?: string | undefined;
  events?: readonly unknown[] | null;
  eras?: readonly unknown[] | null;
  categories?: readonly unknown[] | undefined;
}

/** What the inline JSON or the markup children hold; `key` tells a real change from a repeat. */
type MarkupRead =
  | {
      readonly ok: true;
      readonly input: unknown;
      readonly problems: readonly Problem[];
      readonly dropped: number;
      readonly names: ItemNames;
      readonly key: string;
      readonly timelinejs: boolean;
    }
  | {
      readonly ok: false;
      readonly failure: LoadFailure;
      readonly message: string;
      readonly key: string;
    };

/** The text of the host's inline `<script type="application/json">` child, or null. */
function inlineJson(host: Element): string | null {
  for (const child of host.children)
    if (
      child.localName === 'script' &&
      child.getAttribute('type')?.trim().toLowerCase() === 'application/json'
    )
      return child.textContent ?? '';
  return null;
}

/** Whether the host holds a timeline written as HTML (events or eras; categories name theirs). */
const hasMarkup = (host: Element) =>
  [...host.children].some((c) => c.localName === 'annals-event' || c.localName === 'annals-era');

/** The input to validate, with what reading and converting it found. */
export interface DataInput {
  readonly input: unknown;
  readonly problems: readonly Problem[];
  readonly dropped: number;
  /** How problems name the items, where the file names them otherwise than by id. */
  readonly names: ItemNames;
  /** Read from a file or markup (which must hold events to be worth drawing), and read whole. */
  readonly loaded: boolean;
  /** Read from TimelineJS's format (whose groups are drawn as rows). */
  readonly timelinejs: boolean;
}

/**
 * Where a timeline's data comes from, in order: the `data` property; `src` (fetched by a
 * DataSourceController); an inline `<script type="application/json">` child; `<annals-event>`
 * and `<annals-era>` children (watched, so a CMS adding or changing them is drawn); the `events`,
 * `eras` and `categories` properties. `version` changes whenever the input may have, so the host
 * validates again; failures go to `onError`, loads to `onLoad`.
 */
export class DataInputController implements ReactiveController {
  /** Changes whenever what `input()` returns may have changed. */
  version = 0;
  private readonly _source: DataSourceController;
  private _settled: SourceState = { status: 'idle' };
  private _markup: MarkupRead | null = null;
  private readonly _observer =
    typeof MutationObserver === 'undefined'
      ? null
      : new MutationObserver(() => void this._readMarkup());
  private readonly _onMarkupChange = () => void this._readMarkup();

  constructor(
    private readonly host: DataInputHost,
    private readonly options: {
      /** How to fetch `src` now (the host's attributes, checked). */
      fetchOptions: () => FetchOptions;
      onLoad: (url: string, as: string) => void;
      onError: (url: string, failure: LoadFailure, message: string, status?: number) => void;
    },
  ) {
    this._source = new DataSourceController(host, (state) => {
      this._settled = state;
      this._changed();
      if (state.status === 'loaded') this.options.onLoad(state.url, state.as);
      else if (state.status === 'error')
        this.options.onError(state.url, state.failure, state.message, state.httpStatus);
    });
    host.addController(this);
  }

  /** Starts, restarts or stops loading `src` (call when `src` or how to fetch it changed). */
  sourceChanged() {
    const { src, data } = this.host;
    if (!src || data) {
      if (this._source.state.status !== 'idle') this._source.clear();
    } else void this._source.load(src, this.options.fetchOptions());
    this._changed();
  }

  /** Whether `src` is loading now. */
  get loading(): boolean {
    return !!this.host.src && !this.host.data && this._source.state.status === 'loading';
  }

  /**
   * Whether no data has been given yet in any form: no `data`, `src`, inline JSON, `<annals-event>`
   * children or `events`. A page that sets `data` after its own fetch sees the placeholder, of the
   * drawing's height, rather than "No events to show" and then a jump; an empty `data` (or
   * `events`) given on purpose still says there are none.
   */
  get awaiting(): boolean {
    if (this._given) return false;
    const { data, src, events, eras } = this.host;
    this._given = !!data || !!src || !!this._markup || !!events?.length || !!eras?.length;
    return !this._given;
  }
  /** Whether data has been given in some form: once it has, clearing it shows no events. */
  private _given = false;

  /** The input to validate, from the first source given. */
  input(): DataInput {
    const { data, src } = this.host;
    const none = { problems: [], dropped: 0, names: {}, loaded: false, timelinejs: false };
    if (data) return { input: data, ...none };
    const empty = { input: { title: '', events: [] }, ...none };
    if (src) {
      const s = this._settled;
      return s.status === 'loaded' && s.url === src
        ? {
            input: s.input,
            problems: s.problems,
            dropped: s.dropped,
            names: s.names,
            loaded: true,
            timelinejs: s.as.startsWith('timelinejs'),
          }
        : empty;
    }
    const m = this._markup;
    if (m) return m.ok ? { ...m, loaded: true } : empty;
    // Unset (what React and Vue give an unbound property) is none, not a mistake to report.
    const { events, eras, categories } = this.host;
    return {
      input: {
        title: '',
        events: events ?? [],
        eras: eras ?? [],
        ...(categories ? { categories } : {}),
      },
      ...none,
    };
  }

  /** Why the data cannot be drawn, if it cannot (`noEvents`: it was read and holds none). */
  failure(noEvents: boolean): { failure: LoadFailure; status?: number } | null {
    const { data, src } = this.host;
    if (data || this.loading) return null;
    const s = this._settled;
    if (src && s.status === 'error')
      return { failure: s.failure, ...(s.httpStatus ? { status: s.httpStatus } : {}) };
    if (!src && this._markup && !this._markup.ok) return { failure: this._markup.failure };
    return noEvents ? { failure: 'no-events' } : null;
  }

  /** Loads `src` again, or reads the inline data again (the Retry button). */
  async reload(): Promise<void> {
    if (this.host.src && !this.host.data) return this._source.retry();
    this._markup = null;
    await this._readMarkup();
  }

  private _changed() {
    this.version++;
    this.host.requestUpdate();
  }

  /**
   * Reads the inline JSON or the `<annals-event>` children, when there are any. Their readers are
   * chunks: one that cannot be loaded (offline, or a `dist/` copied without `chunks/`) is a
   * failure with a Retry, not "Loading" for ever over markup the element no longer shows.
   */
  private async _readMarkup() {
    try {
      await this._read();
    } catch (error) {
      this._settle({
        ok: false,
        failure: 'network',
        message: `Annals' readers could not be loaded (${String(error).slice(0, 200)})`,
        key: inlineJson(this.host) ?? '',
      });
    }
  }

  private async _read() {
    const host = this.host;
    const json = inlineJson(host);
    let next: MarkupRead | null = null;
    if (json !== null) {
      if (json === this._markup?.key) return;
      // The readers load only for pages that need them (TimelineJS's format may be inline too).
      const { readSource } = await import('../core/sources/index.js');
      if (inlineJson(host) !== json) return; // Changed again while loading: that read wins.
      const { format } = this.options.fetchOptions();
      const read = readSource(json, { format: format === 'csv' ? undefined : format });
      next = read.ok
        ? {
            ok: true,
            input: read.input,
            problems: read.problems,
            dropped: read.dropped,
            names: read.names,
            key: json,
            timelinejs: read.as.startsWith('timelinejs'),
          }
        : { ok: false, failure: read.failure, message: `inline JSON: ${read.message}`, key: json };
    } else if (hasMarkup(host)) {
      // The reader of markup loads only for pages written so.
      const { readMarkup } = await import('../components/markup/read-markup.js');
      // Replaced meanwhile by inline JSON: the read that saw it wins.
      if (inlineJson(host) !== null) return;
      const read = readMarkup(host, host.label ?? '');
      if (read) {
        const { input, problems } = read;
        const key = JSON.stringify(read);
        next = { ok: true, input, problems, dropped: 0, names: {}, key, timelinejs: false };
      }
    }
    this._settle(next);
  }

  /** Keeps what a read found, unless it is what the last read found. */
  private _settle(next: MarkupRead | null) {
    if (next?.key === this._markup?.key) return;
    this._markup = next;
    this._changed();
    const host = this.host;
    if (next && !next.ok && !host.data && !host.src)
      this.options.onError('', next.failure, next.message);
  }

  hostConnected() {
    void this._readMarkup();
    this._observer?.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    this.host.addEventListener('annals-markup-change', this._onMarkupChange);
  }

  hostDisconnected() {
    this._observer?.disconnect();
    this.host.removeEventListener('annals-markup-change', this._onMarkupChange);
  }
}
