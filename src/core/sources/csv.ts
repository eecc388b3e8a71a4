/**
 * Spreadsheets as CSV with a header row, parsed with d3-dsv (comma-separated, or by semicolons
 * or tabs when the header line has those and no comma), in either of two column sets:
 *
 * - **TimelineJS's template** (Year, Month, Day, Time, End Year, End Month, End Day, End Time,
 *   Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type,
 *   Group, Background, and Alt Text as TimelineJS reads it since 3.9.4): a TimelineJS
 *   spreadsheet exported as CSV reads as it is. Rows of Type
 *   `title` and `era` become the title and eras.
 * - **Annals' own**: `id`, `title`, `start`, `end`, `summary`, `body`, `displayDate`, `category`,
 *   `group`, `importance`, `tags`, `places`, `people` (lists separated by `;`), `media_url`,
 *   `media_alt`, `media_credit`, `media_caption`, `source_title`, `source_url`, `source_publisher`.
 *
 * Cells are text; nothing in them is ever inserted as HTML except TimelineJS's Text column, which
 * is the event's body and is sanitised when shown. Every problem about a row names it as the sheet
 * shows it, `row 12 ("Impossible Feb 30")`, validation's too (through `names`), never by an id
 * the reader made up; problems name the sheet's columns (`Media`, `source_url`), not the fields
 * they become (through `names.fields`), and come in the order of its rows.
 */
import { dsvFormat } from 'd3-dsv';
import type { DatasetInput, EventInput, Problem } from '../types.js';
import { itemLabel } from '../item-label.js';
import { EVENT_FIELDS, inRowOrder } from '../validate.js';
import { fromTimelineJs, slideTitle, type Converted } from './timelinejs.js';

export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  // Added to TimelineJS in 3.9.4: the image's text for readers who cannot see it.
  'Alt Text',
] as const;

/** Annals' own columns: an event's fields, with its first media item and source flattened. */
export const ANNALS_COLUMNS: readonly string[] = [
  ...[...EVENT_FIELDS].filter((f) => f !== 'media' && f !== 'sources'),
  'media_url',
  'media_alt',
  'media_credit',
  'media_caption',
  'source_title',
  'source_url',
  'source_publisher',
];

/** A CSV that could not be read at all. */
export class CsvError extends Error {}

/** Header names compared loosely: case, surrounding space and a byte-order mark do not matter. */
const norm = (s: string) =>
  s
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase();

/** Whether a header row is TimelineJS's template (it has Year and Headline). */
export function isTimelineJsHeader(columns: readonly string[]): boolean {
  const names = new Set(columns.map(norm));
  return names.has('year') && names.has('headline');
}

/**
 * "14:30", "2:30 PM", "14:30:15" as hours, minutes and seconds; null if unreadable. The ranges
 * (hour 25, minute 61) are checked with the rest of the date, which reports the value written.
 */
function readTime(s: string): { hour: number; minute: number; second?: number } | null {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(s.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const second = m[3] ? Number(m[3]) : undefined;
  const meridiem = m[4]?.[0]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return { hour, minute, ...(second !== undefined ? { second } : {}) };
}

/**
 * The sheet's delimiter, from its header line: a comma, or else the semicolon (Excel where the
 * decimal separator is a comma, as in most of Europe) or the tab (Excel's "Unicode Text") that
 * the header has more of.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  if (header.includes(',')) return ',';
  const count = (d: string) => header.split(d).length - 1;
  const semicolons = count(';');
  const tabs = count('\t');
  return semicolons === 0 && tabs === 0 ? ',' : tabs > semicolons ? '\t' : ';';
}

/**
 * Parses CSV text into rows keyed by header; throws CsvError when there is no header row. A
 * repeated column is read once (the first), and said to be.
 */
function parseRows(csv: string): { columns: string[]; rows: Row[]; problems: Problem[] } {
  const text = csv.replace(/^\ufeff/, '');
  const delimiter = delimiterOf(text);
  // parseRows, not parse: d3-dsv's parse builds its row objects with `new Function`, which a
  // Content-Security-Policy without 'unsafe-eval' (and Trusted Types) forbids.
  const [header = [], ...body] = dsvFormat(delimiter).parseRows(text);
  const columns = header.map((c) => c.trim());
  if (!columns.length || columns.every((c) => c === ''))
    throw new CsvError('the CSV has no header row');
  const keys = columns.map(norm);
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  keys.forEach((k, j) => {
    const at = first.get(k);
    if (at === undefined) first.set(k, j);
    else if (k !== '')
      problems.push({
        collection: 'dataset',
        item: 'dataset',
        field: columns[j]!.slice(0, 80),
        message: `column "${columns[j]!.slice(0, 40)}" is repeated (columns ${at + 1} and ${j + 1}); only the first was read`,
        value: '',
      });
  });
  const rows: Row[] = [];
  // Columns with no name in the header: what a row holds there is reported, not read.
  const unnamed = columns.flatMap((c, j) => (c === '' ? [j] : []));
  body.forEach((cells, i) => {
    // A blank line, or a row of empty cells, is a gap in the sheet, not an event.
    if (cells.every((c) => c.trim() === '')) return;
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [k, j] of first) if (k !== '') out[k] = (cells[j] ?? '').trim();
    const extra = cells.slice(keys.length);
    rows.push({
      line: i + 2,
      delimiter,
      cells: out,
      extra: extra.some((c) => c.trim() !== '') ? extra : [],
      unnamed: unnamed
        .filter((j) => (cells[j] ?? '').trim() !== '')
        .map((j) => ({
          column: j + 1,
          value: cells[j]!.trim(),
        })),
    });
  });
  return { columns, rows, problems };
}

/** A row's cells by normalised header, and its line in the sheet (the header is line 1). */
interface Row {
  readonly line: number;
  /** The sheet's separator, to name in a problem about a row's cells. */
  readonly delimiter: string;
  readonly cells: Record<string, string>;
  /** Cells past the header's last column, when any holds something. */
  readonly extra: readonly string[];
  /** Cells that hold something under a column with no name in the header (1-based columns). */
  readonly unnamed: readonly { readonly column: number; readonly value: string }[];
}

/** Problems about a row itself: cells past the header's last column, or under a nameless one. */
function rowProblems(
  { extra, unnamed, delimiter }: Row,
  columns: number,
  kind: Problem['collection'],
  item: string,
): Problem[] {
  return [
    ...unnamed.map(({ column, value }): Problem => ({
      collection: kind,
      item,
      field: `column ${column}`,
      message: `column ${column} has no name in the header, so its cell was ignored`,
      value: value.slice(0, 200),
    })),
    ...(extra.length
      ? [
          {
            collection: kind,
            item,
            field: `column ${columns + 1}`,
            message: `the row has ${columns + extra.length} cells and the header ${columns}; the cells past the header were ignored (${delimiter === ',' ? 'a comma' : delimiter === ';' ? 'a semicolon' : 'a tab'} outside quotes?)`,
            value: extra.join(' | ').slice(0, 200),
          } satisfies Problem,
        ]
      : []),
  ];
}

/** A problem for each column the sheet's format does not have: it is ignored, never silently. */
function unknownColumns(columns: readonly string[], known: readonly string[], expected: string) {
  const names = new Set(known.map((c) => c.toLowerCase()));
  return columns
    .filter((c) => c !== '' && !names.has(norm(c)))
    .map((c): Problem => ({
      collection: 'dataset',
      item: 'dataset',
      field: c.slice(0, 80),
      message: `unknown column "${c.slice(0, 40)}" was ignored (expected ${expected})`,
      value: '',
    }));
}

/** A TimelineJS spreadsheet (CSV) as an Annals dataset input, through its JSON form. */
function fromTimelineJsRows(columns: string[], lines: Row[]): Converted {
  const problems = unknownColumns(
    columns,
    TIMELINEJS_COLUMNS,
    `TimelineJS's template: ${TIMELINEJS_COLUMNS.join(', ')}`,
  );
  /** A date's cells as TimelineJS's date object, and its Time cell if it cannot be read. */
  const date = (prefix: string, row: Record<string, string>) => {
    const year = row[`${prefix}year`];
    const time = row[`${prefix}time`];
    // A row without any of these has no date (an end, most often); with some of them but no
    // year, it has one that cannot be read, and the reader says so.
    if (!year && !row[`${prefix}month`] && !row[`${prefix}day`] && !time) return {};
    const d: Record<string, unknown> = {
      year,
      month: row[`${prefix}month`],
      day: row[`${prefix}day`],
    };
    const t = time ? readTime(time) : null;
    if (t) Object.assign(d, t);
    return { d, unreadTime: time && !t ? time : undefined };
  };
  const json: { title?: unknown; events: unknown[]; eras: unknown[] } = { events: [], eras: [] };
  // Problems name an item by its line in the sheet, as its author sees it.
  const lineOf = { events: [] as number[], eras: [] as number[] };
  /** Rows left out here, before conversion, for want of a Year. */
  let undated = 0;
  lines.forEach((sheetRow) => {
    const { line, cells: row } = sheetRow;
    let type = (row.type ?? '').toLowerCase();
    const background = row.background
      ? /^(#|rgb|hsl|[a-z]+$)/i.test(row.background)
        ? { color: row.background }
        : { url: row.background }
      : undefined;
    const start = date('', row);
    const end = date('end ', row);
    const slide: Record<string, unknown> = {
      start_date: start.d,
      end_date: end.d,
      text: { headline: row.headline ?? '', text: row.text ?? '' },
      ...(row['display date'] ? { display_date: row['display date'] } : {}),
      ...(row.group ? { group: row.group } : {}),
      ...(background ? { background } : {}),
      ...(row.media
        ? {
            media: {
              url: row.media,
              credit: row['media credit'],
              caption: row['media caption'],
              thumbnail: row['media thumbnail'],
              alt: row['alt text'],
            },
          }
        : {}),
    };
    const label = itemLabel(`row ${line}`, slideTitle(slide));
    // TimelineJS shows a second title row as an event, and warns; so does Annals.
    const secondTitle = type === 'title' && json.title !== undefined;
    if (secondTitle) {
      type = 'event';
      problems.push({
        collection: 'events',
        item: label,
        field: 'Type',
        message: row.year
          ? 'the sheet has an earlier title row; this one is shown as an event, as TimelineJS does'
          : 'the sheet has an earlier title row; this one would be shown as an event, as TimelineJS does, but it has no Year',
        value: row.type ?? '',
      });
    }
    // TimelineJS knows "title" and "era"; any other Type is an event there, and here, but a
    // "milestone" or a misspelt "eras" was meant to say something: it is reported.
    if (type !== '' && type !== 'title' && type !== 'era' && type !== 'event')
      problems.push({
        collection: 'events',
        item: label,
        field: 'Type',
        message:
          'Type is "title", "era" or empty; this row is shown as an event, as TimelineJS does',
        value: (row.type ?? '').slice(0, 200),
      });
    const kind = type === 'era' ? 'eras' : 'events';
    problems.push(
      ...(type === 'title'
        ? rowProblems(sheetRow, columns.length, 'dataset', 'dataset')
        : rowProblems(sheetRow, columns.length, kind, label)),
    );
    for (const [field, time] of [
      ['Time', start.unreadTime],
      ['End Time', end.unreadTime],
    ] as const)
      if (time)
        problems.push({
          collection: type === 'title' ? 'dataset' : kind,
          item: type === 'title' ? 'dataset' : label,
          field,
          message: 'the time must read like 14:30, 14:30:15 or 2:30 PM; it was left out',
          value: time.slice(0, 200),
        });
    if (type === 'title') {
      json.title = slide;
      return;
    }
    // Said in the sheet's words, by its columns: the JSON reader would speak of start_date.
    const dropped = kind === 'eras' ? 'the era was dropped' : 'the event was dropped';
    const missing = !start.d
      ? { field: 'Year', message: `the row has no Year; ${dropped}` }
      : kind === 'eras' && !end.d
        ? { field: 'End Year', message: 'an era needs an End Year; the era was dropped' }
        : undefined;
    if (missing) {
      // A second title row without a Year has been said not to be shown.
      if (!secondTitle) problems.push({ collection: kind, item: label, ...missing, value: '' });
      if (kind === 'events') undated++;
      return;
    }
    json[kind].push(slide);
    lineOf[kind].push(line);
  });
  const converted = fromTimelineJs(json, (kind, i) => `row ${lineOf[kind][i]!}`);
  const inSheet = converted.problems.map((p) =>
    Object.hasOwn(COLUMN_OF, p.field) ? { ...p, field: COLUMN_OF[p.field]! } : p,
  );
  return {
    ...converted,
    problems: [...inRowOrder([...problems, ...inSheet])],
    dropped: converted.dropped + undated,
    names: { ...converted.names, fields: SHEET_FIELDS },
  };
}

/** The sheet's column for a field of TimelineJS's JSON, so that a problem names what the author sees. */
const COLUMN_OF: Readonly<Record<string, string>> = {
  start_date: 'Year',
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'start_date.hour': 'Time',
  'start_date.minute': 'Time',
  'start_date.second': 'Time',
  end_date: 'End Year',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'end_date.hour': 'End Time',
  'end_date.minute': 'End Time',
  'end_date.second': 'End Time',
  'text.headline': 'Headline',
  media: 'Media',
  'media.url': 'Media',
  'media.thumbnail': 'Media Thumbnail',
  'background.url': 'Background',
  'background.color': 'Background',
};

/**
 * The sheet's columns for the fields validation names, for an event or era read from the sheet.
 * Its media and links are checked by the reader, under the columns they come from.
 */
const SHEET_FIELDS: Readonly<Record<string, string>> = {
  start: 'Year/Month/Day/Time',
  end: 'End Year/End Month/End Day/End Time',
  title: 'Headline',
  body: 'Text',
  displayDate: 'Display Date',
  group: 'Group',
};

/** Annals' columns for the fields validation names: the first media item and source are flat. */
const ANNALS_FIELDS: Readonly<Record<string, string>> = {
  'media[0].url': 'media_url',
  'media[0].alt': 'media_alt',
  'media[0].credit': 'media_credit',
  'media[0].caption': 'media_caption',
  'sources[0].title': 'source_title',
  'sources[0].url': 'source_url',
  'sources[0].publisher': 'source_publisher',
};

const LIST = /\s*;\s*/;

/** Rows in Annals' own columns as a dataset input. */
function fromAnnalsRows(columns: string[], lines: Row[]): Converted {
  const problems = unknownColumns(
    columns,
    ANNALS_COLUMNS,
    `${ANNALS_COLUMNS.join(', ')}, or TimelineJS's template`,
  );
  // Problems name a row as the sheet shows it, not by the id it may have been given.
  const names = lines.map(({ line, cells }) => itemLabel(`row ${line}`, cells.title ?? ''));
  // Ids are made from the rows' lines: said once for a sheet without the column, by row for an
  // empty cell in it. An id made up changes when rows move, and deep links name events by id.
  const idColumn = columns.some((c) => norm(c) === 'id');
  if (!idColumn && lines.length)
    problems.push({
      collection: 'dataset',
      item: 'dataset',
      field: 'id',
      message:
        'the sheet has no id column, so each event was given the id of its row (row-2, row-3…), which changes when rows are added or moved; add an id column for links to events that last',
      value: '',
    });
  lines.forEach((row, i) => {
    problems.push(...rowProblems(row, columns.length, 'events', names[i]!));
    if (idColumn && !row.cells.id)
      problems.push({
        collection: 'events',
        item: names[i]!,
        field: 'id',
        message: `the row has no id; it was given the id "row-${row.line}"`,
        value: '',
      });
  });
  const events: EventInput[] = lines.map(({ line, cells: r }) => {
    const e: Record<string, unknown> = {
      id: r.id || `row-${line}`,
      title: r.title ?? '',
      start: r.start ?? '',
    };
    for (const f of ['end', 'summary', 'body', 'category', 'group'] as const) if (r[f]) e[f] = r[f];
    if (r.displaydate) e.displayDate = r.displaydate;
    if (r.importance)
      e.importance = /^-?\d+(\.\d+)?$/.test(r.importance) ? Number(r.importance) : r.importance;
    for (const f of ['tags', 'places', 'people'] as const)
      if (r[f]) e[f] = r[f].split(LIST).filter(Boolean);
    if (r.media_url) {
      e.media = [
        {
          url: r.media_url,
          // An empty cell is not a decision that the image says nothing: as in TimelineJS, its
          // caption, else the event's title, tells a reader who cannot see it what it shows.
          alt: r.media_alt || r.media_caption || r.title || '',
          ...(r.media_credit ? { credit: r.media_credit } : {}),
          ...(r.media_caption ? { caption: r.media_caption } : {}),
        },
      ];
    }
    if (r.source_title || r.source_url) {
      e.sources = [
        {
          title: r.source_title || r.source_url,
          ...(r.source_url ? { url: r.source_url } : {}),
          ...(r.source_publisher ? { publisher: r.source_publisher } : {}),
        },
      ];
    }
    return e as unknown as EventInput;
  });
  const input: DatasetInput = { title: '', events };
  return { input, problems, dropped: 0, names: { events: names, fields: ANNALS_FIELDS } };
}

/**
 * A CSV file as an Annals dataset input: TimelineJS's template or Annals' own columns, told apart
 * by the header row (or forced with `timelinejs`). Throws CsvError when it has no header row.
 */
export function fromCsv(
  csv: string,
  columns: 'auto' | 'timelinejs' | 'annals' = 'auto',
): Converted & {
  readonly columns: 'timelinejs' | 'annals';
  /**
   * What the header row looks like, whatever `columns` forced: TimelineJS's template (Year and
   * Headline), Annals' own (a `start` column), or neither.
   */
  readonly header: 'timelinejs' | 'annals' | null;
} {
  const { columns: header, rows, problems } = parseRows(csv);
  const looks = isTimelineJsHeader(header)
    ? 'timelinejs'
    : header.some((c) => norm(c) === 'start')
      ? 'annals'
      : null;
  const timelinejs = columns === 'timelinejs' || (columns === 'auto' && looks === 'timelinejs');
  const c = timelinejs ? fromTimelineJsRows(header, rows) : fromAnnalsRows(header, rows);
  return {
    ...c,
    problems: problems.length ? [...problems, ...c.problems] : c.problems,
    columns: timelinejs ? 'timelinejs' : 'annals',
    header: looks,
  };
}
