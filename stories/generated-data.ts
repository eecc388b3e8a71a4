/**
 * Synthetic events for stress stories and examples: seeded, so every run draws the same picture.
 * Plainly labelled as generated; they describe no real history. About 70 % points and 30 %
 * ranges of 1–400 days, in 5 categories, from 1991 to 2013, as in the benchmark.
 */
import type { DatasetInput, EventInput } from '../src/core/types.js';

/** mulberry32: a small, fast, seeded generator. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['politics', 'economy', 'culture', 'science', 'sport'] as const;
const DAY = 86_400_000;
const FROM = Date.UTC(1991, 0, 1);
const TO = Date.UTC(2013, 11, 31);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** `n` generated events with titles of varied length and importance 1–5. */
export function generatedDataset(n: number, seed = 1): DatasetInput {
  const rnd = random(seed);
  const words = [
    'Summit',
    'Treaty',
    'Festival',
    'Launch',
    'Report',
    'Election',
    'Match',
    'Exhibition',
    'Agreement',
    'Conference',
  ];
  const events: EventInput[] = Array.from({ length: n }, (_, i) => {
    const start = FROM + Math.floor(rnd() * ((TO - FROM) / DAY)) * DAY;
    const ranged = rnd() < 0.3;
    const end = ranged ? Math.min(TO, start + Math.ceil(rnd() * 400) * DAY) : 0;
    const title = `${words[Math.floor(rnd() * words.length)]} ${i + 1}${rnd() < 0.2 ? ' with a much longer title than most' : ''}`;
    return {
      id: `g${i + 1}`,
      title,
      start: iso(start),
      ...(ranged ? { end: iso(end) } : {}),
      category: CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!,
      importance: 1 + Math.floor(rnd() * 5),
    };
  });
  return {
    title: `${n.toLocaleString('en')} generated events (synthetic)`,
    categories: CATEGORIES.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })),
    events,
  };
}
