import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../style-props.js';
import { AnnalsWindowRequestEvent } from '../../events.js';
import { tokens } from '../shared.styles.js';
import { overviewStyles } from './overview.styles.js';

/**
 * An overview strip: every event as a tick on the whole span, and the window the timeline shows.
 * Click to centre the window there, or drag the window. Positions are fractions (0–1) of the
 * strip computed by the timeline, so the strip knows nothing about time. Events are drawn on a
 * canvas, so a hundred thousand cost one draw. The timeline's own keys move the window for
 * keyboard users, so the strip is a pointer shortcut and is hidden from assistive technology.
 *
 * @summary The whole span at a glance, with the visible window.
 * @fires {AnnalsWindowRequestEvent} annals-window-request - The reader clicked or dragged; `window` holds the requested fractions `{start, end}`.
 * @csspart strip - The strip.
 * @csspart window - The visible-window rectangle.
 * @cssprop --annals-overview-height - Height of the strip (default 28px).
 * @cssprop --annals-overview-mark - Colour of the event marks.
 * @cssprop --annals-overview-window - Fill of the window rectangle.
 * @cssprop --annals-color-surface - Background of the strip.
 * @cssprop --annals-color-accent - Border of the window.
 * @cssprop --annals-radius - Corner radius.
 */
export class AnnalsOverview extends LitElement {
  static override styles = [tokens, overviewStyles];

  /** Positions of the event marks, as fractions of the strip (0 start, 1 end). */
  @property({ attribute: false }) marks: readonly number[] = [];

  /** The visible window, as fractions of the strip. */
  @property({ attribute: false }) window: { start: number; end: number } = { start: 0, end: 1 };

  private _drag: { pointer: number; offset: number } | null = null;

  override render() {
    const { start, end } = this.window;
    const s = Math.max(0, Math.min(1, start));
    const e = Math.max(s, Math.min(1, end));
    return html`<div
      class="strip"
      part="strip"
      aria-hidden="true"
      @pointerdown=${this._down}
      @pointermove=${this._move}
      @pointerup=${this._up}
      @pointercancel=${this._up}
    >
      <canvas></canvas>
      <div
        class="window"
        part="window"
        style=${styleProps({ left: `${s * 100}%`, width: `${(e - s) * 100}%` })}
      ></div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('marks')) this._drawSoon();
  }

  override connectedCallback() {
    super.connectedCallback();
    this._resize.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._resize.disconnect();
    cancelAnimationFrame(this._frame);
    this._frame = 0;
  }

  private readonly _resize = new ResizeObserver(() => this._draw());
  private _frame = 0;

  /**
   * Draws at the next frame, not in the update: reading the canvas's size in the update forced a
   * layout of the whole page before the timeline's own drawing was done (about 20 ms at 10,000
   * events), which the frame then did again.
   */
  private _drawSoon() {
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      this._draw();
    });
  }

  private _draw() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    const dpr = globalThis.devicePixelRatio || 1;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx || w === 0) return;
    ctx.scale(dpr, dpr);
    ctx.fillStyle = getComputedStyle(this).getPropertyValue('--_overview-mark').trim() || '#5c5f66';
    // One rect per pixel column that holds a mark, however many events share it.
    const columns = new Uint8Array(Math.max(1, Math.ceil(w)));
    for (const f of this.marks) {
      const x = Math.round(f * (w - 2));
      if (x >= 0 && x < columns.length) columns[x] = 1;
    }
    for (let x = 0; x < columns.length; x++) if (columns[x]) ctx.fillRect(x, h * 0.25, 2, h * 0.5);
  }

  private _fraction(e: PointerEvent): number {
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const f = rect.width > 0 ? (e.clientX - rect.left) / rect.width : 0;
    // Right to left, the strip is drawn mirrored: time runs leftwards.
    return this.matches(':dir(rtl)') ? 1 - f : f;
  }

  private _down(e: PointerEvent) {
    if (e.button !== 0) return;
    const f = this._fraction(e);
    const { start, end } = this.window;
    const onWindow = f >= start && f <= end;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    // Pressing outside the window centres it there first; either way the press then drags it.
    this._drag = { pointer: e.pointerId, offset: onWindow ? f - start : (end - start) / 2 };
    if (!onWindow) this._request(f - this._drag.offset);
  }

  private _move(e: PointerEvent) {
    if (!this._drag || e.pointerId !== this._drag.pointer) return;
    this._request(this._fraction(e) - this._drag.offset);
  }

  private _up(e: PointerEvent) {
    if (this._drag?.pointer === e.pointerId) this._drag = null;
  }

  private _request(start: number) {
    const span = this.window.end - this.window.start;
    const s = Math.max(0, Math.min(1 - span, start));
    this.dispatchEvent(new AnnalsWindowRequestEvent({ start: s, end: s + span }));
  }
}
