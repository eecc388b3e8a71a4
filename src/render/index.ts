/**
 * The static export of Annals: a dataset's or a Scene's picture as a standalone SVG document.
 * Pure TypeScript with no DOM: the same code runs in the page (`toSVG()`) and in Node (the CLI).
 */
export {
  exportScene,
  renderDatasetSvg,
  type DatasetSvgOptions,
  type WindowBound,
} from './dataset.js';
export {
  DEFAULT_FONT_FAMILY,
  describeTimeline,
  plainFamilies,
  renderSvg,
  type SvgOptions,
} from './svg.js';
export {
  themeTokens,
  resolveTokens,
  TOKENS,
  type Token,
  type TokenValues,
} from '../core/tokens.js';
