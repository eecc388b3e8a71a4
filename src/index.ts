/** Annals: named exports without side effects. Import `annals/define.js` to register the elements. */
export * from './core/index.js';
export * from './events.js';
export { AnnalsAxis } from './components/axis/axis.js';
export { AnnalsEventCard } from './components/event-card/event-card.js';
export { AnnalsLegend } from './components/legend/legend.js';
export {
  AnnalsCategoryElement,
  AnnalsEraElement,
  AnnalsEventElement,
} from './components/markup/markup.js';
export { AnnalsOverview } from './components/overview/overview.js';
export {
  AnnalsTimeline,
  type DateLike,
  type NavigateOptions,
} from './components/timeline/timeline.js';
export { ResizeController } from './controllers/resize-controller.js';
export {
  DataSourceController,
  type FetchOptions,
  type LoadFailure,
  type SourceState,
} from './controllers/data-source-controller.js';
export { ViewController, type ViewInput, type ViewOptions } from './controllers/view-controller.js';
export { DeepLinkController, type LinkState } from './controllers/deep-link-controller.js';
export {
  RovingFocusController,
  type RovingFocusOptions,
} from './controllers/roving-focus-controller.js';
