import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../style-props.js';
import type { SceneBreak } from '../../core/scene.js';
import type { Tick } from '../../core/ticks.js';
import { tokens } from '../shared.styles.js';
import { axisStyles } from './axis.styles.js';

/**
 * A time axis: tick marks, labels and axis breaks at positions computed by the core. It draws
 * numbers it is given and computes nothing; `<annals-timeline>` feeds it from its scene. Hidden
 * from assistive technology, since every event carries its own date.
 *
 * @summary Draws the ticks and breaks of a time axis.
 * @csspart line - The axis line.
 * @csspart tick - Each tick mark.
 * @csspart label - Each tick label.
 * @csspart major - Labels and marks of ticks that open a larger unit (a new year on a month axis).
 * @csspart break - Each axis break that stands for a compressed gap.
 * @cssprop --annals-axis-color - Colour of the line and ticks.
 * @cssprop --annals-axis-label-color - Colour of the labels.
 * @cssprop --annals-axis-size - Thickness of the axis across the time direction (default 32px).
 * @cssprop --annals-color-text - Colour of the labels that open a larger unit; unless --annals-axis-color is set, of the line and ticks too.
 * @cssprop --annals-color-background - Fill behind an axis break.
 */
export class AnnalsAxis extends LitElement {
  static override styles = [tokens, axisStyles];

  /** Ticks from the core's `chooseTicks` (positions in px along the axis). */
  @property({ attribute: false }) ticks: readonly Tick[] = [];

  /** Axis breaks from the scene. */
  @property({ attribute: false }) breaks: readonly SceneBreak[] = [];

  /** Direction of the time axis. */
  @property({ reflect: true }) orientation: 'horizontal' | 'vertical' = 'horizontal';

  override render(): TemplateResult {
    const vertical = this.orientation === 'vertical';
    const at = (px: number) => styleProps(vertical ? { top: `${px}px` } : { left: `${px}px` });
    return html`<div class="line" part="line"></div>
      ${this.ticks.map(
        (t) =>
          html`<div
              class="tick ${t.major ? 'major' : ''}"
              part="tick ${t.major ? 'major' : ''}"
              style=${at(t.x)}
            ></div>
            ${
              t.label
                ? html`<div
                    class="label ${t.major ? 'major' : ''}"
                    part="label ${t.major ? 'major' : ''}"
                    style=${at(t.labelStart)}
                  >
                    ${t.label}
                  </div>`
                : nothing
            }`,
      )}
      ${this.breaks.map((b) =>
        vertical
          ? html`<svg
              class="break"
              part="break"
              aria-hidden="true"
              style=${styleProps({ top: `${b.x}px`, right: '-4px' })}
              width="16"
              height=${Math.max(2, b.x2 - b.x)}
            >
              ${svg`<path d="M0 0 L16 4 L0 8 M0 ${Math.max(2, b.x2 - b.x) - 8} L16 ${Math.max(2, b.x2 - b.x) - 4} L0 ${Math.max(2, b.x2 - b.x)}" fill="none"></path>`}
            </svg>`
          : html`<svg
              class="break"
              part="break"
              aria-hidden="true"
              style=${at(b.x)}
              width=${Math.max(2, b.x2 - b.x)}
              height="16"
            >
              ${svg`<path d="M0 0 L${Math.max(2, b.x2 - b.x) * 0.4} 16 L${Math.max(2, b.x2 - b.x) * 0.6} 0 L${Math.max(2, b.x2 - b.x)} 16"></path>`}
            </svg>`,
      )}`;
  }
}
