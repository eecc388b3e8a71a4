import { css } from 'lit';

/**
 * The timeline's frame. The metric tokens are read once into private `--_m-*` properties: the
 * element hands their resolved values to layout, and the drawing's CSS uses the same ones.
 */
export const frameStyles = css`
  :host {
    display: block;
    position: relative;
    --_m-lane-height: var(--annals-lane-height, 44px);
    --_m-marker-size: var(--annals-marker-size, 14px);
    --_m-label-line-height: var(--annals-label-line-height, 16px);
    --_m-axis-size: var(--annals-axis-size, 32px);
    --_m-era-band: var(--annals-era-band, 22px);
    --_m-gutter: var(--annals-gutter, 72px);
    --_m-cluster-height: var(--annals-cluster-height, 26px);
    --_marker: var(--annals-marker-color, var(--_accent));
    --_selected: var(--annals-selected-color, #b3261e);
    --_match: var(--annals-match-background, #fff1a8);
    background: var(--_bg);
  }
  :host([hidden]) {
    display: none;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    font-weight: bold;
  }
  .empty {
    padding: 24px;
    text-align: center;
    color: var(--_muted);
    background: var(--_surface);
    border-radius: var(--_radius);
    margin: 0;
  }
  /* Shaped like the timeline it stands for: the same gaps, a title line, the toolbar's row, the
     drawing, the overview. */
  .loading {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .loading .placeholder {
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .loading .toolbar-line {
    height: 32px;
  }
  .loading .overview-line {
    height: var(--annals-overview-height, 28px);
  }
  .loading .drawing {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_muted);
  }
  .error {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 12px;
    padding: 24px;
    text-align: center;
    color: var(--_muted);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .error p {
    margin: 0;
    color: var(--_text);
  }
  .error button {
    font: inherit;
    min-height: 32px;
    padding: 0 16px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .error button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .notice {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .problems {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .problems summary {
    cursor: pointer;
    color: var(--_selected);
    min-height: 24px;
  }
`;

export { drawingStyles } from './drawing.styles.js';
export { toolbarStyles } from './toolbar.styles.js';
