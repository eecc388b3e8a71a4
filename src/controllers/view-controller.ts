import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { drawingLength, fitAxis, type FittedAxis, type Orientation } from '../core/scene.js';
import { IDENTITY, type ViewTransform } from '../core/scale.js';
import type { Dataset } from '../core/types.js';
import { zoomAround } from '../core/navigation.js';
import {
  clampTransform,
  transformCentredOn,
  transformForWindow,
  windowOf,
  zoomLimits,
  type TimeWindow,
  type ZoomLimits,
} from '../core/viewport.js';

/** A wheel that moves mostly sideways, without Ctrl/⌘ (which make any wheel a zoom). */
const sideways = (w: WheelEvent) =>
  !w.ctrlKey && !w.metaKey && Math.abs(w.deltaX) > Math.abs(w.deltaY);

/** What the view is fitted to; the host passes it on every update. */
export interface ViewInput {
  readonly dataset: Dataset;
  /** The drawing's width in px (0 while hidden). */
  readonly width: number;
  readonly orientation: Orientation;
  readonly gaps: boolean;
  readonly minZoom: number;
  readonly maxZoom: number;
  /** Right to left: the horizontal drawing is mirrored (time runs leftwards). */
  readonly rtl?: boolean;
}

export interface ViewOptions {
  /** Whether a wheel without Ctrl/⌘ may zoom (the host has focus). */
  wheelWithoutModifier(): boolean;
  /** The visible range changed; called at most once a frame. */
  onRange(window: TimeWindow): void;
  /** A movement (gesture, animation, navigation or refit) has ended. */
  onSettle(window: TimeWindow): void;
}

const prefersReducedMotion = () =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

const toD3 = (t: ViewTransform) => zoomIdentity.translate(t.x, 0).scale(t.k);

/**
 * The one owner of the view: the fitted axis, the zoom limits, the transform, the drawing's length
 * and the orientation. Changes flow one way. A gesture (d3-zoom) or a method (`show`, `zoomBy`,
 * …) hands a transform to d3-zoom's public `zoom.transform`; d3-zoom's `zoom` event is the only
 * place the transform is stored; the host then lays out a new Scene and renders it; range events
 * leave at most once a frame. Nothing writes back, so nothing needs guarding against echoes.
 */
export class ViewController implements ReactiveController {
  axis: FittedAxis | null = null;
  limits: ZoomLimits = { minK: 1, maxK: 1 };
  transform: ViewTransform = IDENTITY;
  length = 1;
  orientation: Orientation = 'horizontal';
  /**
   * Whether the drawing is mirrored (right to left, horizontal): d3-zoom then sees pointers on the
   * unmirrored element, so its transform is the mirror image of the view's.
   */
  private _mirrored = false;

  private readonly _behavior: ZoomBehavior<HTMLElement, unknown>;
  private _target: Selection<HTMLElement, unknown, null, undefined> | null = null;
  private _detached: HTMLElement | null = null;
  private _input: ViewInput | null = null;
  private _animation: {
    frame: number;
    to: ViewTransform;
    promise: Promise<void>;
    done: () => void;
  } | null = null;
  private _gesture = false;
  /** The timer that ends a sideways swipe once its wheel events stop. */
  private _swipeEnd: ReturnType<typeof setTimeout> | undefined;
  private _gate = 0;
  private _gatePending = false;
  /** A settle is still to be told (or found to move nothing) once the host has drawn. */
  settling = false;
  private _sent: TimeWindow | null = null;
  /** The range last told as settled: a press that moves nothing tells nothing. */
  private _settledAt: TimeWindow | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ViewOptions,
  ) {
    host.addController(this);
    this._behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        if (this.orientation !== 'horizontal') return false;
        // A sideways swipe pans (`_swipe`), never zooms.
        if (event.type === 'wheel')
          return !sideways(event as WheelEvent) && this._takesWheel(event as WheelEvent);
        const m = event as MouseEvent;
        // A press in a text field or on a link is not the start of a pan.
        const onControl = (event.target as Element | null)?.closest?.('input, select, textarea, a');
        return !m.ctrlKey && !m.button && !onControl;
      })
      .wheelDelta(
        (event: WheelEvent) =>
          -event.deltaY *
          (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
          (event.ctrlKey ? 5 : 1),
      )
      // The extent is the drawing's length, which the view already knows: d3-zoom's default
      // reads the element's size, a forced layout on every step.
      .extent(() => [
        [0, 0],
        [this.length, 1],
      ])
      .constrain((t) => this._toD3(this.constrain(this._fromD3(t))))
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (event.sourceEvent) {
          this._gesture = true;
          this.stop();
        }
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this._store(this._fromD3(event.transform));
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (event.sourceEvent) {
          this._gesture = false;
          this._settleSoon();
        }
      });
  }

  /** Whether a wheel zooms the timeline (across, with Ctrl/⌘ or while it has focus), not the page. */
  private _takesWheel(w: WheelEvent): boolean {
    return (
      this.orientation === 'horizontal' &&
      (w.ctrlKey || w.metaKey || this.options.wheelWithoutModifier())
    );
  }

  /** The visible range of time, or null before the first fit. */
  get window(): TimeWindow | null {
    return this.axis ? windowOf(this.axis, this.transform, this.length) : null;
  }

  /** A movement is under way (a gesture or an animation). */
  get moving(): boolean {
    return this._gesture || this._animation !== null;
  }

  /** Keeps a transform inside the zoom limits, with the content covering the axis. */
  constrain(t: ViewTransform): ViewTransform {
    return clampTransform(t, this.length, this.limits);
  }

  /**
   * Fits the view to the host's input. A new dataset starts from the whole span, unless the reader
   * had moved the view to a window within the new one's; a new size, gap setting or orientation
   * keeps the window the reader was looking at; new zoom limits re-clamp.
   * Returns whether anything changed.
   */
  update(input: ViewInput): boolean {
    const last = this._input;
    this._input = input;
    const orientation = input.orientation;
    const length = drawingLength(orientation, input.width, input.dataset.events.length);
    const refit =
      !this.axis ||
      !last ||
      last.dataset !== input.dataset ||
      last.gaps !== input.gaps ||
      this.length !== length ||
      this.orientation !== orientation;
    const relimit = refit || last.minZoom !== input.minZoom || last.maxZoom !== input.maxZoom;
    const mirrored = orientation === 'horizontal' && !!input.rtl;
    const remirror = mirrored !== this._mirrored;
    this._mirrored = mirrored;
    if (!relimit) {
      // The direction changed: d3-zoom's copy of the transform is mirrored anew.
      if (remirror) this._apply(this.transform);
      return false;
    }
    // Where the view is going, not where a movement under way has reached (Fit halfway there).
    const to = this.target;
    const was = refit && last && this.axis ? windowOf(this.axis, to, this.length) : null;
    // The reader had zoomed or panned: new data (a live page's next event) keeps that window if
    // it lies within the new span; other data (another story) starts from the whole span.
    const zoomed = to.k > 1;
    // New data is a new view to tell the page of, even over the same range.
    if (last && last.dataset !== input.dataset) this._settledAt = null;
    if (refit) {
      this.stop();
      this.axis = fitAxis(input.dataset, length, input.gaps);
      this.length = length;
      this.orientation = orientation;
    }
    const axis = this.axis!;
    const [lo, hi] = axis.domain;
    const keep =
      was && (last!.dataset === input.dataset || (zoomed && was.start >= lo && was.end <= hi))
        ? was
        : null;
    this.limits = zoomLimits(axis, length, axis.precision, {
      minZoom: input.minZoom,
      maxZoom: input.maxZoom,
    });
    // d3-zoom clamps the scale before it keeps the point under the cursor: the last wheel step
    // before the limit then holds that point, instead of clamping afterwards and jumping.
    this._behavior.scaleExtent([this.limits.minK, this.limits.maxK]);
    const next =
      refit && !keep
        ? IDENTITY
        : keep
          ? transformForWindow(axis, keep, length, this.limits)
          : this.transform;
    this._apply(this.constrain(next));
    this._settleSoon();
    return true;
  }

  /** Shows `[start, end]` (within the limits); a zero-width window shows its date at the finest zoom. */
  show(window: TimeWindow, animate = true): Promise<void> {
    if (!this.axis) return Promise.resolve();
    return this.set(transformForWindow(this.axis, window, this.length, this.limits), animate);
  }

  /** Centres a time at the current zoom. */
  centre(time: number, animate = true): Promise<void> {
    if (!this.axis) return Promise.resolve();
    return this.set(transformCentredOn(this.axis, this.target, time, this.length), animate);
  }

  /** Where the view is going: a running animation's end, else where it is. Steps build on it. */
  get target(): ViewTransform {
    return this._animation?.to ?? this.transform;
  }

  /** Zooms by `factor`, keeping the point `at` px along the axis where it is (default: the centre). */
  zoomBy(factor: number, at = this.length / 2, animate = true): Promise<void> {
    return this.set(zoomAround(this.target, factor, at, this.limits, this.length), animate);
  }

  /** Shows the fraction `start` of the fitted axis at the left edge, at the current zoom (overview drags). */
  panToFraction(start: number): Promise<void> {
    const k = this.target.k;
    return this.set({ k, x: -start * this.length * k }, false);
  }

  /**
   * Moves to a transform, animated unless `animate` is false or the reader prefers reduced motion.
   * Resolves when the last frame has been handed to d3-zoom.
   */
  set(t: ViewTransform, animate = true): Promise<void> {
    const to = this.constrain(t);
    // Asked again for where it is already going: the same movement, not a restart.
    const running = this._animation;
    if (animate && running && running.to.k === to.k && running.to.x === to.x)
      return running.promise;
    this.stop();
    const from = this.transform;
    if (
      !animate ||
      prefersReducedMotion() ||
      !this._target ||
      (from.k === to.k && from.x === to.x)
    ) {
      this._apply(to);
      this._settleSoon();
      return Promise.resolve();
    }
    // Interpolate the visible stretch of the fitted axis, so a zoom feels like moving its edges.
    const w = this.length;
    const [a0, b0] = [-from.x / from.k, (w - from.x) / from.k];
    const [a1, b1] = [-to.x / to.k, (w - to.x) / to.k];
    const duration = 320;
    const begin = performance.now();
    let settle!: () => void;
    const promise = new Promise<void>((resolve) => (settle = resolve));
    {
      const resolve = settle;
      const done = () => {
        this._animation = null;
        this._settleSoon();
        resolve();
      };
      const step = (now: number) => {
        const p = Math.min(1, (now - begin) / duration);
        const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
        const a = a0 + (a1 - a0) * e;
        const b = b0 + (b1 - b0) * e;
        const k = w / (b - a);
        this._apply(p === 1 ? to : { k, x: -a * k });
        if (p < 1 && this._animation) this._animation.frame = requestAnimationFrame(step);
        else done();
      };
      this._animation = { frame: requestAnimationFrame(step), to, promise, done };
    }
    return promise;
  }

  /** Ends a running animation where it is (or, `finish`, where it was going); its promise resolves. */
  stop(finish?: boolean) {
    const a = this._animation;
    if (!a) return;
    cancelAnimationFrame(a.frame);
    if (finish) this._apply(a.to);
    a.done();
  }

  /** Takes gestures on the element that shows the drawing (call after each render; cheap when unchanged). */
  attach(target: HTMLElement | null | undefined) {
    if (!target || this._target?.node() === target) return;
    this._target?.on('.zoom .limit .pan', null);
    this._target = select(target);
    this._target.call(this._behavior);
    // At a zoom limit d3-zoom leaves the wheel to the browser, which then zooms the whole page
    // for Ctrl + wheel or a trackpad's pinch: that zoom stops at the limit. (A plain wheel there
    // still scrolls the page, as it did.)
    this._target.on(
      'wheel.limit',
      (event: WheelEvent) => {
        if (this._takesWheel(event) && (event.ctrlKey || event.metaKey)) event.preventDefault();
      },
      { passive: false },
    );
    this._target.on('wheel.pan', (event: WheelEvent) => this._swipe(event), { passive: false });
    this._target.on('dblclick.zoom', (event: MouseEvent) => {
      if (this.orientation !== 'horizontal') return;
      const left = event.clientX - target.getBoundingClientRect().left;
      const px = this._mirrored ? this.length - left : left;
      void this.zoomBy(event.shiftKey ? 0.5 : 2, px, true);
    });
    // d3-zoom starts from what is on screen.
    if (
      zoomTransform(target).k !== this._toD3(this.transform).k ||
      zoomTransform(target).x !== this._toD3(this.transform).x
    )
      this._target.call(this._behavior.transform, this._toD3(this.transform));
  }

  /**
   * A sideways swipe on a trackpad, or a tilted wheel, pans as a sideways scroller would (with or
   * without focus: it never scrolls the page). One that would move nothing, at an end of the axis
   * or with the whole span shown, is left to the browser (its back and forward gestures). The
   * range settles once the swipe's wheel events stop.
   */
  private _swipe(w: WheelEvent) {
    if (this.orientation !== 'horizontal' || !sideways(w)) return;
    const px = w.deltaX * (w.deltaMode === 1 ? 16 : w.deltaMode ? this.length : 1);
    const from = this.target;
    const to = this.constrain({ k: from.k, x: from.x + (this._mirrored ? px : -px) });
    if (to.x === from.x) return;
    w.preventDefault();
    this.stop();
    this._gesture = true;
    this._apply(to);
    clearTimeout(this._swipeEnd);
    this._swipeEnd = setTimeout(() => {
      this._gesture = false;
      this._settleSoon();
    }, 150);
  }

  /** Hands a transform to d3-zoom, whose `zoom` event stores it; without a target, stores it directly. */
  private _apply(t: ViewTransform) {
    if (this._target) this._target.call(this._behavior.transform, this._toD3(t));
    else this._store(t);
  }

  /** The view's transform as d3-zoom holds it (mirrored right to left: x' = L − x − kL). */
  private _toD3(t: ViewTransform) {
    return this._mirrored ? toD3({ k: t.k, x: this.length - t.x - t.k * this.length }) : toD3(t);
  }

  /** d3-zoom's transform as the view's. */
  private _fromD3(t: { k: number; x: number }): ViewTransform {
    return this._mirrored
      ? { k: t.k, x: this.length - t.x - t.k * this.length }
      : { k: t.k, x: t.x };
  }

  private _store(t: ViewTransform) {
    if (t.k === this.transform.k && t.x === this.transform.x) return;
    this.transform = { k: t.k, x: t.x };
    this.host.requestUpdate();
  }

  /** Tells the range settled once the host has drawn, even if it was told before. */
  settleAgain() {
    this._settledAt = null;
    this._settleSoon();
  }

  private _settleSoon() {
    this.settling = true;
    this.host.requestUpdate();
  }

  /**
   * Sends range events after the host has drawn: a change leaves at once, and opens a one-frame
   * gate; changes during that frame wait for it to close, so at most one leaves per frame. A
   * settle leaves after the last change, once nothing moves.
   */
  private _flush() {
    if (this._gate) {
      this._gatePending = true;
      return;
    }
    const w = this.window;
    // No data yet: the placeholder axis is no range to tell the page about.
    if (!w || !this._input?.dataset.events.length) return;
    if (!this._sent || this._sent.start !== w.start || this._sent.end !== w.end) {
      this._sent = w;
      this.options.onRange(w);
      this._gate = requestAnimationFrame(() => {
        this._gate = 0;
        if (this._gatePending) {
          this._gatePending = false;
          this._flush();
        }
      });
      if (this.moving) return;
    }
    if (this.settling && !this.moving) {
      this.settling = false;
      const last = this._settledAt;
      if (last && last.start === w.start && last.end === w.end) return;
      this._settledAt = w;
      this.options.onSettle(w);
    }
  }

  hostUpdated() {
    this._flush();
  }

  hostConnected() {
    // Moved in the DOM: take up gestures again on the same element, which keeps its transform.
    const node = this._detached;
    this._detached = null;
    if (node?.isConnected) this.attach(node);
  }

  hostDisconnected() {
    // Moved in the DOM (a framework's list, a full-screen box) as it went: it ends where it went.
    this.stop(true);
    clearTimeout(this._swipeEnd);
    this._gesture = false;
    cancelAnimationFrame(this._gate);
    this._gate = 0;
    this._detached = this._target?.node() ?? null;
    this._target?.on('.zoom .limit .pan', null);
    this._target = null;
  }
}
