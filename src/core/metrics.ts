/**
 * The sizes that CSS and layout share. The element reads them once from its tokens
 * (`--annals-lane-height`, `--annals-marker-size`, …) and layout takes them as input, so the page,
 * the SVG export and the CLI place every mark with the same numbers.
 */

import { BASE_FONT_SIZE, grow, sizeLength, TOKENS } from './tokens.js';

/** Sizes of the drawing, in CSS px. */
export interface Metrics {
  /** Height of one lane of events (horizontal layout). */
  readonly laneHeight: number;
  /** Diameter of a point marker. */
  readonly markerSize: number;
  /** Space between a marker and its label. */
  readonly labelGap: number;
  /** Least space between two items in one lane, or two labels in the vertical layout. */
  readonly itemGap: number;
  /** The widest a label may be. */
  readonly maxLabel: number;
  /** Line height of a label. */
  readonly labelLine: number;
  /** Thickness of the time axis (its ticks and labels). */
  readonly axisSize: number;
  /** Space between the last lane and the axis. */
  readonly axisGap: number;
  /** Height of the row that era titles take above the lanes (horizontal layout). */
  readonly eraBand: number;
  /** Vertical layout: width of the column that holds the axis. */
  readonly gutter: number;
  /** Vertical layout: room between a marker and the label column, where connectors run. */
  readonly connector: number;
  /** Height of the strip under a row's lanes where clusters are drawn. */
  readonly clusterStrip: number;
  /** Width of the stretches of the axis that events are counted in for clusters. */
  readonly bucket: number;
  /** Height of a row's title when events are in rows. */
  readonly rowTitle: number;
  /**
   * The least size of a target a finger presses, and of the room each keeps to itself (WCAG 2.2
   * SC 2.5.8: 24 px). Down a phone's column, each label and cluster has a slot at least this tall.
   */
  readonly targetSize: number;
}

export const DEFAULT_METRICS: Metrics = Object.freeze({
  laneHeight: 44,
  markerSize: 14,
  labelGap: 6,
  itemGap: 8,
  maxLabel: 400,
  labelLine: 16,
  axisSize: 32,
  axisGap: 12,
  eraBand: 22,
  gutter: 72,
  connector: 16,
  clusterStrip: 26,
  bucket: 44,
  rowTitle: 20,
  targetSize: 24,
});

/**
 * The public CSS custom property behind each metric that a publication may change, from the token
 * table. The element reads their resolved values once per refit; a test checks that the drawn sizes
 * follow them.
 */
export const METRIC_TOKENS: Readonly<Partial<Record<keyof Metrics, `--annals-${string}`>>> =
  Object.freeze(Object.fromEntries(TOKENS.filter((k) => k.metric).map((k) => [k.metric!, k.name])));

/**
 * Metrics from token values (`'44px'`, `' 60px'`, `'3em'`, with em of `fontSize` px): each
 * readable positive length replaces the default; anything else keeps it, so a typo in a
 * stylesheet cannot collapse the drawing. A size that holds text and is not set grows with the
 * font size, as the elements' CSS has it (`grow`).
 */
export function metricsFrom(
  read: (token: string) => string,
  base = DEFAULT_METRICS,
  fontSize = BASE_FONT_SIZE,
): Metrics {
  const out: Record<string, number> = { ...base };
  for (const k of TOKENS) {
    if (!k.metric) continue;
    const text = read(k.name).trim();
    // As the CSS has it (a registered <length>): a length is kept; unset, a size that holds
    // text grows with the font; anything else is the plain default.
    const v = sizeLength(text, fontSize);
    if (v !== null) out[k.metric] = v;
    else if (k.grows && text === '') out[k.metric] = grow(base[k.metric], fontSize);
  }
  // A row's title is a line of label text with 2px above and below it: it grows with the line.
  out.rowTitle = Math.max(out.rowTitle!, out.labelLine! + 4);
  return Object.freeze(out) as unknown as Metrics;
}
