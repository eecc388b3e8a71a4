import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells its host when the page is being printed (from `beforeprint` to `afterprint`), so that what
 * only paper needs (the whole chronology, which would break the on-screen DOM budget at 100,000
 * events) is rendered only then. The host's update runs in the microtask after `beforeprint`,
 * before the browser lays the page out for print.
 */
export class PrintController implements ReactiveController {
  /** Whether the page is being printed now. */
  printing = false;

  private readonly _before = () => this._set(true);
  private readonly _after = () => this._set(false);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Print media, for browsers and tools that print without a `beforeprint` event. */
  private _media: MediaQueryList | null = null;
  private readonly _change = (e: MediaQueryListEvent) => this._set(e.matches);

  hostConnected() {
    addEventListener('beforeprint', this._before);
    addEventListener('afterprint', this._after);
    this._media = matchMedia('print');
    this._media.addEventListener('change', this._change);
    // A page opened in print media (printed straight to PDF, or a print preview emulated before
    // it loads) sends neither event nor change: it is being printed already.
    if (this._media.matches) this._set(true);
  }

  hostDisconnected() {
    removeEventListener('beforeprint', this._before);
    removeEventListener('afterprint', this._after);
    this._media?.removeEventListener('change', this._change);
    this.printing = false;
  }

  private _set(printing: boolean) {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}
