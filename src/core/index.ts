/** The core of Annals: pure TypeScript, no DOM. Runs in browsers and in Node. */
export * from './category-colors.js';
export * from './color.js';
export * from './contrast.js';
export * from './date.js';
export * from './domain.js';
export * from './format.js';
export * from './label-placement.js';
export * from './lanes.js';
export * from './measure.js';
export * from './messages/index.js';
export * from './metrics.js';
export * from './tokens.js';
export * from './token-docs.js';
export * from './navigation.js';
export * from './scale.js';
export {
  DEFAULT_MAX_LANES,
  drawingLength,
  fitAndLayout,
  fitRows,
  layout,
  visibleRuns,
  type RowOptions,
} from './scene.js';
export type * from './scene-types.js';
export { describeCluster } from './layout-horizontal.js';
export * from './event-index.js';
export * from './rows.js';
export * from './text-fit.js';
export * from './ticks.js';
export * from './types.js';
export * from './url.js';
export * from './validate.js';
export * from './viewport.js';
export * from './locale-fallback.js';
export * from './sources/index.js';
