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
  /** The element that shows the drawing, for scrolling the page in the vertical layout. */
  drawing(): HTMLElement | null;
  /** The page was scrolled by navigation: the visible stretch must follow before focusing. */
  scrolled(): void;
}

/**
 * Moves the reader's view: in the horizontal layout through the view controller (zoom and pan),
 * in the vertical one by scrolling the page, which is how a phone reads a long chronology. Each
 * method resolves once the result is drawn.
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
    if (this.options.view.orientation === 'vertical') this.scrollTo(w.start);
    else await this.options.view.show(w, animate);
    await this.host.updateComplete;
  }

  /**
   * Brings an event into view, centred at the current zoom, unless it is drawn in view already.
   * An event inside a cluster is zoomed into until it is drawn on its own.
   */
  async reveal(id: string, animate = true): Promise<void> {
    await this.host.updateComplete;
    const e = this.options.event(id);
    if (!e) return;
    const view = this.options.view;
    const drawn = () => this.options.scene()?.items.find((i) => i.id === id);
    if (view.orientation === 'vertical') {
      this.scrollTo(e.startTime);
      await this.host.updateComplete;
      return;
    }
    let it = drawn();
    if (!it || it.x < 0 || it.x > view.length) {
      await view.centre(e.startTime, animate && !!it);
      await this.host.updateComplete;
    }
    // Clustered: zoom in around it, a few steps at most, until it has a mark of its own.
    for (let step = 0; step < 24 && !(it = drawn()); step++) {
      if (view.transform.k >= view.limits.maxK) break;
      await view.zoomBy(4, view.length / 2, false);
      await view.centre(e.startTime, false);
      await this.host.updateComplete;
    }
  }

  /** Shows the whole span. */
  async fit(animate: boolean): Promise<void> {
    const view = this.options.view;
    if (view.orientation === 'vertical') return this.scrollTo(view.axis?.domain[0] ?? 0);
    await view.set({ k: 1, x: 0 }, animate);
    await this.host.updateComplete;
  }

  /** Zooms by `factor` keeping the time `around` (default: the centre) where it is on screen. */
  async zoomBy(factor: number, around: number | undefined, animate: boolean): Promise<void> {
    const v = this.options.view;
    if (v.orientation === 'vertical' || !v.axis) return;
    const at =
      around !== undefined
        ? Math.min(v.length, Math.max(0, v.transform.k * v.axis.scale(around) + v.transform.x))
        : v.length / 2;
    await v.zoomBy(factor, at, animate);
    await this.host.updateComplete;
  }

  /** Scrolls the page so that a time sits a third of the way down the window. */
  scrollTo(time: number) {
    const axis = this.options.view.axis;
    const drawing = this.options.drawing();
    if (!axis || !drawing) return;
    const top =
      drawing.getBoundingClientRect().top +
      globalThis.scrollY +
      axis.scale(time) -
      globalThis.innerHeight / 3;
    globalThis.scrollTo?.({ top, behavior: 'auto' });
    this.options.scrolled();
  }
}
