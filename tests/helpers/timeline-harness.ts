/**
 * A page object over <annals-timeline>: every shadow-DOM query the component tests need lives
 * here, so a change of markup is fixed in one place and the tests read as sentences about the API.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { AnnalsEventCard } from '../../src/components/event-card/event-card.js';
import type { AnnalsLegend } from '../../src/components/legend/legend.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import type { DatasetInput } from '../../src/core/types.js';
import { html } from 'lit';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import '../../src/define.js';

/** One drawn event, as the reader sees it. */
export interface RenderedItem {
  readonly id: string;
  readonly button: HTMLButtonElement;
  /** Centre of the point marker, or the left end of a range bar, relative to the viewport's left edge. */
  readonly x: number;
  /** Right end of a range bar relative to the viewport (null for a point). */
  readonly x2: number | null;
  /** The label's box in page coordinates. */
  readonly label: DOMRect;
  readonly classes: readonly string[];
}

/** What the event card shows. */
export interface RenderedCard {
  readonly visible: boolean;
  readonly title: string;
  readonly date: string;
  readonly datetime: string | null;
  /** `<dt>` → `<dd>` text, e.g. People, Places. */
  readonly details: Readonly<Record<string, string>>;
  readonly links: readonly { text: string; href: string }[];
  readonly element: AnnalsEventCard;
}

/** Two boxes share some area (touching edges do not count). */
export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return (
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5
  );
}

/** The next animation frame. */
export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export class TimelineHarness {
  constructor(readonly element: AnnalsTimeline) {}

  /**
   * Renders a template holding one <annals-timeline> (possibly inside a container) and waits for
   * its first scene, unless `waitForScene` is false (hidden or empty timelines have none).
   */
  static async mount(
    template: TemplateResult,
    { waitForScene = true } = {},
  ): Promise<TimelineHarness> {
    const root = await fixture<HTMLElement>(template);
    const element =
      root.localName === 'annals-timeline'
        ? (root as AnnalsTimeline)
        : root.querySelector('annals-timeline')!;
    const harness = new TimelineHarness(element);
    if (waitForScene) await harness.waitForScene();
    await harness.waitForRender();
    return harness;
  }

  /**
   * `data` in a window `width` px wide, in the pinned font (DejaVu Sans, installed by .ci/run) and
   * British English, the pointer at rest: drawn the same pixels each run, for screenshots and
   * measurements of the drawing.
   */
  static async mountPinned(data: DatasetInput, width: number): Promise<TimelineHarness> {
    await setViewport({ width, height: 900 });
    await resetMouse();
    await document.fonts.ready;
    const harness = await TimelineHarness.mount(
      html`<annals-timeline
        locale="en-GB"
        style="--annals-font: 'DejaVu Sans'"
        .data=${data}
      ></annals-timeline>`,
    );
    await document.fonts.ready;
    await harness.waitForRender();
    return harness;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Lit's update and one painted frame. */
  async waitForRender(): Promise<void> {
    await this.element.updateComplete;
    await nextFrame();
    await this.element.updateComplete;
  }

  /** Waits until the timeline has measured itself and laid out a scene. */
  async waitForScene(): Promise<void> {
    await waitUntil(() => this.element.scene !== null, 'the timeline never laid out a scene', {
      timeout: 2000,
    });
    await this.waitForRender();
  }

  viewport(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part~="viewport"]');
  }

  region(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[part~="base"]')!;
  }

  eventList(): HTMLOListElement | null {
    return this.root.querySelector<HTMLOListElement>('[part~="events"]');
  }

  /** Event buttons in DOM order. */
  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button[part~="event"]')];
  }

  button(id: string): HTMLButtonElement {
    const b = this.root.querySelector<HTMLButtonElement>(
      `button[part~="event"][data-id="${CSS.escape(id)}"]`,
    );
    if (!b) throw new Error(`no event button for "${id}" (drawn: ${this.ids().join(', ')})`);
    return b;
  }

  ids(): string[] {
    return this.buttons().map((b) => b.dataset.id!);
  }

  /** The drawn events in DOM order with their measured positions. */
  items(): RenderedItem[] {
    const origin = this.viewport()!.getBoundingClientRect().left;
    return this.buttons().map((button) => {
      const marker = button.querySelector('[part~="marker"]');
      const bar = button.querySelector('[part~="bar"]');
      const label = button.querySelector('[part~="label"]')!.getBoundingClientRect();
      let x: number;
      let x2: number | null = null;
      if (bar) {
        const r = bar.getBoundingClientRect();
        x = r.left - origin;
        x2 = r.right - origin;
      } else {
        const r = marker!.getBoundingClientRect();
        x = r.left + r.width / 2 - origin;
      }
      return { id: button.dataset.id!, button, x, x2, label, classes: [...button.classList] };
    });
  }

  item(id: string): RenderedItem {
    const it = this.items().find((i) => i.id === id);
    if (!it) throw new Error(`event "${id}" is not drawn`);
    return it;
  }

  /** Clicks an event with the mouse, as a reader would, and waits for the redraw. */
  async select(id: string): Promise<void> {
    const b = this.button(id);
    b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const mark = b.querySelector('[part~="marker"], [part~="bar"]')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(mark.left + mark.width / 2), Math.round(mark.top + mark.height / 2)],
    });
    await this.waitForRender();
  }

  /** The event card, whether shown or not. */
  cardElement(): AnnalsEventCard {
    return this.root.querySelector('annals-event-card')!;
  }

  card(): RenderedCard {
    const element = this.cardElement();
    const r = element.shadowRoot!;
    const text = (sel: string) => r.querySelector(sel)?.textContent?.trim() ?? '';
    const details: Record<string, string> = {};
    for (const dt of r.querySelectorAll('dt'))
      details[dt.textContent!.trim()] = dt.nextElementSibling?.textContent?.trim() ?? '';
    return {
      visible: !element.hidden && element.getBoundingClientRect().height > 0,
      title: text('[part~="title"]'),
      date: text('[part~="date"]'),
      datetime: r.querySelector('[part~="date"]')?.getAttribute('datetime') ?? null,
      details,
      links: [...r.querySelectorAll<HTMLAnchorElement>('[part~="sources"] a')].map((a) => ({
        text: a.textContent!.trim(),
        href: a.getAttribute('href')!,
      })),
      element,
    };
  }

  /** Axis tick labels, in order. */
  ticks(): string[] {
    const axis = this.root.querySelector('annals-axis');
    return [...(axis?.shadowRoot?.querySelectorAll('[part~="label"]') ?? [])].map((l) =>
      l.textContent!.trim(),
    );
  }

  /** Focuses the first event button (or the current roving one). */
  focusEvents(): void {
    const current = this.buttons().find((b) => b.tabIndex === 0) ?? this.buttons()[0];
    current?.focus();
  }

  /** Presses a key on the timeline (focusing its events first if focus is elsewhere) and waits for the redraw. */
  async key(key: string): Promise<void> {
    if (!this.element.matches(':focus-within')) this.focusEvents();
    await sendKeys({ press: key });
    await this.waitForRender();
    await this.waitForRender();
  }

  /** Id of the event button that has focus, if any. */
  focusedId(): string | null {
    const active = this.root.activeElement as HTMLElement | null;
    return active?.dataset.id ?? null;
  }

  /** Ids of event buttons in the tab order (tabindex=0). */
  tabStops(): string[] {
    return this.buttons()
      .filter((b) => b.getAttribute('tabindex') === '0')
      .map((b) => b.dataset.id!);
  }

  visibleRange(): { start: Date; end: Date } {
    return this.element.visibleRange!;
  }

  toolbar(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part~="toolbar"]');
  }

  toolbarButton(name: string): HTMLButtonElement {
    const b = [...(this.toolbar()?.querySelectorAll('button') ?? [])].find(
      (x) => x.getAttribute('aria-label') === name || x.textContent!.trim() === name,
    );
    if (!b) throw new Error(`no toolbar button "${name}"`);
    return b;
  }

  toolbarButtons(): HTMLButtonElement[] {
    return [...(this.toolbar()?.querySelectorAll('button') ?? [])];
  }

  legend(): AnnalsLegend | null {
    return this.root.querySelector('annals-legend');
  }

  legendButtons(): HTMLButtonElement[] {
    return [
      ...(this.legend()?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[part~="item"]') ??
        []),
    ];
  }

  /** Toggles a category with its legend entry. */
  async toggleCategory(label: string): Promise<void> {
    const b = this.legendButtons().find((x) => x.textContent!.trim() === label);
    if (!b) throw new Error(`no legend entry "${label}"`);
    b.click();
    await this.waitForRender();
  }

  searchInput(): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  /** Types into the search box with the keyboard. */
  async search(text: string): Promise<void> {
    this.searchInput().focus();
    await sendKeys({ type: text });
    await this.waitForRender();
  }

  /** The search box's count, e.g. '2 found', '1 of 2 found', 'No matches'. */
  searchHint(): string {
    return this.root.querySelector('[role="search"] .hint')?.textContent?.trim() ?? '';
  }

  /** Ids of the events highlighted as search matches. */
  matches(): string[] {
    return this.items()
      .filter((i) => i.classes.includes('match'))
      .map((i) => i.id);
  }

  /** Text of the polite live region that announces the selection. */
  announcement(): string {
    const regions = [...this.root.querySelectorAll('[aria-live="polite"]')].filter((r) =>
      r.parentElement?.matches('[part~="base"]'),
    );
    return regions.map((r) => r.textContent!.trim()).join(' ');
  }

  emptyMessage(): string | null {
    return this.root.querySelector('[part~="empty"]')?.textContent?.trim() ?? null;
  }

  problemsList(): string[] {
    return [...this.root.querySelectorAll('[part~="problems"] li')].map((li) =>
      li.textContent!.trim(),
    );
  }

  /**
   * Every word of the interface, none of the data's: the accessible names, role descriptions,
   * tooltips and placeholders in every shadow root (but the region's name, which is the data's
   * title), and the text of the toolbar, the notices, and the card's headings and close button.
   */
  interfaceTexts(): string[] {
    const texts: string[] = [];
    const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() ?? '';
    // The dataset's title is data, not interface: it names the region, and the search within it.
    const title = clean(this.root.querySelector('[part~="base"]')?.getAttribute('aria-label'));
    const walk = (root: ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const name of ['aria-label', 'aria-roledescription', 'title', 'placeholder']) {
          if (name === 'aria-label' && el.matches('[part~="base"]')) continue;
          let value = clean(el.getAttribute(name));
          if (title && name === 'aria-label' && el.matches('[role="search"]'))
            value = clean(value.replace(title, ''));
          if (value) texts.push(value);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(this.root);
    const card = this.cardElement()?.shadowRoot;
    const shown = [
      ...this.root.querySelectorAll(
        '[part~="toolbar"] :is(button, label, .hint, .goto-error), [part~="empty"], [part~="notice"], [part~="error"], [part~="loading"]',
      ),
      ...(card?.querySelectorAll('dt, .sources-title, [part~="close"]') ?? []),
    ];
    for (const el of shown) {
      const value = clean(el.textContent);
      if (value) texts.push(value);
    }
    return texts;
  }

  /** Sends a wheel event to the drawing area at its centre. */
  async wheel(init: WheelEventInit): Promise<void> {
    this.dispatchWheel({ deltaY: -100, ...init });
    await this.waitForRender();
  }

  /**
   * A wheel event over the middle of the viewport, at once; whether the timeline took it
   * (`preventDefault`), so the browser would not scroll or zoom the page with it.
   */
  dispatchWheel(init: WheelEventInit): boolean {
    const vp = this.viewport()!;
    const r = vp.getBoundingClientRect();
    const e = new WheelEvent('wheel', {
      bubbles: true,
      cancelable: true,
      composed: true,
      clientX: r.left + r.width / 2,
      clientY: r.top + r.height / 2,
      ...init,
    });
    vp.dispatchEvent(e);
    return e.defaultPrevented;
  }
}

/** Attributes the component tests vary on the flagship timeline. */
export interface FlagshipOptions {
  deepLink?: string;
  minZoom?: number;
  maxZoom?: number;
  layout?: 'auto' | 'horizontal' | 'vertical';
  width?: number;
}

/** Mounts the flagship timeline (en-GB) in a container of the given width (1280 px by default). */
export function mountFlagship(o: FlagshipOptions = {}): Promise<TimelineHarness> {
  return TimelineHarness.mount(
    html`<div style="width:${o.width ?? 1280}px">
      <annals-timeline
        locale="en-GB"
        deep-link=${o.deepLink ?? ''}
        min-zoom=${o.minZoom ?? 1}
        max-zoom=${o.maxZoom ?? 'Infinity'}
        layout=${o.layout ?? 'auto'}
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>
    </div>`,
  );
}

/** Clears this test page's fragment without adding a history entry. */
export const clearHash = () =>
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);

/** Length of a visible range in ms. */
export const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();

/** Two flagship timelines on one page, linked under the keys `t1` (#a) and `t2` (#b), drawn. */
export async function mountLinkedPair(): Promise<[TimelineHarness, TimelineHarness]> {
  await fixture(
    html`<div style="width:1280px">
      <annals-timeline id="a" deep-link="t1" .data=${kazakhstanTurkmenistan}></annals-timeline>
      <annals-timeline id="b" deep-link="t2" .data=${kazakhstanTurkmenistan}></annals-timeline>
    </div>`,
  );
  const a = new TimelineHarness(document.querySelector<AnnalsTimeline>('#a')!);
  const b = new TimelineHarness(document.querySelector<AnnalsTimeline>('#b')!);
  await a.waitForScene();
  await b.waitForScene();
  return [a, b];
}
