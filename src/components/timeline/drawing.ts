/**
 * The drawing of a Scene: breaks, eras, the ordered list of events and the axis. Every number
 * comes from the Scene; positions are set through CSSOM (`styleProps`), never as style text, so the
 * drawing works under a Content-Security-Policy without 'unsafe-inline'.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { mirroredKey } from '../../controllers/roving-focus-controller.js';
import { uncategorisedToken } from '../../core/category-colors.js';
import { categoryShapeClass } from '../shared.styles.js';
import { styleProps } from '../style-props.js';
import type { Messages } from '../../core/messages/index.js';
import type { PartLanguages } from '../../core/part-language.js';
import type { Rect, Scene, SceneCluster, SceneItem } from '../../core/scene.js';
import type { Category, Dataset, TimelineEvent } from '../../core/types.js';

/** What the drawing shows besides the Scene, and where the reader's actions go. */
export interface DrawingContext {
  /** The accessible names, in the timeline's language. */
  readonly messages: Messages;
  /** The `lang` of the data's parts and the dates among the drawing's words. */
  readonly langs: PartLanguages;
  readonly scene: Scene;
  readonly dataset: Dataset;
  /** The id that holds the list's one tab stop. */
  readonly tabStop: string | undefined;
  readonly selected: string | null;
  /** 1-based place of each shown event among all shown events, for `aria-posinset`. */
  readonly positions: ReadonlyMap<string, number>;
  readonly matches: ReadonlySet<string>;
  /** Ids of the clusters that hold a match of the search. */
  readonly clusterMatches: ReadonlySet<string>;
  readonly searching: boolean;
  /** CSS colour of each category. */
  readonly colors: ReadonlyMap<string, string>;
  /** An event's date in words. */
  dateText(event: TimelineEvent): string;
  /** An event's date for `<time datetime>`, where HTML has a form for it. */
  datetime(event: TimelineEvent): string | undefined;
  onActivate(id: string): void;
  /** A cluster was activated (click, tap, Enter): show its span. */
  onCluster(cluster: SceneCluster): void;
  /** + or − on a focused cluster: zoom in or out around it. */
  onClusterZoom(cluster: SceneCluster, factor: number): void;
  /** The place in the list of the cluster that holds the clusters' tab stop. */
  readonly clusterStop: number;
  /** The arrow keys moved the clusters' tab stop. */
  onClusterStop(index: number): void;
  onFocus(id: string): void;
  onKeydown(ev: KeyboardEvent): void;
}

const px = (r: Rect) => ({
  left: `${r.x}px`,
  top: `${r.y}px`,
  width: `${r.width}px`,
  height: `${r.height}px`,
});

/** A label's box; a vertical label wraps, cut with an ellipsis at the lines its box holds. */
function labelStyle(it: SceneItem, vertical: boolean) {
  const style: Record<string, string> = px(it.label);
  if (vertical) style['-webkit-line-clamp'] = `${it.lines.length}`;
  return style;
}

/**
 * Each category's two marker shapes (0–3): where colour is forced away, one of four by its place,
 * so categories are told apart by shape alone (`data-shape`); with its colour, the one that tells
 * it from a category of the same colour once the palette repeats (`categoryShape`, a class);
 * and its name, which screen readers hear where the eye sees the colour.
 */
type Shapes = readonly [number, string, string?];
const shapeMemo = new WeakMap<readonly Category[], Map<string, Shapes>>();
function shapesOf(categories: readonly Category[], id: string | undefined): Shapes {
  let map = shapeMemo.get(categories);
  if (!map)
    shapeMemo.set(
      categories,
      (map = new Map(categories.map((k, i) => [k.id, [i % 4, categoryShapeClass(i), k.label]]))),
    );
  return (id === undefined ? undefined : map.get(id)) ?? [0, ''];
}

/** Rows are drawn, each with its title (which describes its events and clusters), from two on. */
const rowsDrawn = (scene: Scene) => scene.rows.length > 1;

/**
 * An event: its title, date and category are its name; drawn in rows, its row's title describes
 * it (and a row of its category names that for it).
 */
function item(it: SceneItem, c: DrawingContext) {
  const e = c.dataset.events[it.index]!;
  const color =
    e.category !== undefined
      ? c.colors.get(e.category)
      : `var(${uncategorisedToken(c.dataset.categories)})`;
  const match = c.matches.has(e.id);
  const [shape, look, category] = shapesOf(c.dataset.categories, e.category);
  const classes = `event ${look} ${it.anchor === 'end' ? 'end' : ''} ${it.labelShown ? '' : 'mark-only'} ${match ? 'match' : ''} ${c.searching && !match ? 'dim' : ''}`;
  const { box } = it;
  return html`<li
    style=${styleProps({ transform: `translate(${box.x}px, ${box.y}px)` })}
    aria-posinset=${c.positions.get(e.id) ?? 0}
    aria-setsize=${c.positions.size}
  >
    <button
      class=${classes}
      part="event"
      data-id=${e.id}
      data-shape=${shape}
      tabindex=${e.id === c.tabStop ? '0' : '-1'}
      aria-current=${e.id === c.selected ? 'true' : nothing}
      aria-describedby=${rowsDrawn(c.scene) ? `row-${it.row}` : nothing}
      style=${styleProps({ width: `${box.width}px`, height: `${box.height}px`, '--_color': color })}
      @click=${() => c.onActivate(e.id)}
      @focus=${() => c.onFocus(e.id)}
    >
      ${
        it.connector
          ? html`<svg
              class="connector"
              part="connector"
              aria-hidden="true"
              width=${box.width}
              height=${box.height}
            >
              ${svg`<polyline points=${it.connector.map((p) => `${p.x},${p.y}`).join(' ')}></polyline>`}
            </svg>`
          : nothing
      }
      ${
        it.x2 !== null
          ? html`<span class="bar" part="bar" style=${styleProps(px(it.mark))}></span>`
          : html`<span class="mark" part="marker" style=${styleProps(px(it.mark))}></span>`
      }
      ${it.band ? html`<span class="period" part="period" style=${styleProps(px(it.band))}></span>` : nothing}
      <span
        class="label"
        part="label"
        lang=${c.langs.data ?? nothing}
        style=${styleProps(labelStyle(it, c.scene.orientation === 'vertical'))}
        >${e.title}<time
          class="sr-only"
          datetime=${ifDefined(c.datetime(e))}
          lang=${(e.displayDate ? undefined : c.langs.dateInData) ?? nothing}
          >, ${c.dateText(e)}</time
        >${
          // Its category, which its colour shows, is said after its date, unless its row says it:
          // a row drawn with a title (rows are, two or more), and that title the category's label,
          // not a group's named as the category's id.
          category && !(rowsDrawn(c.scene) && c.scene.rows[it.row]?.title === category)
            ? html`<span class="sr-only">, ${category}</span>`
            : nothing
        }</span
      >
    </button>
  </li>`;
}

/**
 * Clusters are one tab stop: arrow keys, Home and End move between them, Enter or a click shows the span (at
 * the finest zoom, its first event), + and − zoom around the focused one. Keyboard readers need
 * them less than pointer readers, since arrow keys on the events step into clustered events
 * anyway.
 */
function clusterList(clusters: readonly SceneCluster[], c: DrawingContext) {
  // Drawn in place, not keyed: the one tab stop is kept by its place in the list (`live`, as the
  // arrow keys move it in the DOM), within the list however short it has become.
  const stop = Math.min(c.clusterStop, clusters.length - 1);
  const onKeydown = (ev: KeyboardEvent) => {
    const key = mirroredKey(ev);
    const buttons = [...(ev.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('button')];
    const i = buttons.indexOf(ev.target as HTMLElement);
    // The zoom keys zoom around the focused cluster, not around the events' tab stop.
    const factor = key === '+' || key === '=' ? 2 : key === '-' || key === '_' ? 0.5 : 0;
    if (factor && clusters[i]) {
      ev.preventDefault();
      ev.stopPropagation();
      c.onClusterZoom(clusters[i]!, factor);
      return;
    }
    // Home and End go to the first and last cluster, as among the events.
    const step =
      key === 'ArrowRight' || key === 'ArrowDown'
        ? 1
        : key === 'ArrowLeft' || key === 'ArrowUp'
          ? -1
          : key === 'Home'
            ? -buttons.length
            : key === 'End'
              ? buttons.length
              : 0;
    if (!step) return;
    ev.preventDefault();
    ev.stopPropagation();
    const j = Math.min(buttons.length - 1, Math.max(0, i + step));
    c.onClusterStop(j);
    for (const b of buttons) b.tabIndex = b === buttons[j] ? 0 : -1;
    buttons[j]?.focus();
  };
  return html`<ul
    class="clusters"
    part="clusters"
    aria-label=${c.messages.clusterList}
    @keydown=${onKeydown}
  >
    ${clusters.map(
      (k, i) =>
        html`<li>
          <button
            class="cluster ${c.clusterMatches.has(k.id) ? 'match' : c.searching ? 'dim' : ''}"
            part="cluster"
            style=${styleProps(px(k.box))}
            tabindex=${live(i === stop ? '0' : '-1')}
            aria-describedby=${rowsDrawn(c.scene) ? `row-${k.row}` : nothing}
            aria-label=${c.messages.showCluster(
              // A count shown shortened ("1.2k") starts the name, so speech input can say what it
              // sees (WCAG 2.5.3); the description then says it exactly.
              k.description.includes(k.text) ? k.description : `${k.text}: ${k.description}`,
              k.count,
            )}
            title=${k.description}
            @click=${() => c.onCluster(k)}
          >
            ${k.text}
          </button>
        </li>`,
    )}
  </ul>`;
}

/** Hairlines across the drawing where a larger unit begins (each year, at most scales). */
function grid(scene: Scene) {
  const { axis } = scene;
  const vertical = scene.orientation === 'vertical';
  return scene.ticks.ticks
    .filter((t) => t.boundary)
    .map(
      (t) =>
        html`<div
          class="grid"
          part="grid"
          aria-hidden="true"
          style=${styleProps(
            px(
              vertical
                ? {
                    x: axis.x + axis.width,
                    y: axis.y + t.x,
                    width: scene.width - axis.x - axis.width,
                    height: 0,
                  }
                : { x: axis.x + t.x, y: 0, width: 0, height: axis.y },
            ),
          )}
        ></div>`,
    );
}

/**
 * The axis's place in the viewport's flow, for `position: sticky` (where `left` and `top` would
 * be offsets from the window's edges rather than a place): under a spacer as tall as the rows, as
 * a sticky box may move only as far as its margin box stays within the viewport.
 */
const inFlow = (r: Rect) => ({
  'margin-left': `${r.x}px`,
  width: `${r.width}px`,
  height: `${r.height}px`,
});

/** The viewport: everything the Scene places, with the events as an ordered list. */
export function drawing(c: DrawingContext): TemplateResult {
  const { scene } = c;
  const vertical = scene.orientation === 'vertical';
  // Rows make a timeline taller than a screen: its axis stays at the window's foot while the rows
  // above it are read, and rests under the last row once that is in view.
  const sticky = !vertical && rowsDrawn(scene);
  // The axis is hidden from screen readers: each event says its own date, and the ticks read
  // alone would be loose words ("Jul, 1991 … 1993, 2008") past the breaks the eye sees.
  const label = scene.items.length
    ? nothing
    : c.positions.size
      ? c.messages.noneInView
      : c.messages.allHidden;
  return html`<div
    class="viewport ${vertical ? 'vertical' : 'horizontal'}"
    part="viewport"
    style=${styleProps({
      height: `${scene.height}px`,
      // What focus scrolls an event or cluster clear of: the stuck axis at the window's foot.
      '--_sticky-axis': sticky ? `${scene.axis.height}px` : undefined,
    })}
    tabindex=${scene.items.length ? '-1' : '0'}
    aria-label=${label}
    @keydown=${c.onKeydown}
  >
    ${grid(scene)}
    ${scene.breaks.map((b) => html`<div class="break-band" part="gap" aria-hidden="true" style=${styleProps(px(b.band))}></div>`)}
    ${scene.eras.map(
      (e) =>
        html`<div class="era" part="era" style=${styleProps(px(e.band))}></div>
          <div
            class="era-label"
            part="era-label"
            lang=${c.langs.data ?? nothing}
            style=${styleProps(px(e.label))}
          >
            ${e.title}
          </div>`,
    )}
    ${
      rowsDrawn(scene)
        ? scene.rows.map(
            (r, i) =>
              html`<div
                  class="row ${i ? 'next' : ''}"
                  part="row"
                  style=${styleProps(px(r.box))}
                ></div>
                <div
                  id="row-${i}"
                  class="row-label"
                  part="row-label"
                  lang=${(r.key === '' ? undefined : c.langs.data) ?? nothing}
                  style=${styleProps(px(r.label))}
                >
                  ${r.title}
                </div>`,
          )
        : nothing
    }
    <ol part="events" aria-label=${c.messages.eventList}>
      ${repeat(
        scene.items,
        (it) => it.id,
        (it) => item(it, c),
      )}
    </ol>
    ${scene.clusters.length ? clusterList(scene.clusters, c) : nothing}
    ${sticky ? html`<div class="axis-spacer" style=${styleProps({ height: `${scene.axis.y}px` })}></div>` : nothing}
    <annals-axis
      aria-hidden="true"
      exportparts="line:axis, tick:axis-tick, label:axis-label, major:axis-major, break:axis-break"
      class=${sticky ? 'sticky' : ''}
      style=${styleProps(sticky ? inFlow(scene.axis) : px(scene.axis))}
      .ticks=${scene.ticks.ticks}
      .breaks=${scene.breaks}
      orientation=${scene.orientation}
      lang=${c.langs.date ?? nothing}
    ></annals-axis>
  </div>`;
}
