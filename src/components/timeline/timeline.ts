import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toCivilDate } from '../../core/date.js';
import { formatRange, htmlDatetime, windowText } from '../../core/format.js';
import type { Measure } from '../../core/measure.js';
import { indexById } from '../../core/domain.js';
import { roomyLanes } from '../../core/layout-horizontal.js';
import { metricsFrom, type Metrics } from '../../core/metrics.js';
import { sizeLength, TOKEN_BY_NAME } from '../../core/tokens.js';
import {
  clusterAt,
  clustersHolding,
  firstClustered,
  goToDate,
  isShown,
  nearestItem,
  neighbour,
  neighbourOfView,
  pixelSlack,
  spanWithSurroundings,
  timeOf,
  windowForDate,
  yearBeforeCommonEra,
} from '../../core/navigation.js';
import {
  DEFAULT_MAX_LANES,
  drawingLength,
  fitAndLayout,
  layout,
  type GroupBy,
  type RowPlan,
  type Scene,
  type SceneCluster,
  type Viewport,
} from '../../core/scene.js';
import { samePlainData } from '../../core/equal.js';
import type { PartLanguages } from '../../core/part-language.js';
import { rowKeyOf } from '../../core/rows.js';
import { unproject } from '../../core/scale.js';
import type {
  CategoryInput,
  Dataset,
  DatasetInput,
  EraInput,
  EventInput,
  Problem,
  TimelineEvent,
} from '../../core/types.js';
import { inRowOrder, validateDataset } from '../../core/validate.js';
import { styleProps } from '../style-props.js';
import type { DatasetSvgOptions } from '../../render/dataset.js';
import type { TimeWindow } from '../../core/viewport.js';
import { DataInputController } from '../../controllers/data-input-controller.js';
import type { LoadFailure } from '../../controllers/data-source-controller.js';
import { DeepLinkController, type LinkState } from '../../controllers/deep-link-controller.js';
import {
  TokenWatchController,
  TOKEN_PROBE_BOX_STYLE,
  TOKEN_PROBE_STYLE,
  TOKEN_PROBE_TEXT,
} from '../../controllers/token-watch-controller.js';
import { LangWatchController } from '../../controllers/lang-watch-controller.js';
import { ContrastController } from '../../controllers/contrast-controller.js';
import { MessagesController } from '../../controllers/messages-controller.js';
import type { SourceFormat } from '../../core/sources/index.js';
import { DEFAULT_METRICS } from '../../core/metrics.js';
import { NavigationController } from '../../controllers/navigation-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { SearchController } from '../../controllers/search-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { ViewController } from '../../controllers/view-controller.js';
import {
  AnnalsCategoryToggleEvent,
  AnnalsErrorEvent,
  AnnalsLoadEvent,
  AnnalsProblemsEvent,
  AnnalsRangeChangeEvent,
  AnnalsRangeSettleEvent,
  AnnalsSelectEvent,
  type AnnalsWindowRequestEvent,
} from '../../events.js';
import { AnnalsAxis } from '../axis/axis.js';
import { AnnalsEventCard } from '../event-card/event-card.js';
import { description, heading, headingLevel } from '../heading.js';
import { AnnalsLegend } from '../legend/legend.js';
import { elementLocale } from '../locale.js';
import { canvasMeasure, canvasTextWidth } from '../measure-text.js';
import type { Messages } from '../messages.js';
import { AnnalsOverview } from '../overview/overview.js';
import { categoryColors, tokens } from '../shared.styles.js';
import { drawing } from './drawing.js';
import { computedTokens } from '../computed-tokens.js';
import { registerMetricProperties } from '../metric-properties.js';
import { oneOf, positive, warnOnce } from './options.js';
import {
  droppedNotice,
  failureView,
  loadingView,
  problemsList,
  reportProblems,
} from './problems.js';
import { printList } from './print.js';
import { toolbar } from './toolbar.js';
import { drawingStyles, frameStyles, printStyles, toolbarStyles } from './timeline.styles.js';

/** A date for the navigation methods: a `Date`, or ISO text at any precision (`2013-05`). */
export type DateLike = Date | string;

/** Options of `zoomTo`, `goTo` and `fit`. */
export interface NavigateOptions {
  /** Animate the move (default true; always off when the reader prefers reduced motion). */
  animate?: boolean;
}

const LAYOUTS = ['auto', 'horizontal', 'vertical'] as const;
/** The card's parts, forwarded so a page styles the timeline's card as `::part(card-title)`. */
const CARD_PARTS =
  'base:card, category:card-category, title:card-title, date:card-date, summary:card-summary, body:card-body, details:card-details, media:card-media, credit:card-credit, sources:card-sources, close:card-close';
const GAPS = ['compress', 'none'] as const;
const GROUPS = ['none', 'category', 'group'] as const;
const CREDENTIALS = ['omit', 'same-origin', 'include'] as const;
const FORMATS = ['annals', 'timelinejs', 'csv'] as const;
/** What the status says while `src` loads; said no more once the load has failed or been replaced. */
const LOADING = (m: Messages) => m.loading;

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
 * news and reference timelines are read for their moments. Time stays proportional within each
 * stretch. Set `gaps="none"` for a strictly proportional axis.
 *
 * `selected`, `start-at` and a deep link may be written in HTML before the data arrives: they are
 * kept and applied to the first data drawn.
 *
 * The data comes from the first of these that is given: the `data` property; `src` (a URL of
 * Annals JSON, TimelineJS JSON or CSV); an inline `<script type="application/json">` child;
 * `<annals-event>` and `<annals-era>` children; the `events`, `eras` and `categories` properties.
 *
 * @summary An accessible, zoomable timeline drawn from a typed dataset.
 * @fires {AnnalsSelectEvent} annals-select - The selected event changed (`detail.id`, `detail.event`; null when cleared).
 * @fires {AnnalsRangeChangeEvent} annals-range-change - The visible range changed (`detail.start`, `detail.end` as Dates); at most once a frame.
 * @fires {AnnalsRangeSettleEvent} annals-range-settle - The visible range stopped moving at a new range: a gesture, animation, navigation or resize has ended (`detail.start`, `detail.end`). A press or a step that leaves the range where it was sends none.
 * @fires {AnnalsProblemsEvent} annals-problems - The input held problems (`detail.problems`, `detail.dropped`: events that could not be shown); the valid events are still drawn.
 * @fires {AnnalsLoadEvent} annals-load - Data from `src` was loaded and read (`detail.url`, `detail.as`: the format it was read as).
 * @fires {AnnalsErrorEvent} annals-error - Data from `src` (or the inline JSON, or markup whose reader could not be loaded) could not be shown (`detail.failure`, `detail.message`, `detail.url`, `detail.status`); the reader sees a notice with Retry.
 * @fires {AnnalsCategoryToggleEvent} annals-category-toggle - The reader pressed a category in the legend, or an event chosen by `goTo`, `selected` or a link showed its hidden category again (`detail.category`, `detail.visible`: whether its events are now shown).
 * @slot header - Content above the toolbar, replacing the dataset title and description.
 * @slot footer - Content under the card.
 * @csspart base - The region that wraps everything.
 * @csspart title - The dataset title.
 * @csspart description - The dataset description under the title (each blank line starts a new paragraph).
 * @csspart toolbar - The row of navigation, zoom, date and search controls.
 * @csspart toolbar-button - Each of the toolbar's buttons (previous, next, zoom, fit, go, matches, downloads).
 * @csspart toolbar-input - The toolbar's date and search fields.
 * @csspart toolbar-label - The "Go to" label of the date field.
 * @csspart viewport - The drawing area that zooms and pans.
 * @csspart events - The ordered list of events.
 * @csspart event - Each event's button.
 * @csspart marker - The dot of a point event.
 * @csspart bar - The bar of a ranged event.
 * @csspart period - The faint band of a point known only to its year or month, once zoomed in past it.
 * @csspart label - Each event's label.
 * @csspart connector - The line from a marker to a label that had to move away from it (vertical layout).
 * @csspart clusters - The list of clusters.
 * @csspart cluster - Each cluster: a mark for events too close to draw one by one, with their count.
 * @csspart row - Each row's band, with `group-by`.
 * @csspart row-label - Each row's title, with `group-by`.
 * @csspart era - Each era band.
 * @csspart era-label - Each era's title.
 * @csspart empty - The message shown when there are no events.
 * @csspart problems - The list of input problems (with `show-problems`).
 * @csspart notice - The reader's note that some events could not be shown.
 * @csspart loading - The placeholder shown while `src` loads; it keeps the drawing's height.
 * @csspart error - The message shown when the data could not be loaded or read.
 * @csspart retry - The error's Retry button.
 * @csspart grid - The hairline across the drawing at each major tick (each year, at most scales).
 * @csspart gap - The striped band of a compressed gap.
 * @csspart axis - The axis line (forwarded from `<annals-axis>`, as the parts below it are).
 * @csspart axis-tick - Each tick on the axis.
 * @csspart axis-label - Each tick's label.
 * @csspart axis-major - The ticks and labels that open a larger unit (a year among months).
 * @csspart axis-break - The mark on the axis where a gap is compressed.
 * @csspart overview - The overview strip (forwarded from `<annals-overview>`).
 * @csspart overview-window - The overview's visible window.
 * @csspart legend - The legend's list (forwarded from `<annals-legend>`).
 * @csspart legend-item - Each legend entry, a toggle button.
 * @csspart legend-swatch - Each legend entry's colour, in its markers' shape.
 * @csspart card - The selected event's card (its `base`, forwarded from `<annals-event-card>`, as the card's parts below are).
 * @csspart card-category - The card's category, a kicker above its title.
 * @csspart card-title - The card's title.
 * @csspart card-date - The card's `<time>` with the event's date.
 * @csspart card-summary - The card's summary paragraphs.
 * @csspart card-body - The card's rich text (the sanitised `body`).
 * @csspart card-details - The card's group, people and places.
 * @csspart card-media - Each figure in the card.
 * @csspart card-credit - A figure's credit, on its own line below the caption.
 * @csspart card-sources - The card's list of sources.
 * @csspart card-close - The card's close button.
 * @csspart print - The printed chronology (in print only).
 * @csspart print-event - Each event in the printed chronology.
 * @cssprop --annals-font - Font family; unset, the page’s own font is used.
 * @cssprop [--annals-font-size=max(13px, 0.8125rem)] - Base font size of labels and controls: 13px, or more where the reader's default font size is larger.
 * @cssprop [--annals-heading-font=--annals-font] - Font family of the title and the card’s headline.
 * @cssprop [--annals-heading-weight=700] - Weight of the title and the card’s headline.
 * @cssprop [--annals-title-size=1.3em] - Size of the dataset title.
 * @cssprop [--annals-color-text=#1a1a1a] - Text colour.
 * @cssprop [--annals-color-muted=#5c5f66] - Secondary text: dates, minor ticks, hints.
 * @cssprop [--annals-color-background=#ffffff] - Background colour.
 * @cssprop [--annals-color-surface=#f3f3f1] - Background of the overview, clusters and hovered controls.
 * @cssprop [--annals-color-line=#80858c] - Borders of controls and clusters (at least 3:1 against the background).
 * @cssprop [--annals-color-rule=#dcdcd8] - Hairline rules: row separators, the card’s rules, era edges.
 * @cssprop [--annals-color-accent=#1a5b94] - Links, the overview window and hovered clusters.
 * @cssprop [--annals-focus-ring=#0b57d0] - Colour of the focus outline.
 * @cssprop [--annals-selected-color=#b3261e] - Ring around the selected event; error text.
 * @cssprop [--annals-match-background=#ffec8c] - Highlight behind search matches.
 * @cssprop [--annals-match-color=#1a1a1a] - Text of search matches.
 * @cssprop [--annals-marker-color=--annals-color-accent] - Marks of events where no event has a category (among categorised events, one without a category takes `--annals-color-muted`).
 * @cssprop [--annals-era-background=rgba(26, 91, 148, 0.06)] - Fill of era bands.
 * @cssprop [--annals-era-color=--annals-color-muted] - Era titles.
 * @cssprop [--annals-break-stripe=rgba(0, 0, 0, 0.07)] - Stripes of compressed gaps.
 * @cssprop [--annals-grid-color=#ececea] - Hairlines across the drawing at each year (or major tick).
 * @cssprop [--annals-category-0=#1f5f99] - Colour of the first category’s marks, unless the category sets its own.
 * @cssprop [--annals-category-1=#b0432a] - Colour of category 2’s marks (the palette repeats after 6).
 * @cssprop [--annals-category-2=#2e7d32] - Colour of category 3’s marks (the palette repeats after 6).
 * @cssprop [--annals-category-3=#7b3fa0] - Colour of category 4’s marks (the palette repeats after 6).
 * @cssprop [--annals-category-4=#8a6300] - Colour of category 5’s marks (the palette repeats after 6).
 * @cssprop [--annals-category-5=#00707a] - Colour of category 6’s marks (the palette repeats after 6).
 * @cssprop [--annals-rule-width=1px] - Width of hairline rules and grid lines.
 * @cssprop [--annals-axis-width=1px] - Width of the axis line and its ticks.
 * @cssprop [--annals-focus-width=3px] - Width of the focus outline.
 * @cssprop [--annals-selected-width=3px] - Width of the ring around the selected event.
 * @cssprop [--annals-lane-height=44px] - Height of one lane of events. Unset, it grows with the font size (in proportion from 13px).
 * @cssprop [--annals-marker-size=14px] - Diameter of a point marker; the thickness of a range bar.
 * @cssprop [--annals-label-line-height=16px] - Line height of event labels. Unset, it grows with the font size (in proportion from 13px).
 * @cssprop [--annals-axis-size=32px] - Thickness of the time axis with its labels. Unset, it grows with the font size (in proportion from 13px).
 * @cssprop [--annals-era-band=22px] - Height of the row of era titles. Unset, it grows with the font size (in proportion from 13px).
 * @cssprop [--annals-gutter=72px] - Width of the axis column in the vertical layout. Unset, it grows with the font size (in proportion from 13px).
 * @cssprop [--annals-cluster-height=26px] - Height of the strip under a row’s lanes where clusters sit. Unset, it grows with the font size (in proportion from 13px).
 * @cssprop [--annals-gap=10px] - Space between the title, toolbar, drawing, overview and card.
 * @cssprop [--annals-radius=3px] - Corner radius of controls, the overview and the loading and error boxes. Clusters and legend entries are round-ended, or square when it is 0.
 * @cssprop [--annals-control-height=32px] - Height of toolbar buttons and fields (at least 24px).
 * @cssprop [--annals-axis-color=--annals-color-text] - The axis line and its ticks.
 * @cssprop [--annals-axis-label-color=--annals-color-muted] - Labels of minor ticks; years (major ticks) take the text colour.
 * @cssprop [--annals-axis-sticky-offset=0px] - How far above the window's foot the axis of a timeline drawn in rows stays while its rows are read: the height of a page's fixed footer or bar.
 * @cssprop [--annals-overview-height=28px] - Height of the overview strip.
 * @cssprop [--annals-overview-mark=--annals-color-muted] - Colour of the events’ ticks in the overview.
 * @cssprop [--annals-overview-window=rgba(26, 91, 148, 0.14)] - Fill of the overview’s window on the visible range.
 * @cssprop [--annals-card-background=--annals-color-background] - Card background.
 * @cssprop [--annals-card-border=--annals-color-rule] - Rules between the card’s sections (the rule above the card takes the text colour; restyle it with ::part(card)).
 * @cssprop [--annals-card-padding=18px 0 8px] - Padding of the card.
 * @cssprop [--annals-card-title-size=1.45em] - Size of the card’s headline.
 * @cssprop [--annals-card-measure=38em] - Widest line of the card’s text, for comfortable reading.
 */
export class AnnalsTimeline extends LitElement {
  static override styles = [tokens, frameStyles, toolbarStyles, drawingStyles, printStyles];

  /** The elements this one renders; `annals/define.js` registers them with it. */
  static readonly dependencies = {
    'annals-axis': AnnalsAxis,
    'annals-event-card': AnnalsEventCard,
    'annals-legend': AnnalsLegend,
    'annals-overview': AnnalsOverview,
  };

  /**
   * The whole dataset; takes precedence over `events`, `eras` and `categories`. (It is not called
   * `dataset`, which every HTML element already has for its `data-*` attributes.) Read when a new
   * object is given: changed in place, give a copy (`{ ...data }`) or call
   * `requestUpdate('data')`.
   */
  @property({ attribute: false }) data?: DatasetInput;

  /**
   * URL of the data, resolved against the page: Annals JSON, TimelineJS3 JSON, or CSV (TimelineJS's
   * spreadsheet template or Annals' own columns). A Google Sheet published to the web is read by
   * its published page's link too (`…/pubhtml`, read as its CSV); the sheet's own page (`…/edit`)
   * is refused, saying how to publish it. Fetched without cookies (see `credentials`), given up
   * after `timeout` ms or past `max-bytes`; every failure shows a notice with Retry.
   */
  @property() src?: string;

  /**
   * How to read `src` or the inline JSON: `annals`, `timelinejs` or `csv`. By default (and for any
   * other value, with a console warning) it is told from the response's content type, the file's
   * extension, then the content itself.
   */
  @property() format?: SourceFormat;

  /** Credentials sent with `src`: `omit` (default), `same-origin` or `include`. */
  @property() credentials: RequestCredentials = 'omit';

  /** Milliseconds to wait for `src` before showing an error with Retry (default 10000). */
  @property({ type: Number }) timeout = 10_000;

  /**
   * Largest response read from `src`, in bytes (default 32,000,000: room for 100,000 events, about
   * 17 MB as JSON with titles and dates).
   */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 32_000_000;

  /**
   * Show the full list of problems in the data under the drawing, for developers. Readers
   * otherwise see only how many events could not be shown; the list is always in the
   * `annals-problems` event and the console.
   */
  @property({ type: Boolean, attribute: 'show-problems' }) showProblems = false;

  /**
   * The page's own words for anything the timeline and its parts say to readers (the toolbar, the
   * card, the legend, the notices, announcements and accessible names), whole or in part: for its
   * house style or a language Annals does not ship. Unset messages come from the table of the
   * timeline's language (English, Russian or Kazakh, from `locale` or the nearest `lang`; English
   * for any other), so `{ zoomIn: 'Closer' }` changes one label. Give a new object to change them.
   */
  @property({ attribute: false }) strings?: Partial<Messages>;

  /** Events, when no `data` is given. */
  @property({ attribute: false }) events: EventInput[] = [];

  /** Eras, when no `data` is given. */
  @property({ attribute: false }) eras: EraInput[] = [];

  /** Categories, when no `data` is given; omit to derive them from the events. */
  @property({ attribute: false }) categories?: CategoryInput[];

  /**
   * Accessible name of the timeline region; defaults to the dataset title. Data read from a file
   * or markup without a title of its own (CSV has none) shows it as its title.
   */
  @property() label?: string;

  /**
   * BCP 47 locale for dates (`en-GB`, `ru`, `kk`) and for the words of the interface (Russian and
   * Kazakh ship with English); defaults to the nearest `lang` attribute. Russian and Kazakh are
   * loaded the first time a page needs them; until they arrive the timeline keeps its place but is
   * not shown (never English first; after 3 s it shows in English until they do), and
   * `updateComplete` waits for them.
   *
   * Where the interface's language is not the one the timeline is in (`locale="ru"` on a page in
   * English, or `locale="de"`, whose words are English, on a page in German), its words say so
   * with `lang`, in every part it draws, so a screen reader reads them in their own voice; the
   * data (titles, summaries, categories, eras) is then marked as in the dataset's `lang`, else in
   * the page's, and dates in words as in the locale's. A timeline in the page's language adds no
   * `lang`, nor does one without `locale` on a page that names no language. The page's own
   * `strings` are taken to be in the interface's language, or, when they are most of its words
   * and Annals does not ship the locale's, in the locale's.
   */
  @property() locale?: string;

  /**
   * Id of the selected event, whose card is shown (a number is read as its text); null for none.
   * Kept until the data arrives; an id that names no event of the data is cleared, with a console
   * warning.
   */
  @property({ reflect: true }) selected: string | null = null;

  /** An event id or an ISO date to show when the data is first drawn, with its surroundings. */
  @property({ attribute: 'start-at' }) startAt?: string;

  /** Smallest zoom, as a magnification of the fitted view (default 1: the whole span). */
  @property({ type: Number, attribute: 'min-zoom' }) minZoom = 1;

  /** Largest zoom, as a magnification of the fitted view. Never finer than the data's precision allows. */
  @property({ type: Number, attribute: 'max-zoom' }) maxZoom: number = Infinity;

  /**
   * Ids of the categories switched off, as the legend shows them: their events are neither
   * drawn, nor searched, nor stepped to. Set it from script (a framework's state) to switch
   * categories off or on; the legend's toggles change it too, and fire
   * `annals-category-toggle`. An event of a hidden category chosen by `goTo`, `selected` or a link
   * shows its category again, and `annals-category-toggle` tells it.
   */
  @property({ attribute: false }) hiddenCategories: readonly string[] = [];

  /** `horizontal`, `vertical`, or `auto` (vertical below `breakpoint`). */
  @property({ reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Width in CSS px below which `layout="auto"` turns vertical. */
  @property({ type: Number }) breakpoint = 560;

  /** `compress` long empty spans into axis breaks (default), or `none` for a proportional axis. */
  @property() gaps: 'compress' | 'none' = 'compress';

  /**
   * Key under which the selection and visible range are kept in the URL fragment
   * (`#key.selected=…&key.from=…&key.to=…`, beside the page's own parts, which stay as they
   * are); unset for no deep links.
   */
  @property({ attribute: 'deep-link' }) deepLink?: string;

  /** Heading level (2–6) of the dataset title, to fit the page's outline; the card's title is one lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Most lanes of events a row may take (default 6, or 3 a row with `group-by`). Where more
   * overlap, the rest become clusters that say how many they hold; the height is fixed when the
   * data is fitted and never changes while the reader zooms or pans.
   */
  @property({ type: Number, attribute: 'max-lanes' }) maxLanes?: number;

  /**
   * Rows of events: `none`, `category` (a row per category), or `group` (each event's `group`).
   * Unset, it is `group` for TimelineJS data whose events have groups (as TimelineJS draws them),
   * else `none`.
   */
  @property({ attribute: 'group-by' }) groupBy?: GroupBy;

  /** Hide the overview strip. */
  @property({ type: Boolean, attribute: 'no-overview' }) noOverview = false;

  /**
   * Show Download SVG and PNG buttons in the toolbar: the picture of the view, as `toSVG()` and
   * `toPNG()` give it. Off by default, so an embed's toolbar stays short.
   */
  @property({ type: Boolean }) downloads = false;

  /** Hide the toolbar. */
  @property({ type: Boolean, attribute: 'no-toolbar' }) noToolbar = false;

  @state() private _data: Dataset = validateDataset({ events: [] }).dataset;
  @state() private _problems: readonly Problem[] = [];
  /** Events of the input that could not be shown. */
  @state() private _dropped = 0;
  /** Data that was read but holds no event to show. */
  @state() private _noEvents = false;
  /** Whether the last input was read from TimelineJS's format (its groups become rows). */
  private _fromTimelineJs = false;
  /** The input version last validated. */
  private _validated = -1;
  /** The table of the timeline's language (English until it has loaded), `strings` over it. */
  private get _messages(): Messages {
    return this._words.messages;
  }

  /** Whether the data drawn was read from a file or markup (not given as a property). */
  private _fromFile = false;
  /** A load from `src` to announce once its data is validated. */
  private _loaded: { url: string; as: string } | null = null;
  /** The reader zoomed by key, button or cluster: the view is said once it settles. */
  private _viewToSay = false;
  /**
   * What the live region says: said in the words, or a function of them, to follow late ones (and
   * of the parts' languages, for a title in the data's).
   */
  @state() private _announcement:
    string | ((m: Messages, langs: PartLanguages) => string | TemplateResult) = '';
  @state() private _dateError = '';
  @state() private _dateNote = '';

  private _scene: Scene | null = null;
  /** Each row's lanes, fixed when the view is fitted. */
  private _rows: readonly RowPlan[] | null = null;
  /** The words the rows were fitted with (the untitled row's name): Russian may arrive later. */
  private _rowWords: Messages | null = null;
  private _metrics: Metrics | null = null;
  /** The locale the dates in words, label widths and rows were last made in; null before. */
  private _shownLocale: string | undefined | null = null;
  private _measure: Measure | null = null;
  /** 1-based place of each shown event among the shown events, for aria-posinset. */
  private _positions = new Map<string, number>();
  private _colors = new Map<string, string>();
  private _hiddenSet: ReadonlySet<string> = new Set();
  /** Each event's date text, formatted once per locale. */
  private readonly _dates = new Map<string, string>();
  private readonly _datetimes = new Map<string, string>();
  /** What the page asked to be shown first (a link, `start-at`, `selected`) waits for the first data. */
  private _awaitingData = true;
  /**
   * Whether the first data is drawn and its first view (a link, `start-at`, `selected`) applied,
   * or data given held no event or could not be loaded.
   */
  private _firstViewDone = false;
  /** Navigation called before it could act (`_navigable`), released once it can. */
  private _waiting: (() => void)[] = [];

  // The drawing spans the region's content box, so padding a publication puts on ::part(base) is
  // taken off the axis rather than pushing the last events out of view.
  private readonly _print = new PrintController(this);
  private readonly _search = new SearchController(this, {
    events: () => this._data.events,
    hidden: () => this._hiddenSet,
    show: (id) => this.goTo(id),
  });
  private readonly _size = new ResizeController(this, () =>
    this.renderRoot?.querySelector('section'),
  );
  private readonly _view = new ViewController(this, {
    wheelWithoutModifier: () => this.matches(':focus-within'),
    onRange: (w) =>
      this.dispatchEvent(new AnnalsRangeChangeEvent(new Date(w.start), new Date(w.end))),
    onSettle: (w) => this._settled(w),
  });
  private readonly _focus = new RovingFocusController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.viewport'),
    button: (id) => this._button(id),
    neighbour: (from, d) => this._neighbour(from, d)?.id,
    end: (d) => neighbour(this._data.events, this._hiddenSet, null, d === 1 ? -1 : 1)?.id,
    reveal: (id) => this._nav.reveal(id),
    zoom: (factor, around) => {
      const e = around ? this._event(around) : undefined;
      void this._sayView(this.zoomBy(factor, e ? { around: new Date(e.startTime) } : {}));
    },
    fit: () => void this._sayView(this.fit()),
  });
  private readonly _nav = new NavigationController(this, {
    view: this._view,
    scene: () => this._scene,
    event: (id) => this._event(id),
    drawing: () => this.renderRoot.querySelector<HTMLElement>('.viewport'),
    item: (id) => this._button(id),
    rendered: () => this._rendered(),
    focused: (): string | null => {
      const id: string | null = this._focus.focusId;
      const button = id === null ? null : this._button(id);
      return button && this.shadowRoot?.activeElement === button ? id : null;
    },
  });
  private readonly _in = new DataInputController(this, {
    fetchOptions: () => ({
      // An unknown format ("json", "TimelineJS") is read as no format is: told from the file.
      format: this.format
        ? oneOf(this, 'format', this.format, FORMATS, undefined, 'the format is told from the file')
        : undefined,
      credentials: oneOf(this, 'credentials', this.credentials, CREDENTIALS, 'omit'),
      timeoutMs: positive(this, 'timeout', this.timeout, 10_000),
      maxBytes: positive(this, 'max-bytes', this.maxBytes, 32_000_000),
    }),
    // Sent once the data is validated, and only if it holds events (else it is an error).
    onLoad: (url, as) => (this._loaded = { url, as }),
    onError: (url, failure, message, status) => this._fail(url, failure, message, status),
  });
  private readonly _tokens = new TokenWatchController(this, {
    probe: () => this.renderRoot.querySelector('.token-probe'),
    changed: () => {
      // Read the sizes and measure the labels again, and fit the rows to them.
      this._metrics = null;
      this._remeasure();
      this.requestUpdate();
      // A stylesheet that changed the sizes may have changed the colours too.
      this._contrast.check();
    },
  });
  private readonly _contrast = new ContrastController(this, {
    probe: () => this.renderRoot.querySelector('.colour-probe'),
    data: () => ({
      categories: this._data.categories,
      colors: this._colors,
      uncategorized: this._data.events.some((e) => e.category === undefined),
    }),
    // Once a page: every timeline of a house style would say the same.
    warn: (text) => warnOnce(ContrastController, `annals-timeline: ${text}`),
  });
  private readonly _lang = new LangWatchController(this);
  private readonly _words = new MessagesController(this, {
    locale: () => this._locale,
    strings: () => this.strings,
  });
  private readonly _link = new DeepLinkController(
    this,
    () => this.deepLink || null,
    (s) => this._restore(s, false),
    () => this._view.window,
  );

  /** The validated dataset being drawn: events sorted, dates parsed, invalid items left out. */
  get normalized(): Dataset {
    return this._data;
  }

  /** Problems found in the input, also sent as `annals-problems`. */
  get problems(): readonly Problem[] {
    return this._problems;
  }

  /** The last scene drawn: plain data holding every position of the picture. */
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
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'auto');
    if (layout !== 'auto') return layout;
    const breakpoint = positive(this, 'breakpoint', this.breakpoint, 560);
    return this._size.width > 0 && this._size.width < breakpoint ? 'vertical' : 'horizontal';
  }

  /** An event of the dataset by id (the core's index, built once per dataset). */
  private _event(id: string): TimelineEvent | undefined {
    const i = indexById(this._data.events).get(id);
    return i === undefined ? undefined : this._data.events[i];
  }

  /** The selected event, if any. */
  get selectedEvent(): TimelineEvent | null {
    return (this.selected !== null && this._event(this.selected)) || null;
  }

  private get _locale(): string | undefined {
    return elementLocale(this, this.locale);
  }

  /**
   * Rows: as the page asks; else, for TimelineJS data whose events have groups, a row per group,
   * as TimelineJS draws them; else none.
   */
  private _groupBy(): GroupBy {
    if (this.groupBy != null) return oneOf(this, 'group-by', this.groupBy, GROUPS, 'none');
    return this._fromTimelineJs && this._data.events.some((e) => e.group) ? 'group' : 'none';
  }

  /** The lanes a row may take: the page's `max-lanes`, else 6, or 3 a row with rows. */
  private _maxLanes(groupBy: GroupBy): number {
    const fallback = groupBy === 'none' ? DEFAULT_MAX_LANES : 3;
    return this.maxLanes == null ? fallback : positive(this, 'max-lanes', this.maxLanes, fallback);
  }

  /**
   * `updateComplete` also waits for the words of the timeline's language. Russian and Kazakh load
   * the first time a timeline's locale (or nearest `lang`) asks for them, and the timeline is not
   * shown until they arrive; so after `el.locale = 'ru'`, `await el.updateComplete` resolves once the timeline
   * speaks Russian (or has stayed in English because they could not be loaded). In English it waits
   * for nothing more.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._words.wait(super.getUpdateComplete());
  }

  /**
   * This update drawn, without waiting for late words: what the timeline's own code awaits, so
   * navigation, events and focus never wait for a download (the words redraw when they come).
   */
  private _rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /**
   * Drawn, and the first data's first view applied: a page may call `goTo('e5')` before its data
   * (or `src`) arrives, and it then goes to e5 once it has, rather than failing to find it or being
   * overridden by the first view.
   */
  private async _navigable(): Promise<void> {
    await this._rendered();
    // A later `src` on its way too: its data, not the data it replaces.
    while (!this._firstViewDone || this._in.loading)
      await new Promise<void>((resolve) => this._waiting.push(resolve));
  }

  /** Lets the navigation waiting in `_navigable` look again. */
  private _release() {
    for (const resolve of this._waiting.splice(0)) resolve();
  }

  private _showFirstView() {
    this._firstViewDone = true;
    this._release();
    this._view.settleAgain();
  }

  protected override willUpdate(changed: PropertyValues) {
    this._cardHadFocus = this.shadowRoot?.activeElement?.localName === 'annals-event-card';
    // An empty selection (`selected=""`, as templates write an unset value, by attribute or
    // property, at any time) or an unset one (React's and Vue's unbound property) is none, said
    // nothing of; a number (an id as vis-timeline writes it, read as text in the data) is its text.
    const selected: unknown = this.selected;
    this.selected = selected === '' || selected == null ? null : String(selected);
    // The read-only `orientation` says which layout is in use; `layout` chooses it.
    if (this.hasAttribute('orientation'))
      warnOnce(
        this,
        `annals-timeline: there is no orientation attribute; layout="${this.getAttribute('orientation')!.slice(0, 40)}" chooses the layout`,
      );
    const sourceChanged = ['src', 'format', 'credentials', 'timeout', 'maxBytes'].some((k) =>
      changed.has(k),
    );
    if (sourceChanged || changed.has('data')) {
      this._in.sourceChanged();
      if (this._in.loading) this._announcement = LOADING;
      else if (this._announcement === LOADING) this._announcement = '';
    }
    // The selected event in the data drawn so far.
    const was = this.selectedEvent;
    const dataChanged = ['data', 'events', 'eras', 'categories'].some((k) => changed.has(k));
    if (dataChanged || this._in.version !== this._validated) this._validate();
    // A selection written before the data arrived waits for it. One that names no event of the
    // data (written before it, or set by the page since) is cleared and warned of; one that new
    // data has taken away (a live page's update) is cleared quietly.
    if (this.selected !== null && this._data.events.length && !this.selectedEvent) {
      if (!was)
        console.warn(
          `annals-timeline: no event has the selected id "${this.selected.slice(0, 80)}"`,
        );
      this._select(null, false, true);
    }
    if (changed.has('selected') && changed.get('selected') !== undefined) {
      const e = this.selectedEvent;
      const date = e && this._dateText(e);
      // The date is in the locale's words, or the data's own (`displayDate`).
      this._announcement = e
        ? (_, l) =>
            html`<span lang=${l.data ?? nothing}>${e.title}</span
              ><span lang=${(e.displayDate ? l.data : l.date) ?? nothing}>, ${date}</span>`
        : '';
    }
    if (changed.has('hiddenCategories') && !Array.isArray(this.hiddenCategories)) {
      // Unset (what React and Vue give an unbound property) is none; anything else is a mistake.
      if (this.hiddenCategories != null)
        warnOnce(
          this,
          `annals-timeline: hiddenCategories must be an array of category ids, not ${typeof this.hiddenCategories}; none is hidden`,
        );
      this.hiddenCategories = [];
    }
    // An event selected in a category the legend hides (by goTo, `selected` or a link) shows its
    // category again: the selection is always drawn (hiding it clears the selection), and
    // bringing it into view no longer zooms in for ever looking for a mark never to be drawn.
    // A selection and hidden categories given before the data are read when it arrives.
    const chosen =
      changed.has('selected') || (changed.has('_data') && !changed.has('hiddenCategories'))
        ? this.selectedEvent
        : null;
    const hides = (e: TimelineEvent | null): e is TimelineEvent & { category: string } =>
      e?.category !== undefined && this.hiddenCategories.includes(e.category);
    if (hides(chosen)) {
      const shown = chosen.category;
      this.hiddenCategories = this.hiddenCategories.filter((id) => id !== shown);
      // Told as the legend tells it, so a page that keeps the hidden categories stays in step.
      this._tell(new AnnalsCategoryToggleEvent(shown, true), true);
    }
    // Categories switched off from script: a selection among them goes, as when the legend
    // switches them off.
    if (changed.has('hiddenCategories') && !changed.has('selected')) {
      if (hides(this.selectedEvent)) this._select(null, true, true);
    }
    if (changed.has('hiddenCategories') || changed.has('_data')) {
      this._hiddenSet = new Set(this.hiddenCategories);
      const shown = this._data.events.filter((e) => isShown(e, this._hiddenSet));
      this._positions = new Map(shown.map((e, i) => [e.id, i + 1]));
    }
    // Events switched off in the legend are not found.
    if (changed.has('_data') || changed.has('hiddenCategories')) this._search.find();
    // The locale in use: `locale`, else the nearest `lang`, which may change at any time.
    const locale = this._locale;
    if (locale !== this._shownLocale) {
      this._shownLocale = locale;
      this._dates.clear();
      this._remeasure();
    }
    if (changed.has('_data')) this._dates.clear();
    if (changed.has('_data')) this._datetimes.clear();
    if (this._size.measure() <= 0) return;
    const gaps = oneOf(this, 'gaps', this.gaps, GAPS, 'compress') === 'compress';
    const groupBy = this._groupBy();
    const view = this._view;
    const refit = view.update({
      dataset: this._data,
      width: this._size.width,
      orientation: this.orientation,
      gaps,
      minZoom: positive(this, 'min-zoom', this.minZoom, 1),
      maxZoom: positive(this, 'max-zoom', this.maxZoom, Infinity, true),
      // Selector matching, not computed style: cheap on every update, and what the CSS uses.
      rtl: this.matches(':dir(rtl)'),
    });
    if (refit || !this._metrics) this._metrics = this._readMetrics();
    if (!this._measure) this._measure = canvasMeasure(this);
    const words = this._messages;
    const regroup =
      words !== this._rowWords ||
      ['hiddenCategories', 'maxLanes', 'groupBy', '_data'].some((k) => changed.has(k));
    const viewport: Viewport = {
      length: view.length,
      width: this._size.width,
      orientation: view.orientation,
      transform: view.transform,
      locale: this._locale,
      messages: words,
      gaps,
      hiddenCategories: this._hiddenSet,
      axis: view.axis ?? undefined,
      groupBy,
      maxLanes: this._maxLanes(groupBy),
      // What the reader is on is drawn on its own, however dense its surroundings.
      pinned: [this._focus.focusId, this.selected].filter((id): id is string => id !== null),
    };
    if (refit || regroup || !this._rows) {
      // The rows are fitted to the whole span, and laid out with the view in the same pass.
      this._rowWords = words;
      const fitted = fitAndLayout(this._data, viewport, this._metrics, this._measure);
      this._rows = fitted.rows ?? null;
      this._scene = fitted.scene;
    } else
      this._scene = layout(
        this._data,
        { ...viewport, rows: this._rows },
        this._metrics,
        this._measure,
      );
  }

  /** Label widths are measured again, and the rows fitted again, at the next layout. */
  private _remeasure() {
    this._measure = null;
    this._rows = null;
  }

  /** The sizes the layout takes, from the element's tokens: lengths in px, as the CSS has them. */
  private _readMetrics(): Metrics {
    registerMetricProperties();
    const style = getComputedStyle(this);
    const font = parseFloat(style.fontSize);
    // The private token: the page's value, or the default when the page sets none (in px where
    // it is registered; without registered properties the default is CSS text, read as unset).
    return metricsFrom(
      (name) => {
        const own = style.getPropertyValue(TOKEN_BY_NAME.get(name)?.private ?? '');
        return sizeLength(own, font) !== null || style.getPropertyValue(name).trim() ? own : '';
      },
      DEFAULT_METRICS,
      font,
    );
  }

  private _fail(url: string, failure: LoadFailure, message: string, status?: number) {
    console.error(`annals-timeline: ${message}`);
    // The notice, an alert of its own, says what happened; the event follows once it is drawn.
    if (this._announcement === LOADING) this._announcement = '';
    this._tell(new AnnalsErrorEvent(url, failure, message, status), true);
  }

  /**
   * Sends an event; `later` (found within an update), once that update is drawn: a page that
   * answers it by setting `data` or `src` then gives them to the next update, not to this one,
   * which has read its data already and would lose them.
   */
  private _tell(event: Event, later?: boolean) {
    if (later) void this._rendered().then(() => this.dispatchEvent(event));
    else this.dispatchEvent(event);
  }

  private _validate() {
    this._validated = this._in.version;
    const from = this._in.input();
    this._fromTimelineJs = from.timelinejs;
    this._fromFile = from.loaded;
    const validated = validateDataset(from.input, from.names);
    const { dataset } = validated;
    // A sheet's problems, the reader's and validation's (events, then eras), in the order of its
    // rows; problems that name no row keep their order.
    const problems = inRowOrder([...from.problems, ...validated.problems]);
    // Problems warned of already (a live page's updates that keep one invalid event) are not
    // warned of again; `annals-problems` still tells each update.
    const told = samePlainData(problems, this._problems);
    // The same data again, as a framework gives it when it builds `data` anew on every render:
    // the drawing, the view and the reader's place stay as they are.
    if (!from.loaded && dataset.events.length && samePlainData(dataset, this._data) && told) return;
    this._data = dataset;
    this._problems = problems;
    this._dropped = from.dropped + validated.dropped;
    this._noEvents = from.loaded && dataset.events.length === 0;
    if (this._loaded && !this._noEvents) {
      const { url, as } = this._loaded;
      const n = dataset.events.length;
      this._announcement = (m) => m.loaded(n);
      this._tell(new AnnalsLoadEvent(url, as), true);
    }
    this._loaded = null;
    if (this._noEvents)
      this._fail(
        this.src ?? '',
        'no-events',
        `${this.src ?? 'the inline data'} holds no event that can be shown (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
      );
    this._colors = categoryColors(dataset.categories);
    if (dataset.events.length) this._contrast.check();
    if (!told) reportProblems(problems);
    const dropped = this._dropped;
    if (problems.length) this._tell(new AnnalsProblemsEvent(problems, dropped), true);
  }

  protected override updated(changed: PropertyValues) {
    this._view.attach(this.renderRoot.querySelector<HTMLElement>('.viewport'));
    if (this._waiting.length && this._firstViewDone && !this._in.loading) this._release();
    if (this._awaitingData && this._scene && this._data.events.length) {
      this._awaitingData = false;
      void this._start().finally(() => this._showFirstView());
    } else if (
      this._awaitingData &&
      !this._firstViewDone &&
      this.isConnected &&
      !this._data.events.length &&
      !this._in.loading &&
      !this._in.awaiting
    ) {
      // Data given that holds no event, or could not be loaded: there is nothing to wait for.
      // (Data with events not drawn yet, in a hidden container, is still waited for.)
      this._showFirstView();
    } else if (changed.has('selected') && !this._awaitingData) {
      // However the selection changed, the link says so (a link being applied says it already),
      // and its event comes into view, unless a link names the range to show.
      this._link.write({ selected: this.selected }, false);
      if (this.selected !== null && !this._link.applying) void this._nav.reveal(this.selected);
    }
    // The card closed while it held focus (new data without its event, `selected` cleared from
    // script, a link gone back): focus goes to the events, not to the page's body.
    // Once this update is done: focusing an event moves the tab stop, another update.
    if (this._cardHadFocus && this.renderRoot.querySelector('annals-event-card')?.hidden)
      void this._rendered().then(() => this._focusTabStop());
  }

  /** The card held focus when this update began. */
  private _cardHadFocus = false;

  /** Focus to the events' tab stop, or to the drawing when none is drawn. */
  private _focusTabStop() {
    (
      this._button(
        this._focus.tabStop(
          new Set(this._scene?.items.map((i) => i.id)),
          this._scene?.items[0]?.id,
          this.selected,
        ) ?? '',
      ) ?? this.renderRoot.querySelector<HTMLElement>('.viewport')
    )?.focus();
  }

  /**
   * A focused toolbar button that becomes disabled (− at the whole span, + at the finest zoom, a
   * search step without matches) loses focus to the page's body: it goes to the nearest enabled
   * control of the same group before it, else after it (the other zoom button, the search field),
   * so the keyboard reader stays put.
   */
  private _onRegionFocusout(ev: FocusEvent) {
    const from = ev.target;
    if (ev.relatedTarget !== null || !(from instanceof HTMLButtonElement) || !from.disabled) return;
    const group = from.closest('.toolbar .group');
    const controls = [...(group?.querySelectorAll<HTMLElement>('button, input') ?? [])];
    const at = controls.indexOf(from);
    const enabled = (c: HTMLElement) => !(c as HTMLButtonElement).disabled;
    const next =
      controls.slice(0, at).reverse().find(enabled) ?? controls.slice(at + 1).find(enabled);
    next?.focus();
  }

  /**
   * The reader zoomed by key, button or cluster: once the view settles, what it shows is said
   * ("Shown: Mar 2009 – Jun 2011"), as the eye sees it on the axis. Pointer gestures and a page's
   * own calls are not (the reader sees them, and the page says what it does).
   */
  private async _sayView(move: Promise<void>) {
    this._viewToSay = true;
    await move;
    // It moved nothing (− at the whole span), so nothing settles: a later movement, the page's
    // or a pointer's, is not said for it.
    if (!this._view.moving && !this._view.settling) this._viewToSay = false;
  }

  private _settled(w: TimeWindow) {
    // The first data's view is told once the view the page asked for (a link, `start-at`,
    // `selected`) is shown, not the whole span drawn before it.
    if (!this._firstViewDone) return;
    this.dispatchEvent(new AnnalsRangeSettleEvent(new Date(w.start), new Date(w.end)));
    if (this._viewToSay) {
      this._viewToSay = false;
      const locale = this._locale;
      this._announcement = (m) => m.pictureShown(windowText(w.start, w.end, locale));
    }
    // Until the page's first view is applied, the link still says what to show.
    if (this._awaitingData || !this._view.axis) return;
    const t = this._view.transform;
    const whole = t.k === 1 && t.x === 0;
    // A pixel at each end: the link's dates may be that much rounder (a day, not a second).
    this._link.writeRange(w, whole, pixelSlack(this._view.axis, t, w));
  }

  /** First data drawn: a deep link wins, then `start-at`, then `selected`, then the whole span. */
  private async _start() {
    // Not within the update that drew the data: moving the view schedules the next one.
    await this._rendered();
    const link = this._link.current();
    if (link.selected || link.from) return this._link.apply(() => this._restore(link, true));
    const selected = this.selectedEvent;
    if (this.startAt) {
      const event = this._event(this.startAt);
      if (event) {
        this._focus.focusId = event.id;
        return this._view.show(spanWithSurroundings(event.startTime, event.endTime), false);
      }
      const d = toCivilDate(this.startAt);
      if (d.ok)
        return this._view.show(windowForDate(d.date, this._view.axis?.breaks ?? []).window, false);
      console.warn(
        `annals-timeline: start-at "${this.startAt.slice(0, 80)}" is neither an event id nor a date (${d.reason})`,
      );
    }
    // The page's own choice, as start-at: shown in the drawing without scrolling the page, which
    // on a phone would carry the reader past the article above the timeline as it loads.
    if (selected) await this._nav.reveal(selected.id, true, false);
  }

  /**
   * Applies a deep link (on load, or when the reader goes back or forward), within
   * `DeepLinkController.apply`, which writes nothing meanwhile: its range first, then its
   * selection. A range the link names is the view, even if the selected event lies outside it;
   * without one, the selected event is brought into view.
   */
  private async _restore(state: LinkState, initial: boolean) {
    const range = !!(state.from && state.to);
    // Not through zoomTo and fit, which wait for the first view that this may be applying.
    await this._rendered();
    if (range) await this._nav.show(this._span(state.from!, state.to!), false);
    else if (!initial) await this._nav.fit(false);
    if ('selected' in state || !initial) {
      const id = state.selected ?? null;
      if (id && this._event(id) === undefined)
        console.warn(`annals-timeline: the link names no event "${id.slice(0, 80)}"`);
      this._select(id && this._event(id) !== undefined ? id : null, false);
      if (this.selected) this._focus.focusId = this.selected;
    }
    await this._rendered();
    if (this.selected && !range) await this._nav.reveal(this.selected, false);
  }

  /**
   * Goes to an event by id (selects it and brings it into view) or to a date, whose period is shown
   * with its surroundings (`2013-05` shows April to June; `44 BCE` reads as the axis writes a
   * year before the common era, in the timeline's locale). A `Date` is an instant, shown at the
   * finest zoom. Rejects with a RangeError naming an unknown id or an unreadable date. Called
   * before the data (or `src`) has arrived, it waits for the data and its first view, as
   * `zoomTo`, `zoomBy`, `fit`, `next` and `previous` do.
   */
  async goTo(idOrDate: DateLike, options: NavigateOptions = {}): Promise<void> {
    // A Date it cannot read is refused at once, not once the data has come.
    const instant = typeof idOrDate === 'string' ? null : timeOf(idOrDate, 'annals-timeline: goTo');
    await this._navigable();
    const animate = options.animate ?? true;
    const event = typeof idOrDate === 'string' ? this._event(idOrDate) : undefined;
    if (event) {
      this._select(event.id, true);
      this._focus.focusId = event.id;
      return this._nav.reveal(event.id, animate);
    }
    if (typeof idOrDate === 'string') {
      // A year BCE as the axis and the Go-to box write it ('300 BCE') reads as the box reads it.
      const d = toCivilDate(yearBeforeCommonEra(idOrDate, this._locale) ?? idOrDate);
      if (!d.ok)
        throw new RangeError(
          `annals-timeline: goTo("${idOrDate.slice(0, 80)}"): no event has this id, and it is not a date (${d.reason})`,
        );
      return this._nav.show(windowForDate(d.date, this._view.axis?.breaks ?? []).window, animate);
    }
    return this._nav.show({ start: instant!, end: instant! }, animate);
  }

  /**
   * Shows the span from `start` to `end` (within the zoom limits): ISO text at any precision, the
   * end inclusive (`zoomTo('2005', '2005')` shows the year 2005). Resolves when drawn; called
   * before the data, once the data is drawn.
   */
  async zoomTo(start: DateLike, end: DateLike, options: NavigateOptions = {}): Promise<void> {
    // A date it cannot read rejects at once, not once the data has come.
    const span = this._span(start, end);
    await this._navigable();
    return this._nav.show(span, options.animate ?? true);
  }

  /** The span `zoomTo` shows: the end inclusive, the two in either order. */
  private _span(start: DateLike, end: DateLike): TimeWindow {
    const a = timeOf(start, 'annals-timeline: zoomTo start');
    const b = timeOf(end, 'annals-timeline: zoomTo end');
    // Given the wrong way round, the later one is still the end, and runs to the end of its unit.
    const to = timeOf(b >= a ? end : start, 'annals-timeline: zoomTo end', true);
    return { start: Math.min(a, b), end: to };
  }

  /** Loads `src` again (what the Retry button does), or reads the inline data again. */
  async reload(): Promise<void> {
    await this._in.reload();
    await this._rendered();
  }

  /** Shows the whole span. Resolves when drawn. */
  async fit(options: NavigateOptions = {}): Promise<void> {
    await this._navigable();
    return this._nav.fit(options.animate ?? true);
  }

  /**
   * The picture of what is shown now, as a standalone SVG document: the same orientation, width,
   * visible range, rows, hidden categories, sizes and locale, in the colours and font the page's
   * CSS and theme give the tokens. It is drawn by the same code as the `annals` command (`render/`),
   * with its labels fitted to the widths of the page's font, measured on a canvas, so they never
   * overlap, in a wide house font too (the command, with no fonts to measure, uses the core's
   * estimate). Against the screen, every mark is where it is. The selected event is ringed;
   * `legend: true` adds a key of the shown categories above the drawing. Its ids begin `annals-`;
   * pictures inlined together in one page each need their own `idPrefix` (`{ idPrefix: 'map-2' }`),
   * or the second names the first's title and clips its axis with the first's box.
   *
   * Asynchronous (a Promise of the document's text): the drawing code is loaded on the first
   * export (in `dist/annals.js`, the chunk `chunks/export.js`). What is shown is read when
   * `toSVG()` is called, so a view that moves meanwhile does not change the picture.
   */
  async toSVG(options: { legend?: boolean; idPrefix?: string } = {}): Promise<string> {
    // In the words of the timeline's language: Russian or Kazakh still on their way are waited
    // for (English if they cannot be loaded), so a picture never mixes two languages.
    await this._words.pending;
    const data = this._data;
    const picture = this._picture(options);
    const { drawDatasetSvg } = await import('./export.js');
    // Labels fitted to the widths of the font the picture names, as the page's are to its own.
    return drawDatasetSvg(data, { ...picture, textWidth: canvasTextWidth(picture.fontFamily!) });
  }

  /**
   * The timeline's name: `label`, else the data's title, else "Untitled timeline". An empty label
   * is none (Vue sets a bound label that becomes undefined to ''): the region is never unnamed.
   */
  private _title(): string {
    return this.label || this._data.title || this._messages.untitled;
  }

  /** What `toSVG()` draws, read from the element now. */
  private _picture(options: {
    legend?: boolean;
    idPrefix?: string;
  }): DatasetSvgOptions & { messages: Messages } {
    const style = getComputedStyle(this);
    const groupBy = this._groupBy();
    const width = this._size.width;
    return {
      width: width > 0 ? width : 1200,
      orientation: this.orientation,
      transform: width > 0 && this._view.axis ? this._view.transform : undefined,
      gaps: oneOf(this, 'gaps', this.gaps, GAPS, 'compress') === 'compress',
      groupBy,
      maxLanes: this._maxLanes(groupBy),
      hidden: this._hiddenSet,
      metrics: this._metrics ?? undefined,
      pinned: this.selected === null ? undefined : [this.selected],
      selected: this.selected,
      legend: options.legend,
      idPrefix: options.idPrefix,
      locale: this._locale,
      messages: this._messages,
      theme: computedTokens(this),
      fontFamily: style.fontFamily,
      fontSize: parseFloat(style.fontSize),
      title: this._title(),
    };
  }

  /**
   * The picture of `toSVG()` as PNG, `scale` times its size (default 2, sharp in print and on
   * dense screens), drawn through a canvas. Rejects with the reason when the page's
   * Content-Security-Policy keeps images from `data:` URLs, or the canvas fails.
   */
  async toPNG(scale = 2, options: { legend?: boolean } = {}): Promise<Blob> {
    const svg = await this.toSVG(options);
    const { svgToPng } = await import('./export.js');
    return svgToPng(svg, scale);
  }

  /** The toolbar's download buttons: the file, or the reason it could not be made, never silence. */
  private async _download(format: 'svg' | 'png') {
    try {
      const blob =
        format === 'svg'
          ? new Blob([await this.toSVG()], { type: 'image/svg+xml' })
          : await this.toPNG();
      const { download, fileName } = await import('./export.js');
      download(blob, fileName(this._data.title || this.label, format));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      console.warn(`annals-timeline: the ${format.toUpperCase()} export failed: ${reason}`);
      this._dateError = '';
      this._dateNote = `${this._messages.exportFailed(format.toUpperCase())} (${reason})`;
    }
  }

  /**
   * Zooms in (factor > 1) or out (< 1), keeping `options.around` (a date) where it is on screen;
   * by default the centre. Rejects a factor that is not a positive finite number. Resolves when drawn.
   */
  async zoomBy(
    factor: number,
    options: NavigateOptions & { around?: DateLike } = {},
  ): Promise<void> {
    if (typeof factor !== 'number' || !(factor > 0) || !Number.isFinite(factor))
      throw new RangeError(`annals-timeline: zoomBy needs a positive finite factor, not ${factor}`);
    const { around } = options;
    const at = around === undefined ? undefined : timeOf(around, 'annals-timeline: zoomBy around');
    await this._navigable();
    return this._nav.zoomBy(factor, at, options.animate ?? true);
  }

  /**
   * Selects and shows the next shown event after the selected (or focused) one; with none, the
   * first that starts in the view or after it.
   */
  next(): Promise<void> {
    return this._step(1);
  }

  /**
   * Selects and shows the previous shown event; with none selected or focused, the last that
   * starts before the view's end.
   */
  previous(): Promise<void> {
    return this._step(-1);
  }

  private async _step(direction: 1 | -1) {
    await this._navigable();
    const e = this._neighbour(this.selected ?? this._focus.focusId, direction);
    if (e) await this.goTo(e.id);
  }

  /** The shown event after (1) or before (−1) `from`; with none, from what is on screen. */
  private _neighbour(from: string | null, direction: 1 | -1) {
    const at = from ? this._event(from) : undefined;
    const view = this._scene?.visible;
    return at || !view
      ? neighbour(this._data.events, this._hiddenSet, at, direction)
      : neighbourOfView(this._data.events, this._hiddenSet, view, direction);
  }

  /**
   * A cluster activated: its span is shown, with a little room either side so the marks at its
   * ends are not cut by the edges, and focus goes to its first event drawn. Events that share a
   * day may still be a cluster at the finest zoom: then its first event is selected and focused,
   * and the arrow keys and Next go through the rest.
   */
  private async _openCluster(k: SceneCluster) {
    const room = (k.end - k.start) / 20;
    // While the view zooms, the clusters are drawn anew in place: focus waits on the drawing, so
    // a screen reader never hears the focused button turn into another cluster on the way.
    if (this.shadowRoot?.activeElement?.closest('[part~="clusters"]'))
      this.renderRoot
        .querySelector<HTMLElement>('[part~="viewport"]')
        ?.focus({ preventScroll: true });
    await this._sayView(this.zoomTo(new Date(k.start - room), new Date(k.end + room)));
    const scene = this._scene;
    if (!scene) return;
    const still = scene.clusters.find(
      (c) => c.row === k.row && c.start <= k.start && k.start < c.end,
    );
    if (!still || this._view.transform.k < this._view.limits.maxK * 0.999) {
      // Its events are drawn (some may still be clustered, further in): the first of them.
      const first = scene.items.find(
        (it) => it.row === k.row && this._data.events[it.index]!.startTime >= k.start,
      );
      if (first) return this._focus.focus(first.id);
      if (still) return this._focusCluster(still);
      return;
    }
    const e = firstClustered(
      this._data.events,
      still,
      scene.rows[still.row]?.key,
      rowKeyOf(this._groupBy()),
      this._hiddenSet,
      new Set(scene.items.map((i) => i.id)),
      // Opened again, it goes on from the event it opened last.
      this.selectedEvent,
    );
    if (!e) return;
    this._select(e.id, true);
    return this._focus.focus(e.id);
  }

  /**
   * + or − on a focused cluster: zoom around its middle on screen; focus then goes to the cluster
   * drawn there (or within a cluster's width of it), or, where its events are now drawn, to the
   * one nearest it.
   */
  private async _zoomCluster(k: SceneCluster, factor: number) {
    const axis = this._view.axis;
    if (!axis) return;
    const px = (k.x + k.x2) / 2;
    const at = unproject(axis, this._view.transform, px);
    await this._sayView(this.zoomBy(factor, { around: new Date(at) }));
    const scene = this._scene;
    if (!scene) return;
    // The cluster drawn where the middle was (the zoom kept it there on screen), else its events.
    const holder = clusterAt(scene.clusters, k.row, px, k.x2 - k.x);
    if (holder) return this._focusCluster(holder);
    const nearest = nearestItem(scene.items, k.row, px);
    if (nearest) return this._focus.focus(nearest.id);
  }

  /** Moves the clusters' tab stop, and focus, to `k` once drawn. */
  private async _focusCluster(k: SceneCluster) {
    const i = this._scene?.clusters.indexOf(k) ?? -1;
    if (i < 0) return;
    this._clusterStop = i;
    this.requestUpdate();
    await this._rendered();
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="cluster"]')[i]?.focus();
  }

  /** The cluster that holds the clusters' one tab stop, by its place in the list. */
  private _clusterStop = 0;

  /** Selects `id`; `later`, from within an update, tells it once drawn (`_tell`). */
  private _select(id: string | null, fromUser: boolean, later?: boolean) {
    if (id === this.selected) return;
    this.selected = id;
    this._tell(new AnnalsSelectEvent(id, this.selectedEvent), later);
    if (fromUser) this._link.write({ selected: id }, true);
  }

  private _button(id: string) {
    return this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
  }

  private _dateText(e: TimelineEvent): string {
    let date = this._dates.get(e.id);
    if (date === undefined) {
      date = e.displayDate || formatRange(e.start, e.end, this._locale);
      this._dates.set(e.id, date);
    }
    return date;
  }

  private _onActivate(id: string) {
    this._focus.focusId = id;
    this._select(id, true);
    // On a phone the card is below the drawing: bring it into view, with focus (Escape or its
    // close button brings focus back to the event).
    if (this._view.orientation === 'vertical')
      // In the next frame, once the card has drawn whole (its own update follows the timeline's;
      // its body and words may come later): scrolled to before, a long body grew the card down
      // past the foot of the screen, its title alone in view. Its article takes the focus.
      void this._rendered().then(() =>
        requestAnimationFrame(() => {
          const card = this.renderRoot.querySelector('annals-event-card');
          void card?.updateComplete.then(() => {
            card.scrollIntoView?.({ block: 'nearest' });
            card.focus({ preventScroll: true });
          });
        }),
      );
  }

  /** The card closed from inside it (Escape or its close button): focus goes back to the event. */
  private _closeCard() {
    const id = this.selected;
    this._select(null, true);
    if (id === null) return;
    this._focus.focusId = id;
    void this._rendered().then(() => {
      const button = this._button(id);
      button?.focus();
      // The card was below the drawing on a phone: come back to the event.
      button?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  /** Escape closes the card from anywhere in the timeline; focus returns to the event. */
  private _onRegionKeydown(ev: KeyboardEvent) {
    if (ev.key !== 'Escape' || this.selected === null) return;
    const fromCard = ev
      .composedPath()
      .some((n) => n instanceof Element && n.localName === 'annals-event-card');
    ev.preventDefault();
    if (fromCard) this._closeCard();
    else {
      this._select(null, true);
      void this._rendered().then(() => this._nav.followFocus());
    }
  }

  private _onToggle(ev: AnnalsCategoryToggleEvent) {
    const hidden = new Set(this.hiddenCategories);
    if (ev.visible) hidden.delete(ev.category);
    else hidden.add(ev.category);
    this.hiddenCategories = [...hidden];
    const sel = this.selectedEvent;
    if (sel && !isShown(sel, hidden)) this._select(null, true);
  }

  private _onGoTo(text: string) {
    // Before or after the events shown: those of categories switched off are not the ends.
    const r = goToDate(
      text,
      this._data.events.filter((e) => isShown(e, this._hiddenSet)),
      this._view.axis?.breaks ?? [],
      this._locale,
      this._messages,
    );
    this._dateError = r.ok ? '' : r.error;
    this._dateNote = r.ok ? r.note : '';
    // Said once it settles, as a zoom by the toolbar's buttons is: the reader stays in the box.
    if (r.ok) void this._sayView(this._nav.show(r.window, true));
  }

  /** The height the drawing will take with full rows, kept while loading so the page does not jump. */
  private _expectedHeight(): number {
    const m = roomyLanes(this._metrics ?? DEFAULT_METRICS);
    // On a phone the drawing is a column whose length grows with the events (up to 16 rows):
    // unknown before the data, so the longest it takes, as the rows are full across the page; the
    // data, in fewer, never pushes the page below further down.
    if (this.orientation === 'vertical')
      return drawingLength('vertical', this._size.width, Number.MAX_SAFE_INTEGER);
    const lanes = this._maxLanes(this._groupBy());
    return lanes * m.laneHeight + m.clusterStrip + m.axisGap + m.axisSize;
  }

  override render() {
    const m = this._messages;
    const title = this._title();
    // Data read from a file or markup without a title of its own (CSV has none) shows `label`,
    // as markup children do.
    const shown = this._data.title || (this._fromFile && !this._in.loading ? this.label : '');
    const loading = this._in.loading || this._in.awaiting;
    const failure = this._in.failure(this._noEvents);
    const empty = this._data.events.length === 0;
    const scene = this._scene;
    // 2–6, as every attribute it cannot use is said (h1 is the page's).
    const level = headingLevel(this.headingLevel);
    if (this.headingLevel != null && level !== this.headingLevel)
      warnOnce(
        this,
        `annals-timeline: heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not a whole number from 2 to 6; using ${level}`,
      );
    // The title is in the data's language: a `label` shown as the title is for data without a
    // title of its own, read from a file or markup, which has no `lang` either (so, the page's).
    const langs = this._words.langs(this._data.lang);
    const said =
      typeof this._announcement === 'string' ? this._announcement : this._announcement(m, langs);
    // One section whatever the state, so the live region below stays the same element and
    // "Loading…", then "loaded", are announced.
    // Drawn but not shown while the words of its language are on their way (a chunk of their
    // own): the reader never sees the English first, and navigation need not wait for them.
    return html`<section
      part="base"
      class=${this._words.holding ? 'awaiting-words' : ''}
      lang=${langs.interface ?? nothing}
      role="region"
      aria-label=${title}
      aria-roledescription=${m.timeline}
      @keydown=${this._onRegionKeydown}
      @focusout=${this._onRegionFocusout}
    >
      <slot name="header"
        >${
          shown || this._data.description
            ? html`<div class="head" lang=${langs.data ?? nothing}>
                ${shown ? heading(level, shown, 'title') : nothing}
                ${description(this._data.description)}
              </div>`
            : nothing
        }</slot
      >
      ${
        loading
          ? loadingView(
              this._expectedHeight(),
              {
                toolbar: !this.noToolbar,
                overview: !this.noOverview && this.orientation === 'horizontal',
              },
              this._messages,
            )
          : failure
            ? failureView(
                failure.failure,
                failure.status,
                () => void this._retry(),
                this._expectedHeight(),
                this._messages,
              )
            : this._main(empty, scene, langs)
      }
      ${this.showProblems && this._problems.length ? problemsList(this._problems, m) : nothing}
      <div class="sr-only" aria-live="polite" aria-atomic="true">${said}</div>
      <span aria-hidden="true" style=${styleProps(TOKEN_PROBE_BOX_STYLE)}
        ><span class="token-probe" style=${styleProps(TOKEN_PROBE_STYLE)}>${TOKEN_PROBE_TEXT}</span
        ><span class="colour-probe"></span
      ></span>
      <annals-event-card
        exportparts=${CARD_PARTS}
        ?hidden=${!this.selectedEvent || loading || !!failure}
        .event=${this.selectedEvent}
        .categories=${this._data.categories}
        lang=${langs.data ?? nothing}
        locale=${this._locale ?? nothing}
        .strings=${this.strings}
        heading-level=${Math.min(6, level + 1)}
        closable
        @annals-close=${(ev: Event) => {
          // The card's own event, answered here: the page hears annals-select.
          ev.stopPropagation();
          this._closeCard();
        }}
      ></annals-event-card>
      <slot name="footer"></slot>
    </section>`;
  }

  /** Retry from the failure view; focus stays with the reader (the new Retry, or the timeline). */
  private async _retry() {
    await this.reload();
    await this._rendered();
    const retry = this.renderRoot.querySelector<HTMLElement>('[part~="retry"]');
    if (retry) retry.focus();
    else this._focusTabStop();
  }

  /** The toolbar, the drawing, the overview and the notice, once there is data. */
  private _main(empty: boolean, scene: Scene | null, langs: PartLanguages) {
    return html`${this.noToolbar || empty ? nothing : this._toolbar(langs)}
    ${
      empty
        ? html`<p class="empty" part="empty">${this._messages.noEvents}</p>`
        : scene
          ? this._drawing(scene, langs)
          : html`<div class="viewport" part="viewport"></div>`
    }
    ${
      empty || this.noOverview || !scene?.overview
        ? nothing
        : html`<annals-overview
            exportparts="strip:overview, window:overview-window"
            .marks=${scene.overview.marks}
            .window=${scene.overview.window}
            @annals-window-request=${(ev: AnnalsWindowRequestEvent) => {
              // The overview's own event, answered here: the page hears the range change.
              ev.stopPropagation();
              void this._view.panToFraction(ev.window.start);
            }}
          ></annals-overview>`
    }
    ${this._dropped ? droppedNotice(this._dropped, this._messages) : nothing}
    ${
      this._print.printing && !empty
        ? printList({
            events: this._data.events.filter((e) => isShown(e, this._hiddenSet)),
            label: this._title(),
            langs,
            dateText: (e) => this._dateText(e),
            datetime: (e) => htmlDatetime(e.start),
          })
        : nothing
    }`;
  }

  private _toolbar(langs: PartLanguages) {
    const v = this._view;
    const from = this.selected ?? this._focus.focusId;
    return toolbar({
      messages: this._messages,
      locale: this._locale,
      strings: this.strings,
      dataLang: langs.data,
      title: this._title(),
      zoomable: true,
      // At the last event Next has nowhere to go (and at the first, Previous): disabled, it says so.
      canPrevious: (this._neighbour(from, -1)?.id ?? from) !== from,
      canNext: (this._neighbour(from, 1)?.id ?? from) !== from,
      canZoomIn: v.transform.k < v.limits.maxK - 1e-9,
      canZoomOut: v.transform.k > v.limits.minK + 1e-9,
      query: this._search.query,
      matchCount: this._search.matches.length,
      matchIndex: this._search.index,
      dateError: this._dateError,
      dateNote: this._dateNote,
      categories: this._data.categories,
      hidden: this.hiddenCategories,
      onStep: (d) => void this._step(d),
      onZoom: (f) => void this._sayView(this.zoomBy(f)),
      onFit: () => void this._sayView(this.fit()),
      onGoTo: (text) => this._onGoTo(text),
      onSearchFocus: () => this._search.readAhead(),
      onSearch: (q) => this._search.search(q),
      onMatch: (d) => void this._search.step(d),
      onToggle: (ev) => this._onToggle(ev),
      onDownload: this.downloads ? (format) => void this._download(format) : undefined,
    });
  }

  private _drawing(scene: Scene, langs: PartLanguages) {
    const drawn = new Set(scene.items.map((i) => i.id));
    return drawing({
      messages: this._messages,
      langs,
      scene,
      dataset: this._data,
      tabStop: this._focus.tabStop(drawn, scene.items[0]?.id, this.selected),
      selected: this.selected,
      positions: this._positions,
      matches: this._search.matchSet,
      clusterMatches: clustersHolding(
        scene.clusters,
        scene.rows.map((r) => r.key),
        this._search.matchEvents,
        rowKeyOf(this._groupBy()),
        drawn,
      ),
      searching: this._search.searching,
      colors: this._colors,
      dateText: (e) => this._dateText(e),
      datetime: (e) => {
        let d = this._datetimes.get(e.id);
        if (d === undefined) this._datetimes.set(e.id, (d = htmlDatetime(e.start) ?? ''));
        return d || undefined;
      },
      onActivate: (id) => this._onActivate(id),
      onCluster: (k) => void this._openCluster(k),
      onClusterZoom: (k, f) => void this._zoomCluster(k, f),
      clusterStop: this._clusterStop,
      onClusterStop: (i) => (this._clusterStop = i),
      onFocus: (id) => (this._focus.focusId = id),
      onKeydown: (ev) => this._focus.handleKey(ev, this._focus.focusId ?? this.selected),
    });
  }
}
