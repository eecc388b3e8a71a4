/**
 * The time axis: a d3 UTC scale, piecewise where long empty spans are compressed into breaks,
 * so that dense moments get the room.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';

/** A span of time with nothing in it, drawn as an axis break of fixed width. */
export interface Gap {
  readonly start: number;
  readonly end: number;
}

/** Options for finding gaps worth compressing. */
export interface GapOptions {
  /** A gap is compressed when it is longer than this share of the whole span. Default 0.2. */
  readonly threshold?: number;
  /** Share of a gap kept uncompressed on each side, so marks do not touch the break. Default 0.08. */
  readonly margin?: number;
}

/** A time interval on the axis, in UTC ms (`end` exclusive). */
export interface TimeSpan {
  readonly startTime: number;
  readonly endTime: number;
}

/**
 * The empty spans between items that are long enough to compress. `items` need not be sorted.
 * An empty list or a single item has no gaps.
 */
export function findGaps(items: readonly TimeSpan[], options: GapOptions = {}): Gap[] {
  const { threshold = 0.2, margin = 0.08 } = options;
  if (items.length < 2) return [];
  const sorted = [...items].sort((a, b) => a.startTime - b.startTime);
  const first = sorted[0]!.startTime;
  let reach = sorted[0]!.endTime;
  let last = reach;
  for (const it of sorted) last = Math.max(last, it.endTime);
  const total = last - first;
  const gaps: Gap[] = [];
  for (const it of sorted) {
    const length = it.startTime - reach;
    if (length > threshold * total) {
      gaps.push({ start: reach + margin * length, end: it.startTime - margin * length });
    }
    reach = Math.max(reach, it.endTime);
  }
  return gaps;
}

/** An axis break as drawn: the compressed gap and where it sits in px. */
export interface AxisBreak extends Gap {
  readonly x: number;
  readonly x2: number;
}

/** A fitted axis: the d3 scale and the breaks it compresses. */
export interface TimeAxis {
  readonly scale: ScaleTime<number, number>;
  readonly breaks: readonly AxisBreak[];
  /** px per ms outside the breaks. */
  readonly rate: number;
}

/**
 * Fits `[start, end]` to `[r0, r1]` px, giving each gap `breakSize` px and the rest of the range
 * to the remaining time, uniformly. Gaps outside the domain are ignored.
 */
export function createTimeAxis(
  domain: readonly [number, number],
  range: readonly [number, number],
  gaps: readonly Gap[] = [],
  breakSize = 32,
): TimeAxis {
  const [t0, t1] = domain;
  const [r0, r1] = range;
  const inside = gaps
    .filter((g) => g.start > t0 && g.end < t1 && g.end > g.start)
    .sort((a, b) => a.start - b.start);
  const compressed = inside.reduce((sum, g) => sum + (g.end - g.start), 0);
  const room = r1 - r0 - inside.length * breakSize;
  if (inside.length === 0 || room <= (r1 - r0) / 3) {
    const scale = scaleUtc().domain([t0, t1]).range([r0, r1]);
    return { scale, breaks: [], rate: (r1 - r0) / Math.max(1, t1 - t0) };
  }
  const rate = room / (t1 - t0 - compressed);
  const times: number[] = [t0];
  const xs: number[] = [r0];
  const breaks: AxisBreak[] = [];
  let x = r0;
  let t = t0;
  for (const g of inside) {
    x += (g.start - t) * rate;
    times.push(g.start, g.end);
    xs.push(x, x + breakSize);
    breaks.push({ start: g.start, end: g.end, x, x2: x + breakSize });
    x += breakSize;
    t = g.end;
  }
  times.push(t1);
  xs.push(r1);
  const scale = scaleUtc()
    .domain(times.map((v) => new Date(v)))
    .range(xs);
  return { scale, breaks, rate };
}

/** A zoom transform over a fitted axis: screen = k × base + x, as d3-zoom's. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY: ViewTransform = Object.freeze({ k: 1, x: 0 });

/** Screen position of a time under a transform. */
export function project(axis: TimeAxis, t: ViewTransform, time: number): number {
  return t.k * axis.scale(time) + t.x;
}

/** Time at a screen position under a transform. */
export function unproject(axis: TimeAxis, t: ViewTransform, px: number): number {
  return axis.scale.invert((px - t.x) / t.k).getTime();
}
