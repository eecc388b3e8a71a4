import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toCivilDate } from '../core/date.js';

/** What a timeline keeps in the URL fragment. */
export interface LinkState {
  selected?: string | null;
  /** Visible range as ISO instants. */
  from?: string;
  to?: string;
}

/**
 * Deep links: keeps a timeline's selection and visible range in the URL fragment under its own
 * key (`#kt.selected=…&kt.from=…&kt.to=…`), so several timelines share one fragment. Selection
 * changes push a history entry (the back button returns to the previous event); range changes
 * replace the current one. Listens to `popstate` only while connected.
 */
export class HashController implements ReactiveController {
  private readonly _onChange = () => {
    const key = this.key();
    if (key) this.onRestore(HashController.read(key));
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
    if (from && to && toCivilDate(from).ok && toCivilDate(to).ok) {
      state.from = from;
      state.to = to;
    }
    return state;
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
      set('from', state.from);
      set('to', state.to);
    }
    const hash = `#${params.toString()}`;
    if (hash === location.hash || (hash === '#' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  hostConnected() {
    // popstate covers back, forward and a hand-edited fragment; hashchange would apply them twice.
    globalThis.addEventListener('popstate', this._onChange);
  }

  hostDisconnected() {
    globalThis.removeEventListener('popstate', this._onChange);
  }
}
