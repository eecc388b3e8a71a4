/**
 * Synthetic events for stress stories, examples and tests: seeded with the benchmark's generator
 * and categories, so every run draws the same picture. Plainly labelled as generated; they
 * describe no real history. About 70 % points and 30 % ranges of 1–400 days, in 5 categories,
 * from 1991 to 2013, with titles of varied length and importance 1–5.
 */
import { CATEGORIES, mulberry32 } from '../bench/data.mjs';
import type { DatasetInput, EventInput } from '../src/core/types.js';

const DAY = 86_400_000;
const FROM = Date.UTC(1991, 0, 1);
const TO = Date.UTC(2013, 11, 31);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * `n` generated events with titles of varied length and importance 1–5, in the benchmark's five
 * categories, or in `kinds` synthetic ones ("Kind 1", "Kind 2", …) when it is given.
 */
export function generatedDataset(n: number, seed = 1, kinds?: number): DatasetInput {
  const rnd = mulberry32(seed);
  const categories = kinds
    ? Array.from({ length: kinds }, (_, i) => ({ id: `kind-${i + 1}`, label: `Kind ${i + 1}` }))
    : CATEGORIES.map((c) => ({ ...c }));
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
      category: categories[Math.floor(rnd() * categories.length)]!.id,
      importance: 1 + Math.floor(rnd() * 5),
    };
  });
  return {
    title: `${n.toLocaleString('en')} generated events (synthetic)`,
    categories,
    events,
  };
}
