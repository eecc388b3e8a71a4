import { css } from 'lit';

/**
 * The timeline's frame. The metric tokens are read (with every other token, in `tokens`) into
 * private `--_m-*` properties: the element hands their resolved values to layout, and the
 * drawing's CSS uses the same ones.
 */
export const frameStyles = css`
  :host {
    display: block;
    position: relative;
    background: var(--_bg);
  }
  :host([hidden]) {
    display: none;
  }
  .awaiting-words {
    visibility: hidden;
  }
  /* Each message reads in the direction of its own words: English words (a language Annals has
     no table for) in a right-to-left page keep their order ('1 event could not be shown'). */
  .notice,
  .empty,
  .error p,
  .problems summary,
  .problems li {
    unicode-bidi: plaintext;
  }
  /* The elements inside follow the timeline's type size, whether a page sets it with
     --annals-font-size or with a plain font-size on the element. */
  annals-axis,
  annals-legend,
  annals-overview,
  annals-event-card {
    font-size: 1em;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    /* A word longer than a phone's column (a compound, an address, an id quoted in a problem or
       a message) breaks where the line ends, in every part (WCAG 1.4.10). The drawing's labels
       set their own. */
    overflow-wrap: anywhere;
  }
  .title {
    /* The data's own text decides its direction: a Latin title in a right-to-left page keeps
       "300 generated events" in its order. */
    unicode-bidi: plaintext;
    /* On the page's side, whatever the title's own direction. */
    text-align: left;
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_title-size);
    font-weight: var(--_heading-weight);
    line-height: 1.2;
  }
  :host(:dir(rtl)) .title {
    text-align: right;
  }
  /* The dataset's description, a line or two under its title, in the data's own direction. */
  .description {
    margin-top: 0.25em;
    max-width: 70ch;
    color: var(--_muted);
  }
  .description p {
    unicode-bidi: plaintext;
    text-align: left;
    margin: 0;
  }
  .description p + p {
    margin-top: 0.5em;
  }
  :host(:dir(rtl)) .description p {
    text-align: right;
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
    gap: var(--_gap);
  }
  .loading .placeholder {
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .loading .toolbar-line {
    height: var(--_control-height);
  }
  .loading .overview-line {
    height: var(--_overview-height);
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
    min-height: var(--_control-height);
    padding: 0 16px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .error button:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
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

/**
 * Print: the timeline becomes a static chronology (every shown event with its date and summary),
 * with no controls; the open card is printed whole; pages break between events, never through one.
 */
export const printStyles = css`
  .print {
    display: none;
  }
  @media print {
    /* White paper under dark text, also on a dark page printed with its backgrounds. */
    :host {
      background: var(--_bg);
    }
    [part~='toolbar'],
    [part~='viewport'],
    annals-overview,
    .notice,
    .problems,
    .loading,
    .error {
      display: none !important;
    }
    .print {
      display: block;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .print li {
      break-inside: avoid;
      page-break-inside: avoid;
      padding: 6pt 0;
      border-top: 0.5pt solid var(--_rule);
    }
    .print time {
      display: block;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .print p {
      margin: 2pt 0 0;
    }
    /* Each entry's date, title and summary read in their own direction, as on screen. */
    .print time,
    .print strong,
    .print p {
      unicode-bidi: plaintext;
    }
    annals-event-card {
      break-inside: avoid;
      page-break-inside: avoid;
    }
  }
`;
