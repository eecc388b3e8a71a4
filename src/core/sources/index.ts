/**
 * Reading a dataset from the text of a file: its format told from what the page forces, the
 * response's content type, the file's extension or the content itself; then parsed and converted
 * to Annals' input form. It never throws. `fetchSource` (fetch.ts) fetches a URL and reads it, for
 * an element's `src`.
 */
import type { DatasetInput, ItemNames, Problem } from '../types.js';
import { CsvError, fromCsv } from './csv.js';
import { decodeText } from './decode.js';
import { fromTimelineJs, isTimelineJs } from './timelinejs.js';

export { fromCsv, isTimelineJsHeader, TIMELINEJS_COLUMNS, ANNALS_COLUMNS } from './csv.js';
export { fromTimelineJs, isTimelineJs } from './timelinejs.js';
export { htmlToText } from '../rich-text.js';
export { decodeText } from './decode.js';
export { fetchSource, type FetchOptions, type Fetched } from './fetch.js';

/** What `format` may force: Annals' JSON, TimelineJS (JSON or its spreadsheet as CSV), or CSV. */
export type SourceFormat = 'annals' | 'timelinejs' | 'csv';

/** How the content was read. */
export type ReadAs = 'annals-json' | 'timelinejs-json' | 'timelinejs-csv' | 'annals-csv';

/** Why a file could not be read at all: the reader sees a short notice, the developer this. */
export type SourceFailure = 'empty' | 'malformed-json' | 'malformed-csv' | 'not-data';

/** Why data from a URL could not be shown: fetching, reading, or no event to show. */
export type LoadFailure =
  'timeout' | 'http' | 'network' | 'too-large' | SourceFailure | 'no-events';

export type SourceRead =
  | {
      readonly ok: true;
      readonly as: ReadAs;
      readonly input: DatasetInput | unknown;
      /** Problems met while converting (TimelineJS, CSV); validation adds its own. */
      readonly problems: readonly Problem[];
      /** Items of the file that conversion could not keep. */
      readonly dropped: number;
      /** How problems name the file's events and eras: give it to `validateDataset`. */
      readonly names: ItemNames;
    }
  | { readonly ok: false; readonly failure: SourceFailure; readonly message: string };

export interface SourceHints {
  /** Forced by the page (`format` attribute); wins over everything else. */
  readonly format?: SourceFormat | undefined;
  /** The response's Content-Type, if any. */
  readonly contentType?: string | null | undefined;
  /** The URL or file name, for its extension. */
  readonly url?: string | undefined;
}

/** JSON or CSV, from the hints, else from the first character that is not white space. */
function syntaxOf(text: string, hints: SourceHints): 'json' | 'csv' {
  if (hints.format === 'csv') return 'csv';
  if (hints.format === 'annals') return 'json';
  const type = (hints.contentType ?? '').toLowerCase();
  if (/\bjson\b/.test(type)) return 'json';
  if (/\bcsv\b/.test(type)) return 'csv';
  const path = (hints.url ?? '').split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv')) return 'csv';
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/** A short excerpt of a parser's message, without the whole input in it. */
const brief = (e: unknown) => String(e instanceof Error ? e.message : e).slice(0, 200);

/**
 * A problem for a format the page forces that the file does not have (`looks`, what it looks
 * like): the reader's problems are then all that format's (no headline, a column named "{"), and
 * this one, first, says why.
 */
function forcedFormat(forced: SourceFormat, looks: string): Problem[] {
  const as = { csv: 'CSV', annals: 'Annals\u2019 own JSON', timelinejs: 'TimelineJS' }[forced];
  return [
    {
      collection: 'dataset',
      item: 'dataset',
      field: 'format',
      message: `format="${forced}" reads the file as ${as}, but it looks like ${looks}; without format it is read as what it is`,
      value: forced,
    },
  ];
}

/** Annals' JSON (a dataset or a bare list of events) by its events' `start`. */
function isAnnalsJson(json: unknown): boolean {
  const events = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && (json as { events?: unknown }).events;
  return (
    Array.isArray(events) &&
    events.slice(0, 20).some((e) => !!e && typeof e === 'object' && 'start' in e)
  );
}

/** Reads a dataset from a file's text. */
export function readSource(text: string, hints: SourceHints = {}): SourceRead {
  if (text.replace(/^\ufeff/, '').trim() === '')
    return { ok: false, failure: 'empty', message: 'the file is empty' };
  // A web page where data was expected: a server's "not found" page sent with status 200, or an
  // application's fallback page for any path.
  if (
    hints.format !== 'csv' &&
    (/\bhtml\b/i.test(hints.contentType ?? '') || /^\s*<(!doctype|html|head|body)\b/i.test(text))
  )
    return {
      ok: false,
      failure: 'not-data',
      message:
        'the answer is an HTML page, not data (check the URL: the server may send a page for paths it does not have)',
    };
  const syntax = syntaxOf(text, hints);
  if (syntax === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch (e) {
      const invalid = `the file is not valid JSON: ${brief(e)}`;
      // A sheet read as JSON because the page says so: the format is the cause, said first.
      const forced = hints.format === 'annals' && !/^\s*[[{]/.test(text.replace(/^\ufeff/, ''));
      return {
        ok: false,
        failure: 'malformed-json',
        message: forced ? `${forcedFormat('annals', 'CSV')[0]!.message} (${invalid})` : invalid,
      };
    }
    const timelineJs = isTimelineJs(json);
    if (hints.format === 'timelinejs' || (hints.format !== 'annals' && timelineJs)) {
      const c = fromTimelineJs(json);
      return {
        ok: true,
        as: 'timelinejs-json',
        input: c.input,
        problems:
          timelineJs || !isAnnalsJson(json)
            ? c.problems
            : [...forcedFormat('timelinejs', 'Annals\u2019 own JSON'), ...c.problems],
        dropped: c.dropped,
        names: c.names,
      };
    }
    // A bare list of events is read as a dataset holding them.
    const input = Array.isArray(json) ? { title: '', events: json } : json;
    const problems = timelineJs ? forcedFormat('annals', 'TimelineJS') : [];
    return { ok: true, as: 'annals-json', input, problems, dropped: 0, names: {} };
  }
  try {
    const c = fromCsv(text, hints.format === 'timelinejs' ? 'timelinejs' : 'auto');
    // JSON read as CSV, or Annals' own columns as TimelineJS's template, because the page says so.
    const json = hints.format === 'csv' && /^\s*[[{]/.test(text.replace(/^\ufeff/, ''));
    const annals = hints.format === 'timelinejs' && c.header === 'annals';
    return {
      ok: true,
      as: c.columns === 'timelinejs' ? 'timelinejs-csv' : 'annals-csv',
      input: c.input,
      problems: json
        ? [...forcedFormat('csv', 'JSON'), ...c.problems]
        : annals
          ? [...forcedFormat('timelinejs', 'Annals\u2019 own CSV'), ...c.problems]
          : c.problems,
      dropped: c.dropped,
      names: c.names,
    };
  } catch (e) {
    return {
      ok: false,
      failure: 'malformed-csv',
      message: e instanceof CsvError ? e.message : `the file is not valid CSV: ${brief(e)}`,
    };
  }
}

/**
 * Reads a dataset from a file's bytes: decoded as `decodeText` does (the charset of
 * `hints.contentType`, else UTF-8, else Windows-1252 with a problem saying so), then read.
 */
export function readSourceBytes(bytes: Uint8Array, hints: SourceHints = {}): SourceRead {
  const { text, problems } = decodeText(bytes, hints.contentType);
  const read = readSource(text, hints);
  if (!problems.length) return read;
  // A file that could not be read still says how its bytes were read: often the reason.
  if (!read.ok)
    return { ...read, message: `${read.message} (${problems.map((p) => p.message).join('; ')})` };
  return { ...read, problems: [...problems, ...read.problems] };
}
