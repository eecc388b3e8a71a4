import { css } from 'lit';

export const axisStyles = css`
  :host {
    display: block;
    position: relative;
    --_axis: var(--annals-axis-color, var(--_line));
    --_size: var(--annals-axis-size, 32px);
    height: var(--_size);
    color: var(--annals-axis-label-color, var(--_muted));
    font-variant-numeric: tabular-nums;
    overflow: hidden;
  }
  :host([orientation='vertical']) {
    height: auto;
    width: var(--_size);
  }
  .line {
    position: absolute;
    left: 0;
    right: 0;
    top: 0;
    border-top: 1px solid var(--_axis);
  }
  :host([orientation='vertical']) .line {
    top: 0;
    bottom: 0;
    left: auto;
    right: 0;
    border-top: 0;
    border-right: 1px solid var(--_axis);
  }
  .tick {
    position: absolute;
    top: 0;
    height: 6px;
    border-left: 1px solid var(--_axis);
  }
  .tick.major {
    height: 10px;
  }
  :host([orientation='vertical']) .tick {
    top: auto;
    right: 0;
    width: 6px;
    height: 0;
    border-left: 0;
    border-top: 1px solid var(--_axis);
  }
  .label {
    position: absolute;
    top: 11px;
    white-space: nowrap;
    line-height: 16px;
  }
  :host([orientation='vertical']) .label {
    right: 10px;
  }
  .label.major {
    font-weight: 600;
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
    stroke-width: 1.5;
  }
`;
