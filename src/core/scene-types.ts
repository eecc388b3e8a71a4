/** The Scene's types: the plain data between layout and every renderer. */
import type { FittedAxis } from './domain.js';
import type { SceneMessages } from './messages/types.js';
import type { ViewTransform } from './scale.js';
import type { TickResult } from './ticks.js';
import type { TimeWindow } from './viewport.js';

export type Orientation = 'horizontal' | 'vertical';

/** How events are split into rows: not at all, by category, or by their `group` field. */
export type GroupBy = 'none' | 'category' | 'group';

/** A box in px. Item parts are relative to their item's box; everything else to the drawing. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A row's share of the height, fixed when the view is fitted so zooming never changes it. */
export interface RowPlan {
  readonly key: string;
  readonly title: string;
  /** Lanes of events in the row. */
  readonly lanes: number;
  /** Whether the row keeps a strip for clusters under its lanes. */
  readonly strip: boolean;
}

/** Where the axis is and what it shows: the inputs of one layout. */
export interface Viewport {
  /** Length of the time axis in px (width when horizontal, height when vertical). */
  readonly length: number;
  /** Size across the axis in px: the drawing's width in the vertical layout. */
  readonly width?: number;
  readonly orientation?: Orientation;
  readonly transform?: ViewTransform;
  /** Locale of the dates in words (cluster spans, tick labels). */
  readonly locale?: string;
  /**
   * Words of the clusters and of the untitled row (default English): `messagesFor(locale)` for
   * the locale's own.
   */
  readonly messages?: SceneMessages;
  /** Compress long empty spans into axis breaks. */
  readonly gaps?: boolean;
  /** Events of these categories are left out. */
  readonly hiddenCategories?: ReadonlySet<string>;
  /** The fitted axis, when the caller keeps one (it must match `length` and `gaps`). */
  readonly axis?: FittedAxis;
  /** Most lanes a row may use before what does not fit becomes a cluster (default 6). */
  readonly maxLanes?: number;
  /** Rows of events (default none: one row). */
  readonly groupBy?: GroupBy;
  /**
   * Events drawn on their own whatever the density (the focused and the selected event), so
   * keyboard and links can reach any event: ids, placed before the rest.
   */
  readonly pinned?: readonly string[];
  /** The rows' lanes as fitted (`fitRows`); computed from the whole span when absent. */
  readonly rows?: readonly RowPlan[];
}

/** One event as drawn. `x` and `x2` run along the axis (they are y in the vertical layout). */
export interface SceneItem {
  readonly id: string;
  /** Index of the event in `dataset.events`. */
  readonly index: number;
  readonly title: string;
  readonly x: number;
  /** End of a ranged event's bar, or null for a point. */
  readonly x2: number | null;
  /**
   * For a point known only to a year or month: where that period ends, when zoomed in enough that
   * it is wider than the mark. The reader sees "some time in May 2013", not a day the data never
   * gave. Null otherwise.
   */
  readonly period: number | null;
  /** Row of the item (0 without rows). */
  readonly row: number;
  /** Lane in its row (0 at the top); the label's order in the vertical layout. */
  readonly lane: number;
  /** The label's extent along the axis. */
  readonly labelStart: number;
  readonly labelEnd: number;
  /** `end` when the label sits before the mark because it would not fit after it. */
  readonly anchor: 'start' | 'end';
  /**
   * False when there was room for the mark but not the label: the label shows on hover and
   * focus only, over its neighbours, so labels never overlap.
   */
  readonly labelShown: boolean;
  /** The item's whole box (mark, shown label and connector) in the drawing. */
  readonly box: Rect;
  /** The point marker or the range bar, relative to `box`. */
  readonly mark: Rect;
  /** The faint band of a point's year or month (see `period`), relative to `box`. */
  readonly band: Rect | null;
  /** The label, relative to `box`. */
  readonly label: Rect;
  /** The label's text as it fits its box, one string per line (a DOM renderer may use CSS instead). */
  readonly lines: readonly string[];
  /**
   * Vertical layout: a polyline, relative to `box`, from the marker to a label that had to move
   * away from it; null when the label sits beside its marker. Connectors never cross or merge.
   */
  readonly connector: readonly Point[] | null;
}

/** Events too many for their room, drawn as one mark that says how many and when. */
export interface SceneCluster {
  /** Stable while panning: the row and the span's start. */
  readonly id: string;
  readonly row: number;
  readonly count: number;
  /** The span of time the cluster stands for (UTC ms, end exclusive): activating it shows this span. */
  readonly start: number;
  readonly end: number;
  /** Along the axis. */
  readonly x: number;
  readonly x2: number;
  readonly box: Rect;
  /** The short text on the mark ("37"). */
  readonly text: string;
  /** The whole description ("37 events, Mar–Apr 2009"). */
  readonly description: string;
}

/** A labelled row of events. */
export interface SceneRow {
  readonly key: string;
  readonly title: string;
  readonly lanes: number;
  /** The row's band in the drawing. */
  readonly box: Rect;
  /** Its title's box (empty without rows). */
  readonly label: Rect;
}

export interface SceneEra {
  readonly id: string;
  readonly title: string;
  /** Start and end along the axis. */
  readonly x: number;
  readonly x2: number;
  /** The band in the drawing. */
  readonly band: Rect;
  /** The title's box in the drawing. */
  readonly label: Rect;
}

export interface SceneBreak {
  readonly start: number;
  readonly end: number;
  readonly x: number;
  readonly x2: number;
  /** The striped band in the drawing. */
  readonly band: Rect;
}

/** The overview strip: where events start and the visible window, as fractions (0–1). */
export interface SceneOverview {
  readonly marks: readonly number[];
  readonly window: { readonly start: number; readonly end: number };
}

/** Everything needed to draw one frame. Plain, serialisable data. */
export interface Scene {
  readonly orientation: Orientation;
  /** Length of the time axis in px. */
  readonly length: number;
  /** The whole drawing's size. */
  readonly width: number;
  readonly height: number;
  /** Most lanes used in a row (horizontal layout). */
  readonly lanes: number;
  readonly rows: readonly SceneRow[];
  /** The events drawn one by one: those that meet the visible range (windowed). */
  readonly items: readonly SceneItem[];
  readonly clusters: readonly SceneCluster[];
  readonly eras: readonly SceneEra[];
  readonly breaks: readonly SceneBreak[];
  readonly ticks: TickResult;
  /** Where the axis is drawn; tick positions run along it from its start. */
  readonly axis: Rect;
  readonly overview: SceneOverview | null;
  /** The visible range of time. */
  readonly visible: TimeWindow;
  readonly transform: ViewTransform;
}
