import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TOKENS } from '../core/tokens.js';
import type { StyleProps } from '../components/style-props.js';

/**
 * The probe's style: its size is a sum of every token the layout reads (each with its own weight,
 * so that two changes do not cancel out) and of the width of a text in the labels' font.
 */
export const TOKEN_PROBE_STYLE: StyleProps = Object.freeze({
  position: 'absolute',
  top: '0',
  left: '0',
  'pointer-events': 'none',
  'white-space': 'nowrap',
  'font-weight': '700',
  'line-height': 'var(--_m-label-line-height)',
  'padding-left': `calc(${TOKENS.filter((t) => t.metric)
    .map((t, i) => `${i + 1} * var(${t.private}, 0px)`)
    .join(' + ')})`,
});

/**
 * The probe's box: no size, so the probe (as wide as its tokens add up to) never widens the page,
 * and hidden.
 */
export const TOKEN_PROBE_BOX_STYLE: StyleProps = Object.freeze({
  position: 'absolute',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'hidden',
  visibility: 'hidden',
  'pointer-events': 'none',
  // Its own layout and paint: the drawing's redraws never lay the probe out again.
  contain: 'strict',
});

/** The probe's text: letters, digits and Cyrillic, whose widths change with the font. */
export const TOKEN_PROBE_TEXT = 'Annals MW 0123456789 Жж';

/**
 * Watches the sizes and font that the layout reads from the element's tokens, so that what a page
 * does with CSS after the first draw is drawn too: a stylesheet that arrives late or is swapped,
 * a web font that finishes loading, a class that changes `--annals-lane-height`. A hidden probe in
 * the element's shadow root (`TOKEN_PROBE_STYLE`, `TOKEN_PROBE_TEXT`) takes a size from all of
 * them; when it changes, `changed` is called, and the host reads its tokens and measures its
 * labels again.
 */
export class TokenWatchController implements ReactiveController {
  private readonly _observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const box = entries.at(-1)?.borderBoxSize?.[0];
          const size = box ? `${box.inlineSize}x${box.blockSize}` : '';
          // In the next frame: a redraw during this observer's delivery would leave the element's
          // own size observer with notifications undelivered (an error on the page).
          if (this._size !== null && size !== this._size)
            requestAnimationFrame(() => this.options.changed());
          this._size = size;
        });
  private _probe: Element | null = null;
  /** The probe's last size; null until first seen. */
  private _size: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: {
      /** The probe element, once rendered. */
      probe: () => Element | null;
      /** The tokens or the font have changed since the last draw. */
      changed: () => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Reconnected: observe the probe again (a first connection has none yet).
    this._probe = null;
    this.hostUpdated();
  }

  hostUpdated() {
    // Still in place: not looked for again among the drawing's elements on every update.
    if (this._probe?.isConnected) return;
    const probe = this.options.probe();
    if (probe === this._probe || !this._observer) return;
    if (this._probe) this._observer.unobserve(this._probe);
    // The last size is kept: moved to another container while away, the element is drawn anew
    // if the tokens there differ.
    this._probe = probe;
    // The border box: the tokens are in its padding, the font in its content.
    if (probe) this._observer.observe(probe, { box: 'border-box' });
  }

  hostDisconnected() {
    this._observer?.disconnect();
    this._probe = null;
  }
}
