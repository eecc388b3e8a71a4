import { css } from 'lit';

export const eventCardStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  article {
    position: relative;
    background: var(--annals-card-background, var(--_bg));
    border: 1px solid var(--annals-card-border, #c4c7cc);
    border-radius: var(--_radius);
    padding: 16px 20px;
    line-height: 1.45;
  }
  [part~='title'] {
    font-size: 1.25em;
    margin: 0 40px 4px 0;
    line-height: 1.25;
  }
  time {
    color: var(--_muted);
    display: block;
    margin-bottom: 8px;
  }
  .category {
    display: inline-block;
    font-size: 0.85em;
    color: var(--_muted);
    margin-bottom: 8px;
  }
  .category::before {
    content: '';
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_swatch);
    margin-right: 6px;
  }
  p {
    margin: 0 0 12px;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0 0 12px;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  figure {
    margin: 0 0 12px;
  }
  img {
    max-width: 100%;
    height: auto;
    display: block;
  }
  figcaption {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .sources-title {
    font-size: 1em;
    margin: 0 0 4px;
  }
  ul {
    margin: 0;
    padding-left: 1.2em;
  }
  a {
    color: var(--_accent);
  }
  .close {
    position: absolute;
    top: 8px;
    right: 8px;
    min-width: 32px;
    min-height: 32px;
    border: 1px solid transparent;
    background: transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    font-size: 1.2em;
    line-height: 1;
  }
  .close:hover {
    background: var(--_surface);
  }
  /* A link whose target was unsafe and removed reads as text. */
  .body a:not([href]) {
    color: inherit;
    text-decoration: none;
  }
`;
