/**
 * Fetching a source for an element's `src`: without credentials unless the page asks, stopped after
 * a timeout or past a size cap, then read (`readSourceBytes`). It lives with the readers, in the
 * chunk that only pages using `src` load. Never throws: every failure is a `LoadFailure` with a
 * message for developers.
 */
import { googleSheetLink, isGoogleSheet } from './google-sheets.js';
import { readSourceBytes, type LoadFailure, type SourceFormat, type SourceRead } from './index.js';

export interface FetchOptions {
  readonly format?: SourceFormat | undefined;
  readonly credentials: RequestCredentials;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export type Fetched =
  | Extract<SourceRead, { ok: true }>
  | {
      readonly ok: false;
      readonly failure: LoadFailure;
      /** For developers: what went wrong, in full. */
      readonly message: string;
      /** The HTTP status, for `http`. */
      readonly httpStatus?: number;
    };

class TooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`the response is larger than allowed (${bytes} bytes so far)`);
  }
}
class Timeout extends Error {}

/**
 * The body's bytes, read in chunks so that a response over `maxBytes` is cut off early. They are
 * decoded by the reader, which honours a `charset` and says when a file is not UTF-8.
 */
async function readCapped(
  res: Response,
  maxBytes: number,
  signal: AbortSignal,
  received: { bytes: number },
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
    received.bytes = total;
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

/**
 * Said when a Google Sheet's link cannot be read: most often the sheet is not published (Google
 * then answers with its sign-in page, which the browser keeps from the page); whether Google lets
 * a page read a published sheet (CORS) is Google's to decide, and has changed over the years.
 */
const GOOGLE_HINT =
  '; a Google Sheet can be read once it is published to the web (File → Share → Publish to web); if it is, Google may not let this page read it: download it as CSV and serve the file beside the page';

/** `url`, resolved against the page where there is one, is a local file's (file://). */
function fromFile(url: string): boolean {
  try {
    return new URL(url, globalThis.location?.href).protocol === 'file:';
  } catch {
    return false;
  }
}

/**
 * Fetches `url` and reads it. `signal` stops it (a newer load, the element leaving the page); what
 * it then resolves to is of no use to anyone.
 */
export async function fetchSource(
  url: string,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<Fetched> {
  // A Google Sheet's published page is read as its CSV; the sheet's own page is not data.
  const sheet = googleSheetLink(url);
  if (sheet && 'error' in sheet) return { ok: false, failure: 'not-data', message: sheet.error };
  const source = sheet ? sheet.url : url;
  // In messages: the link the page gave, and the one fetched for it.
  const named = sheet ? `${url} (read as ${source})` : url;
  // Any sheet's link, its CSV's too: one not published answers with a sign-in page, unreadable.
  const google = isGoogleSheet(url);
  const abort = new AbortController();
  const stop = () => abort.abort(signal.reason);
  signal.addEventListener('abort', stop);
  // Stopped already (while the chunk this is in was loading): no abort event will come.
  if (signal.aborted) stop();
  const timer = setTimeout(() => abort.abort(new Timeout()), options.timeoutMs);
  // Set once the server has answered: a timeout then cut the file off while it arrived.
  let received: { bytes: number } | null = null;
  try {
    const res = await fetch(source, {
      credentials: options.credentials,
      signal: abort.signal,
      headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
    });
    if (!res.ok)
      return {
        ok: false,
        failure: 'http',
        httpStatus: res.status,
        message: `${named} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
      };
    received = { bytes: 0 };
    const bytes = await readCapped(res, options.maxBytes, abort.signal, received);
    const read = readSourceBytes(bytes, {
      format: options.format,
      contentType: res.headers.get('content-type'),
      url: source,
    });
    return read.ok
      ? read
      : { ok: false, failure: read.failure, message: `${named}: ${read.message}` };
  } catch (error) {
    const reason = abort.signal.aborted ? abort.signal.reason : error;
    return reason instanceof Timeout
      ? {
          ok: false,
          failure: 'timeout',
          message: received
            ? `${named} answered, but the file had not arrived whole within ${options.timeoutMs} ms (${received.bytes} bytes received)`
            : `${named} did not answer within ${options.timeoutMs} ms`,
        }
      : reason instanceof TooLarge
        ? {
            ok: false,
            failure: 'too-large',
            message: `${named}: ${reason.message}; the limit is ${options.maxBytes} bytes (max-bytes)`,
          }
        : {
            ok: false,
            failure: 'network',
            message: `${named} could not be fetched (network error, or the server does not allow this page to read it: CORS): ${String(reason).slice(0, 200)}${google ? GOOGLE_HINT : fromFile(source) ? '; a page opened from a file (file://) cannot read files beside it: serve the folder over http (npx http-server, python3 -m http.server)' : ''}`,
          };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
