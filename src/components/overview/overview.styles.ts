import { css } from 'lit';

export const overviewStyles = css`
  :host {
    display: block;
  }
  .strip {
    position: relative;
    height: var(--_overview-height);
    background: var(--_surface);
    border-radius: var(--_radius);
    cursor: pointer;
    touch-action: none;
    user-select: none;
  }
  .marks {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    fill: var(--_overview-mark);
    pointer-events: none;
  }
  .window {
    position: absolute;
    top: 0;
    bottom: 0;
    min-width: 6px;
    box-sizing: border-box;
    background: var(--_overview-window);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: grab;
  }
  /* Right to left, time runs leftwards, as in the timeline above. */
  :host(:dir(rtl)) .strip {
    transform: scaleX(-1);
  }
`;
