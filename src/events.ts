/** Typed events that Annals elements dispatch. Every name carries the `annals-` prefix. */
import type { Problem, TimelineEvent } from './core/types.js';
import type { TimeWindow } from './core/viewport.js';

/** The selected event changed; `event` is null when the selection was cleared. */
export class AnnalsSelectEvent extends Event {
  static readonly type = 'annals-select';
  constructor(
    readonly id: string | null,
    readonly event: TimelineEvent | null,
  ) {
    super(AnnalsSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** The visible range of time changed, by zoom, pan, navigation or resize. */
export class AnnalsRangeChangeEvent extends Event {
  static readonly type = 'annals-range-change';
  constructor(
    readonly start: Date,
    readonly end: Date,
  ) {
    super(AnnalsRangeChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The input held problems; the valid items are shown and these were reported. */
export class AnnalsProblemsEvent extends Event {
  static readonly type = 'annals-problems';
  constructor(readonly problems: readonly Problem[]) {
    super(AnnalsProblemsEvent.type, { bubbles: true, composed: true });
  }
}

/** A legend entry was toggled: the category should be shown or hidden. */
export class AnnalsCategoryToggleEvent extends Event {
  static readonly type = 'annals-category-toggle';
  constructor(
    readonly category: string,
    readonly visible: boolean,
  ) {
    super(AnnalsCategoryToggleEvent.type, { bubbles: true, composed: true });
  }
}

/** The overview asks to show another window of time. */
export class AnnalsWindowRequestEvent extends Event {
  static readonly type = 'annals-window-request';
  constructor(readonly window: TimeWindow) {
    super(AnnalsWindowRequestEvent.type, { bubbles: true, composed: true });
  }
}

/** The card asks to close. */
export class AnnalsCloseEvent extends Event {
  static readonly type = 'annals-close';
  constructor() {
    super(AnnalsCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'annals-select': AnnalsSelectEvent;
    'annals-range-change': AnnalsRangeChangeEvent;
    'annals-problems': AnnalsProblemsEvent;
    'annals-category-toggle': AnnalsCategoryToggleEvent;
    'annals-window-request': AnnalsWindowRequestEvent;
    'annals-close': AnnalsCloseEvent;
  }
}
