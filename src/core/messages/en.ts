/** English: the messages Annals speaks when the page asks for no other language. */
import { NOT_A_DATE } from '../date.js';
import { plural } from './plural.js';
import type { Messages } from './types.js';

const events = (n: number) => `${n} ${plural('en', n, { one: 'event', other: 'events' })}`;

export const ENGLISH: Messages = Object.freeze<Messages>({
  loading: 'Loading the timeline…',
  loaded: (n: number) => `Timeline loaded: ${events(n)}.`,
  notShown: (n: number) => `${events(n)} could not be shown.`,
  failure: (failure, status) => {
    switch (failure) {
      case 'timeout':
        return 'The timeline’s data took too long to arrive.';
      case 'http':
        return status === 404
          ? 'The timeline’s data could not be found.'
          : `The timeline’s data could not be loaded (error ${status ?? 'unknown'}).`;
      case 'network':
        return 'The timeline’s data could not be loaded. Check the connection and try again.';
      case 'too-large':
        return 'The timeline’s data is too large to show.';
      case 'empty':
        return 'The timeline’s data file is empty.';
      case 'malformed-json':
      case 'malformed-csv':
      case 'not-data':
        return 'The timeline’s data could not be read.';
      case 'no-events':
        return 'The timeline’s data holds no events that can be shown.';
    }
  },
  retry: 'Try again',

  timeline: 'timeline',
  untitled: 'Timeline',
  noEvents: 'No events to show.',

  eventsGroup: 'Events',
  previous: 'Previous',
  next: 'Next',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  zoomGroup: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  fitAll: 'Fit all events',
  goTo: 'Go to',
  go: 'Go',
  datePlaceholder: 'YYYY-MM-DD',
  searchLabel: 'Search events',
  searchPlaceholder: 'Search',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  found: (count: number, current?: number) =>
    count === 0 ? 'No matches' : `${current === undefined ? '' : `${current} of `}${count} found`,

  categories: 'Categories',

  group: 'Group',
  people: 'People',
  places: 'Places',
  sources: 'Sources',
  close: 'Close',

  eventList: 'Events in date order',
  clusterList: 'Groups of events too close to show one by one',
  showCluster: (description: string, count: number) =>
    `${description}; ${count === 1 ? 'show it' : 'show them'}`,
  noneInView: 'No events in view; use the arrow keys to move to the next one',
  allHidden: 'Every category is hidden; show one in the legend',

  download: 'Download',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  exportFailed: (format: string) => `The ${format} picture could not be made`,
  picture: (n: number, from: string, to: string) =>
    n === 0
      ? 'Timeline with no events to show.'
      : n === 1
        ? `Timeline of 1 event, ${from}`
        : from === to
          ? `Timeline of ${events(n)} in ${from}`
          : `Timeline of ${events(n)} from ${from} to ${to}`,
  pictureShown: (span: string) => `Shown: ${span}`,

  cluster: (count: number, when: string) => `${events(count)}, ${when}`,
  clusterCount: (n: number) => (n > 999 ? `${Math.round(n / 100) / 10}k` : String(n)),
  otherRow: 'Other',
  // The parser's reason names the day or month that does not exist; for text that is no date at
  // all, its list of ISO forms is for developers: the reader is told how to write one.
  goToError: (text: string, reason: string) =>
    reason.startsWith(NOT_A_DATE)
      ? `Cannot go to “${text}”: write a date as YYYY, YYYY-MM or YYYY-MM-DD (2013, 2013-05, 2013-05-10).`
      : `Cannot go to “${text}”: ${reason}.`,
  nothingBefore: (date: string) =>
    `Nothing is recorded before ${date}: showing the start of the timeline.`,
  nothingAfter: (date: string) =>
    `Nothing is recorded after ${date}: showing the end of the timeline.`,
  nothingBetween: (from: string, to: string) =>
    `Nothing is recorded from ${from} to ${to}: the striped break on the axis stands for those years.`,

  problems: (n: number) =>
    `${n} ${plural('en', n, { one: 'problem', other: 'problems' })} in the data: some items were dropped or changed`,
  moreProblems: (n: number) => `and ${n} more`,
});
