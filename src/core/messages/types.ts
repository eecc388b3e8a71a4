/** The shape of a message table: every word Annals shows or speaks to a reader. */
import type { LoadFailure } from '../sources/index.js';

/**
 * Everything the timeline and its parts say to readers, in one language: visible text, accessible
 * names, announcements and the notes of the core (clusters, going to a date). Numbers arrive as
 * numbers, so each language chooses its own plural forms; dates arrive already written in the
 * locale's words. Developer messages (console warnings, thrown errors, `annals-error`'s `message`)
 * stay English and are not here.
 */
export interface Messages {
  // The data notices.
  /** While `src` loads (shown, and announced). */
  loading: string;
  /** Announced once the data is drawn. */
  loaded: (events: number) => string;
  /** Under the timeline when events were left out. */
  notShown: (events: number) => string;
  /** The failure's sentence; `status` is the HTTP status of an `http` failure. */
  failure: (failure: LoadFailure, status?: number) => string;
  /** The failure's button. */
  retry: string;

  // The timeline.
  /** What assistive technology calls the region (`aria-roledescription`), in lower case. */
  timeline: string;
  /** The region's name when the data has no title and the page gave no `label`. */
  untitled: string;
  /** Shown in place of the drawing when there is no event at all. */
  noEvents: string;

  // The toolbar.
  /** Name of the group of the previous and next buttons. */
  eventsGroup: string;
  /** Text of the previous button (after a ‹); the start of `previousEvent`. */
  previous: string;
  /** Text of the next button (before a ›); the start of `nextEvent`. */
  next: string;
  /** Accessible name and tooltip of the previous button. */
  previousEvent: string;
  /** Accessible name and tooltip of the next button. */
  nextEvent: string;
  /** Name of the group of zoom buttons. */
  zoomGroup: string;
  /** The + button's name; its tooltip adds "(+)". */
  zoomIn: string;
  /** The − button's name; its tooltip adds "(−)". */
  zoomOut: string;
  /** Text (and so the accessible name) of the button that shows the whole span. */
  fit: string;
  /** Its tooltip, followed by its key, "(0)". */
  fitAll: string;
  /** Label of the box that goes to a date. */
  goTo: string;
  /** Its submit button. */
  go: string;
  /** Placeholder of the date box: how to write a date (ISO order). */
  datePlaceholder: string;
  /** Accessible name of the search box. */
  searchLabel: string;
  /** Placeholder of the search box. */
  searchPlaceholder: string;
  /** Accessible name of the ↑ button. */
  previousMatch: string;
  /** Accessible name of the ↓ button. */
  nextMatch: string;
  /**
   * The search count: `count` matches, `current` the 1-based one shown (undefined before the first
   * step). Zero matches: the words for "no matches".
   */
  found: (count: number, current?: number) => string;

  // The legend.
  /** Accessible name of the legend (unless the legend's `label` is set). */
  categories: string;

  // The event card.
  /** Heading of the card's row naming the event's group (TimelineJS's `group`, a row with `group-by`). */
  group: string;
  /** Heading of the card's list of people. */
  people: string;
  /** Heading of the card's list of places. */
  places: string;
  /** Heading and name of the card's sources. */
  sources: string;
  /** Accessible name of the card's × button. */
  close: string;

  // The drawing.
  /** Accessible name of the ordered list of events. */
  eventList: string;
  /** Accessible name of the list of clusters. */
  clusterList: string;
  /** Accessible name of a cluster's button, from its `cluster` description and its count. */
  showCluster: (description: string, count: number) => string;
  /** Name of the drawing when events exist but none is in view. */
  noneInView: string;
  /** Name of the drawing when every category is hidden. */
  allHidden: string;

  // The export.
  /** Name of the toolbar's group of download buttons (the buttons themselves show SVG and PNG). */
  download: string;
  /** Accessible name and tooltip of the button that downloads the picture as SVG. */
  downloadSvg: string;
  /** Accessible name and tooltip of the button that downloads the picture as PNG. */
  downloadPng: string;
  /**
   * The picture could not be made as `format` (SVG or PNG). The browser's reason follows it in
   * brackets, in the browser's words (a Content-Security-Policy that blocks `data:` images, say).
   */
  exportFailed: (format: string) => string;
  /**
   * The exported picture's description (its SVG `<desc>`): how many events it shows and from
   * when to when (`from === to` for one period); `pictureShown` adds the span in view, zoomed in.
   */
  picture: (events: number, from: string, to: string) => string;
  pictureShown: (span: string) => string;

  // The core: clusters, rows and going to a date.
  /** A cluster's description: `count` events over `when` (a span of dates already in words). */
  cluster: (count: number, when: string) => string;
  /** The count a cluster's mark shows: short, since it fits a 40 px pill (1.2k). */
  clusterCount: (count: number) => string;
  /** Title of the last row, of events with neither category nor group (with `group-by`). */
  otherRow: string;
  /**
   * The go-to box could not read `text`; `reason` is the parser's reason, in English (a language
   * may leave it out and say how to write a date instead).
   */
  goToError: (text: string, reason: string) => string;
  /** Going to a date before the first event, `date` (in words): its start is shown. */
  nothingBefore: (date: string) => string;
  /** Going to a date after the last event, `date`: its end is shown. */
  nothingAfter: (date: string) => string;
  /** Going to a date in a compressed gap from `from` to `to` (years in words). */
  nothingBetween: (from: string, to: string) => string;

  // The developer's list of problems (`show-problems`), whose items stay English.
  /** Summary of the list of `count` problems. */
  problems: (count: number) => string;
  /** Last item when the list is cut: `count` more. */
  moreProblems: (count: number) => string;
}

/** The messages the core's layout writes: cluster descriptions and counts, the untitled row. */
export type SceneMessages = Pick<Messages, 'cluster' | 'clusterCount' | 'otherRow'>;

/** The messages of the go-to box. */
export type GoToMessages = Pick<
  Messages,
  'goToError' | 'nothingBefore' | 'nothingAfter' | 'nothingBetween'
>;
