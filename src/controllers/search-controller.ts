import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readBodiesForSearch, searchMatches } from '../core/navigation.js';
import type { TimelineEvent } from '../core/types.js';

/**
 * A timeline's search: what the reader typed, the shown events it finds (in date order), and the
 * match the reader stepped to. The host calls `find` when the data or the hidden categories change;
 * a new query finds at once. The events' bodies are read for search in idle time once the field is
 * focused (`readAhead`), so the first key does not wait for them all.
 */
export class SearchController implements ReactiveController {
  /** What the reader typed. */
  query = '';
  /** The ids of the matches, in date order. */
  matches: readonly string[] = [];
  /** The same ids, to look up. */
  matchSet: ReadonlySet<string> = new Set();
  /** The matching events, for the clusters that hold them. */
  matchEvents: readonly TimelineEvent[] = [];
  /** The match stepped to: −1 until the first step since the query changed. */
  index = -1;
  /** The events whose bodies are read for search, or being read, in idle time. */
  private _bodiesRead: readonly TimelineEvent[] | null = null;
  /** The reading under way, if any. */
  private _reading: object | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** The dataset's events, in date order. */
      events: () => readonly TimelineEvent[];
      /** The categories switched off: their events are not found. */
      hidden: () => ReadonlySet<string>;
      /** Shows and selects a match. */
      show: (id: string) => Promise<void>;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    // Off the page: the bodies still to read are left (read again at the next focus).
    this._bodiesRead = null;
    this._reading = null;
  }

  /** Whether a query is typed (the drawing steps back what it does not find). */
  get searching(): boolean {
    return this.query.trim() !== '';
  }

  /** A new query: found at once, and the next step goes to its first (or last) match. */
  search(query: string) {
    this.query = query;
    this.index = -1;
    this.find();
    this.host.requestUpdate();
  }

  /** Finds the query again, among the events shown now. */
  find() {
    const events = this.options.events();
    this.matches = searchMatches(events, this.query, this.options.hidden());
    const found = (this.matchSet = new Set(this.matches));
    this.matchEvents = this.matches.length ? events.filter((e) => found.has(e.id)) : [];
    this.index = this.matches.length ? Math.min(this.index, this.matches.length - 1) : -1;
  }

  /** Shows the next (1) or previous (−1) match, round the ends. */
  async step(direction: 1 | -1): Promise<void> {
    const n = this.matches.length;
    if (!n) return;
    this.index = this.index < 0 ? (direction > 0 ? 0 : n - 1) : (this.index + direction + n) % n;
    this.host.requestUpdate();
    await this.options.show(this.matches[this.index]!);
  }

  /**
   * Reads the events' bodies for search in idle time (half a second for 10,000 bodies of 2,000
   * characters), once for each dataset.
   */
  readAhead() {
    const events = this.options.events();
    if (this._bodiesRead === events) return;
    // This reading's own token: one stopped (other data, the element gone) never goes on, even
    // when a later reading is of the same events.
    const reading = [events];
    this._bodiesRead = events;
    this._reading = reading;
    const idle = (go: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(go) : setTimeout(go);
    const step = (from: number) => {
      // Other data meanwhile: its bodies are read at the next focus.
      if (this._reading !== reading || this.options.events() !== events) return;
      const next = readBodiesForSearch(events, from, 8);
      if (next < events.length) idle(() => step(next));
    };
    idle(() => step(0));
  }
}
