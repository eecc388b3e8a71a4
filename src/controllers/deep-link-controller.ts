import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toCivilDate } from '../core/date.js';

/** What a timeline keeps in the URL fragment. */
export interface LinkState {
  selected?: string | null;
  /** Visible range as ISO dates or instants. */
  from?: string;
  to?: string;
}

const timeOf = (iso: string | null | undefined) => {
  if (!iso) return NaN;
  const d = toCivilDate(iso);
  return d.ok ? d.date.time : NaN;
};

/** Which timelines on the page use each key, to warn when two share one. */
const claims = new Map<string, Set<DeepLinkController>>();
const warned = new Set<string>();

/**
 * Deep links: keeps a timeline's selection and visible range in the URL fragment under its own
 * key (`#kt.selected=…&kt.from=…&kt.to=…`), so several timelines share one fragment. A selection
 * the reader makes pushes a history entry (Back returns to the previous event); a range change
 * replaces the current one. A write that says what the fragment already says is skipped, so
 * applying a link never rewrites it. Listens to `popstate` only while connected. Two timelines
 * with the same key would overwrite each other's links: one console warning says so.
 */
export class DeepLinkController implements ReactiveController {
  private readonly _onPop = () => {
    const key = this.key();
    if (key) this.onRestore(DeepLinkController.read(key));
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly key: () => string | null,
    private readonly onRestore: (state: LinkState) => void,
  ) {
    host.addController(this);
  }

  /** Reads a key's state from a fragment (the current one by default). */
  static read(key: string, hash = globalThis.location?.hash ?? ''): LinkState {
    const params = new URLSearchParams(hash.replace(/^#/, ''));
    const state: LinkState = {};
    const selected = params.get(`${key}.selected`);
    if (selected !== null) state.selected = selected;
    const from = params.get(`${key}.from`);
    const to = params.get(`${key}.to`);
    // A hand-edited or truncated link must not break the page: an unreadable range is ignored.
    if (from && to && Number.isFinite(timeOf(from)) && Number.isFinite(timeOf(to))) {
      state.from = from;
      state.to = to;
    }
    return state;
  }

  /** The state under this timeline's key now, or an empty state without a key. */
  current(): LinkState {
    const key = this.key();
    return key ? DeepLinkController.read(key) : {};
  }

  /** Writes a key's state, keeping other keys of the fragment. */
  write(state: LinkState, push: boolean) {
    const key = this.key();
    if (!key) return;
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const set = (name: string, value: string | null | undefined) => {
      if (value) params.set(`${key}.${name}`, value);
      else params.delete(`${key}.${name}`);
    };
    if ('selected' in state) set('selected', state.selected);
    if ('from' in state) {
      // The same instants in another spelling ('2013-05' and '2013-05-01T00:00:00.000Z') are the same link.
      const now = DeepLinkController.read(key);
      const same =
        Math.abs(timeOf(now.from) - timeOf(state.from)) < 1 &&
        Math.abs(timeOf(now.to) - timeOf(state.to)) < 1;
      if (!same) {
        set('from', state.from);
        set('to', state.to);
      }
    }
    const hash = `#${params.toString()}`;
    if (hash === location.hash || (hash === '#' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
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
  }

  hostUpdate() {
    this._claim();
  }

  hostDisconnected() {
    globalThis.removeEventListener('popstate', this._onPop);
    this._release();
  }
}
