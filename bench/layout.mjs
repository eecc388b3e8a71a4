#!/usr/bin/env node
// Times the pure core in Node: validation, axis fitting and layout of N generated events, for the
// whole span and for a zoomed window. It also shows that src/core runs without a DOM.
// Usage: node --expose-gc bench/layout.mjs [N=100000] (npm run bench:core)
import { build } from 'esbuild';
import { CATEGORIES, generate } from './data.mjs';

const n = Number(process.argv[2] ?? 100_000);
const out = await build({
  entryPoints: ['src/core/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
});
const core = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

// Generated events (a benchmark input, not data): one every few hours over ~40 years, a tenth ranged.
const events = Array.from({ length: n }, (_, i) => {
  const day = new Date(Date.UTC(1980, 0, 1) + Math.floor((i * (40 * 365.25 * 864e5)) / n));
  const start = day.toISOString().slice(0, 10);
  const end =
    i % 10 === 0
      ? new Date(day.getTime() + ((i % 7) + 1) * 864e5).toISOString().slice(0, 10)
      : undefined;
  return { id: `e${i}`, title: `Event number ${i}`, start, ...(end ? { end } : {}) };
});

// Runs on a shared 2-core machine vary by tens of per cent: each figure is the median of 11
// runs (after one to warm up), with the fastest beside it.
const time = (label, fn, runs = 11) => {
  fn();
  const t = [];
  let r;
  for (let i = 0; i < runs; i++) {
    // Each run starts from a collected heap (node --expose-gc): a collection the previous run left
    // due would otherwise land in this one.
    globalThis.gc?.();
    const t0 = performance.now();
    r = fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  const median = t[Math.floor(runs / 2)].toFixed(1).padStart(8);
  console.log(`${label.padEnd(48)} median ${median} ms, fastest ${t[0].toFixed(1).padStart(6)} ms`);
  return r;
};

console.log(`annals core, ${n} events, Node ${process.version}`);
const { dataset, problems } = time('validateDataset (in date order)', () =>
  core.validateDataset({ title: 'bench', events }),
);
if (problems.length) throw new Error(`unexpected problems: ${problems.length}`);
// The browser benchmark's events: in no order, 30 % ranges, five categories.
const unordered = { title: 'bench', categories: CATEGORIES, events: generate(n) };
const other = time('validateDataset (npm run bench data, no order)', () =>
  core.validateDataset(unordered),
);
if (other.problems.length) throw new Error(`unexpected problems: ${other.problems.length}`);
const axis = time('fitAxis (1280 px, gaps)', () => core.fitAxis(dataset, 1280, true));
const whole = time(
  'layout, whole span (fitted view, clustered)',
  () => core.layout(dataset, { length: 1280, gaps: true, axis }),
);
const t = core.transformForWindow(
  axis,
  { start: Date.UTC(2001, 0, 1), end: Date.UTC(2001, 1, 1) },
  1280,
);
const zoomed = time('layout, one month window', () =>
  core.layout(dataset, { length: 1280, gaps: true, transform: t, axis }),
);
console.log(
  `items: whole span ${whole.items.length} in ${whole.lanes} lanes; one month ${zoomed.items.length} in ${zoomed.lanes} lanes, ${zoomed.ticks.ticks.length} ${zoomed.ticks.unit} ticks`,
);
