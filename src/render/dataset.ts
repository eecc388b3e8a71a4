/**
 * A dataset's picture at a width and a window of time, as an SVG document: the one function that
 * the page's `toSVG()` and the Node CLI both call, so the export looks the same wherever it is made.
 */
import { endTime, toCivilDate } from '../core/date.js';
import { fitAxis } from '../core/domain.js';
import { estimateTextWidth, type Measure } from '../core/measure.js';
import type { SceneMessages } from '../core/messages/types.js';
import { DEFAULT_METRICS, metricsFrom, type Metrics } from '../core/metrics.js';
import type { ViewTransform } from '../core/scale.js';
import { DEFAULT_MAX_LANES, drawingLength, fitAndLayout } from '../core/scene.js';
import type { GroupBy, Orientation, Scene } from '../core/scene-types.js';
import type { Dataset } from '../core/types.js';
import { clampTransform, transformForWindow, zoomLimits } from '../core/viewport.js';
import { drawSvg, exportFontSize, type PictureWords, type SvgOptions } from './svg.js';

/** The words of an export: its clusters', its untitled row's and its description's. */
export type DatasetWords = SceneMessages & PictureWords;

/** A bound of the window: ISO date text at any precision (`2009`, `2013-05`), UTC ms, or a Date. */
export type WindowBound = string | number | Date;

export interface DatasetSvgOptions extends Omit<SvgOptions, 'hidden'> {
  /** Width of the picture in px (the page's drawing width). */
  readonly width: number;
  /** Default `horizontal`. */
  readonly orientation?: Orientation;
  /**
   * Start of the window shown; date text means the start of its period. Without `from` and `to`
   * the whole span is shown, as the page fits it. The window is kept within the zoom limits the
   * page has (never wider than the whole span, never finer than the data's precision).
   */
  readonly from?: WindowBound;
  /** End of the window shown; date text means the end of its period (`2014`: through 2014). */
  readonly to?: WindowBound;
  /** The zoom transform itself, as the page holds it (wins over `from` and `to`). */
  readonly transform?: ViewTransform;
  /** Rows of events (default none). */
  readonly groupBy?: GroupBy;
  /** Most lanes a row may take (default 6, or 3 a row with rows: as the page). */
  readonly maxLanes?: number;
  /** Categories left out. */
  readonly hidden?: Iterable<string>;
  /** Sizes of the drawing; by default from the theme's tokens, as the page reads them. */
  readonly metrics?: Metrics;
  /** Compress long empty spans into axis breaks (default true, as the page). */
  readonly gaps?: boolean;
  /** Ids of events drawn on their own whatever the density (the page's selected event). */
  readonly pinned?: readonly string[];
  /**
   * Words of the clusters, of the untitled row and of the description; default the table of
   * `locale`'s language.
   */
  readonly messages?: DatasetWords;
}

/**
 * Whether a window's (inclusive) end comes before its start: a mistake in the options, not a
 * window that misses the data. Throws a RangeError for a bound that is no date.
 */
export function endsBeforeStart(from: WindowBound, to: WindowBound): boolean {
  return boundTime(to, true, 'to') <= boundTime(from, false, 'from');
}

function boundTime(value: WindowBound, end: boolean, name: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${name}: not a finite time: ${value}`);
    return value;
  }
  if (value instanceof Date) return boundTime(value.getTime(), end, name);
  const parsed = toCivilDate(value);
  if (!parsed.ok)
    throw new RangeError(
      `${name}: cannot read the date "${String(value).slice(0, 80)}": ${parsed.reason}`,
    );
  return end ? endTime(parsed.date) : parsed.date.time;
}

/** `exportScene` (in `annals/render.js`) with its words given: see there. */
export function sceneInWords(
  dataset: Dataset,
  options: DatasetSvgOptions & { readonly messages: DatasetWords },
): Scene {
  const { width } = options;
  if (!(typeof width === 'number' && width > 0 && Number.isFinite(width)))
    throw new RangeError(`renderDatasetSvg: width must be a positive number of px, not ${width}`);
  const orientation = options.orientation ?? 'horizontal';
  const gaps = options.gaps ?? true;
  const size = exportFontSize(options.theme, options.fontSize);
  const metrics =
    options.metrics ?? metricsFrom((name) => options.theme?.[name] ?? '', DEFAULT_METRICS, size);
  const groupBy = options.groupBy ?? 'none';
  const maxLanes = options.maxLanes ?? (groupBy === 'none' ? DEFAULT_MAX_LANES : 3);
  const hidden = new Set(options.hidden ?? []);
  const { messages } = options;
  const textWidth = options.textWidth ?? estimateTextWidth;
  const measure: Measure = (text) => textWidth(text, size);
  const length = drawingLength(orientation, width, dataset.events.length);
  const axis = fitAxis(dataset, length, gaps);
  let transform = options.transform;
  if (!transform && (options.from !== undefined || options.to !== undefined)) {
    const [lo, hi] = axis.domain;
    // An end before the start is a mistake in the options, not a window that misses the data.
    if (
      options.from !== undefined &&
      options.to !== undefined &&
      endsBeforeStart(options.from, options.to)
    )
      throw new RangeError(
        `to ${String(options.to)} ends before from ${String(options.from)} begins`,
      );
    // A bound past the data's span is cut to it (the window is trimmed, not shifted), so
    // `--to 2014` on data that ends in 2013 shows from `from` to the end.
    const start = Math.max(
      lo,
      options.from === undefined ? lo : boundTime(options.from, false, 'from'),
    );
    const end = Math.min(hi, options.to === undefined ? hi : boundTime(options.to, true, 'to'));
    if (!(end > start))
      throw new RangeError(
        `the window ${String(options.from ?? '')}–${String(options.to ?? '')} holds none of the timeline's span`,
      );
    const limits = zoomLimits(axis, length, axis.precision);
    transform = clampTransform(
      transformForWindow(axis, { start, end }, length, limits),
      length,
      limits,
    );
  }
  // The rows fitted to the whole span, and the view, as the page lays them out.
  return fitAndLayout(
    dataset,
    {
      length,
      width,
      orientation,
      transform,
      locale: options.locale,
      messages,
      gaps,
      hiddenCategories: hidden,
      axis,
      groupBy,
      maxLanes,
      pinned: options.pinned,
    },
    metrics,
    measure,
  ).scene;
}

/** `renderDatasetSvg` (in `annals/render.js`) with its words given: see there. */
export function drawDatasetSvg(
  dataset: Dataset,
  options: DatasetSvgOptions & { readonly messages: DatasetWords },
): string {
  // Read once: `hidden` may be an iterator.
  const hidden = [...(options.hidden ?? [])];
  const scene = sceneInWords(dataset, { ...options, hidden });
  return drawSvg(scene, dataset, { ...options, hidden });
}
