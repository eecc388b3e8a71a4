// The benchmark's synthetic events, the same on every run and for every library: a seeded
// generator, so Node and the browser page build identical data from (n, seed).
// About 70 % points and 30 % ranges of 1–400 days, 5 categories, 1991-01-01 to 2013-12-31.

export const SEED = 20130510;
export const FIRST_DAY = '1991-01-01';
export const LAST_DAY = '2013-12-31';
export const RANGE_SHARE = 0.3;
export const MAX_RANGE_DAYS = 400;

/** The five categories, in legend order. */
export const CATEGORIES = [
  { id: 'politics', label: 'Politics' },
  { id: 'economy', label: 'Economy' },
  { id: 'science', label: 'Science' },
  { id: 'culture', label: 'Culture' },
  { id: 'sport', label: 'Sport' },
];

const DAY = 864e5;

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (time) => new Date(time).toISOString().slice(0, 10);

/**
 * `n` events in no particular order: `{ id, title, start, end?, category }`, dates as
 * `YYYY-MM-DD` (UTC calendar days). A range's end is 1–400 days after its start and never
 * after LAST_DAY.
 */
export function generate(n, seed = SEED) {
  const rand = mulberry32(seed);
  const first = Date.parse(FIRST_DAY);
  const days = (Date.parse(LAST_DAY) - first) / DAY + 1;
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const length = rand() < RANGE_SHARE ? 1 + Math.floor(rand() * MAX_RANGE_DAYS) : 0;
    const day = Math.floor(rand() * (days - length));
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)].id;
    const start = first + day * DAY;
    const event = { id: `e${i + 1}`, title: `Event ${i + 1}`, start: iso(start), category };
    if (length) event.end = iso(start + length * DAY);
    events[i] = event;
  }
  return events;
}
