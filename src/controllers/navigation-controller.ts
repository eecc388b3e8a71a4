import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scene } from '../core/scene.js';
import type { TimelineEvent } from '../core/types.js';
import type { TimeWindow } from '../core/viewport.js';
import type { ViewController } from './view-controller.js';

/** What navigation reads from its host. */
export interface NavigationOptions {
  readonly view: ViewController;
  scene(): Scene | null;
  event(id: string): TimelineEvent | undefined;
  /** The element that shows the drawing. */
  drawing(): HTMLElement | null;
  /** An event's drawn element, if it is drawn. */
  item(id: string): HTMLElement | null;
  /** Resolves once the host's pending update is drawn (not waiting for anything else). */
  rendered(): Promise<unknown>;
  /** The event whose drawn element has keyboard focus, or null. */
  focused(): string | null;
}

/**
 * Moves the reader's view through the view controller, in both layouts, and keeps what it moved
 * to on the page: in the vertical layout the drawing is taller than many phones' screens, so the
 * page scrolls to it as needed. Each method resolves once the result is drawn.
 */
export class NavigationController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: NavigationOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  /** Shows a window of time. */
  async show(w: TimeWindow, animate: boolean): Promise<void> {
    await this.options.view.show(w, animate);
    await this.options.rendered();
    this._onPage();
  }

  /**
   * Brings an event into view, centred at the current zoom, unless it is drawn in view already.
   * An event inside a cluster is zoomed into until it is drawn on its own. `onPage` false leaves
   * the page's scroll alone (the first view of a `selected` the page wrote).
   */
  async reveal(id: string, animate = true, onPage = true): Promise<void> {
    await this.options.rendered();
    let e = this.options.event(id);
    if (!e) return;
    const view = this.options.view;
    const drawn = () => this.options.scene()?.items.find((i) => i.id === id);
    let it = drawn();
    // A mark at the very end of the axis is cut off there (a range's bar, not drawn at all):
    // the event counts as in view only with its mark in.
    const reach = (i: NonNullable<typeof it>) =>
      Math.min(view.orientation === 'vertical' ? i.mark.height : i.mark.width, 16) / 2;
    if (!it || it.x < 0 || it.x + reach(it) > view.length) {
      await view.centre(e.startTime, animate && !!it);
      await this.options.rendered();
    }
    // Clustered: zoom in around it, a few steps at most, until it has a mark of its own; not once
    // new data without it has come meanwhile (a live page's, another dataset), or for ever it would.
    for (let step = 0; step < 24 && !(it = drawn()) && (e = this.options.event(id)); step++) {
      if (view.transform.k >= view.limits.maxK) break;
      await view.zoomBy(4, view.length / 2, false);
      await view.centre(e.startTime, false);
      await this.options.rendered();
    }
    if (onPage) this._onPage(id);
  }

  /** Shows the whole span. */
  async fit(animate: boolean): Promise<void> {
    await this.options.view.set({ k: 1, x: 0 }, animate);
    await this.options.rendered();
    this.followFocus();
  }

  /** Zooms by `factor` keeping the time `around` (default: the centre) where it is on screen. */
  async zoomBy(factor: number, around: number | undefined, animate: boolean): Promise<void> {
    const v = this.options.view;
    if (!v.axis) return;
    const t = v.target;
    const at =
      around !== undefined
        ? Math.min(v.length, Math.max(0, t.k * v.axis.scale(around) + t.x))
        : v.length / 2;
    await v.zoomBy(factor, at, animate);
    await this.options.rendered();
    this.followFocus();
  }

  /**
   * In the vertical layout, scrolls the page to the focused event, if one has keyboard focus: a
   * zoom, a fit or a closed card moves it, and focus is never left off screen.
   */
  followFocus() {
    const id = this.options.focused();
    if (id !== null) this._onPage(id);
  }

  /** In the vertical layout, scrolls the page (only as far as needed) to the event or the drawing. */
  private _onPage(id?: string) {
    if (this.options.view.orientation !== 'vertical') return;
    const el = (id && this.options.item(id)) || this.options.drawing();
    el?.scrollIntoView?.({ block: 'nearest' });
  }
}
