import { css } from 'lit';

/**
 * The drawing's look. Sizes and positions come from the Scene (set through CSSOM); this sheet only
 * says how each piece looks, so a publication restyles it with tokens and parts.
 */
export const drawingStyles = css`
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
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: calc(-1 * var(--_focus-width));
  }
  .grid,
  .era,
  .era-label,
  .break-band,
  annals-axis {
    position: absolute;
    box-sizing: border-box;
  }
  /* Hairlines at each year (or major tick), under everything. */
  .grid {
    border-left: var(--_rule-width) solid var(--_grid);
    pointer-events: none;
  }
  .vertical .grid {
    border-left: 0;
    border-top: var(--_rule-width) solid var(--_grid);
  }
  .era {
    background: var(--_era);
    border-left: var(--_rule-width) solid var(--_rule);
    border-right: var(--_rule-width) solid var(--_rule);
  }
  .vertical .era {
    border: 0;
    border-radius: 2px;
    background: var(--_rule);
  }
  .era-label {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    line-height: var(--_m-label-line-height);
    color: var(--_era-text);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .vertical .era-label {
    text-transform: none;
    letter-spacing: 0;
    font-style: italic;
  }
  /* Drawn in rows, the axis sticks to the window's foot while the rows above it are read (see
     drawing()); it covers what passes under it. */
  annals-axis.sticky {
    position: sticky;
    /* Above a page's fixed footer, when the page says how tall it is. */
    bottom: var(--_axis-sticky-offset);
    z-index: 3;
    background: var(--_bg);
  }
  /* Focus scrolls the page no further than it must, which puts an event below the window at its
     foot: under the stuck axis, unless the event keeps clear of it. */
  .event,
  .cluster {
    scroll-margin-bottom: calc(var(--_sticky-axis, 0px) + var(--_axis-sticky-offset));
  }
  .break-band {
    background: repeating-linear-gradient(135deg, transparent 0 6px, var(--_break) 6px 8px);
  }
  .row {
    position: absolute;
    box-sizing: border-box;
  }
  .row.next {
    border-top: var(--_rule-width) solid var(--_rule);
  }
  .row-label {
    position: absolute;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    line-height: var(--_m-label-line-height);
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .clusters {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cluster {
    position: absolute;
    box-sizing: border-box;
    padding: 0 2px;
    border: var(--_rule-width) solid var(--_line);
    /* Round-ended, unless the house's corners are square (a radius of 0). */
    border-radius: calc(var(--_radius) * 999);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    cursor: zoom-in;
    overflow: hidden;
    white-space: nowrap;
    /* A larger house font can make a phone's cluster words ("5 events, Dec 2006 – Jun 2008")
       wider than the column: cut them with an ellipsis, never mid-letter (the full words are the
       button's name and title). */
    text-overflow: ellipsis;
  }
  .cluster:hover {
    border-color: var(--_accent);
  }
  /* While searching: a cluster that holds a match is marked as a matching label is; the others
     step back, as non-matching marks do. */
  .cluster.match {
    background: var(--_match);
    color: var(--_match-text);
    border-color: var(--_match-text);
    font-weight: 700;
  }
  .cluster.dim {
    color: var(--_muted);
  }
  .cluster:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 1px;
  }
  .viewport ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The item's box takes no press: only its drawn pieces do (see .event), or a connector's
     diagonal box would swallow presses on the marks and clusters under it. */
  .viewport ol > li {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  /* A hovered or focused item's label is drawn over its neighbours. */
  .viewport ol > li:hover,
  .viewport ol > li:focus-within {
    z-index: 2;
  }
  /* An item's box can reach over its neighbours (a connector's diagonal): only its drawn pieces
     take the pointer, and a press on them activates the button. */
  .event {
    position: relative;
    display: block;
    padding: 0;
    border: 0;
    background: transparent;
    cursor: pointer;
    text-align: left;
    border-radius: var(--_radius);
    pointer-events: none;
  }
  .event > * {
    position: absolute;
    pointer-events: auto;
  }
  .event:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 1px;
  }
  /* Down a phone's column a range's box runs the length of its bar, past the events beside it: the
     ring goes round its label and its mark or bar, never round other events. */
  .vertical .event:focus-visible {
    outline-style: none;
  }
  .vertical .event:focus-visible > .label,
  .vertical .event:focus-visible > .mark,
  .vertical .event:focus-visible > .bar {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 1px;
  }
  .mark {
    box-sizing: border-box;
    border-radius: 50%;
    background: var(--_color, var(--_marker));
    border: 2px solid var(--_bg);
    box-shadow: 0 0 0 1px var(--_color, var(--_marker));
  }
  .bar {
    border-radius: 2px;
    background: var(--_color, var(--_marker));
  }
  /* Colours repeat after the palette's sixth: the categories of the next rounds take other shapes
     (categoryShape), so no two of the first 24 look alike. Squares and outlined bars, then
     diamonds and thin bars, then flat marks and dashed bars. */
  .shape-1 .mark {
    border-radius: 1px;
  }
  .shape-2 .mark {
    border-radius: 1px;
    transform: rotate(45deg) scale(0.8);
  }
  .shape-3 .mark {
    border-radius: 1px;
    transform: scaleY(0.5);
  }
  .shape-1 .bar {
    background: var(--_bg);
    box-shadow: inset 0 0 0 2px var(--_color, var(--_marker));
  }
  .shape-2 .bar {
    transform: scaleY(0.5);
  }
  .shape-3 .bar {
    background: repeating-linear-gradient(
      90deg,
      var(--_color, var(--_marker)) 0 6px,
      transparent 6px 9px
    );
  }
  /* A point known to a month covers the month: drawn faintly, so no day is claimed. */
  .period {
    border-radius: 4px;
    pointer-events: none;
    background: repeating-linear-gradient(
      90deg,
      var(--_color, var(--_marker)) 0 2px,
      transparent 2px 6px
    );
    opacity: 0.55;
  }
  .vertical .period {
    background: repeating-linear-gradient(
      180deg,
      var(--_color, var(--_marker)) 0 2px,
      transparent 2px 6px
    );
  }
  .connector {
    left: 0;
    top: 0;
    overflow: visible;
    pointer-events: none;
  }
  .connector polyline {
    fill: none;
    stroke: var(--_line);
    stroke-width: var(--_rule-width);
  }
  .label {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    line-height: var(--_m-label-line-height);
  }
  /* The label's date and category are said, not shown: kept in the line at a size of 0, as a
     date placed apart from it is named apart (Chrome named the event "Silk Way Rally , 2009"),
     and without the page's letter and word spacing, which a length keeps at any size. */
  .label > .sr-only {
    position: static;
    width: auto;
    height: auto;
    margin: 0;
    clip: auto;
    font-size: 0;
    letter-spacing: 0;
    word-spacing: 0;
  }
  .end .label {
    text-align: right;
  }
  .vertical .label {
    white-space: normal;
    /* A word longer than the column breaks where the line ends, as the layout's lines do. */
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
  }
  .event[aria-current='true'] .label {
    font-weight: 700;
  }
  /* A search's matches: ringed in the text's colour, outside a hairline of background (and
     their labels highlighted, below). A selected match takes the selection's ring. */
  .event.match .mark {
    box-shadow:
      0 0 0 1px var(--_color, var(--_marker)),
      0 0 0 2px var(--_bg),
      0 0 0 4px var(--_text);
  }
  .event.match .bar {
    box-shadow:
      0 0 0 2px var(--_bg),
      0 0 0 4px var(--_text);
  }
  .match.shape-1 .bar {
    box-shadow:
      inset 0 0 0 2px var(--_color, var(--_marker)),
      0 0 0 2px var(--_bg),
      0 0 0 4px var(--_text);
  }
  .event[aria-current='true'] .mark,
  .event[aria-current='true'] .bar {
    box-shadow: 0 0 0 var(--_selected-width) var(--_selected);
  }
  /* After the rule above, which it would otherwise lose to: the outlined bar keeps its outline. */
  .shape-1[aria-current='true'] .bar {
    box-shadow:
      inset 0 0 0 2px var(--_color, var(--_marker)),
      0 0 0 var(--_selected-width) var(--_selected);
  }
  /* No room for the label: the mark stays, and the label shows over its neighbours on hover and
     focus, so labels never overlap at rest. */
  /* Transparent rather than hidden, so the label still names the button for screen readers. */
  .event.mark-only .label {
    opacity: 0;
    pointer-events: none;
  }
  .event.mark-only:hover .label,
  .event.mark-only:focus-visible .label {
    opacity: 1;
    z-index: 1;
    background: var(--_bg);
    box-shadow: 0 0 0 3px var(--_bg);
  }
  .event.match .label {
    background: var(--_match);
    color: var(--_match-text);
  }
  /* Non-matches keep their marks as they are (at least 3:1 against the background, as every mark:
     WCAG 1.4.11); their labels step back, still at least 4.5:1. Matches are ringed (above). */
  .event.dim .label {
    color: var(--_muted);
  }

  /* Forced colours (Windows High Contrast): colours become the system's, so categories are told
     apart by marker shape (circle, square, diamond, ring), the selected event by a Highlight
     ring, matches by a Highlight label, and every mark keeps its ink. */
  @media (forced-colors: active) {
    .event .mark,
    .event .bar,
    .event .period {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
      box-shadow: none;
      transform: none;
    }
    .event .mark {
      border-radius: 50%;
    }
    .event[data-shape='1'] .mark {
      border-radius: 0;
    }
    .event[data-shape='2'] .mark {
      border-radius: 0;
      transform: rotate(45deg) scale(0.8);
    }
    .event[data-shape='3'] .mark {
      background: Canvas;
      border: 3px solid CanvasText;
    }
    .event[data-shape='1'] .bar,
    .event[data-shape='3'] .bar {
      background: Canvas;
      border: 2px solid CanvasText;
    }
    .event[data-shape='2'] .bar {
      background: repeating-linear-gradient(90deg, CanvasText 0 4px, Canvas 4px 6px);
    }
    .event[aria-current='true'] .mark,
    .event[aria-current='true'] .bar {
      outline: 3px solid Highlight;
      outline-offset: 2px;
      box-shadow: none;
    }
    .cluster.match,
    .event.match .label {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .event.dim .mark,
    .event.dim .bar {
      opacity: 1;
      background: GrayText;
    }
    .cluster {
      border: 2px solid ButtonText;
    }
    /* The era's tint is forced away and its edges look like the grid's lines: a bar along its
       span shows where it runs (down a phone's column, the band is that bar). */
    .grid,
    .era {
      border-color: GrayText;
    }
    .era {
      border-top: 4px solid GrayText;
    }
    .vertical .era {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
  /* Right to left (dir="rtl" on the element or the page): time runs leftwards, and down a
     phone's column the axis stands at the right with the labels to its left. The drawing is
     mirrored as a whole, so every position the Scene gives is mirrored with it, and each piece
     of text is turned back to read normally in its mirrored box. */
  :host(:dir(rtl)) .viewport {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) .label,
  :host(:dir(rtl)) .era-label,
  :host(:dir(rtl)) .row-label,
  :host(:dir(rtl)) .cluster {
    transform: scaleX(-1);
    /* Each text's own first strong letter decides its direction (a Latin title in an RTL page). */
    unicode-bidi: plaintext;
  }
  :host(:dir(rtl)) .label {
    text-align: right;
  }
  :host(:dir(rtl)) .horizontal .end .label {
    text-align: left;
  }
`;
