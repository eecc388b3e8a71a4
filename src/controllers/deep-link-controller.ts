import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { endTime, toCivilDate } from '../core/date.js';
import {
  fragmentAnchors,
  fragmentText,
  fragmentValue,
  withFragmentValues,
} from '../core/fragment.js';
import { rangeText } from '../core/navigation.js';
import type { TimeWindow } from '../core/viewport.js';

/** What a timeline keeps in the URL fragment. */
export interface LinkState {
  selected?: string | null;
  /** Visible range as ISO dates or instants: from its start to the end of `to`'s period. */
  from?: string;
  to?: string;
}

const FIELDS = ['selected', 'from', 'to'] as const;

/** Where a range's text starts and ends (`to` runs to the end of its period), or null. */
const rangeOf = (from: string | null | undefined, to: string | null | undefined) => {
  const a = from ? toCivilDate(from) : null;
  const b = to ? toCivilDate(to) : null;
  return a?.ok && b?.ok ? { start: a.date.time, end: endTime(b.date) } : null;
};

/** Which timelines on the page use each key, to warn when two share one. */
const claims = new Map<string, Set<DeepLinkController>>();
const warned = new Set<string>();
/** The page's anchor is looked for once, by the first timeline: see `_scrollToAnchor`. */
let anchorSought = false;

/**
 * Deep links: keeps a timeline's selection and visible range in the URL fragment under its own
 * key (`#kt.selected=…&kt.from=…&kt.to=…`), so several timelines share one fragment with each
 * other and with the page: every part that is not this key's (`#notes`, another library's
 * `a=b`) is left as it is, in its place. A selection the reader makes pushes a history entry
 * (Back returns to the previous event); a range change replaces the current one. Applying a
 * link (on load, Back, Forward, a hand-edited fragment) never writes the URL: a navigation the
 * timeline did not make is only read, and the view a link shows is not written back over it.
 * A link whose fragment also names an element (`#notes&kt.selected=e5`) scrolls the page to it
 * once, as the browser would for `#notes`. Listens to `popstate` only while connected. Two
 * timelines with the same key would overwrite each other's links: one console warning says so.
 */
export class DeepLinkController implements ReactiveController {
  private readonly _onPop = () => {
    const key = this.key();
    if (!key) return;
    const text = DeepLinkController._text(key);
    // Another key's change, or a page's anchor beside this key's state: nothing to apply.
    if (text === this._seen) return;
    this._seen = text;
    void this.apply(() => this.onRestore(DeepLinkController.read(key)));
  };

  private readonly _onRead = () => this._scrollToAnchor();

  /** This key's parts of the fragment as last written or applied, to tell its changes apart. */
  private _seen: string | null = null;
  private _applying = 0;
  /** The view the link applied last shows: a settle there says what the link says. */
  private _shown: TimeWindow | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly key: () => string | null,
    private readonly onRestore: (state: LinkState) => void | Promise<void>,
    private readonly view: () => TimeWindow | null = () => null,
  ) {
    host.addController(this);
  }

  /** Reads a key's state from a fragment (the current one by default). */
  static read(key: string, hash = globalThis.location?.hash ?? ''): LinkState {
    const state: LinkState = {};
    const selected = fragmentValue(hash, `${key}.selected`);
    if (selected !== null) state.selected = selected;
    const from = fragmentValue(hash, `${key}.from`);
    const to = fragmentValue(hash, `${key}.to`);
    // A hand-edited or truncated link must not break the page: an unreadable range is ignored.
    if (from && to && rangeOf(from, to)) {
      state.from = from;
      state.to = to;
    }
    return state;
  }

  /** A key's raw values in a fragment, as one string to compare. */
  private static _text(key: string, hash = location.hash): string {
    return JSON.stringify(FIELDS.map((f) => fragmentValue(hash, `${key}.${f}`)));
  }

  /** The state under this timeline's key now, or an empty state without a key. */
  current(): LinkState {
    const key = this.key();
    return key ? DeepLinkController.read(key) : {};
  }

  /** A link is being applied: what changes meanwhile comes from the link and is not written. */
  get applying(): boolean {
    return this._applying > 0;
  }

  /**
   * Applies a link with `work` (which moves the view and sets the selection): nothing is written
   * until it ends, and the view it ends on is remembered as the link's (see `writeRange`).
   */
  async apply(work: () => void | Promise<void>): Promise<void> {
    this._applying++;
    try {
      await work();
    } finally {
      this._applying--;
      this._shown = this.view();
      const key = this.key();
      if (key) this._seen = DeepLinkController._text(key);
    }
  }

  /**
   * Writes a key's state, keeping every other part of the fragment as it is. A value that says
   * what the fragment already says (the same instants in another spelling included) is kept.
   * Nothing is written while a link is being applied.
   */
  write(state: LinkState, push: boolean) {
    const key = this.key();
    if (!key || this.applying) return;
    const now = DeepLinkController.read(key);
    const values: Record<string, string | null> = {};
    if ('selected' in state && (state.selected ?? null) !== (now.selected ?? null))
      values[`${key}.selected`] = state.selected || null;
    if ('from' in state) {
      const a = rangeOf(now.from, now.to);
      const b = rangeOf(state.from, state.to);
      const same = a && b ? a.start === b.start && a.end === b.end : !a && !b;
      // An unreadable range in the fragment is not this timeline's to clean up either.
      if (!same && (b || a)) {
        values[`${key}.from`] = state.from || null;
        values[`${key}.to`] = state.to || null;
      }
    }
    const hash = withFragmentValues(location.hash, values);
    this._seen = DeepLinkController._text(key, hash);
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /**
   * Writes the visible range, or removes it when the whole span is shown. The view that the link
   * applied last shows is not written: the link already says it, in its own words. `slack` is
   * a pixel of the view at each end, in ms: each end is written as the coarsest date that near
   * it (see `rangeText`).
   */
  writeRange(window: TimeWindow, whole: boolean, slack?: { from: number; to: number }) {
    if (this.applying) return;
    const shown = this._shown;
    if (shown && window.start === shown.start && window.end === shown.end) return;
    this._shown = null;
    this.write(whole ? { from: undefined, to: undefined } : rangeText(window, slack), false);
  }

  /**
   * Scrolls to the element a link's fragment names beside this key's state (`#notes&kt.…`),
   * which the browser looked for under the whole fragment and did not find. Only for the first
   * timeline of the page, on a page not yet scrolled: later, the reader has scrolled where they
   * like, and the fragment may be one the timelines wrote.
   */
  private _scrollToAnchor() {
    const key = this.key();
    const hash = location.hash;
    if (!key || anchorSought) return;
    anchorSought = true;
    if (scrollX !== 0 || scrollY !== 0) return;
    if (DeepLinkController._text(key, hash) === DeepLinkController._text(key, '')) return;
    if (document.getElementById(fragmentText(hash))) return;
    for (const id of fragmentAnchors(hash)) {
      const target = document.getElementById(id);
      if (target) return target.scrollIntoView();
    }
  }

  private _claimed: string | null = null;

  /** Registers this timeline's key; a key another connected timeline holds is warned about once. */
  private _claim() {
    const key = this.key();
    if (key === this._claimed) return;
    this._release();
    if (!key) return;
    let holders = claims.get(key);
    if (!holders) claims.set(key, (holders = new Set()));
    holders.add(this);
    this._claimed = key;
    if (holders.size > 1 && !warned.has(key)) {
      warned.add(key);
      console.warn(
        `annals-timeline: ${holders.size} timelines on this page use the deep-link key "${key.slice(0, 80)}"; ` +
          'they would overwrite each other’s links: give each its own deep-link',
      );
    }
  }

  private _release() {
    if (this._claimed === null) return;
    claims.get(this._claimed)?.delete(this);
    this._claimed = null;
  }

  hostConnected() {
    // popstate covers back, forward and a hand-edited fragment; hashchange would apply them twice.
    globalThis.addEventListener('popstate', this._onPop);
    this._claim();
    const key = this.key();
    if (key) this._seen = DeepLinkController._text(key);
    // The page's anchors are there once it has been read.
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', this._onRead, { once: true });
    else this._scrollToAnchor();
  }

  hostUpdate() {
    this._claim();
  }

  hostDisconnected() {
    globalThis.removeEventListener('popstate', this._onPop);
    document.removeEventListener('DOMContentLoaded', this._onRead);
    this._release();
  }
}
