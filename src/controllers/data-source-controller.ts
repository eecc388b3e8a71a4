import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadFailure, ReadAs, SourceFormat } from '../core/sources/index.js';
import type { DatasetInput, ItemNames, Problem } from '../core/types.js';

// The reasons live in the core, where the reader's messages for them are written.
export type { LoadFailure };

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

export interface FetchOptions {
  readonly format?: SourceFormat | undefined;
  readonly credentials: RequestCredentials;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/**
 * The body's bytes, read in chunks so that a response over `maxBytes` is cut off early. They are
 * decoded with the reader (`readSourceBytes`), which honours a `charset` and says when a file is
 * not UTF-8.
 */
async function readCapped(
  res: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLarge(declared);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel();
      throw new TooLarge(total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

class TooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`the response is larger than allowed (${bytes} bytes so far)`);
  }
}
class Timeout extends Error {}

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
    const timer = setTimeout(() => abort.abort(new Timeout()), options.timeoutMs);
    let next: SourceState;
    try {
      const res = await fetch(url, {
        credentials: options.credentials,
        signal: abort.signal,
        headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
      });
      if (!res.ok) {
        next = {
          status: 'error',
          url,
          failure: 'http',
          httpStatus: res.status,
          message: `${url} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
        };
      } else {
        const bytes = await readCapped(res, options.maxBytes, abort.signal);
        // The readers (TimelineJS, CSV with d3-dsv) load only for pages that use `src`.
        const { readSourceBytes } = await import('../core/sources/index.js');
        const read = readSourceBytes(bytes, {
          format: options.format,
          contentType: res.headers.get('content-type'),
          url,
        });
        next = read.ok
          ? {
              status: 'loaded',
              url,
              as: read.as,
              input: read.input,
              problems: read.problems,
              dropped: read.dropped,
              names: read.names,
            }
          : { status: 'error', url, failure: read.failure, message: `${url}: ${read.message}` };
      }
    } catch (error) {
      if (this._abort !== abort) return; // Replaced by a newer load, or cleared.
      const reason = abort.signal.aborted ? abort.signal.reason : error;
      next =
        reason instanceof Timeout
          ? {
              status: 'error',
              url,
              failure: 'timeout',
              message: `${url} did not answer within ${options.timeoutMs} ms`,
            }
          : reason instanceof TooLarge
            ? {
                status: 'error',
                url,
                failure: 'too-large',
                message: `${url}: ${reason.message}; the limit is ${options.maxBytes} bytes (max-bytes)`,
              }
            : {
                status: 'error',
                url,
                failure: 'network',
                message: `${url} could not be fetched (network error, or the server does not allow this page to read it: CORS): ${String(reason).slice(0, 200)}`,
              };
    } finally {
      clearTimeout(timer);
    }
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
