import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the width of an element's content box (the host's, or the one `target` returns once
 * rendered) and asks the host to update when it changes, including the first time a host created
 * inside a hidden container becomes visible (its width goes from 0 to real). Height is not
 * watched: the host sets its own height from what it draws.
 */
export class ResizeController implements ReactiveController {
  /** The content-box width in CSS px; 0 until first seen shown, then the last width seen shown. */
  width = 0;
  private readonly _observer: ResizeObserver;
  private _observed: Element | null = null;
  private _frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly target: () => Element | null | undefined = () => host,
  ) {
    this._observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]!.contentRect.width;
      // Hidden again (a tab switched away, a closed <details>), it keeps its last width: the host
      // lays out new data and navigation at that size meanwhile, shown at once when it is shown.
      if (width === this.width || !width) return;
      this.width = width;
      // Update in the next frame: updating inside this callback changes the host's height during
      // the observer's delivery, which the browser reports as an error on window
      // ("ResizeObserver loop completed with undelivered notifications").
      cancelAnimationFrame(this._frame);
      this._frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    host.addController(this);
  }

  /**
   * The width now, read from layout when nothing has been observed yet, so that the first update
   * can already draw instead of waiting a frame for the observer. Before the host has rendered,
   * the target does not exist yet and the host's own content box stands in for it; the observer
   * corrects it if the two differ.
   */
  measure(): number {
    if (this.width > 0 || !this.host.isConnected) return this.width;
    const el = this.target() ?? this.host;
    const style = getComputedStyle(el);
    if (style.display === 'none') return this.width;
    const box = el.getBoundingClientRect().width;
    const width =
      box -
      parseFloat(style.paddingLeft) -
      parseFloat(style.paddingRight) -
      parseFloat(style.borderLeftWidth) -
      parseFloat(style.borderRightWidth);
    if (width > 0) this.width = width;
    return this.width;
  }

  private _observe() {
    const el = this.target() ?? this.host;
    if (el === this._observed) return;
    if (this._observed) this._observer.unobserve(this._observed);
    this._observer.observe(el);
    this._observed = el;
  }

  hostConnected() {
    this._observe();
  }

  hostUpdated() {
    this._observe();
  }

  hostDisconnected() {
    this._observer.disconnect();
    this._observed = null;
    cancelAnimationFrame(this._frame);
  }
}
