import { css } from 'lit';

export const overviewStyles = css`
  :host {
    display: block;
    --_h: var(--annals-overview-height, 28px);
  }
  .strip {
    position: relative;
    height: var(--_h);
    background: var(--_surface);
    border-radius: var(--_radius);
    cursor: pointer;
    touch-action: none;
    user-select: none;
  }
  canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .window {
    position: absolute;
    top: 0;
    bottom: 0;
    min-width: 6px;
    box-sizing: border-box;
    background: var(--annals-overview-window, rgba(11, 87, 208, 0.16));
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: grab;
  }
`;
