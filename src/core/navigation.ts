/**
 * Navigation rules: which event comes next, what a search finds, which window a date or an event
 * is shown in, and how a zoom step moves the view. The timeline element only calls these.
 */
import {
  DATE_LIMIT,
  clampTime,
  endTime,
  fromTime,
  toCivilDate,
  utcTime,
  type CivilDate,
} from './date.js';
import { dateTimeFormat, formatDate, formatInstant } from './format.js';
import { ENGLISH } from './messages/en.js';
import type { GoToMessages } from './messages/types.js';
import { project, unproject, type Gap, type TimeAxis, type ViewTransform } from './scale.js';
import { bisectStart, isShown } from './domain.js';
import { richTextParagraphs } from './rich-text.js';

export { isShown } from './domain.js';
import type { SceneCluster, SceneItem } from './scene-types.js';
import type { TimelineEvent } from './types.js';
import { clampTransform, type TimeWindow, type ZoomLimits } from './viewport.js';

/**
 * The first event a cluster holds: the earliest shown event of its row (`rowOf` gives an event's
 * row key, `row` the cluster's) that starts in its span and is not drawn (`drawn` ids). Given
 * `after` (the event opened from it last: one of its row in its span, else it is not heeded), the
 * first such event after that one, in date order, else the earliest: opening the cluster again
 * goes on through its events rather than back.
 */
export function firstClustered(
  events: readonly TimelineEvent[],
  span: { readonly start: number; readonly end: number },
  row: string | undefined,
  rowOf: (e: TimelineEvent) => string,
  hidden: ReadonlySet<string>,
  drawn: ReadonlySet<string>,
  after?: TimelineEvent | null,
): TimelineEvent | undefined {
  const first = bisectStart(events, span.start);
  const held = (from: number) => {
    for (let i = from; i < events.length; i++) {
      const e = events[i]!;
      if (e.startTime >= span.end) return undefined;
      if (!drawn.has(e.id) && isShown(e, hidden) && (row === undefined || rowOf(e) === row))
        return e;
    }
    return undefined;
  };
  // Only an event the cluster holds: one of another row, or outside its span, says nothing
  // about where in it the reader is.
  const holds =
    after &&
    after.startTime >= span.start &&
    after.startTime < span.end &&
    (row === undefined || rowOf(after) === row);
  const from = holds ? Math.floor(placeOf(events, after)) + 1 : first;
  return (from > first && held(from)) || held(first);
}

/**
 * Ids of the clusters that hold one of `matched` (the search's matches, in date order): an event
 * that starts in the cluster's span, in its row, and is not drawn on its own, as `firstClustered`
 * reads it. `rowKeys` are the Scene's rows' keys.
 */
export function clustersHolding(
  clusters: readonly SceneCluster[],
  rowKeys: readonly string[],
  matched: readonly TimelineEvent[],
  rowOf: (e: TimelineEvent) => string,
  drawn: ReadonlySet<string>,
): Set<string> {
  const held = new Set<string>();
  if (!matched.length) return held;
  // The matches are shown events (search leaves out hidden categories).
  const none = new Set<string>();
  for (const k of clusters)
    if (firstClustered(matched, k, rowKeys[k.row] ?? '', rowOf, none, drawn)) held.add(k.id);
  return held;
}

/**
 * The cluster of `row` drawn at `px` along the axis, or the nearest one within `reach` px of it:
 * a cluster that a zoom split at that point leaves it between its two halves.
 */
export function clusterAt(
  clusters: readonly SceneCluster[],
  row: number,
  px: number,
  reach: number,
): SceneCluster | undefined {
  const inRow = clusters.filter((c) => c.row === row);
  const at = inRow.find((c) => c.x <= px && px < c.x2);
  if (at) return at;
  const gap = (c: SceneCluster) => (px < c.x ? c.x - px : px - c.x2);
  let found: SceneCluster | undefined;
  for (const c of inRow) if (gap(c) <= reach && (!found || gap(c) < gap(found))) found = c;
  return found;
}

/** The drawn event of `row` whose mark is nearest `px` along the axis. */
export function nearestItem(
  items: readonly SceneItem[],
  row: number,
  px: number,
): SceneItem | undefined {
  let found: SceneItem | undefined;
  for (const it of items)
    if (it.row === row && (!found || Math.abs(it.x - px) < Math.abs(found.x - px))) found = it;
  return found;
}

/** Index of `event` in `events` (sorted by start), or where it would stand among equal starts. */
function placeOf(events: readonly TimelineEvent[], event: TimelineEvent): number {
  const first = bisectStart(events, event.startTime);
  for (let i = first; i < events.length && events[i]!.startTime === event.startTime; i++) {
    if (events[i] === event || events[i]!.id === event.id) return i;
  }
  return first - 0.5;
}

/** The first shown event from index `i` on, stepping by `direction`. */
function scan(
  events: readonly TimelineEvent[],
  hidden: ReadonlySet<string>,
  i: number,
  direction: 1 | -1,
): TimelineEvent | undefined {
  for (; i >= 0 && i < events.length; i += direction) {
    if (isShown(events[i]!, hidden)) return events[i];
  }
  return undefined;
}

/**
 * Where Next (`direction` 1) or Previous (−1) go when no event is selected or focused: from what
 * the reader is looking at, `view`. Next gives the first shown event that starts in it or after
 * it, Previous the last that starts before its end; where there is none on that side, the
 * nearest on the other. So on the whole span Next gives the first event, and zoomed into 2013 it
 * gives the first of 2013, not one of 500 BCE. Undefined when none is shown.
 */
export function neighbourOfView(
  events: readonly TimelineEvent[],
  hidden: ReadonlySet<string>,
  view: TimeWindow,
  direction: 1 | -1,
): TimelineEvent | undefined {
  const after = bisectStart(events, view.start);
  const before = bisectStart(events, view.end) - 1;
  return direction === 1
    ? (scan(events, hidden, after, 1) ?? scan(events, hidden, after - 1, -1))
    : (scan(events, hidden, before, -1) ?? scan(events, hidden, before + 1, 1));
}

/**
 * The shown event after (`direction` 1) or before (−1) `from`, in the order of `events`, which
 * must be sorted by start as a validated dataset's are (events that start together keep that
 * order). At either end it stays on `from`. A hidden `from` is stepped from its place in time,
 * and where nothing is shown beyond it, the nearest shown event before it is given instead.
 * Without `from`, the first (1) or last (−1) shown event. Undefined when none is shown.
 * Costs a binary search plus a scan over the hidden events passed over.
 */
export function neighbour(
  events: readonly TimelineEvent[],
  hidden: ReadonlySet<string>,
  from: TimelineEvent | null | undefined,
  direction: 1 | -1,
): TimelineEvent | undefined {
  if (direction !== 1 && direction !== -1)
    throw new RangeError(`neighbour: direction must be 1 or -1, not ${String(direction)}`);
  if (!from) return scan(events, hidden, direction > 0 ? 0 : events.length - 1, direction);
  const at = placeOf(events, from);
  // A place between two events (`from` is not in the list) steps to the one on its side.
  const step = (d: 1 | -1) => (Number.isInteger(at) ? at + d : at + d / 2);
  const beyond = scan(events, hidden, step(direction), direction);
  if (beyond) return beyond;
  if (Number.isInteger(at) && isShown(from, hidden)) return events[at];
  return scan(events, hidden, step(direction === 1 ? -1 : 1), direction === 1 ? -1 : 1);
}

/**
 * Ids, in the order of `events` (date order), of the events whose title, summary, tags, people,
 * places or body (its words, as the card shows them: TimelineJS's `text.text`) contain `query`,
 * trimmed and compared in lower case, Latin letters without their accents (`searchFold`). Each field, and each paragraph of the body, is searched on
 * its own, so a query never matches across two of them. An empty query matches nothing.
 * Events of categories in `hidden` (switched off in the legend) are not searched.
 */
export function searchMatches(
  events: readonly TimelineEvent[],
  query: string,
  hidden: ReadonlySet<string> = new Set(),
): string[] {
  const q = searchFold(query.trim());
  if (!q) return [];
  const has = (text: string) => text.includes(q);
  return events
    .filter(
      (e) =>
        isShown(e, hidden) &&
        (fieldWords(e).some(has) || (e.body !== undefined && bodyWords(e).includes(q))),
    )
    .map((e) => e.id);
}

/** Latin letters that no accent removed from makes plain: as readers type them without one. */
const PLAIN: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const PLAIN_LETTERS = /[łøđħıßæœþ]/g;

/**
 * Text as search compares it: in lower case, with Latin letters read without their accents, so
 * `sao paulo` finds "São Paulo", `lodz` "Łódź" and `turkmenbasy` "Türkmenbaşy", as readers type
 * them. Other scripts keep every mark: in Russian and Kazakh, й is not и.
 */
export function searchFold(text: string): string {
  const lower = text.toLocaleLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .replace(PLAIN_LETTERS, (c) => PLAIN[c]!)
    .normalize('NFC');
}

const fields = new WeakMap<TimelineEvent, readonly string[]>();
/**
 * An event's title, summary, tags, people and places as search compares them, each on its own,
 * found once per event: search runs on every key pressed.
 */
function fieldWords(e: TimelineEvent): readonly string[] {
  let words = fields.get(e);
  if (words === undefined)
    fields.set(
      e,
      (words = [e.title, e.summary, ...e.tags, ...e.people, ...e.places].map(searchFold)),
    );
  return words;
}

const bodies = new WeakMap<TimelineEvent, string>();
/**
 * An event's body as the words a reader sees in its card, as search compares them, found once
 * per event: bodies are the longest text an event has.
 */
function bodyWords(e: TimelineEvent): string {
  let words = bodies.get(e);
  if (words === undefined)
    bodies.set(e, (words = searchFold(richTextParagraphs(e.body).join('\n'))));
  return words;
}

/**
 * Reads the bodies of `events` for search ahead of the first query, and folds their other words
 * (`searchFold`), from index `from` on, for about `budgetMs`; returns where to go on from
 * (`events.length` when all are read). Reading 10,000 bodies of 2,000 characters takes about half
 * a second, and folding 10,000 events' titles, summaries, tags, people and places with accents
 * or another script about a seventh of one, which the first key would otherwise wait for: the
 * timeline does it in idle time once the search field is focused.
 */
export function readBodiesForSearch(
  events: readonly TimelineEvent[],
  from: number,
  budgetMs: number,
): number {
  const until = Date.now() + budgetMs;
  let i = from;
  for (; i < events.length && Date.now() < until; i++) {
    fieldWords(events[i]!);
    if (events[i]!.body !== undefined) bodyWords(events[i]!);
  }
  return i;
}

function requireTime(name: string, value: number, fn: string): void {
  if (!Number.isFinite(value))
    throw new RangeError(`${fn}: ${name} must be a finite time, not ${value}`);
}

/**
 * A span with as much again on each side, within the times a Date can hold: the 10–11 May visit
 * (10 May to 12 May 00:00, `end` exclusive) shows 8 to 14 May. A zero-length span stays
 * zero-length (the viewport shows it at its finest zoom); a reversed one is the same span.
 * Throws a RangeError for a bound that is not a finite number.
 */
export function spanWithSurroundings(start: number, end: number): TimeWindow {
  requireTime('start', start, 'spanWithSurroundings');
  requireTime('end', end, 'spanWithSurroundings');
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const length = hi - lo;
  return { start: clampTime(lo - length), end: clampTime(hi + length) };
}

/** Start of the period `n` periods after the one `date` names (its own when n is 0). */
function periodStart(date: CivilDate, n: number): number {
  const { year, month, day } = date;
  switch (date.precision) {
    case 'year':
      return utcTime(year + n);
    case 'month':
      return utcTime(year, month + n);
    case 'day':
      return utcTime(year, month, day + n);
    default:
      // Minutes and seconds have one length: step from the instant itself.
      return date.time + n * (endTime(date) - date.time);
  }
}

/**
 * Where going to a date leads. Normally the window is the date's whole period with the period
 * before and the period after it, in calendar units: '2013-05' shows April to June, '2012' shows
 * 2011 to 2013 (whole years, leap or not). A date inside a compressed gap (one of `breaks`) would
 * zoom into the stripes, so the window is then the gap with a quarter of its length on each side,
 * and `gap` is returned for the reader to be told that nothing is recorded there.
 */
export function windowForDate(
  date: CivilDate,
  breaks: readonly Gap[],
): { window: TimeWindow; gap: Gap | null } {
  const found = breaks.find((b) => date.time >= b.start && date.time < b.end);
  if (found) {
    const margin = (found.end - found.start) / 4;
    return {
      window: { start: clampTime(found.start - margin), end: clampTime(found.end + margin) },
      gap: { start: found.start, end: found.end },
    };
  }
  // Past the last year a Date can hold, utcTime gives NaN: stop at the edge instead.
  const start = periodStart(date, -1);
  const end = periodStart(date, 2);
  return {
    window: {
      start: Number.isNaN(start) ? -DATE_LIMIT : clampTime(start),
      end: Number.isNaN(end) ? DATE_LIMIT : clampTime(end),
    },
    gap: null,
  };
}

/**
 * Zooms `t` by `factor` (above 1 in, below 1 out), keeping the time at screen position `at` px
 * where it is. The zoom is kept within `limits` first and the offset found for that zoom, so the
 * last step before a limit does not move the point; then the content is kept covering the axis
 * (`clampTransform`), which alone may move it, near the ends of the data. `at` off the axis is
 * taken as the nearer end of it. Throws a RangeError for a factor that is not a positive finite
 * number, or an `at` that is NaN.
 */
export function zoomAround(
  t: ViewTransform,
  factor: number,
  at: number,
  limits: ZoomLimits,
  length: number,
): ViewTransform {
  if (!(Number.isFinite(factor) && factor > 0))
    throw new RangeError(`zoomAround: factor must be a positive finite number, not ${factor}`);
  if (Number.isNaN(at)) throw new RangeError('zoomAround: at must be a position in px, not NaN');
  if (!(Number.isFinite(t.k) && t.k > 0 && Number.isFinite(t.x)))
    throw new RangeError(`zoomAround: the transform must be finite with k > 0, not ${t.k}, ${t.x}`);
  const p = Math.min(length, Math.max(0, at));
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k * factor));
  return clampTransform({ k, x: p - ((p - t.x) * k) / t.k }, length, limits);
}

/**
 * The time of a navigation argument: a valid `Date`, or ISO text at any precision (its start, or
 * with `end` the end of its unit: `'2005'` as an end runs to the end of 2005, as an event's end
 * does). Throws a RangeError naming `name` for anything else: NaN, Infinity, an invalid Date, a
 * number.
 */
export function timeOf(value: unknown, name: string, end = false): number {
  if (value instanceof Date) {
    const t = value.getTime();
    if (!Number.isFinite(t)) throw new RangeError(`${name}: an invalid Date`);
    return t;
  }
  if (typeof value !== 'string')
    throw new RangeError(
      `${name}: needs a Date or ISO date text, not ${String(value).slice(0, 40)}`,
    );
  const parsed = toCivilDate(value);
  if (!parsed.ok)
    throw new RangeError(`${name}: cannot read the date "${value.slice(0, 80)}": ${parsed.reason}`);
  return end ? endTime(parsed.date) : parsed.date.time;
}

/**
 * The `slack` of `rangeText` for a view: at each end of `view`, the time a pixel of the view
 * covers there, on whichever side of the end it covers less. Beside an axis break a pixel inside
 * the break covers years and one outside it days; an end moved by the years would be many pixels
 * off on the other side.
 */
export function pixelSlack(
  axis: TimeAxis,
  t: ViewTransform,
  view: TimeWindow,
): { from: number; to: number } {
  const at = (time: number, dx: number) =>
    Math.abs(unproject(axis, t, project(axis, t, time) + dx) - time);
  const pixel = (time: number) => Math.min(at(time, 1), at(time, -1));
  return { from: pixel(view.start), to: pixel(view.end) };
}

/** Coarsest first: a range is written in the shortest text that says it exactly. */
const TEXT_PRECISIONS = ['year', 'month', 'day', 'minute', 'second'] as const;

/**
 * A window as the text `zoomTo` (and a deep link) reads back to the same window: `from` its
 * start, `to` the last period it shows, each in the coarsest ISO form that is exact (a window
 * from 2009-01-01 to 2010-01-01T00:00Z is `2009` to `2009`; one ending at 12:00:05Z ends on
 * `…12:00:04Z`). Both ends are taken to the nearest second, so the text read back gives a
 * window whose text is the same again.
 *
 * `slack` (ms at each end; a deep link gives a pixel of the view there) lets an end move to the
 * coarsest period boundary that near it, so a link says `2009-03-02` to `2011-07-29` rather than
 * `2009-03-02T08:38:24Z`, and shows the same view to within that pixel.
 */
export function rangeText(
  view: TimeWindow,
  slack: { readonly from: number; readonly to: number } = { from: 0, to: 0 },
): { from: string; to: string } {
  const start = clampTime(Math.round(view.start / 1000) * 1000);
  const end = Math.max(start + 1000, clampTime(Math.round(view.end / 1000) * 1000));
  // The boundary of a period of `p` nearest `t` (`t` itself when it is one), if one is near.
  const near = (t: number, p: (typeof TEXT_PRECISIONS)[number], within: number) => {
    const d = fromTime(t, p);
    const next = endTime(d);
    const b = next - t < t - d.time ? next : d.time;
    return Math.abs(b - t) <= within && clampTime(b) === b ? b : null;
  };
  let from = fromTime(start);
  let to = fromTime(end - 1000);
  for (const p of TEXT_PRECISIONS) {
    const b = near(start, p, slack.from);
    if (b !== null && b < end) {
      from = fromTime(b, p);
      break;
    }
  }
  for (const p of TEXT_PRECISIONS) {
    const b = near(end, p, slack.to);
    if (b !== null && b > from.time) {
      to = fromTime(b - 1000, p);
      break;
    }
  }
  return { from: from.iso, to: to.iso };
}

/** Text as eras are compared: lower case, without spaces or dots ("B.C.E." is "bce"). */
const eraKey = (text: string) => text.toLocaleLowerCase().replace(/[\s.]+/g, '');

/**
 * A year before the common era as the axis labels it, '300 BCE' (or BC) in English, '300 г. до н.
 * э.' in Russian, 'б.з.д. 300 ж.' in Kazakh, in ISO 8601's astronomical years ('-000299', as 1
 * BCE is year 0); null for any other text.
 */
export function yearBeforeCommonEra(text: string, locale?: string): string | null {
  const m = /^([^\d]*?)(\d{1,6})([^\d]*)$/.exec(text.trim());
  if (!m) return null;
  const words = eraKey(m[1]! + m[3]!);
  if (!words) return null;
  // The locale's own words for a year BCE, as its dates and its axis write one (with and without
  // its word for "year": '300 г. до н. э.', '300 до н. э.'), read from how they write 300 BCE.
  const sample = toCivilDate('-000299');
  if (!sample.ok) return null;
  const own = [
    formatDate(sample.date, locale),
    formatInstant(sample.date.time, locale, { year: 'numeric' }),
  ].map((t) => eraKey(t.replace(/\d+/g, '')));
  // And the era alone, as Intl names it ('до н. э.').
  const era = dateTimeFormat(locale, { era: 'short', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(sample.date.time)
    .find((p) => p.type === 'era');
  if (era) own.push(eraKey(era.value));
  if (![...own, 'bc', 'bce'].includes(words)) return null;
  const year = Number(m[2]);
  if (year < 1) return null;
  return year === 1 ? '0000' : `-${String(year - 1).padStart(6, '0')}`;
}

/** What the Go-to box does with the reader's text: an error in words, or a window and a note. */
export type GoToResult =
  | { readonly ok: false; readonly error: string }
  | { readonly ok: true; readonly window: TimeWindow; readonly note: string };

/**
 * Reads the Go-to box: the date's period with its surroundings. A date inside a compressed gap
 * shows the break with both sides; a date before or after every event shows that end. Either
 * way the note says why, so the reader is never shown an empty stretch without a word. Dates in
 * the note are in `locale`'s words, the rest in `messages`' (English by default).
 */
export function goToDate(
  text: string,
  events: readonly TimelineEvent[],
  breaks: readonly Gap[],
  locale?: string,
  messages: GoToMessages = ENGLISH,
): GoToResult {
  const parsed = toCivilDate(yearBeforeCommonEra(text, locale) ?? text);
  if (!parsed.ok) return { ok: false, error: messages.goToError(text.slice(0, 80), parsed.reason) };
  const asked = windowForDate(parsed.date, breaks);
  const gap = asked.gap;
  let shown = asked.window;
  const first = events[0];
  let last = first;
  for (const e of events) if (e.endTime > last!.endTime) last = e;
  let note = '';
  // Before the first event or after the last, the end of the timeline is shown with the event
  // that makes it, not the date's own years: on a long axis those lie in its empty margin.
  if (first && last && shown.end <= first.startTime) {
    note = messages.nothingBefore(formatDate(first.start, locale));
    shown = windowForDate(first.start, breaks).window;
  } else if (first && last && shown.start >= last.endTime) {
    const end = last.end ?? last.start;
    note = messages.nothingAfter(formatDate(end, locale));
    shown = windowForDate(end, breaks).window;
  } else if (gap) {
    const [a, b] = [fromTime(gap.start, 'year'), fromTime(gap.end, 'year')];
    // From a year BCE to one CE, both name their era: '243 BCE to 629 CE'.
    const eras = a.year < 1 && b.year >= 1;
    note = messages.nothingBetween(
      formatDate(a, locale, 'year', eras),
      formatDate(b, locale, 'year', eras),
    );
  }
  return { ok: true, window: shown, note };
}
