import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DrawnData } from '../components/contrast-check.js';

/**
 * Checks the colours a page gives the timeline (its tokens, a house style, a theme, a category's
 * own `color`) against the background they are drawn on, and warns once for each that is below
 * WCAG's ratio: text 4.5:1, marks and rings 3:1. A dark house style that set the text and the
 * background but not the focus ring hears that its focus rings are 2.9:1. The check runs when the
 * page is idle, after the host asks (`check()`: new data, changed sizes or font; colours alone
 * are not watched) and when the reader's colour scheme changes, from a chunk of its own
 * (`chunks/contrast.js`); a page where that chunk cannot load is drawn the same, unchecked.
 */
export class ContrastController implements ReactiveController {
  private readonly _scheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  private readonly _onScheme = () => this.check();
  private _pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      /** A hidden element in the host's base part to resolve colours on, and look behind. */
      probe: () => HTMLElement | null;
      /** What the host draws now. */
      data: () => DrawnData;
      warn: (text: string) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected() {
    this._scheme?.addEventListener?.('change', this._onScheme);
  }

  hostDisconnected() {
    this._scheme?.removeEventListener?.('change', this._onScheme);
  }

  /** Checks the colours once the page is idle (once however often it is asked before then). */
  check() {
    if (this._pending) return;
    this._pending = true;
    const go = () => void this._run();
    // Safari has no requestIdleCallback.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 2000 });
    else setTimeout(go, 200);
  }

  private async _run() {
    let check: typeof import('../components/contrast-check.js');
    try {
      check = await import('../components/contrast-check.js');
    } catch {
      // A check for the page's author, not the reader: without it, nothing is lost.
      return;
    } finally {
      this._pending = false;
    }
    const probe = this.options.probe();
    if (!probe || !this.host.isConnected) return;
    for (const text of check.contrastWarnings(probe, this.options.data())) this.options.warn(text);
  }
}
