import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which stretch of a tall drawing the page shows, for windowed rendering in the vertical layout:
 * the drawing's rows between the top and bottom of the window, plus a margin of a window's height
 * on each side. Asks the host to update only when the reader has scrolled past half the margin,
 * so scrolling costs an update every half a screen, not every frame.
 */
export class VisibleStretchController implements ReactiveController {
  /** The stretch of the drawing to render, px from its top; null until measured. */
  stretch: { start: number; end: number } | null = null;
  private _frame = 0;
  private readonly _onScroll = () => {
    if (this._frame || !this.active()) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      if (this.measure()) this.host.requestUpdate();
    });
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => HTMLElement | null,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  /** Measures where the drawing is in the window; returns whether the stretch moved enough to redraw. */
  measure(): boolean {
    const el = this.target();
    if (!el) return false;
    const top = -el.getBoundingClientRect().top;
    const h = globalThis.innerHeight || 800;
    const s = this.stretch;
    if (s && top - h / 2 >= s.start && top + 1.5 * h <= s.end) return false;
    this.stretch = { start: top - h, end: top + 2 * h };
    return true;
  }

  hostConnected() {
    globalThis.addEventListener('scroll', this._onScroll, { passive: true, capture: true });
    globalThis.addEventListener('resize', this._onScroll, { passive: true });
  }

  hostDisconnected() {
    globalThis.removeEventListener('scroll', this._onScroll, { capture: true });
    globalThis.removeEventListener('resize', this._onScroll);
    cancelAnimationFrame(this._frame);
    this._frame = 0;
  }
}
