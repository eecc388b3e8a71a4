import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { endTime, fromTime, toCivilDate } from '../../core/date.js';
import { formatDate, formatRange, htmlDatetime } from '../../core/format.js';
import type { Measure } from '../../core/measure.js';
import { IDENTITY, type ViewTransform } from '../../core/scale.js';
import {
  DEFAULT_METRICS,
  fitAxis,
  layout,
  longestDuration,
  type FittedAxis,
  type Scene,
  type SceneItem,
} from '../../core/scene.js';
import type {
  CategoryInput,
  Dataset,
  DatasetInput,
  EraInput,
  EventInput,
  Problem,
  TimelineEvent,
} from '../../core/types.js';
import { formatProblem, validateDataset } from '../../core/validate.js';
import {
  clampTransform,
  transformCentredOn,
  transformForWindow,
  zoomLimits,
  type TimeWindow,
  type ZoomLimits,
} from '../../core/viewport.js';
import { HashController, type LinkState } from '../../controllers/hash-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import {
  AnnalsProblemsEvent,
  AnnalsRangeChangeEvent,
  AnnalsSelectEvent,
  type AnnalsCategoryToggleEvent,
  type AnnalsWindowRequestEvent,
} from '../../events.js';
import { heading } from '../heading.js';
import { elementLocale } from '../locale.js';
import { canvasMeasure } from '../measure-text.js';
import { categoryColor, tokens } from '../shared.styles.js';
import { timelineStyles } from './timeline.styles.js';

/** A date for the navigation methods: a `Date`, or ISO text at any precision (`2013-05`). */
export type DateLike = Date | string;

/** Options of `zoomTo`, `goTo` and `fit`. */
export interface NavigateOptions {
  /** Animate the move (default true; always off when the reader prefers reduced motion). */
  animate?: boolean;
}

/** Inline styles that place one event's button, mark, leader and label. */
interface ItemBox {
  left: number;
  top: number;
  box: string;
  mark: string;
  period?: string;
  leader?: string;
  label: string;
}

const AXIS_SIZE = 36;
const ERA_LABEL = 22;
const VERTICAL_AXIS = 72;

/**
 * A timeline of events on a D3 UTC time scale. Give it a dataset (the `data` property, or
 * `events`, `eras` and `categories`); it validates the data, reports problems, and draws points,
 * ranges, eras, an axis, a legend, an overview and the selected event's card.
 *
 * Zoom with Ctrl/⌘ + wheel (or the wheel alone while the timeline has focus), pinch, double-click
 * or double-tap, the +/− buttons or the + and − keys; drag to pan. Keys, while the timeline has
 * focus: ←/→ (or ↑/↓) previous and next event, Home and End, Enter to open the card, Escape to
 * close it, + and − to zoom, 0 to fit.
 *
 * Long empty spans are compressed into marked axis breaks by default (`gaps="compress"`), because
 * news and reference timelines are read for their moments: without breaks the flagship data puts
 * 1991 alone at one end and crowds 2009–2013 together. Time stays proportional within each
 * stretch. Set `gaps="none"` for a strictly proportional axis.
 *
 * @summary An accessible, zoomable timeline drawn from a typed dataset.
 * @fires annals-select - The selected event changed (`id`, `event`; null when cleared).
 * @fires annals-range-change - The visible range changed (`start`, `end` as Dates).
 * @fires annals-problems - The input held problems (`problems`); the valid events are still drawn.
 * @slot header - Content above the toolbar, replacing the dataset title.
 * @slot footer - Content under the card.
 * @csspart base - The region that wraps everything.
 * @csspart title - The dataset title.
 * @csspart toolbar - The row of navigation, zoom, date and search controls.
 * @csspart viewport - The drawing area that zooms and pans.
 * @csspart events - The ordered list of events.
 * @csspart event - Each event's button.
 * @csspart marker - The dot of a point event.
 * @csspart bar - The bar of a ranged event.
 * @csspart period - The faint band of a point known only to its year or month, once zoomed in past it.
 * @csspart label - Each event's label.
 * @csspart era - Each era band.
 * @csspart empty - The message shown when there are no events.
 * @csspart problems - The list of input problems.
 * @cssprop --annals-lane-height - Height of one lane of events (default 44px).
 * @cssprop --annals-marker-color - Colour of events without a category.
 * @cssprop --annals-selected-color - Ring around the selected event.
 * @cssprop --annals-match-background - Highlight of search matches.
 * @cssprop --annals-era-background - Fill of era bands.
 * @cssprop --annals-break-stripe - Stripe colour of compressed gaps.
 * @cssprop --annals-focus-ring - Colour of the focus outline (3px).
 * @cssprop --annals-color-text - Text colour.
 * @cssprop --annals-color-muted - Secondary text colour.
 * @cssprop --annals-color-background - Background colour.
 * @cssprop --annals-color-surface - Background of controls and the overview.
 * @cssprop --annals-color-line - Lines and borders.
 * @cssprop --annals-color-accent - Accent colour of markers and links.
 * @cssprop --annals-font - Font family.
 * @cssprop --annals-font-size - Base font size (default 13px).
 * @cssprop --annals-radius - Corner radius of controls and the card (default 4px).
 * @cssprop --annals-category-0 - Colour of the first category's marks (likewise -1 to -5), unless the category sets its own.
 */
export class AnnalsTimeline extends LitElement {
  static override styles = [tokens, timelineStyles];

  /**
   * The whole dataset; takes precedence over `events`, `eras` and `categories`. (It is not called
   * `dataset`, which every HTML element already has for its `data-*` attributes.)
   */
  @property({ attribute: false }) data?: DatasetInput;

  /** Events, when no `data` is given. */
  @property({ attribute: false }) events: EventInput[] = [];

  /** Eras, when no `data` is given. */
  @property({ attribute: false }) eras: EraInput[] = [];

  /** Categories, when no `data` is given; omit to derive them from the events. */
  @property({ attribute: false }) categories?: CategoryInput[];

  /** Accessible name of the timeline region; defaults to the dataset title. */
  @property() label?: string;

  /** BCP 47 locale for dates (`en-GB`, `ru`, `kk`); defaults to the nearest `lang` attribute. */
  @property() locale?: string;

  /** Id of the selected event, whose card is shown; null for none. */
  @property({ reflect: true }) selected: string | null = null;

  /** An event id or an ISO date to centre on when the timeline first draws. */
  @property({ attribute: 'start-at' }) startAt?: string;

  /** Smallest zoom, as a magnification of the fitted view (default 1: the whole span). */
  @property({ type: Number, attribute: 'min-zoom' }) minZoom = 1;

  /** Largest zoom, as a magnification of the fitted view. Never finer than the data's precision allows. */
  @property({ type: Number, attribute: 'max-zoom' }) maxZoom = Infinity;

  /** `horizontal`, `vertical`, or `auto` (vertical below `breakpoint`). */
  @property({ reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Width in CSS px below which `layout="auto"` turns vertical. */
  @property({ type: Number }) breakpoint = 560;

  /** `compress` long empty spans into axis breaks (default), or `none` for a proportional axis. */
  @property() gaps: 'compress' | 'none' = 'compress';

  /** Key under which the selection and visible range are kept in the URL fragment; unset for no deep links. */
  @property({ attribute: 'deep-link' }) deepLink?: string;

  /** Heading level (2–6) of the dataset title, to fit the page's outline; the card's title is one lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hide the overview strip. */
  @property({ type: Boolean, attribute: 'no-overview' }) noOverview = false;

  /** Hide the toolbar. */
  @property({ type: Boolean, attribute: 'no-toolbar' }) noToolbar = false;

  @state() private _data: Dataset = validateDataset({ events: [] }).dataset;
  @state() private _problems: readonly Problem[] = [];
  @state() private _transform: ViewTransform = IDENTITY;
  @state() private _hidden: readonly string[] = [];
  @state() private _query = '';
  @state() private _matchIndex = -1;
  @state() private _announcement = '';
  @state() private _dateError = '';
  @state() private _dateNote = '';
  @state() private _focusId: string | null = null;

  private _axis: FittedAxis | null = null;
  private _scene: Scene | null = null;
  private _limits: ZoomLimits = { minK: 1, maxK: 1 };
  private _longest = 0;
  private _byId = new Map<string, TimelineEvent>();
  /** 1-based position of each shown event among the shown events, for aria-posinset. */
  private _positions = new Map<string, number>();
  private _measure: Measure | null = null;
  private _marks: number[] = [];
  /** `--annals-lane-height` in px, read when the layout is refitted rather than every frame. */
  private _laneHeight = 44;
  /** Each event's date text, formatted once per locale. */
  private readonly _dates = new Map<string, string>();
  private _matches: string[] = [];
  private _lastWindow: TimeWindow | null = null;
  private _started = false;
  private _linkTimer = 0;
  /** `selected` was last set by the timeline itself, not by the page. */
  private _ownSelection = false;
  /** A deep link is being applied: do not write it back. */
  private _restoring = false;
  /** Focus is in the drawing; if a redraw removes the focused item, focus moves to the drawing. */
  private _listFocused = false;

  // The drawing spans the region's content box, so padding a publication puts on ::part(base) is
  // taken off the axis rather than pushing the last events out of view.
  private readonly _size = new ResizeController(this, () =>
    this.renderRoot?.querySelector('section'),
  );
  private readonly _zoom = new ZoomController(this, {
    constrain: (t) => clampTransform(t, this._length, this._limits),
    onChange: (t) => {
      this._transform = t;
    },
    wheelWithoutModifier: () => this.matches(':focus-within'),
  });
  private readonly _link = new HashController(
    this,
    () => this.deepLink || null,
    (s) => void this._restore(s, false),
  );

  /** The validated dataset being drawn: events sorted, dates parsed, invalid items left out. */
  get normalized(): Dataset {
    return this._data;
  }

  /** Problems found in the input, also sent as `annals-problems`. */
  get problems(): readonly Problem[] {
    return this._problems;
  }

  /** The last scene drawn (plain data: positions of items, ticks, eras and breaks). */
  get scene(): Scene | null {
    return this._scene;
  }

  /** The visible range of time. */
  get visibleRange(): { start: Date; end: Date } | null {
    const w = this._scene?.visible;
    return w ? { start: new Date(w.start), end: new Date(w.end) } : null;
  }

  /** The layout in use, after `auto` is resolved. */
  get orientation(): 'horizontal' | 'vertical' {
    if (this.layout !== 'auto') return this.layout;
    return this._size.width > 0 && this._size.width < this.breakpoint ? 'vertical' : 'horizontal';
  }

  private get _length(): number {
    if (this.orientation === 'horizontal') return Math.max(1, this._size.width);
    return Math.max(480, this._data.events.length * 64);
  }

  private get _locale(): string | undefined {
    return elementLocale(this, this.locale);
  }

  /** The selected event, if any. */
  get selectedEvent(): TimelineEvent | null {
    return (this.selected !== null && this._byId.get(this.selected)) || null;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (
      changed.has('data') ||
      changed.has('events') ||
      changed.has('eras') ||
      changed.has('categories')
    ) {
      this._validate();
    }
    if (changed.has('selected') && changed.get('selected') !== undefined) {
      const e = this.selectedEvent;
      this._announcement = e ? `${e.title}, ${formatRange(e.start, e.end, this._locale)}` : '';
    }
    if (changed.has('_query') || changed.has('_data')) this._findMatches();
    if (changed.has('_hidden') || changed.has('_data')) {
      this._positions = new Map(this._visibleEvents.map((e, i) => [e.id, i + 1]));
    }
    if (this._size.width <= 0) return;
    const orientation = this.orientation;
    const length = this._length;
    const gaps = this.gaps !== 'none';
    const axisStale =
      !this._axis ||
      this._axis.length !== length ||
      changed.has('_data') ||
      changed.has('gaps') ||
      changed.has('layout');
    if (axisStale) {
      this._zoom.stop();
      // A resize or a new gap setting keeps the window the reader was looking at; new data starts
      // from the whole span, since the old window may hold none of it.
      const previous = this._started && !changed.has('_data') ? this._lastWindow : null;
      if (changed.has('_data')) this._transform = IDENTITY;
      this._axis = fitAxis(this._data, length, gaps);
      this._limits = zoomLimits(this._axis, length, this._axis.precision, {
        minZoom: this.minZoom,
        maxZoom: this.maxZoom,
      });
      this._zoom.scaleExtent(this._limits.minK, this._limits.maxK);
      this._transform =
        orientation === 'vertical'
          ? IDENTITY
          : previous
            ? clampTransform(transformForWindow(this._axis, previous, length), length, this._limits)
            : clampTransform(this._transform, length, this._limits);
      this._zoom.enabled = orientation === 'horizontal';
    } else if (changed.has('minZoom') || changed.has('maxZoom')) {
      this._limits = zoomLimits(this._axis!, length, this._axis!.precision, {
        minZoom: this.minZoom,
        maxZoom: this.maxZoom,
      });
      this._zoom.scaleExtent(this._limits.minK, this._limits.maxK);
      this._transform = clampTransform(this._transform, length, this._limits);
    }
    if (axisStale || changed.has('_hidden')) {
      this._marks = this._visibleEvents.map((e) => this._axis!.scale(e.startTime) / length);
    }
    if (axisStale) this._laneHeight = this._readLaneHeight();
    if (!this._measure || changed.has('locale')) this._measure = canvasMeasure(this);
    if (changed.has('locale') || changed.has('_data')) this._dates.clear();
    this._scene = layout(
      this._data,
      {
        length,
        orientation,
        // The vertical layout does not zoom: the page scrolls through it.
        transform: orientation === 'vertical' ? IDENTITY : this._transform,
        locale: this._locale,
        gaps,
        hiddenCategories: new Set(this._hidden),
      },
      this._measure,
      { axis: this._axis!, longest: this._longest },
    );
  }

  private _validate() {
    const input: unknown = this.data ?? {
      title: '',
      events: this.events,
      eras: this.eras,
      ...(this.categories ? { categories: this.categories } : {}),
    };
    const { dataset, problems } = validateDataset(input);
    this._data = dataset;
    this._problems = problems;
    this._longest = longestDuration(dataset.events);
    this._byId = new Map(dataset.events.map((e) => [e.id, e]));
    if (this.selected !== null && !this._byId.has(this.selected)) this._select(null, false);
    this._hidden = this._hidden.filter((id) => dataset.categories.some((c) => c.id === id));
    if (problems.length) {
      for (const p of problems) console.warn(`annals-timeline: ${formatProblem(p)}`);
      this.updateComplete.then(() => this.dispatchEvent(new AnnalsProblemsEvent(problems)));
    }
  }

  private _findMatches() {
    const q = this._query.trim().toLocaleLowerCase();
    this._matches = q
      ? this._data.events
          .filter((e) =>
            `${e.title}\n${e.summary}\n${e.tags.join(' ')}`.toLocaleLowerCase().includes(q),
          )
          .map((e) => e.id)
      : [];
    this._matchIndex = this._matches.length
      ? Math.min(this._matchIndex, this._matches.length - 1)
      : -1;
  }

  protected override updated(changed: PropertyValues) {
    // The page set `selected`: bring that event into view, as a click on it would.
    if (changed.has('selected') && !this._ownSelection && this._started) {
      const e = this.selectedEvent;
      const item = e && this._scene?.items.find((it) => it.id === e.id);
      if (e && (!item || item.x < 0 || item.x > this._length))
        void this._centre(e.startTime, false);
    }
    this._ownSelection = false;
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    this._zoom.attach(viewport);
    this._zoom.sync(this._transform);
    if (
      this._listFocused &&
      viewport &&
      !this.shadowRoot?.activeElement &&
      document.activeElement === document.body
    ) {
      const button = viewport.querySelector<HTMLElement>('[tabindex="0"]');
      (button ?? viewport).focus({ preventScroll: true });
    }
    if (this._scene && !this._started) {
      this._started = true;
      void this._start();
    }
    const w = this._scene?.visible;
    if (
      w &&
      (!this._lastWindow || w.start !== this._lastWindow.start || w.end !== this._lastWindow.end)
    ) {
      // The first window is the default view: only a change from it goes into the link.
      if (this._lastWindow && !this._restoring) this._scheduleLinkWrite();
      this._lastWindow = w;
      this.dispatchEvent(new AnnalsRangeChangeEvent(new Date(w.start), new Date(w.end)));
    }
  }

  /** First draw: a deep link wins, then `start-at`, then the whole span. */
  private async _start() {
    const link = this.deepLink ? HashController.read(this.deepLink) : {};
    if (link.selected || link.from) return this._restore(link, true);
    if (this.startAt) {
      const event = this._byId.get(this.startAt);
      if (event) this._focusId = event.id;
      try {
        if (event) return await this._showSpan(event.startTime, event.endTime, false);
        const d = toCivilDate(this.startAt);
        if (!d.ok) throw new RangeError(d.reason);
        return await this._showSpan(d.date.time, endTime(d.date), false);
      } catch (error) {
        console.warn(
          `annals-timeline: start-at "${this.startAt}" is neither an event id nor a date (${(error as Error).message})`,
        );
      }
    }
  }

  /** Applies a deep link (on load, or when the reader goes back or forward). */
  private async _restore(state: LinkState, initial: boolean) {
    this._restoring = true;
    try {
      if ('selected' in state || !initial) {
        const id = state.selected ?? null;
        if (id && !this._byId.has(id))
          console.warn(`annals-timeline: the link names no event "${id}"`);
        this._select(id && this._byId.has(id) ? id : null, false);
        if (this.selected) this._focusId = this.selected;
      }
      if (state.from && state.to) await this.zoomTo(state.from, state.to, { animate: false });
      else if (!initial) await this.fit({ animate: false });
    } finally {
      this._restoring = false;
    }
  }

  private _parseTime(value: DateLike): number {
    if (value instanceof Date) return value.getTime();
    const parsed = toCivilDate(value);
    if (!parsed.ok)
      throw new RangeError(`annals-timeline: cannot read the date "${value}": ${parsed.reason}`);
    return parsed.date.time;
  }

  private async _settled() {
    await this.updateComplete;
  }

  private async _centre(time: number, animate = true) {
    if (!this._axis || this.orientation === 'vertical') return this._scrollToTime(time);
    const t = transformCentredOn(this._axis, this._zoom.current(), time, this._length);
    await this._zoom.set(t, animate);
    await this._settled();
  }

  private _scrollToTime(time: number) {
    if (!this._axis) return;
    const y = this._axis.scale(time);
    const vp = this.renderRoot.querySelector<HTMLElement>('.viewport');
    const top =
      (vp?.getBoundingClientRect().top ?? 0) + globalThis.scrollY + y - globalThis.innerHeight / 3;
    globalThis.scrollTo?.({ top, behavior: 'auto' });
  }

  /**
   * Goes to an event (by id: centres and selects it) or to a date (centres it). Resolves when
   * drawn. Throws a RangeError for an unknown id or unreadable date.
   */
  async goTo(idOrDate: DateLike, options: NavigateOptions = {}): Promise<void> {
    await this._settled();
    const event = typeof idOrDate === 'string' ? this._byId.get(idOrDate) : undefined;
    if (event) {
      this._select(event.id, true);
      this._focusId = event.id;
      return this._centre(event.startTime, options.animate ?? true);
    }
    return this._centre(this._parseTime(idOrDate), options.animate ?? true);
  }

  /** Shows the span from `start` to `end` (within the zoom limits). Resolves when drawn. */
  async zoomTo(start: DateLike, end: DateLike, options: NavigateOptions = {}): Promise<void> {
    await this._settled();
    if (!this._axis) return;
    const a = this._parseTime(start);
    const b = this._parseTime(end);
    if (this.orientation === 'vertical') return this._scrollToTime(Math.min(a, b));
    const t = transformForWindow(
      this._axis,
      { start: Math.min(a, b), end: Math.max(a, b) },
      this._length,
    );
    await this._zoom.set(t, options.animate ?? true);
    await this._settled();
  }

  /** Shows the whole span. Resolves when drawn. */
  async fit(options: NavigateOptions = {}): Promise<void> {
    await this._settled();
    if (this.orientation === 'vertical') return this._scrollToTime(this._axis?.domain[0] ?? 0);
    await this._zoom.set(IDENTITY, options.animate ?? true);
    await this._settled();
  }

  /**
   * Zooms in (factor > 1) or out (< 1), keeping `options.around` (a date) where it is on screen;
   * by default the centre. Resolves when drawn.
   */
  async zoomBy(
    factor: number,
    options: NavigateOptions & { around?: DateLike } = {},
  ): Promise<void> {
    await this._settled();
    if (this.orientation === 'vertical') return;
    const c = this._zoom.current();
    const at =
      options.around !== undefined && this._axis
        ? Math.min(
            this._length,
            Math.max(0, c.k * this._axis.scale(this._parseTime(options.around)) + c.x),
          )
        : this._length / 2;
    const k = c.k * factor;
    await this._zoom.set({ k, x: at - ((at - c.x) / c.k) * k }, options.animate ?? true);
    await this._settled();
  }

  /** Keyboard zoom keeps the focused event in place, so focus stays on something drawn. */
  private _zoomKey(factor: number) {
    const focused = this._focusId ? this._byId.get(this._focusId) : undefined;
    void this.zoomBy(factor, focused ? { around: new Date(focused.startTime) } : {});
  }

  /** Selects and shows the next visible event after the selected (or focused) one. */
  next(): Promise<void> {
    return this._step(1);
  }

  /** Selects and shows the previous visible event. */
  previous(): Promise<void> {
    return this._step(-1);
  }

  private get _visibleEvents(): readonly TimelineEvent[] {
    if (!this._hidden.length) return this._data.events;
    return this._data.events.filter((e) => !e.category || !this._hidden.includes(e.category));
  }

  private _neighbour(from: string | null, direction: 1 | -1): TimelineEvent | undefined {
    const list = this._visibleEvents;
    if (!list.length) return undefined;
    const i = from ? list.findIndex((e) => e.id === from) : -1;
    if (i >= 0) return list[Math.min(list.length - 1, Math.max(0, i + direction))];
    // The current event is hidden (its category is off): step from its place in time.
    const current = from ? this._byId.get(from) : undefined;
    if (!current) return direction > 0 ? list[0] : list[list.length - 1];
    const after = list.findIndex((e) => e.startTime > current.startTime);
    if (direction > 0) return after < 0 ? list[list.length - 1] : list[after];
    return after < 0 ? list[list.length - 1] : list[Math.max(0, after - 1)];
  }

  private async _step(direction: 1 | -1) {
    const e = this._neighbour(this.selected ?? this._focusId, direction);
    if (e) await this.goTo(e.id);
  }

  private _select(id: string | null, fromUser: boolean) {
    if (id === this.selected) return;
    this._ownSelection = true;
    this.selected = id;
    const event = this.selectedEvent;
    this.dispatchEvent(new AnnalsSelectEvent(id, event));
    if (fromUser) this._link.write({ selected: id }, true);
  }

  private _scheduleLinkWrite() {
    if (!this.deepLink) return;
    clearTimeout(this._linkTimer);
    this._linkTimer = window.setTimeout(() => {
      const w = this._scene?.visible;
      if (w) this._link.write({ from: fromTime(w.start).iso, to: fromTime(w.end).iso }, false);
    }, 250);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this._linkTimer);
  }

  /** Moves keyboard focus to an event, bringing it into view first. */
  private async _focusEvent(e: TimelineEvent | undefined) {
    if (!e) return;
    this._focusId = e.id;
    const item = this._scene?.items.find((it) => it.id === e.id);
    const inView = item && item.x >= 0 && item.x <= this._length;
    if (!inView) await this._centre(e.startTime, true);
    await this._settled();
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(e.id)}"]`);
    // The drawing cannot scroll (overflow: clip), so focusing scrolls only the page, as needed.
    button?.focus();
  }

  private _onKeydown(ev: KeyboardEvent) {
    const current = this._focusId ?? this.selected;
    const handled = (() => {
      switch (ev.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          void this._focusEvent(this._neighbour(current, 1));
          return true;
        case 'ArrowLeft':
        case 'ArrowUp':
          void this._focusEvent(this._neighbour(current, -1));
          return true;
        case 'Home':
          void this._focusEvent(this._visibleEvents[0]);
          return true;
        case 'End':
          void this._focusEvent(this._visibleEvents.at(-1));
          return true;
        case '+':
        case '=':
          this._zoomKey(2);
          return true;
        case '-':
        case '_':
          this._zoomKey(0.5);
          return true;
        case '0':
          void this.fit();
          return true;
        default:
          return false;
      }
    })();
    if (handled) {
      ev.preventDefault();
      ev.stopPropagation();
    }
  }

  /** Escape closes the card from anywhere in the timeline; focus returns to the event. */
  private _onRegionKeydown(ev: KeyboardEvent) {
    if (ev.key !== 'Escape' || this.selected === null) return;
    const id = this.selected;
    const fromCard = ev
      .composedPath()
      .some((n) => n instanceof Element && n.localName === 'annals-event-card');
    this._select(null, true);
    ev.preventDefault();
    if (fromCard) {
      this._focusId = id;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus(),
      );
    }
  }

  private _onEventClick(id: string) {
    this._focusId = id;
    this._select(id, true);
  }

  private _onToggle(ev: AnnalsCategoryToggleEvent) {
    const hidden = new Set(this._hidden);
    if (ev.visible) hidden.delete(ev.category);
    else hidden.add(ev.category);
    this._hidden = [...hidden];
    const sel = this.selectedEvent;
    if (sel?.category && hidden.has(sel.category)) this._select(null, true);
  }

  private _onOverview(ev: AnnalsWindowRequestEvent) {
    const k = this._zoom.current().k;
    void this._zoom.set({ k, x: -ev.window.start * this._length * k }, false);
  }

  private _onGoToDate(ev: Event) {
    ev.preventDefault();
    const input = (ev.target as HTMLFormElement).elements.namedItem('date') as HTMLInputElement;
    const parsed = toCivilDate(input.value);
    if (!parsed.ok) {
      this._dateError = `Cannot go to “${input.value}”: ${parsed.reason}.`;
      return;
    }
    this._dateError = '';
    this._dateNote = '';
    const d = parsed.date;
    // A date inside a compressed gap would zoom into the stripes: show the break with what lies
    // on both sides of it, and say why.
    const gap = this._axis?.breaks.find((b) => d.time >= b.start && d.time < b.end);
    if (gap && this.orientation === 'horizontal') {
      const from = formatDate(fromTime(gap.start, 'year'), this._locale);
      const to = formatDate(fromTime(gap.end, 'year'), this._locale);
      this._dateNote = `Nothing is recorded from ${from} to ${to}: the striped break on the axis stands for those years.`;
      const margin = (gap.end - gap.start) / 4;
      void this.zoomTo(new Date(gap.start - margin), new Date(gap.end + margin));
      return;
    }
    void this._showSpan(d.time, endTime(d));
  }

  /**
   * Shows a span with as much again on each side: '2013-05' shows April to June, the 10–11 May
   * visit shows 8 to 14 May. Used by `start-at` and the go-to control.
   */
  private _showSpan(start: number, end: number, animate = true) {
    const length = end - start;
    return this.zoomTo(new Date(start - length), new Date(end + length), { animate });
  }

  private _onSearch(ev: Event) {
    this._query = (ev.target as HTMLInputElement).value;
    this._matchIndex = -1;
  }

  private async _stepMatch(direction: 1 | -1) {
    if (!this._matches.length) return;
    const n = this._matches.length;
    // -1: not stepped yet since the query changed, so the first step lands on the first (or last) match.
    this._matchIndex =
      this._matchIndex < 0 ? (direction > 0 ? 0 : n - 1) : (this._matchIndex + direction + n) % n;
    await this.goTo(this._matches[this._matchIndex]!);
  }

  override render() {
    const title = this.label ?? (this._data.title || 'Timeline');
    const empty = this._data.events.length === 0;
    return html`<section
      part="base"
      role="region"
      aria-label=${title}
      aria-roledescription="timeline"
      @keydown=${this._onRegionKeydown}
    >
      <slot name="header"
        >${this._data.title ? heading(this.headingLevel, this._data.title, 'title') : nothing}</slot
      >
      ${this.noToolbar || empty ? nothing : this._renderToolbar()}
      ${empty ? html`<p class="empty" part="empty">No events to show.</p>` : this._renderViewport()}
      ${
        empty || this.noOverview || this.orientation === 'vertical'
          ? nothing
          : html`<annals-overview
              .marks=${this._marks}
              .window=${this._overviewWindow()}
              @annals-window-request=${this._onOverview}
            ></annals-overview>`
      }
      ${this._problems.length ? this._renderProblems() : nothing}
      <div class="sr-only" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      <annals-event-card
        ?hidden=${!this.selectedEvent}
        .event=${this.selectedEvent}
        .categories=${this._data.categories}
        locale=${this._locale ?? nothing}
        heading-level=${Math.min(6, this.headingLevel + 1)}
        closable
        @annals-close=${() => this._select(null, true)}
      ></annals-event-card>
      <slot name="footer"></slot>
    </section>`;
  }

  private _overviewWindow() {
    const t = this._transform;
    const L = this._length;
    return { start: -t.x / t.k / L, end: (L - t.x) / t.k / L };
  }

  private _renderToolbar() {
    const hasMatches = this._matches.length > 0;
    const k = this._transform.k;
    return html`<div class="toolbar" part="toolbar">
      <div class="group" role="group" aria-label="Events">
        <button @click=${() => this.previous()} aria-label="Previous event" title="Previous event">
          ‹ Previous
        </button>
        <button @click=${() => this.next()} aria-label="Next event" title="Next event">
          Next ›
        </button>
      </div>
      ${
        this.orientation === 'horizontal'
          ? html`<div class="group" role="group" aria-label="Zoom">
              <button
                @click=${() => this.zoomBy(0.5)}
                ?disabled=${k <= this._limits.minK + 1e-9}
                aria-label="Zoom out"
                title="Zoom out (−)"
              >
                −
              </button>
              <button
                @click=${() => this.zoomBy(2)}
                ?disabled=${k >= this._limits.maxK - 1e-9}
                aria-label="Zoom in"
                title="Zoom in (+)"
              >
                +
              </button>
              <button @click=${() => this.fit()} aria-label="Fit all events" title="Show all (0)">
                Fit
              </button>
            </div>`
          : nothing
      }
      <form class="group" @submit=${this._onGoToDate}>
        <label for="goto">Go to</label>
        <input
          id="goto"
          name="date"
          placeholder="YYYY-MM-DD"
          autocomplete="off"
          aria-invalid=${this._dateError ? 'true' : 'false'}
          aria-describedby="goto-message"
        />
        <button type="submit">Go</button>
      </form>
      <div class="group" role="search">
        <label for="search" class="sr-only">Search events</label>
        <input
          id="search"
          type="search"
          placeholder="Search"
          .value=${this._query}
          @input=${this._onSearch}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), this._stepMatch(e.shiftKey ? -1 : 1))}
        />
        <button
          @click=${() => this._stepMatch(-1)}
          ?disabled=${!hasMatches}
          aria-label="Previous match"
        >
          ↑
        </button>
        <button @click=${() => this._stepMatch(1)} ?disabled=${!hasMatches} aria-label="Next match">
          ↓
        </button>
        <span class="hint" aria-live="polite"
          >${
            this._query.trim()
              ? hasMatches
                ? `${this._matchIndex + 1 > 0 ? `${this._matchIndex + 1} of ` : ''}${this._matches.length} found`
                : 'No matches'
              : ''
          }</span
        >
      </div>
      ${
        this._data.categories.length > 1
          ? html`<annals-legend
              .categories=${this._data.categories}
              .hiddenCategories=${this._hidden}
              @annals-category-toggle=${this._onToggle}
            ></annals-legend>`
          : nothing
      }
      <span id="goto-message" class=${this._dateError ? 'error' : 'hint'} role="status"
        >${this._dateError || this._dateNote}</span
      >
    </div>`;
  }

  private _renderViewport() {
    const scene = this._scene;
    if (!scene) return html`<div class="viewport" part="viewport" style="height:120px"></div>`;
    const vertical = scene.orientation === 'vertical';
    const lane = this._laneHeight;
    const rows = Math.max(1, scene.lanes);
    const bottom = scene.items.reduce((b, it) => Math.max(b, it.labelEnd), 0);
    const size = vertical
      ? `height:${Math.max(scene.length, bottom + 8)}px;--_axis-size:${VERTICAL_AXIS}px`
      : `height:${ERA_LABEL * (scene.eras.length ? 1 : 0) + rows * lane + AXIS_SIZE + 8}px`;
    const focusId = scene.items.some((i) => i.id === this._focusId)
      ? this._focusId
      : (scene.items.find((i) => i.id === this.selected)?.id ?? scene.items[0]?.id);
    const total = this._positions.size;
    const catIndex = new Map(this._data.categories.map((c, i) => [c.id, i]));
    const matches = new Set(this._matches);
    const along = (a: number, b: number) =>
      vertical ? `top:${a}px;height:${b - a}px` : `left:${a}px;width:${b - a}px`;
    return html`<div
      class="viewport ${vertical ? 'vertical' : 'horizontal'}"
      part="viewport"
      style=${size}
      tabindex=${scene.items.length ? '-1' : '0'}
      aria-label=${
        scene.items.length
          ? nothing
          : this._positions.size
            ? 'No events in view; use the arrow keys to move to the next one'
            : 'Every category is hidden; show one in the legend'
      }
      @keydown=${this._onKeydown}
      @focusin=${() => (this._listFocused = true)}
      @focusout=${(e: FocusEvent) => {
        if (e.relatedTarget !== null) this._listFocused = false;
      }}
    >
      ${scene.breaks.map((b) => html`<div class="break-band" aria-hidden="true" style=${along(b.x, b.x2)}></div>`)}
      ${scene.eras.map(
        (e) =>
          html`<div
            class="era"
            part="era"
            style=${along(Math.max(-2, e.x), Math.min(scene.length + 2, e.x2))}
          >
            <span>${e.title}</span>
          </div>`,
      )}
      <ol part="events" aria-label="Events in date order">
        ${repeat(
          scene.items,
          (it) => it.id,
          (it) =>
            this._renderItem(
              it,
              lane,
              focusId,
              total,
              catIndex,
              matches,
              vertical,
              scene.eras.length > 0,
            ),
        )}
      </ol>
      <annals-axis
        .ticks=${scene.ticks.ticks}
        .breaks=${scene.breaks}
        orientation=${scene.orientation}
      ></annals-axis>
    </div>`;
  }

  private _readLaneHeight(): number {
    const v = parseFloat(getComputedStyle(this).getPropertyValue('--annals-lane-height'));
    return Number.isFinite(v) && v > 0 ? v : 44;
  }

  private _renderItem(
    it: SceneItem,
    lane: number,
    focusId: string | null | undefined,
    total: number,
    catIndex: Map<string, number>,
    matches: Set<string>,
    vertical: boolean,
    eras: boolean,
  ) {
    const e = this._data.events[it.index]!;
    const ci = e.category !== undefined ? catIndex.get(e.category) : undefined;
    const color =
      ci !== undefined ? categoryColor(ci, this._data.categories[ci]!.color) : undefined;
    const position = this._positions.get(e.id) ?? 0;
    const classes = `event ${it.anchor === 'end' ? 'end' : ''} ${matches.has(e.id) ? 'match' : ''} ${this._query.trim() && !matches.has(e.id) ? 'dim' : ''}`;
    let date = this._dates.get(e.id);
    if (date === undefined) {
      date = formatRange(e.start, e.end, this._locale);
      this._dates.set(e.id, date);
    }
    const g = vertical ? this._verticalBox(it) : this._horizontalBox(it, lane, eras);
    return html`<li
      style="transform:translate(${g.left}px,${g.top}px)"
      aria-posinset=${position}
      aria-setsize=${total}
    >
      <button
        class=${classes}
        part="event"
        data-id=${e.id}
        tabindex=${e.id === focusId ? '0' : '-1'}
        aria-current=${e.id === this.selected ? 'true' : nothing}
        style="${g.box}${color ? `--_color:${color}` : ''}"
        @click=${() => this._onEventClick(e.id)}
        @focus=${() => (this._focusId = e.id)}
      >
        ${
          it.x2 !== null
            ? html`<span class="bar" part="bar" style=${g.mark}></span>`
            : html`<span class="mark" part="marker" style=${g.mark}></span>`
        }
        ${g.period ? html`<span class="period" part="period" style=${g.period}></span>` : nothing}
        ${g.leader ? html`<span class="leader" style=${g.leader}></span>` : nothing}
        <span class="label" part="label" style=${g.label}
          >${e.title}<time class="sr-only" datetime=${ifDefined(htmlDatetime(e.start))}
            >, ${date}</time
          ></span
        >
      </button>
    </li>`;
  }

  /** Where an item's button, mark and label go in the horizontal layout: lanes stack downwards. */
  private _horizontalBox(it: SceneItem, lane: number, eras: boolean): ItemBox {
    const m = DEFAULT_METRICS;
    const left = Math.min(it.x - m.marker, it.labelStart);
    const right = Math.max(it.x2 ?? it.period ?? it.x + m.marker, it.labelEnd);
    return {
      left,
      top: (eras ? ERA_LABEL : 0) + it.lane * lane + 4,
      box: `width:${right - left}px;`,
      mark:
        it.x2 !== null
          ? `left:${it.x - left}px;width:${Math.max(4, it.x2 - it.x)}px`
          : `left:${it.x - left}px`,
      label: `left:${it.labelStart - left}px;width:${it.labelEnd - it.labelStart}px`,
      period: it.period !== null ? `left:${it.x - left}px;width:${it.period - it.x}px` : undefined,
    };
  }

  /**
   * The vertical layout: the mark sits on the axis at its true time; the label may sit lower,
   * joined to it by a leader.
   */
  private _verticalBox(it: SceneItem): ItemBox {
    const m = DEFAULT_METRICS;
    const left = VERTICAL_AXIS + 4;
    const top = Math.min(it.x - m.marker, it.labelStart);
    const bottom = Math.max((it.x2 ?? it.x) + m.marker, it.labelEnd);
    return {
      left,
      top,
      box: `width:${Math.max(60, this._size.width - left - 8)}px;height:${bottom - top}px;`,
      mark:
        it.x2 !== null
          ? `top:${it.x - top}px;height:${Math.max(4, it.x2 - it.x)}px`
          : `top:${it.x - top - m.marker}px`,
      leader:
        it.labelStart > it.x
          ? `top:${it.x - top}px;height:${it.labelStart - it.x + 8}px`
          : undefined,
      label: `top:${it.labelStart - top}px`,
      period: it.period !== null ? `top:${it.x - top}px;height:${it.period - it.x}px` : undefined,
    };
  }

  private _renderProblems() {
    const n = this._problems.length;
    return html`<details class="problems" part="problems">
      <summary>
        ${n === 1 ? '1 problem' : `${n} problems`} in the data: some items were dropped or changed
      </summary>
      <ul>
        ${this._problems.map((p) => html`<li>${formatProblem(p)}</li>`)}
      </ul>
    </details>`;
  }
}
