/** The core of Annals: pure TypeScript, no DOM. Runs in browsers and in Node. */
export * from './date.js';
export * from './format.js';
export * from './lanes.js';
export * from './measure.js';
export * from './navigation.js';
export * from './scale.js';
export * from './scene.js';
export * from './ticks.js';
export * from './types.js';
export * from './url.js';
export * from './validate.js';
export * from './viewport.js';
export * from './locale-fallback.js';
