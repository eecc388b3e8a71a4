/**
 * The static export of Annals: a dataset's or a Scene's picture as a standalone SVG document.
 * Pure TypeScript with no DOM: the same code runs in the page (`toSVG()`) and in Node (the CLI).
 */
export type { DatasetSvgOptions, DatasetWords, WindowBound } from './dataset.js';
export { DEFAULT_FONT_FAMILY, plainFamilies, type PictureWords, type SvgOptions } from './svg.js';

import { messagesFor } from '../core/messages/index.js';
import type { Scene } from '../core/scene-types.js';
import type { Dataset } from '../core/types.js';
import { drawDatasetSvg, sceneInWords, type DatasetSvgOptions } from './dataset.js';
import { describeInWords, drawSvg, type PictureWords, type SvgOptions } from './svg.js';

// render/ takes its words from its caller, so that the page's export chunk carries only the words
// the page passes; here the public functions default them to the table of `locale`'s language.
const worded = <T extends { locale?: string; messages?: object }>(options: T) => ({
  ...options,
  messages: options.messages ?? messagesFor(options.locale),
});

/**
 * The Scene an export draws: the axis fitted to the width as the page fits it, the window's
 * transform, rows fitted to the whole span, and text widths from the core's estimate
 * (`estimateTextWidth` at the export's font size: `estimateMeasure` at the default 13px).
 *
 * Label widths: the page's live drawing measures text with a canvas in its own font, which Node
 * cannot do the same way. An export therefore lays the same view out again with the core's
 * deterministic estimate, in the page and in Node alike, so the page's `toSVG()` and the CLI give
 * the same picture for the same options: every mark at the same position (to rounding), the same
 * lanes, labels and clusters. Against the live page, marks, ticks, eras and breaks agree; a label
 * may be cut a little sooner or later, and so a lane decided by label extents may differ.
 */
export function exportScene(dataset: Dataset, options: DatasetSvgOptions): Scene {
  return sceneInWords(dataset, worded(options));
}

/**
 * A validated dataset's picture as a standalone SVG document: `exportScene` (the axis fitted to
 * `width`, the window `from`–`to` or `transform`, label widths from the core's estimate), drawn
 * by `renderSvg` with the theme's tokens. Throws a RangeError for a width that is not a positive
 * number or a bound that is not a date.
 */
export function renderDatasetSvg(dataset: Dataset, options: DatasetSvgOptions): string {
  return drawDatasetSvg(dataset, worded(options));
}

/**
 * A Scene as a standalone SVG document (`<?xml?>` prologue included): `width`, `height` and
 * `viewBox` from the scene, a `<title>` and `<desc>` for assistive technology (`role="img"`),
 * then background, grid lines at major ticks, compressed gaps, eras, rows, every event (each in a
 * `<g data-id data-x>` with its own `<title>`), clusters and the axis. Labels stay text, in the
 * lines the Scene fitted. Colours, fonts and line widths are the theme's tokens (`options.theme`)
 * over the defaults, resolved into presentation attributes; a category's own colour wins over
 * the palette, as on the page.
 */
export function renderSvg(scene: Scene, dataset: Dataset, options: SvgOptions = {}): string {
  return drawSvg(scene, dataset, worded(options));
}

/**
 * "Timeline of 12 events from 1991 to May 2013." and, zoomed in, the span shown: in the words of
 * `locale`'s language unless `m` gives others.
 */
export function describeTimeline(
  dataset: Dataset,
  scene: Pick<Scene, 'transform' | 'visible'>,
  locale?: string,
  hidden: ReadonlySet<string> = new Set(),
  m: PictureWords = messagesFor(locale),
): string {
  return describeInWords(dataset, scene, locale, hidden, m);
}
export {
  themeTokens,
  resolveTokens,
  TOKENS,
  type Token,
  type TokenValues,
} from '../core/tokens.js';
