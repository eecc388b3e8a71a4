import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FetchOptions } from '../core/sources/fetch.js';
import type { LoadFailure, ReadAs } from '../core/sources/index.js';
import type { DatasetInput, ItemNames, Problem } from '../core/types.js';

// The reasons live in the core, where the reader's messages for them are written.
export type { FetchOptions, LoadFailure };

export type SourceState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly url: string }
  | {
      readonly status: 'loaded';
      readonly url: string;
      readonly as: ReadAs;
      readonly input: DatasetInput | unknown;
      readonly problems: readonly Problem[];
      readonly dropped: number;
      readonly names: ItemNames;
    }
  | {
      readonly status: 'error';
      readonly url: string;
      readonly failure: LoadFailure;
      /** For developers: what went wrong, in full. */
      readonly message: string;
      /** The HTTP status, for `http`. */
      readonly httpStatus?: number;
    };

/**
 * Loads a timeline's data from a URL: fetched without credentials unless the page asks, stopped
 * after a timeout (AbortController) or past a size cap, then read as Annals JSON, TimelineJS JSON
 * or CSV. Every failure ends in an `error` state the host shows with a Retry; a newer load, or the
 * host leaving the page, aborts the one under way.
 */
export class DataSourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  private _abort: AbortController | null = null;
  private _request: { url: string; options: FetchOptions } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled: (state: SourceState) => void,
  ) {
    host.addController(this);
  }

  /** Loads `url` (resolved against the page), replacing any load under way. */
  load(url: string, options: FetchOptions): Promise<void> {
    this._request = { url, options };
    return this._run();
  }

  /** Loads the last URL again. */
  retry(): Promise<void> {
    return this._request ? this._run() : Promise.resolve();
  }

  /** Forgets the source (the page removed `src`). */
  clear() {
    this._abort?.abort();
    this._abort = null;
    this._request = null;
    this.state = { status: 'idle' };
    this.host.requestUpdate();
  }

  private async _run() {
    const { url, options } = this._request!;
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    this._set({ status: 'loading', url });
    let next: SourceState;
    try {
      // The fetching and the readers (TimelineJS, CSV with d3-dsv) load only for pages that use
      // `src`, as one chunk.
      const { fetchSource } = await import('../core/sources/index.js');
      const got = await fetchSource(url, options, abort.signal);
      next = got.ok
        ? {
            status: 'loaded',
            url,
            as: got.as,
            input: got.input,
            problems: got.problems,
            dropped: got.dropped,
            names: got.names,
          }
        : {
            status: 'error',
            url,
            failure: got.failure,
            message: got.message,
            ...(got.httpStatus !== undefined ? { httpStatus: got.httpStatus } : {}),
          };
    } catch (error) {
      next = {
        status: 'error',
        url,
        failure: 'network',
        message: `${url} could not be read: Annals' readers could not be loaded (${String(error).slice(0, 200)})`,
      };
    }
    // Replaced by a newer load, or cleared.
    if (this._abort !== abort) return;
    this._abort = null;
    this._set(next);
  }

  private _set(state: SourceState) {
    this.state = state;
    this.host.requestUpdate();
    if (state.status === 'loaded' || state.status === 'error') this.onSettled(state);
  }

  hostDisconnected() {
    // Leaving the page stops the download; coming back loads again.
    if (this._abort) {
      this._abort.abort();
      this._abort = null;
      if (this.state.status === 'loading') this.state = { status: 'idle' };
    }
  }

  hostConnected() {
    if (this.state.status === 'idle' && this._request) void this._run();
  }
}
