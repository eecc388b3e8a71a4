import { css } from 'lit';

export const axisStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--_m-axis-size);
    color: var(--_axis-label);
    font-variant-numeric: tabular-nums;
    overflow: hidden;
  }
  :host([orientation='vertical']) {
    height: auto;
    width: var(--_m-axis-size);
  }
  .line {
    position: absolute;
    left: 0;
    right: 0;
    top: 0;
    border-top: var(--_axis-width) solid var(--_axis);
  }
  :host([orientation='vertical']) .line {
    top: 0;
    bottom: 0;
    left: auto;
    right: 0;
    border-top: 0;
    border-right: var(--_axis-width) solid var(--_axis);
  }
  .tick {
    position: absolute;
    top: 0;
    height: 5px;
    border-left: var(--_axis-width) solid var(--_axis);
  }
  .tick.major {
    height: 9px;
  }
  :host([orientation='vertical']) .tick {
    top: auto;
    right: 0;
    width: 5px;
    height: 0;
    border-left: 0;
    border-top: var(--_axis-width) solid var(--_axis);
  }
  .label {
    position: absolute;
    top: 11px;
    white-space: nowrap;
    line-height: var(--_m-label-line-height);
  }
  :host([orientation='vertical']) .label {
    right: 10px;
  }
  .label.major {
    font-weight: 700;
    color: var(--_text);
  }
  svg.break {
    position: absolute;
    top: -8px;
    overflow: visible;
  }
  svg.break path {
    fill: var(--_bg);
    stroke: var(--_axis);
    stroke-width: calc(var(--_axis-width) * 1.5);
  }
  /* Right to left, the timeline mirrors its drawing; the labels are turned back. */
  :host(:dir(rtl)) .label {
    transform: scaleX(-1);
    /* A label's own text decides its direction: "шіл." keeps its period at the end. */
    unicode-bidi: plaintext;
  }
`;
