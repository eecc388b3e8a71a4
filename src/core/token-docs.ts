/**
 * What each token of `tokens.ts` sets, in words: for the elements' JSDoc (and so the
 * custom-elements manifest), Storybook's table of tokens and the tests that keep them in step.
 * Kept apart from the table itself so that the bundle pages load carries no documentation.
 */
export const TOKEN_DOCS: Readonly<Record<string, string>> = Object.freeze({
  '--annals-font': 'Font family; unset, the page’s own font is used.',
  '--annals-font-size':
    "Base font size of labels and controls: 13px, or more where the reader's default font size is larger.",
  '--annals-heading-font': 'Font family of the title and the card’s headline.',
  '--annals-heading-weight': 'Weight of the title and the card’s headline.',
  '--annals-title-size': 'Size of the dataset title.',
  '--annals-color-text': 'Text colour.',
  '--annals-color-muted': 'Secondary text: dates, minor ticks, hints.',
  '--annals-color-background': 'Background colour.',
  '--annals-color-surface': 'Background of the overview, clusters and hovered controls.',
  '--annals-color-line': 'Borders of controls and clusters (at least 3:1 against the background).',
  '--annals-color-rule': 'Hairline rules: row separators, the card’s rules, era edges.',
  '--annals-color-accent': 'Links, the overview window and hovered clusters.',
  '--annals-focus-ring': 'Colour of the focus outline.',
  '--annals-selected-color': 'Ring around the selected event; error text.',
  '--annals-match-background': 'Highlight behind search matches.',
  '--annals-match-color': 'Text of search matches.',
  '--annals-marker-color':
    'Marks of events where no event has a category (among categorised events, one without a category takes `--annals-color-muted`).',
  '--annals-era-background': 'Fill of era bands.',
  '--annals-era-color': 'Era titles.',
  '--annals-break-stripe': 'Stripes of compressed gaps.',
  '--annals-grid-color': 'Hairlines across the drawing at each year (or major tick).',
  '--annals-category-0': 'Colour of the first category’s marks, unless the category sets its own.',
  '--annals-category-1': 'Colour of category 2’s marks (the palette repeats after 6).',
  '--annals-category-2': 'Colour of category 3’s marks (the palette repeats after 6).',
  '--annals-category-3': 'Colour of category 4’s marks (the palette repeats after 6).',
  '--annals-category-4': 'Colour of category 5’s marks (the palette repeats after 6).',
  '--annals-category-5': 'Colour of category 6’s marks (the palette repeats after 6).',
  '--annals-rule-width': 'Width of hairline rules and grid lines.',
  '--annals-axis-width': 'Width of the axis line and its ticks.',
  '--annals-focus-width': 'Width of the focus outline.',
  '--annals-selected-width': 'Width of the ring around the selected event.',
  '--annals-lane-height':
    'Height of one lane of events. Unset, it grows with the font size (in proportion from 13px).',
  '--annals-marker-size': 'Diameter of a point marker; the thickness of a range bar.',
  '--annals-label-line-height':
    'Line height of event labels. Unset, it grows with the font size (in proportion from 13px).',
  '--annals-axis-size':
    'Thickness of the time axis with its labels. Unset, it grows with the font size (in proportion from 13px).',
  '--annals-era-band':
    'Height of the row of era titles. Unset, it grows with the font size (in proportion from 13px).',
  '--annals-gutter':
    'Width of the axis column in the vertical layout. Unset, it grows with the font size (in proportion from 13px).',
  '--annals-cluster-height':
    'Height of the strip under a row’s lanes where clusters sit. Unset, it grows with the font size (in proportion from 13px).',
  '--annals-gap': 'Space between the title, toolbar, drawing, overview and card.',
  '--annals-radius':
    'Corner radius of controls, the overview and the loading and error boxes. Clusters and legend entries are round-ended, or square when it is 0.',
  '--annals-control-height': 'Height of toolbar buttons and fields (at least 24px).',
  '--annals-axis-color': 'The axis line and its ticks.',
  '--annals-axis-label-color': 'Labels of minor ticks; years (major ticks) take the text colour.',
  '--annals-axis-sticky-offset':
    "How far above the window's foot the axis of a timeline drawn in rows stays while its rows are read: the height of a page's fixed footer or bar.",
  '--annals-overview-height': 'Height of the overview strip.',
  '--annals-overview-mark': 'Colour of the events’ ticks in the overview.',
  '--annals-overview-window': 'Fill of the overview’s window on the visible range.',
  '--annals-card-background': 'Card background.',
  '--annals-card-border':
    'Rules between the card’s sections (the rule above the card takes the text colour; restyle it with ::part(card)).',
  '--annals-card-padding': 'Padding of the card.',
  '--annals-card-title-size': 'Size of the card’s headline.',
  '--annals-card-measure': 'Widest line of the card’s text, for comfortable reading.',
});
