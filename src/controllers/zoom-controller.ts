import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ViewTransform } from '../core/scale.js';

export interface ZoomOptions {
  /** Keeps a transform inside the zoom limits and the content on screen. */
  constrain(t: ViewTransform): ViewTransform;
  /** Called for every new transform, from a gesture or from `set()`. */
  onChange(t: ViewTransform): void;
  /** Whether a wheel without Ctrl/⌘ may zoom (the host has focus). */
  wheelWithoutModifier(): boolean;
}

const prefersReducedMotion = () =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Zoom and pan along x with d3-zoom: wheel or trackpad (with Ctrl/⌘, or while the host has focus,
 * so the page still scrolls), drag, pinch and double-click or double-tap. d3-zoom's listeners
 * live on the target element; `hostDisconnected` removes them.
 */
export class ZoomController implements ReactiveController {
  private _behavior: ZoomBehavior<HTMLElement, unknown>;
  private _target: Selection<HTMLElement, unknown, null, undefined> | null = null;
  private _frame = 0;
  private _settle: (() => void) | null = null;
  private _detached: HTMLElement | null = null;
  /** Whether gestures are handled (off in the vertical layout, where the page scrolls). */
  enabled = true;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this._behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        if (!this.enabled) return false;
        if (event.type === 'wheel') {
          const w = event as WheelEvent;
          return w.ctrlKey || w.metaKey || this.options.wheelWithoutModifier();
        }
        const m = event as MouseEvent;
        // A press in a text field or on a link is not the start of a pan (event buttons are: a
        // drag that starts on one pans, a press without movement still clicks it).
        const onControl = (event.target as Element | null)?.closest?.('input, select, textarea, a');
        return !m.ctrlKey && !m.button && !onControl;
      })
      .wheelDelta(
        (event: WheelEvent) =>
          -event.deltaY *
          (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
          (event.ctrlKey ? 5 : 1),
      )
      .constrain((transform) => {
        const t = this.options.constrain({ k: transform.k, x: transform.x });
        return zoomIdentity.translate(t.x, 0).scale(t.k);
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.options.onChange({ k: event.transform.k, x: event.transform.x });
      });
  }

  /** Sets the limits of magnification. */
  scaleExtent(min: number, max: number) {
    this._behavior.scaleExtent([min, max]);
  }

  /** Attaches to the element that receives gestures (call after each render; cheap when unchanged). */
  attach(target: HTMLElement | null | undefined) {
    if (!target || this._target?.node() === target) return;
    this._target?.on('.zoom', null);
    this._target = select(target);
    this._target.call(this._behavior).on('dblclick.zoom', null);
    this._target.on('dblclick.zoom', (event: MouseEvent) => {
      if (!this.enabled) return;
      const rect = target.getBoundingClientRect();
      const px = event.clientX - rect.left;
      const current = this.current();
      const k = current.k * (event.shiftKey ? 0.5 : 2);
      const worldX = (px - current.x) / current.k;
      void this.set({ k, x: px - worldX * k }, true);
    });
  }

  /**
   * Tells d3-zoom the transform the host settled on without firing a zoom event (after a resize
   * or a data change clamps the view), so the next gesture starts from what is on screen.
   */
  sync(t: ViewTransform) {
    const node = this._target?.node() as (HTMLElement & { __zoom?: unknown }) | undefined;
    const c = this.current();
    if (node && (c.k !== t.k || c.x !== t.x))
      node.__zoom = zoomIdentity.translate(t.x, 0).scale(t.k);
  }

  /** The transform d3-zoom holds. */
  current(): ViewTransform {
    const node = this._target?.node();
    if (!node) return { k: 1, x: 0 };
    const { k, x } = (node as unknown as { __zoom?: { k: number; x: number } }).__zoom ?? {
      k: 1,
      x: 0,
    };
    return { k, x };
  }

  /**
   * Moves to a transform, animated unless `animate` is false or the reader prefers reduced
   * motion. Resolves when the last frame has been handed to the host.
   */
  set(t: ViewTransform, animate = true): Promise<void> {
    this.stop();
    const target = this._target;
    if (!target) {
      this.options.onChange(this.options.constrain(t));
      return Promise.resolve();
    }
    const apply = (v: ViewTransform) =>
      target.call(this._behavior.transform, zoomIdentity.translate(v.x, 0).scale(v.k));
    const from = this.current();
    const to = this.options.constrain(t);
    if (!animate || prefersReducedMotion() || (from.k === to.k && from.x === to.x)) {
      apply(to);
      return Promise.resolve();
    }
    // Interpolate the visible stretch of the fitted axis, so a zoom feels like moving its edges.
    const w = target.node()!.clientWidth || 1;
    const a0 = -from.x / from.k,
      b0 = (w - from.x) / from.k;
    const a1 = -to.x / to.k,
      b1 = (w - to.x) / to.k;
    const duration = 320;
    const start = performance.now();
    return new Promise<void>((resolve) => {
      this._settle = resolve;
      const step = (now: number) => {
        const p = Math.min(1, (now - start) / duration);
        const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
        const a = a0 + (a1 - a0) * e,
          b = b0 + (b1 - b0) * e;
        const k = w / (b - a);
        apply(p === 1 ? to : { k, x: -a * k });
        if (p < 1) this._frame = requestAnimationFrame(step);
        else {
          this._settle = null;
          resolve();
        }
      };
      this._frame = requestAnimationFrame(step);
    });
  }

  /**
   * Ends a running animation where it is (its promise resolves). Called when the axis is refitted,
   * since the animation's transforms belong to the old axis.
   */
  stop() {
    cancelAnimationFrame(this._frame);
    this._settle?.();
    this._settle = null;
  }

  hostConnected() {
    // Moved in the DOM: take up gestures again on the same element, which keeps its transform.
    const node = this._detached;
    this._detached = null;
    if (node?.isConnected) this.attach(node);
  }

  hostDisconnected() {
    this.stop();
    this._detached = this._target?.node() ?? null;
    this._target?.on('.zoom', null);
    this._target = null;
  }
}
