import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the roving focus needs from its host. */
export interface RovingFocusOptions {
  /** The element that holds the items (focused itself when no item is drawn). */
  container(): HTMLElement | null;
  /** The drawn button of an item, if it is drawn. */
  button(id: string): HTMLElement | null;
  /**
   * The item after (1) or before (−1) `from` in reading order; with no `from`, the first after
   * what is in view or the last before it.
   */
  neighbour(from: string | null, direction: 1 | -1): string | undefined;
  /** The first (−1) or last (1) item. */
  end(direction: 1 | -1): string | undefined;
  /** Brings an item into view; resolves once it is drawn. */
  reveal(id: string): Promise<void>;
  /** Zoom keys: + and − zoom around the focused item, 0 fits. */
  zoom(factor: number, around: string | null): void;
  fit(): void;
}

/**
 * Roving focus over a list of events: the list is one tab stop; arrow keys, Home and End move
 * between items, bringing each into view before focusing it. If a redraw removes the focused
 * item, focus moves to the new tab stop rather than falling out of the component.
 */
export class RovingFocusController implements ReactiveController {
  private _focusId: string | null = null;

  /** The item that holds the tab stop, once the reader has moved there. */
  get focusId(): string | null {
    return this._focusId;
  }

  set focusId(id: string | null) {
    if (id === this._focusId) return;
    this._focusId = id;
    this.host.requestUpdate();
  }
  private _hadFocus = false;
  /** The item `focus` is bringing into view, until it is drawn. */
  private _moving: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** The id that takes the tab stop among `drawn` ids: the focused item, else `preferred`, else the first. */
  tabStop(drawn: ReadonlySet<string>, first: string | undefined, preferred: string | null) {
    if (this.focusId !== null && drawn.has(this.focusId)) return this.focusId;
    if (preferred !== null && drawn.has(preferred)) return preferred;
    return first;
  }

  /** Moves keyboard focus to an item, bringing it into view first. */
  async focus(id: string | undefined) {
    if (id === undefined) return;
    this.focusId = id;
    this._moving = id;
    try {
      await this.options.reveal(id);
    } finally {
      if (this._moving === id) this._moving = null;
    }
    // A later step (a key held down) has moved on while this one was on its way: it focuses.
    if (this.focusId !== id) return;
    // The drawing cannot scroll (overflow: clip), so focusing scrolls only the page, as needed.
    this.options.button(id)?.focus();
  }

  /** Handles the list's keys; returns whether the key was one of them. */
  handleKey(ev: KeyboardEvent, current: string | null): boolean {
    const o = this.options;
    // The container is the tab stop only with no item in view: with none on its way either, the
    // arrow keys go to the next one from what is in view, as it says, not from one browsed before.
    const c = o.container();
    if (c?.tabIndex === 0 && ev.target === c && !this._moving) current = null;
    switch (mirroredKey(ev)) {
      case 'ArrowRight':
      case 'ArrowDown':
        void this.focus(o.neighbour(current, 1));
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        void this.focus(o.neighbour(current, -1));
        break;
      case 'Home':
        void this.focus(o.end(-1));
        break;
      case 'End':
        void this.focus(o.end(1));
        break;
      case '+':
      case '=':
        o.zoom(2, current);
        break;
      case '-':
      case '_':
        o.zoom(0.5, current);
        break;
      case '0':
        o.fit();
        break;
      default:
        return false;
    }
    ev.preventDefault();
    ev.stopPropagation();
    return true;
  }

  hostUpdate() {
    const active = this.host.shadowRoot?.activeElement ?? null;
    this._hadFocus = !!active && !!this.options.container()?.contains(active);
  }

  hostUpdated() {
    if (!this._hadFocus || this.host.shadowRoot?.activeElement) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    const container = this.options.container();
    // On the way to an item not drawn yet (the keys stepped to it, out of view or out of a
    // cluster), focus waits on the container: another item given focus here would become the
    // focused one, so the step would end on it, and the next would start from it.
    const stop =
      this._moving === null ? container?.querySelector<HTMLElement>('[tabindex="0"]') : null;
    (stop ?? container)?.focus({ preventScroll: true });
  }
}

/**
 * The key as it reads in the element's direction: in a right-to-left horizontal timeline, time
 * runs leftwards, so ← steps to the next event and → to the previous one.
 */
export function mirroredKey(ev: KeyboardEvent): string {
  const target = ev.currentTarget as Element | null;
  if (!(target instanceof Element) || !target.matches(':dir(rtl)')) return ev.key;
  if (target.closest('.vertical')) return ev.key;
  return ev.key === 'ArrowLeft' ? 'ArrowRight' : ev.key === 'ArrowRight' ? 'ArrowLeft' : ev.key;
}
