import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../style-props.js';
import { AnnalsWindowRequestEvent } from '../../events.js';
import { tokens } from '../shared.styles.js';
import { overviewStyles } from './overview.styles.js';

/**
 * An overview strip: every event as a tick on the whole span, and the window the timeline shows.
 * Click to centre the window there, or drag the window. Positions are fractions (0–1) of the
 * strip computed by the timeline, so the strip knows nothing about time. Events are drawn as one
 * SVG path, a mark per pixel column that holds any, so a hundred thousand cost what the strip's
 * width does; their colour is CSS's, so a theme or a stylesheet that arrives late recolours them.
 * The timeline's own keys move the window for keyboard users, so the strip is a pointer shortcut
 * and is hidden from assistive technology.
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

  /** The strip's width in px, as last laid out (0 until then). */
  @state() private _width = 0;
  /** The marks' path, made again only when the marks or the width change. */
  private _path = '';

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('marks') || changed.has('_width' as keyof AnnalsOverview))
      this._path = marksPath(this.marks, this._width);
  }

  override render(): TemplateResult {
    const { start, end } = this.window;
    const s = Math.max(0, Math.min(1, start));
    const e = Math.max(s, Math.min(1, end));
    const w = Math.max(1, this._width);
    return html`<div
      class="strip"
      part="strip"
      aria-hidden="true"
      @pointerdown=${this._down}
      @pointermove=${this._move}
      @pointerup=${this._up}
      @pointercancel=${this._up}
    >
      <svg class="marks" viewBox="0 0 ${w} 4" preserveAspectRatio="none">
        <path d=${this._path}></path>
      </svg>
      <div
        class="window"
        part="window"
        style=${styleProps({ left: `${s * 100}%`, width: `${(e - s) * 100}%` })}
      ></div>
    </div>`;
  }

  override connectedCallback() {
    super.connectedCallback();
    this._resize.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._resize.disconnect();
  }

  // Read after layout, so the first frame already shows the marks, and nothing forces a layout.
  private readonly _resize = new ResizeObserver((entries) => {
    const width = entries.at(-1)?.contentRect.width ?? 0;
    if (width !== this._width) this._width = width;
  });

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

/**
 * One 2 px mark per pixel column of a `width` px strip that holds any of `marks` (fractions),
 * from a quarter to three quarters of its height (the path's box is 4 high).
 */
function marksPath(marks: readonly number[], width: number): string {
  if (!(width > 0)) return '';
  const columns = new Uint8Array(Math.max(1, Math.ceil(width)));
  for (const f of marks) {
    const x = Math.round(f * (width - 2));
    if (x >= 0 && x < columns.length) columns[x] = 1;
  }
  const parts: string[] = [];
  for (let x = 0; x < columns.length; x++) if (columns[x]) parts.push(`M${x} 1h2v2h-2z`);
  return parts.join('');
}
