import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the host's content box and asks for an update when it changes, including the first time
 * a host created inside a hidden container becomes visible (its size goes from 0 to real).
 */
export class ResizeController implements ReactiveController {
  /** The host's content-box size in CSS px; 0 × 0 until observed or while hidden. */
  width = 0;
  height = 0;
  private readonly _observer: ResizeObserver;
  private _frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onResize?: () => void,
  ) {
    this._observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      if (box.width === this.width && box.height === this.height) return;
      this.width = box.width;
      this.height = box.height;
      this.onResize?.();
      // Update in the next frame: updating inside this callback changes the host's height during
      // the observer's delivery, which the browser reports as an error on window
      // ("ResizeObserver loop completed with undelivered notifications").
      cancelAnimationFrame(this._frame);
      this._frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    host.addController(this);
  }

  hostConnected() {
    this._observer.observe(this.host);
  }

  hostDisconnected() {
    this._observer.disconnect();
    cancelAnimationFrame(this._frame);
  }
}
