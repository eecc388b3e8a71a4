/**
 * The public data contract: what a dataset looks like as authored (JSON or TypeScript), and what
 * it becomes once validated. `data/timeline.schema.json` describes the authored form; a test
 * keeps the two in step.
 */
import type { CivilDate } from './date.js';

/** A date as authored: ISO 8601 text (`2009`, `2013-05`, `2013-05-10`, `2013-05-10T09:00+05:00`, `-000043`). */
export type DateInput = string;

/** A picture, video poster or other illustration of an event. */
export interface MediaInput {
  /** URL of the image (http, https or relative). */
  url: string;
  /** Text alternative read by screen readers and shown when the image fails. Required. */
  alt: string;
  /** Who made or owns the image, shown under it. */
  credit?: string;
  /** A caption shown under the image. */
  caption?: string;
}

/** Where a fact comes from. */
export interface SourceInput {
  /** Title of the source as it should be cited. */
  title: string;
  /** Link to the source (http, https or relative). */
  url?: string;
  /** Publisher or site, e.g. "Wikipedia". */
  publisher?: string;
  /** When the source was consulted, as an ISO date. */
  accessed?: DateInput;
}

/** One thing that happened: at a date (a point) or over a span (a range). */
export interface EventInput {
  /**
   * Stable identifier, unique in the dataset; used by `selected`, `start-at` and deep links. A
   * number, as databases give them, is read as its text (`12359` is the id `"12359"`).
   */
  id: string | number;
  /** Short title shown on the timeline. Required. */
  title: string;
  /** When it happened or began; its precision is kept (a year stays a year). */
  start: DateInput;
  /** When a ranged event ended (inclusive: `2013-05-11` covers all of 11 May). Omit for a point. */
  end?: DateInput;
  /** Plain text shown in the event card; a blank line starts a new paragraph. */
  summary?: string;
  /**
   * The event's text as HTML (TimelineJS's `text.text`): paragraphs, links, emphasis and lists are
   * kept, sanitised with DOMPurify before display; everything else (scripts, styles, frames,
   * event handlers, links other than http, https or relative) is removed. Shown in the card
   * after the summary.
   */
  body?: string;
  /** Text shown for the date instead of the formatted one, e.g. "Spring 2009" (TimelineJS's `display_date`). */
  displayDate?: string;
  /** Key of one of the dataset's `categories`. */
  category?: string;
  /** Name of the row the event is drawn in with `group-by="group"` (TimelineJS's `group`). */
  group?: string;
  /** Free keywords, searchable. */
  tags?: string[];
  /** Places involved, as names. */
  places?: string[];
  /** People involved, as names. */
  people?: string[];
  /** 1 (minor) to 5 (major); more important events win label space. Default 3. */
  importance?: number;
  /** Illustrations, each with alt text and credit. */
  media?: MediaInput[];
  /** Where the facts come from. Every event of a published dataset should have one. */
  sources?: SourceInput[];
}

/** A titled span drawn as a background band, such as a reign or a period. */
export interface EraInput {
  /** Stable identifier, unique among eras; a number is read as its text. */
  id: string | number;
  /** Label of the band. */
  title: string;
  start: DateInput;
  /** Inclusive end of the era. */
  end: DateInput;
  /** Optional sources for the era's dates. */
  sources?: SourceInput[];
}

/** A category events can belong to, with a label for the legend. */
export interface CategoryInput {
  /** Key used by `EventInput.category`. */
  id: string;
  /** Label shown in the legend. */
  label: string;
  /**
   * Optional CSS colour: hex, a named colour, or `rgb()`, `hsl()`, `hwb()`, `lab()`, `lch()`,
   * `oklab()`, `oklch()` or `color()` with plain numbers (see `isCssColor`); otherwise the
   * theme's palette is used in order.
   */
  color?: string;
}

/** A whole timeline's data. */
export interface DatasetInput {
  /** Title of the timeline, used as the accessible name of the region. */
  title: string;
  /** A sentence or two about the timeline. */
  description?: string;
  /**
   * Language of the text in the dataset (BCP 47), e.g. "en". Where it is not the language of the
   * timeline's interface, the titles, summaries and names say so with `lang`, for screen readers;
   * without it, the data is taken to be in the page's language.
   */
  lang?: string;
  events: EventInput[];
  eras?: EraInput[];
  categories?: CategoryInput[];
  /** Sources for the dataset as a whole. */
  sources?: SourceInput[];
}

/** A validated source. */
export interface Source {
  readonly title: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly accessed?: CivilDate;
}

/** A validated media item. */
export interface Media {
  readonly url: string;
  readonly alt: string;
  readonly credit?: string;
  readonly caption?: string;
}

/** A validated event: dates parsed, lists present, URLs checked. */
export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly start: CivilDate;
  readonly end?: CivilDate;
  readonly summary: string;
  /** Unsanitised HTML as authored; the card sanitises it with DOMPurify before showing it. */
  readonly body?: string;
  /** Text shown for the date instead of the formatted one. */
  readonly displayDate?: string;
  readonly category?: string;
  /** Row the event is drawn in with `group-by="group"`, like TimelineJS's `group`. */
  readonly group?: string;
  readonly tags: readonly string[];
  readonly places: readonly string[];
  readonly people: readonly string[];
  readonly importance: number;
  readonly media: readonly Media[];
  readonly sources: readonly Source[];
  /** UTC ms where the event starts on the axis. */
  readonly startTime: number;
  /** UTC ms just after the event ends (end of its last unit), or of its start unit for a point. */
  readonly endTime: number;
}

/** A validated era. */
export interface Era {
  readonly id: string;
  readonly title: string;
  readonly start: CivilDate;
  readonly end: CivilDate;
  readonly sources: readonly Source[];
  readonly startTime: number;
  readonly endTime: number;
}

/** A validated category. */
export interface Category {
  readonly id: string;
  readonly label: string;
  readonly color?: string;
}

/** A validated dataset: events sorted by start (then end; the same times in the data's order), eras by start. */
export interface Dataset {
  readonly title: string;
  readonly description: string;
  readonly lang?: string;
  readonly events: readonly TimelineEvent[];
  readonly eras: readonly Era[];
  readonly categories: readonly Category[];
  readonly sources: readonly Source[];
}

/** One thing wrong with the input, in words a data editor can act on. */
export interface Problem {
  /** Which collection the item is in. */
  readonly collection: 'events' | 'eras' | 'categories' | 'dataset';
  /**
   * The item's id in quotes, cut to 80 characters, or its position when it has none, counted from
   * 1 as the other formats count (`#3` is the third). Items read from a file that names them its own way are named so by every problem, the reader's and
   * validation's alike (see ItemNames): a sheet's row, `row 12 ("Impossible Feb 30")`; a TimelineJS
   * event without `unique_id`, by its position and headline, `#3 ("State visit")`.
   */
  readonly item: string;
  /** The field at fault, e.g. `start`, `media[0].url`, cut to 80 characters. */
  readonly field: string;
  /** What is wrong, in a sentence. */
  readonly message: string;
  /** The offending value as plain text (JSON for non-strings), cut to 200 characters. */
  readonly value: string;
}

/**
 * How problems name the items of the input's `events` and `eras`, by index, where a file read into
 * it names them otherwise than by id: a sheet by its rows, TimelineJS by position and headline.
 * Only the names change: the ids (and the deep links made of them) stay as they are.
 */
export interface ItemNames {
  readonly events?: readonly string[] | undefined;
  readonly eras?: readonly string[] | undefined;
  /**
   * How problems name the fields of events and eras, where the file's columns differ from them:
   * a sheet's `source_url` for `sources[0].url`, TimelineJS's `Headline` for `title`.
   */
  readonly fields?: Readonly<Record<string, string>> | undefined;
}

/** What validation returns: everything usable, and every problem found. */
export interface ValidationResult {
  readonly dataset: Dataset;
  readonly problems: readonly Problem[];
  /** How many events of the input could not be shown (each has a problem saying why). */
  readonly dropped: number;
}
