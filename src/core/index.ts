/** The core of Annals: pure TypeScript, no DOM. Runs in browsers and in Node. */
export * from './color.js';
export * from './date.js';
export * from './domain.js';
export * from './format.js';
export * from './label-placement.js';
export * from './lanes.js';
export * from './measure.js';
export * from './metrics.js';
export * from './navigation.js';
export * from './scale.js';
export {
  drawingLength,
  layout,
  visibleRuns,
  type Orientation,
  type Point,
  type Rect,
  type Scene,
  type SceneBreak,
  type SceneEra,
  type SceneItem,
  type SceneOverview,
  type Viewport,
} from './scene.js';
export * from './text-fit.js';
export * from './ticks.js';
export * from './types.js';
export * from './url.js';
export * from './validate.js';
export * from './viewport.js';
export * from './locale-fallback.js';
