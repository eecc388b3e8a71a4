/**
 * Axis ticks: the finest d3-time interval whose labels fit without overlapping, chosen afresh for
 * every zoom level from a table (as d3-time's own tickInterval does), labelled by locale.
 */
import {
  timeInterval,
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcSecond,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { formatInstant } from './format.js';
import type { Precision } from './date.js';
import type { Measure } from './measure.js';

/** The unit a tick step is named by, for labels and for tests. */
export type TickUnit =
  'millennium' | 'century' | 'decade' | 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

interface TickRow {
  readonly unit: TickUnit;
  readonly interval: CountableTimeInterval;
  readonly step: number;
  /** Typical duration of one step in ms. */
  readonly duration: number;
}

const S = 1e3,
  MIN = 6e4,
  H = 36e5,
  D = 864e5,
  MON = 30.436875 * D,
  Y = 365.2425 * D;

const row = (
  unit: TickUnit,
  interval: CountableTimeInterval,
  step: number,
  duration: number,
): TickRow => ({ unit, interval, step, duration: duration * step });

/** Candidate steps from finest to coarsest. */
export const TICK_TABLE: readonly TickRow[] = [
  row('second', utcSecond, 1, S),
  row('second', utcSecond, 5, S),
  row('second', utcSecond, 15, S),
  row('second', utcSecond, 30, S),
  row('minute', utcMinute, 1, MIN),
  row('minute', utcMinute, 5, MIN),
  row('minute', utcMinute, 15, MIN),
  row('minute', utcMinute, 30, MIN),
  row('hour', utcHour, 1, H),
  row('hour', utcHour, 3, H),
  row('hour', utcHour, 6, H),
  row('hour', utcHour, 12, H),
  row('day', utcDay, 1, D),
  row('day', utcDay, 2, D),
  row('day', utcDay, 7, D),
  row('month', utcMonth, 1, MON),
  row('month', utcMonth, 3, MON),
  row('month', utcMonth, 6, MON),
  row('year', utcYear, 1, Y),
  row('year', utcYear, 2, Y),
  row('year', utcYear, 5, Y),
  row('decade', utcYear, 10, Y),
  row('decade', utcYear, 20, Y),
  row('decade', utcYear, 50, Y),
  row('century', utcYear, 100, Y),
  row('century', utcYear, 200, Y),
  row('century', utcYear, 500, Y),
  row('millennium', utcYear, 1000, Y),
  row('millennium', utcYear, 2000, Y),
  row('millennium', utcYear, 5000, Y),
  row('millennium', utcYear, 10000, Y),
  row('millennium', utcYear, 50000, Y),
  row('millennium', utcYear, 100000, Y),
];

const FINEST_UNIT: Readonly<Record<Precision, TickUnit>> = {
  year: 'year',
  month: 'month',
  day: 'day',
  minute: 'minute',
  second: 'second',
};

/** One tick as drawn. */
export interface Tick {
  readonly time: number;
  /** Position along the axis in px. */
  readonly x: number;
  readonly label: string;
  /** Where the label's box starts and ends in px (centred on the tick, kept inside the axis). */
  readonly labelStart: number;
  readonly labelEnd: number;
  /**
   * The label names the larger unit: the tick opens it (a year on a month axis: '1992'), or it
   * is the first tick of a run, whose label names its own unit with the larger ('Jul 1991').
   */
  readonly major: boolean;
  /** The tick opens a larger unit (1 January on a month axis): a hairline crosses the drawing. */
  readonly boundary: boolean;
}

export interface TickResult {
  readonly unit: TickUnit;
  readonly step: number;
  readonly ticks: readonly Tick[];
}

/** A visible stretch of the axis with no break in it: [t0, t1] maps to [x0, x1]. */
export interface AxisRun {
  readonly t0: number;
  readonly t1: number;
  readonly x0: number;
  readonly x1: number;
}

const parentOf: Partial<Record<TickUnit, TimeInterval>> = {
  second: utcMinute,
  minute: utcDay,
  hour: utcDay,
  day: utcMonth,
  month: utcYear,
};

/** Major forms of hour and minute ticks: the day they open, with its month and year. */
const DATE_FORMS: readonly Intl.DateTimeFormatOptions[] = [
  { day: 'numeric', month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'numeric', year: 'numeric' },
];

/**
 * Label forms of the units below a year: the minor label, and the forms of a major label (one
 * that opens a larger unit) from longest to shortest. Every major form names the larger units
 * the axis needs ('May 2013' or '05/2013' on a day axis), so a shorter one never hides them;
 * two-digit years and 'May 13' are left out, since they read as other dates.
 */
const FORMATS: Readonly<
  Record<
    'second' | 'minute' | 'hour' | 'day' | 'month',
    { minor: Intl.DateTimeFormatOptions; major: readonly Intl.DateTimeFormatOptions[] }
  >
> = {
  second: {
    minor: { minute: '2-digit', second: '2-digit' },
    major: [{ hour: 'numeric', minute: '2-digit' }],
  },
  minute: {
    minor: { hour: 'numeric', minute: '2-digit' },
    major: DATE_FORMS,
  },
  hour: {
    minor: { hour: 'numeric', minute: '2-digit' },
    major: DATE_FORMS,
  },
  day: {
    minor: { day: 'numeric' },
    major: [
      { month: 'short', year: 'numeric' },
      { month: 'numeric', year: 'numeric' },
    ],
  },
  month: { minor: { month: 'short' }, major: [{ year: 'numeric' }] },
};

/**
 * Forms of the label of a run's first tick where it does not open a larger unit: its own unit
 * with the larger ones ('Jul 1991' on a month axis, '21 Dec 1969' on a day axis, not '1991' or
 * 'Dec 1969', which would say the year or month begins there), longest first.
 */
const OPENING: Readonly<Record<keyof typeof FORMATS, readonly Intl.DateTimeFormatOptions[]>> = {
  second: [{ hour: 'numeric', minute: '2-digit', second: '2-digit' }],
  // Down a narrow column, the day alone: the time is the next tick's.
  minute: [
    { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    ...DATE_FORMS,
  ],
  hour: [
    { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    ...DATE_FORMS,
  ],
  day: [
    { day: 'numeric', month: 'short', year: 'numeric' },
    { day: 'numeric', month: 'numeric', year: 'numeric' },
  ],
  month: [
    { month: 'short', year: 'numeric' },
    { month: 'numeric', year: 'numeric' },
  ],
};

/** What every label of one tick list shares. */
interface LabelContext {
  readonly locale: string | undefined;
  /** The axis crosses from BCE into CE. */
  readonly bothEras: boolean;
  readonly measure: Measure;
  /** The widest a label may be, in px. */
  readonly across: number;
  /** The first of a unit's major forms to try: one form for every major label of a list. */
  firstForm: number;
}

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const YEAR_ERA: Intl.DateTimeFormatOptions = { year: 'numeric', era: 'short' };

/**
 * Tick labels, remembered: every zoom or pan step asks for the same ticks again, and Intl
 * formatting is the costliest part of choosing them. Keyed by the form object (the forms are
 * constants), the locale and the time; emptied when it grows past a few thousand.
 */
const formIds = new WeakMap<Intl.DateTimeFormatOptions, number>();
let nextFormId = 0;
const labels = new Map<string, string>();
function format(time: number, locale: string | undefined, form: Intl.DateTimeFormatOptions) {
  let id = formIds.get(form);
  if (id === undefined) formIds.set(form, (id = nextFormId++));
  const key = `${id}|${locale ?? ''}|${time}`;
  let text = labels.get(key);
  if (text === undefined) {
    if (labels.size > 5000) labels.clear();
    text = formatInstant(time, locale, form);
    labels.set(key, text);
  }
  return text;
}

/**
 * A form that names the year, with its era on an axis that crosses the eras: 'Jan 1 CE' after
 * 'Oct 1 BCE' on a month axis, not '1', which reads as a day. One object per form, as `format`
 * remembers labels by form.
 */
const eraForms = new WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions>();
function inEra(form: Intl.DateTimeFormatOptions, c: LabelContext): Intl.DateTimeFormatOptions {
  if (!c.bothEras || !form.year || form.era) return form;
  let f = eraForms.get(form);
  if (!f) eraForms.set(form, (f = { ...form, era: 'short' }));
  return f;
}

function labelOf(
  time: number,
  unit: TickUnit,
  major: boolean,
  c: LabelContext,
  opening = false,
): string {
  const forms = FORMATS[unit as keyof typeof FORMATS];
  // An axis that crosses from BCE into CE names the era on both sides: '200 BCE', '200 CE'.
  if (!forms) return format(time, c.locale, c.bothEras ? YEAR_ERA : YEAR);
  if (!major) return format(time, c.locale, forms.minor);
  // The longest form that fits across; where none does, the shortest, which still names the
  // larger units: a label that overflows is better than one that leaves out the year.
  let label = '';
  const list = formsOf(unit, opening);
  for (const form of list.slice(Math.min(firstOf(unit, c), list.length - 1))) {
    label = format(time, c.locale, inEra(form, c));
    if (c.across === Infinity || c.measure(label) <= c.across) break;
  }
  return label;
}

/** A unit's forms of major labels, or of a run's opening label. */
function formsOf(unit: TickUnit, opening: boolean): readonly Intl.DateTimeFormatOptions[] {
  const forms = FORMATS[unit as keyof typeof FORMATS];
  if (!forms) return [];
  return opening ? OPENING[unit as keyof typeof FORMATS] : forms.major;
}

/**
 * Where a column's labels start in a unit's forms. Days and months have the same two kinds of
 * major and opening form (in words, in figures), so one choice holds for both; the opening
 * forms of finer units, longer lists, always start from their first.
 */
function firstOf(unit: TickUnit, c: LabelContext): number {
  return unit === 'day' || unit === 'month' ? Math.min(c.firstForm, 1) : 0;
}

/** The index of the first of a unit's forms whose label of `time` fits across. */
function fittingForm(time: number, unit: TickUnit, c: LabelContext, opening = false): number {
  const forms = formsOf(unit, opening);
  const i = forms.findIndex(
    (form) => c.measure(format(time, c.locale, inEra(form, c))) <= c.across,
  );
  return i < 0 ? forms.length - 1 : i;
}

/** Options of `chooseTicks`. */
export interface TickOptions {
  /** BCP 47 locale of the labels. */
  readonly locale?: string;
  /** Least px between two labels along the axis. Default 12. */
  readonly spacing?: number;
  /** Length of the axis in px (its height when vertical); default the end of the last run. */
  readonly width?: number;
  /** The finest precision the data is known to: no ticks finer than it. Default `second`. */
  readonly finest?: Precision;
  /**
   * The px a label takes along the axis: `'width'` (the default), its text width, for labels
   * side by side on a horizontal axis; or a number, the line height of labels stacked one a line
   * down a vertical axis, each centred on its tick.
   */
  readonly along?: 'width' | number;
  /**
   * The widest a label may be, in px: on a vertical axis, the column it stands in. A label that
   * opens a larger unit takes the longest of its forms that fits ('May 2013', else '05/2013').
   * Default: no limit.
   */
  readonly across?: number;
}

/**
 * Picks the finest step whose labels, measured by `measure`, are at least `spacing` px apart in
 * every run, and returns its ticks. `rate` is px per ms (the same in every run). The first tick of
 * each run (the axis start, and again after every break) and every tick that opens a larger unit
 * carry that unit in their label, so a zoomed-in or broken axis still says which month and year
 * it shows. On a horizontal axis the first tick of a run does so where its longer label fits
 * between its neighbours; on a vertical one (`along` a line height) every label takes one line,
 * so it always does.
 *
 * A vertical day axis in a 72 px column:
 * `chooseTicks(runs, rate, measure, { locale, width: height, along: 16, across: 72 })`.
 */
export function chooseTicks(
  runs: readonly AxisRun[],
  rate: number,
  measure: Measure,
  options: TickOptions = {},
): TickResult {
  const { locale, spacing = 12, finest = 'second', along = 'width', across = Infinity } = options;
  if (along !== 'width' && !(along > 0 && Number.isFinite(along)))
    throw new RangeError(`chooseTicks: along must be 'width' or a line height in px, not ${along}`);
  if (!(across > 0))
    throw new RangeError(`chooseTicks: across must be a positive width in px, not ${across}`);
  const width = options.width ?? Math.max(0, ...runs.map((r) => r.x1));
  // No ticks finer than the data is known: hour ticks on data known by the day would suggest
  // times nobody recorded.
  const floor = TICK_TABLE.findIndex((r) => r.unit === FINEST_UNIT[finest]);
  const startAt = Math.max(
    floor,
    TICK_TABLE.findIndex((r) => r.duration * rate >= 24),
  );
  const layout: TickLayout = { locale, measure, width, spacing, along, across };
  let last: TickResult = { unit: 'year', step: 1, ticks: [] };
  let chosen = TICK_TABLE.length;
  for (let i = startAt; i < TICK_TABLE.length; i++) {
    const r = TICK_TABLE[i]!;
    const ticks = ticksFor(runs, r, layout);
    last = { unit: r.unit, step: r.step, ticks };
    if (fits(ticks, spacing)) {
      chosen = i;
      break;
    }
  }
  // A short span may fall between the ticks of the unit that fits (four minutes from 00:00:01
  // hold no multiple of five minutes): then the nearest finer unit labels it, each run opening
  // with the larger unit, and the ticks whose labels would touch the one before them left out,
  // rather than no tick at all.
  if (last.ticks.length === 0 && chosen > floor && chosen < TICK_TABLE.length) {
    const r = TICK_TABLE[chosen - 1]!;
    const ticks: Tick[] = [];
    for (const t of ticksFor(runs, r, layout, true))
      if (t.label !== '' && (!ticks.length || t.labelStart >= ticks.at(-1)!.labelEnd + spacing))
        ticks.push(t);
    last = { unit: r.unit, step: r.step, ticks };
  }
  return withEveryRunDated(runs, last, chosen, floor, layout);
}

/**
 * A run that no tick of the chosen step falls in (the few days either side of a break, on an axis
 * in years) would leave its events undated. Such a run takes the first tick of the coarsest finer
 * step that has one in it, naming the larger unit ('10 May 2013'), where its label clears its
 * neighbours' labels.
 */
function withEveryRunDated(
  runs: readonly AxisRun[],
  result: TickResult,
  chosen: number,
  floor: number,
  layout: TickLayout,
): TickResult {
  const { ticks } = result;
  if (runs.length < 2 || ticks.length === 0) return result;
  const added: Tick[] = [];
  for (const run of runs) {
    if (ticks.some((t) => t.label !== '' && t.time >= run.t0 && t.time <= run.t1)) continue;
    for (let i = Math.min(chosen, TICK_TABLE.length) - 1; i >= floor; i--) {
      const first = ticksFor([run], TICK_TABLE[i]!, layout, true).find((t) => t.label !== '');
      if (!first) continue;
      const clear = [...ticks, ...added].every(
        (t) =>
          t.label === '' ||
          t.labelEnd + layout.spacing <= first.labelStart ||
          first.labelEnd + layout.spacing <= t.labelStart,
      );
      if (clear) added.push(first);
      break;
    }
  }
  if (!added.length) return result;
  return { ...result, ticks: [...ticks, ...added].sort((a, b) => a.x - b.x) };
}

/** How one tick list is labelled and laid out. */
interface TickLayout {
  readonly locale: string | undefined;
  readonly measure: Measure;
  readonly width: number;
  readonly spacing: number;
  readonly along: 'width' | number;
  readonly across: number;
}

/**
 * Every `step` years on round historical years. Multiples of 100 before 1 CE are 101 BCE, 201 BCE…
 * (astronomical -100, -200), so there the ticks fall on 100 BCE, 200 BCE… (-99, -199) instead, and
 * no tick falls on year 0 (1 BCE). 1 CE stands between them, so no hole of two steps (199 years
 * from 100 BCE to 100 CE) opens at the epoch. Tick n ≥ 1 is year n·step; tick n ≤ 0 is 1 + n·step.
 */
function historicalYears(step: number): TimeInterval {
  const yearOf = (n: number) => (n > 0 ? n * step : 1 + n * step);
  const indexOf = (year: number) => Math.floor((year < step ? year - 1 : year) / step);
  const setYear = (date: Date, year: number) => {
    date.setUTCFullYear(year, 0, 1);
    date.setUTCHours(0, 0, 0, 0);
  };
  return timeInterval(
    (date) => setYear(date, yearOf(indexOf(date.getUTCFullYear()))),
    (date, k) => setYear(date, yearOf(indexOf(date.getUTCFullYear()) + k)),
  );
}

function intervalOf(r: TickRow): TimeInterval | null {
  if (r.step === 1) return r.interval;
  return r.interval === utcYear ? historicalYears(r.step) : r.interval.every(r.step);
}

function ticksFor(
  runs: readonly AxisRun[],
  r: TickRow,
  o: TickLayout,
  /** Name the larger unit at the start of each run whatever labels that covers. */
  context = false,
): Tick[] {
  const out: Tick[] = [];
  const interval = intervalOf(r);
  const parent = parentOf[r.unit];
  if (!interval || runs.length === 0) return out;
  const yearOf = (t: number) => new Date(t).getUTCFullYear();
  const c: LabelContext = {
    locale: o.locale,
    bothEras: yearOf(runs[0]!.t0) < 1 && yearOf(runs[runs.length - 1]!.t1) >= 1,
    measure: o.measure,
    across: o.across,
    firstForm: 0,
  };
  const { width, spacing } = o;
  /** A tick; `opening`, the first of a run that does not open a larger unit but names it. */
  const tick = (time: number, x: number, major: boolean, opening = false): Tick => {
    const label = labelOf(time, r.unit, major, c, opening);
    const w = o.along === 'width' ? o.measure(label) : o.along;
    const labelStart = Math.max(0, Math.min(x - w / 2, width - w));
    return {
      time,
      x,
      label,
      labelStart,
      labelEnd: labelStart + w,
      major,
      boundary: major && !opening,
    };
  };
  const firsts: number[] = [];
  for (const run of runs) {
    const rr = (run.x1 - run.x0) / Math.max(1, run.t1 - run.t0);
    firsts.push(out.length);
    for (const d of interval.range(new Date(run.t0), new Date(run.t1 + 1))) {
      const time = d.getTime();
      const major = parent !== undefined && parent.floor(d).getTime() === time;
      out.push(tick(time, run.x0 + (time - run.t0) * rr, major));
      if (out.length > 2000) return out;
    }
  }
  // Down a column, every label that names a larger unit takes one form, the longest that all of
  // them fit ('Jan 2011 … Mar 2011', not 'Jan 2011 … 3/2011' where March is the wider word; and
  // a run's opening '21/12/2010' with '01/2011', not 'Jan 2011').
  if (o.across !== Infinity && (r.unit === 'day' || r.unit === 'month')) {
    let k = 0;
    for (const t of out) if (t.major) k = Math.max(k, fittingForm(t.time, r.unit, c));
    for (const i of firsts) {
      const t = out[i];
      if (t && !t.major && parent !== undefined)
        k = Math.max(k, fittingForm(t.time, r.unit, c, true));
    }
    if (k > 0) {
      c.firstForm = k;
      for (let i = 0; i < out.length; i++)
        if (out[i]!.major) out[i] = tick(out[i]!.time, out[i]!.x, true);
    }
  }
  // The reader needs the larger unit at the start and after each break: the first tick of each
  // run names it too ('Dec 1969' before '21 … 31'; '20 Jul 1969' before '20:05'). Across, where
  // that longer label does not fit, the plain labels it would cover give way (their tick marks
  // stay); a label that itself opens a larger unit never does.
  // After a break, a plain label that cannot take the larger unit would read as the unit before
  // the break ('2012 ⟋⟋ Apr' for April 2013): it gives way too, and the next label of the run
  // tries, until one names the larger unit or one opens it.
  const blank = (j: number) => {
    out[j] = { ...out[j]!, label: '', labelStart: out[j]!.x, labelEnd: out[j]!.x };
  };
  firsts.forEach((first, run) => {
    const end = firsts[run + 1] ?? out.length;
    for (let i = first; i < end; i++) {
      const t = out[i]!;
      if (t.major || parent === undefined) return;
      const upgraded = tick(t.time, t.x, true, true);
      // The labels it would touch, on each side up to the first it clears (past those given way).
      const hits: number[] = [];
      for (let j = i + 1; j < out.length; j++) {
        if (out[j]!.label === '') continue;
        if (out[j]!.labelStart >= upgraded.labelEnd + spacing) break;
        hits.push(j);
      }
      for (let j = i - 1; j >= 0; j--) {
        if (out[j]!.label === '') continue;
        if (out[j]!.labelEnd + spacing <= upgraded.labelStart) break;
        hits.push(j);
      }
      if (hits.length && !context && (o.along !== 'width' || hits.some((j) => out[j]!.major))) {
        // Within the larger unit the axis was in before the break, a plain label reads right.
        const before = out[first - 1];
        const sameUnit =
          before !== undefined &&
          parent.floor(new Date(before.time)).getTime() ===
            parent.floor(new Date(t.time)).getTime();
        if (run === 0 || o.along !== 'width' || sameUnit) return;
        blank(i);
        continue;
      }
      out[i] = upgraded;
      for (const j of hits) blank(j);
      return;
    }
  });
  return out;
}

function fits(ticks: readonly Tick[], spacing: number): boolean {
  if (ticks.length > 2000) return false;
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i]!.labelStart < ticks[i - 1]!.labelEnd + spacing) return false;
  }
  return true;
}
