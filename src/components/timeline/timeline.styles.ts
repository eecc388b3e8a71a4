import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    position: relative;
    --_lane: var(--annals-lane-height, 44px);
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
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 12px;
    align-items: center;
  }
  .group {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  .toolbar button,
  .toolbar input {
    min-height: 32px;
    min-width: 32px;
    box-sizing: border-box;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding: 2px 8px;
    font: inherit;
  }
  .toolbar button {
    cursor: pointer;
  }
  .toolbar button:hover {
    background: var(--_surface);
  }
  .toolbar button:disabled {
    color: var(--_muted);
    cursor: default;
    opacity: 0.6;
  }
  .toolbar input {
    width: 9.5em;
  }
  .toolbar input[type='search'] {
    width: 11em;
  }
  .toolbar input[aria-invalid='true'] {
    border-color: var(--_selected);
  }
  .toolbar label {
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .error {
    color: var(--_selected);
    font-size: 0.9em;
  }
  .viewport {
    position: relative;
    /* clip, not hidden: nothing may scroll the drawing sideways (focusing an item would), and
       focus rings at the edges still show. */
    overflow: clip;
    overflow-clip-margin: 6px;
    touch-action: pan-y;
    border-top: 1px solid transparent;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport:active {
    cursor: grabbing;
  }
  .viewport.vertical {
    touch-action: auto;
    cursor: auto;
  }
  .viewport:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .era {
    position: absolute;
    top: 0;
    bottom: 0;
    background: var(--_era);
    border-left: 1px dashed var(--_line);
    border-right: 1px dashed var(--_line);
    box-sizing: border-box;
    overflow: hidden;
  }
  .era span {
    display: block;
    padding: 2px 6px;
    font-size: 0.85em;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .vertical .era {
    top: auto;
    bottom: auto;
    left: 0;
    right: 0;
    border: 0;
    border-top: 1px dashed var(--_line);
  }
  .break-band {
    position: absolute;
    top: 0;
    bottom: 0;
    background: repeating-linear-gradient(
      135deg,
      transparent 0 6px,
      var(--annals-break-stripe, rgba(0, 0, 0, 0.06)) 6px 8px
    );
  }
  .vertical .break-band {
    top: auto;
    bottom: auto;
    left: 0;
    right: 0;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol > li {
    position: absolute;
    top: 0;
    left: 0;
  }
  .event {
    position: relative;
    display: block;
    height: calc(var(--_lane) - 8px);
    min-height: 24px;
    padding: 0;
    border: 0;
    background: transparent;
    cursor: pointer;
    text-align: left;
    border-radius: var(--_radius);
  }
  .event:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .mark {
    position: absolute;
    top: 4px;
    width: 14px;
    height: 14px;
    margin-left: -7px;
    border-radius: 50%;
    background: var(--_color, var(--_marker));
    border: 2px solid var(--_bg);
    box-sizing: border-box;
    box-shadow: 0 0 0 1px var(--_color, var(--_marker));
  }
  .bar {
    position: absolute;
    top: 6px;
    height: 10px;
    min-width: 4px;
    border-radius: 5px;
    background: var(--_color, var(--_marker));
  }
  /* A point known to a month covers the month: drawn faintly, so no day is claimed. */
  .period {
    position: absolute;
    top: 7px;
    height: 8px;
    border-radius: 4px;
    background: repeating-linear-gradient(
      90deg,
      var(--_color, var(--_marker)) 0 2px,
      transparent 2px 6px
    );
    opacity: 0.55;
  }
  .vertical .period {
    top: 0;
    left: -4px;
    width: 8px;
    height: auto;
    background: repeating-linear-gradient(
      180deg,
      var(--_color, var(--_marker)) 0 2px,
      transparent 2px 6px
    );
  }
  .label {
    position: absolute;
    top: 20px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    line-height: 16px;
  }
  .end .label {
    text-align: right;
  }
  .event[aria-current='true'] .label {
    font-weight: 700;
  }
  .event[aria-current='true'] .mark,
  .event[aria-current='true'] .bar {
    box-shadow: 0 0 0 3px var(--_selected);
  }
  .event.match .label {
    background: var(--_match);
    color: #1d1d1f;
  }
  /* Non-matches fade their marks; their labels stay readable (contrast of at least 4.5:1). */
  .event.dim .mark,
  .event.dim .bar {
    opacity: 0.35;
  }
  .event.dim .label {
    color: var(--_muted);
  }
  .vertical .mark {
    top: 2px;
    left: 0;
  }
  .vertical .bar {
    left: -5px;
    width: 10px;
    top: 0;
    height: auto;
  }
  .leader {
    position: absolute;
    left: 0;
    width: 10px;
    border-left: 1px solid var(--_line);
    border-bottom: 1px solid var(--_line);
  }
  .vertical .label {
    top: 0;
    left: 16px;
    right: 0;
    white-space: normal;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
  }
  annals-axis {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
  }
  .vertical annals-axis {
    top: 0;
    bottom: 0;
    left: 0;
    right: auto;
    width: var(--_axis-size);
  }
  .empty {
    padding: 24px;
    text-align: center;
    color: var(--_muted);
    background: var(--_surface);
    border-radius: var(--_radius);
    margin: 0;
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
