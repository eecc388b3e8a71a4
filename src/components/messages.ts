/**
 * What the timeline says to readers about its data: loading, what arrived, what could not be
 * shown, and each failure. A page gives its own words (its language, its house style) through the
 * timeline's `strings` property, whole or in part; the rest stay English. (The toolbar and the
 * card's words join this table with the interface translations.)
 */
import type { LoadFailure } from '../controllers/data-source-controller.js';

export interface DataMessages {
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
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const ENGLISH: DataMessages = {
  loading: 'Loading the timeline…',
  loaded: (n) => `Timeline loaded: ${n} ${plural(n, 'event', 'events')}.`,
  notShown: (n) => `${n} ${plural(n, 'event', 'events')} could not be shown.`,
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
};

/** The page's messages over the English ones; a message of the wrong type is ignored. */
export function messagesFrom(page: Partial<DataMessages> | null | undefined): DataMessages {
  if (!page || typeof page !== 'object') return ENGLISH;
  const out = { ...ENGLISH };
  for (const key of Object.keys(ENGLISH) as (keyof DataMessages)[]) {
    const value: unknown = page[key];
    if (value !== undefined && typeof value === typeof ENGLISH[key])
      (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
