import { css } from 'lit';

/**
 * The card reads like a short article: the category as a kicker, a headline in the heading font,
 * the date, a lead paragraph, the body at a comfortable measure, then the people, places and
 * sources in small type under a hairline rule.
 */
export const eventCardStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .awaiting-words {
    visibility: hidden;
  }
  article {
    position: relative;
    display: flex;
    flex-direction: column;
    background: var(--_card-bg);
    border-top: calc(var(--_rule-width) * 2) solid var(--_text);
    padding: var(--_card-padding);
    line-height: 1.5;
    /* A long word, URL or pasted string wraps rather than widening the page. */
    overflow-wrap: anywhere;
  }
  article > * {
    max-width: var(--_card-measure);
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* The event's own text decides its direction, whatever the page's; so do the date's words
     ('3 February 2001' in a right-to-left page, not 'February 2001 3'). */
  [part~='title'],
  [part~='date'],
  [part~='summary'],
  .body,
  dd {
    unicode-bidi: plaintext;
  }
  /* The short lines keep to the page's side, whatever their text's direction (plaintext aligns
     each to its own): an English title in a right-to-left page reads left to right from the
     card's right edge, under the close button's row, as the date and lead do. */
  [part~='title'],
  [part~='date'],
  [part~='summary'],
  dd {
    text-align: left;
  }
  :host(:dir(rtl)) :is([part~='title'], [part~='date'], [part~='summary'], dd) {
    text-align: right;
  }
  .category {
    order: -1;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_muted);
    margin-bottom: 6px;
    padding-inline-end: 40px;
  }
  .category::before {
    content: '';
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    background: var(--_swatch);
  }
  [part~='title'] {
    font-family: var(--_heading-font);
    font-size: var(--_card-title-size);
    font-weight: var(--_heading-weight);
    line-height: 1.2;
    margin-block: 0 6px;
    margin-inline: 0 40px;
    text-wrap: balance;
  }
  time {
    color: var(--_muted);
    display: block;
    margin-bottom: 10px;
    font-variant-numeric: tabular-nums;
  }
  p {
    margin: 0 0 12px;
  }
  [part~='summary'] {
    font-size: 1.08em;
  }
  .body :first-child {
    margin-top: 0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 4px 0 12px;
    padding-top: 10px;
    border-top: var(--_rule-width) solid var(--_card-border);
    font-size: 0.92em;
  }
  dt {
    color: var(--_muted);
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  figure {
    margin: 0 0 12px;
  }
  /* A portrait photo is no taller than most of the window, so its caption and the text around
     it are in view with it, on a phone as on a laptop. */
  img {
    max-width: 100%;
    max-height: 70vh;
    height: auto;
    display: block;
  }
  figcaption {
    margin-top: 4px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* A credit is told apart from the caption, as newspapers set it: its own line, in capitals. */
  .credit {
    display: block;
    font-size: 0.85em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .sources {
    padding-top: 10px;
    border-top: var(--_rule-width) solid var(--_card-border);
    font-size: 0.92em;
  }
  .sources-title {
    margin: 0 0 4px;
    color: var(--_muted);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .close {
    position: absolute;
    top: 10px;
    inset-inline-end: 0;
    min-width: var(--_control-height);
    min-height: var(--_control-height);
    border: 1px solid var(--_line);
    background: var(--_bg);
    color: var(--_text);
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
  @media print {
    .close {
      display: none;
    }
    article {
      break-inside: avoid;
    }
  }
`;
