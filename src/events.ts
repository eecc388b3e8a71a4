/**
 * Typed events that Annals elements dispatch. Every name carries the `annals-` prefix; each event
 * carries its data both in `detail`, as Lit and Shoelace users expect, and as fields.
 */
import type { Problem, TimelineEvent } from './core/types.js';
import type { TimeWindow } from './core/viewport.js';

const init = <T>(detail: T) => ({ detail, bubbles: true, composed: true });

/** The selected event changed; `event` is null when the selection was cleared. */
export class AnnalsSelectEvent extends CustomEvent<{
  readonly id: string | null;
  readonly event: TimelineEvent | null;
}> {
  static readonly type = 'annals-select';
  constructor(
    readonly id: string | null,
    readonly event: TimelineEvent | null,
  ) {
    super(AnnalsSelectEvent.type, init({ id, event }));
  }
}

/** A visible range of time, in `detail` and as fields. */
abstract class AnnalsRangeEvent extends CustomEvent<{ readonly start: Date; readonly end: Date }> {
  constructor(
    type: string,
    readonly start: Date,
    readonly end: Date,
  ) {
    super(type, init({ start, end }));
  }
}

/** The visible range of time changed, by zoom, pan, navigation or resize; at most once a frame. */
export class AnnalsRangeChangeEvent extends AnnalsRangeEvent {
  static readonly type = 'annals-range-change';
  constructor(start: Date, end: Date) {
    super(AnnalsRangeChangeEvent.type, start, end);
  }
}

/**
 * The visible range stopped moving: a gesture ended, an animation finished, or a navigation, a
 * resize or new data was drawn (new data sends it even over the range told before, as the events
 * in it may differ). Good for work too slow for every frame, such as fetching or writing a URL.
 */
export class AnnalsRangeSettleEvent extends AnnalsRangeEvent {
  static readonly type = 'annals-range-settle';
  constructor(start: Date, end: Date) {
    super(AnnalsRangeSettleEvent.type, start, end);
  }
}

/**
 * The input held problems; the valid items are shown and these were reported. `dropped` counts
 * the events that could not be shown.
 */
export class AnnalsProblemsEvent extends CustomEvent<{
  readonly problems: readonly Problem[];
  readonly dropped: number;
}> {
  static readonly type = 'annals-problems';
  constructor(
    readonly problems: readonly Problem[],
    readonly dropped = 0,
  ) {
    super(AnnalsProblemsEvent.type, init({ problems, dropped }));
  }
}

/** Data from `src` was loaded and read (`as`: which format it was read as). */
export class AnnalsLoadEvent extends CustomEvent<{ readonly url: string; readonly as: string }> {
  static readonly type = 'annals-load';
  constructor(
    readonly url: string,
    readonly as: string,
  ) {
    super(AnnalsLoadEvent.type, init({ url, as }));
  }
}

/**
 * Data from `src` could not be shown. `failure` says why (`timeout`, `http`, `network`,
 * `too-large`, `empty`, `malformed-json`, `malformed-csv`, `no-events`); `message` says it in full
 * for developers; `status` is the HTTP status of an `http` failure.
 */
export class AnnalsErrorEvent extends CustomEvent<{
  readonly url: string;
  readonly failure: string;
  readonly message: string;
  readonly status?: number;
}> {
  static readonly type = 'annals-error';
  constructor(
    readonly url: string,
    readonly failure: string,
    readonly message: string,
    readonly status?: number,
  ) {
    super(
      AnnalsErrorEvent.type,
      init(status === undefined ? { url, failure, message } : { url, failure, message, status }),
    );
  }
}

/** A legend entry was toggled: the category should be shown or hidden. */
export class AnnalsCategoryToggleEvent extends CustomEvent<{
  readonly category: string;
  readonly visible: boolean;
}> {
  static readonly type = 'annals-category-toggle';
  constructor(
    readonly category: string,
    readonly visible: boolean,
  ) {
    super(AnnalsCategoryToggleEvent.type, init({ category, visible }));
  }
}

/** The overview asks to show another window of time. */
export class AnnalsWindowRequestEvent extends CustomEvent<{ readonly window: TimeWindow }> {
  static readonly type = 'annals-window-request';
  constructor(readonly window: TimeWindow) {
    super(AnnalsWindowRequestEvent.type, init({ window }));
  }
}

/** The card asks to close. */
export class AnnalsCloseEvent extends CustomEvent<Record<string, never>> {
  static readonly type = 'annals-close';
  constructor() {
    super(AnnalsCloseEvent.type, init({}));
  }
}

declare global {
  interface HTMLElementEventMap {
    'annals-select': AnnalsSelectEvent;
    'annals-range-change': AnnalsRangeChangeEvent;
    'annals-range-settle': AnnalsRangeSettleEvent;
    'annals-problems': AnnalsProblemsEvent;
    'annals-load': AnnalsLoadEvent;
    'annals-error': AnnalsErrorEvent;
    'annals-category-toggle': AnnalsCategoryToggleEvent;
    'annals-window-request': AnnalsWindowRequestEvent;
    'annals-close': AnnalsCloseEvent;
  }
}
