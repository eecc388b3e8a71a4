#!/usr/bin/env node
// The browser benchmark: Annals, vis-timeline and TimelineJS in headless Chromium, on the same
// seeded events (bench/data.mjs). For each library and N it times the first render and 20 zoom
// or pan steps, counts DOM elements and JS heap growth, saves a screenshot, and measures the
// bytes each library ships. Prints a table with Annals-to-peer ratios and the targets, and
// writes bench/results.json.
//
// Usage: npm run bench [-- --n 1000,10000] [--only annals,vis-timeline] [--quick]
//        [--steps 20] [--timeout 60] [--step-limit 30] [--out bench/results.json] [--report]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { buildBundles } from '../scripts/bundle-options.mjs';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome-path.mjs';
import { CATEGORIES, SEED } from './data.mjs';
import * as annals from './libs/annals.mjs';
import * as timelinejs from './libs/timelinejs.mjs';
import * as visTimeline from './libs/vis-timeline.mjs';
import { startServer } from './server.mjs';
import { printReport, summarize } from './report.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const LIBS = { annals, 'vis-timeline': visTimeline, timelinejs };
const { values: args } = parseArgs({
  options: {
    n: { type: 'string' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    steps: { type: 'string' },
    timeout: { type: 'string' },
    'step-limit': { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
    report: { type: 'boolean', default: false },
  },
});

// --report: print the table of an earlier run (--out names its file) without measuring.
if (args.report) {
  printReport(JSON.parse(readFileSync(args.out, 'utf8')));
  process.exit(0);
}

// --quick: the two small N, 10 steps, 20 s to draw and 10 s of steps: a check, not a result.
const ns = (args.n ?? (args.quick ? '1000,10000' : '1000,10000,50000,100000'))
  .split(',')
  .map((s) => Number(s.replace(/[_\s]/g, '')));
const only = (args.only ?? Object.keys(LIBS).join(',')).split(',').map((s) => s.trim());
const stepCount = Number(args.steps ?? (args.quick ? 10 : 20));
const timeoutMs = Number(args.timeout ?? (args.quick ? 20 : 60)) * 1000;
// No new step starts after this long in the steps (one that is running may take up to timeoutMs).
const stepLimitMs = Number(args['step-limit'] ?? (args.quick ? 10 : 30)) * 1000;
for (const id of only)
  if (!LIBS[id]) throw new Error(`--only: no library "${id}" (${Object.keys(LIBS)})`);
if (ns.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--n: not a list of counts: ${args.n}`);

const screenshots = 'bench/screenshots';
mkdirSync(screenshots, { recursive: true });

// Frames are not held to a 60 Hz vsync, so a step's time is its work and its drawing rather
// than its wait for the next vsync; the precise heap numbers are not rounded.
const BROWSER_ARGS = [
  ...CHROME_ARGS,
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--enable-precise-memory-info',
  // Nothing leaves this machine: any host but the local server fails at once (and is reported).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1 };

const log = (...parts) => console.error(...parts);

/** The Annals bundle and its lazy chunks, built as scripts/build.mjs builds dist/annals.js. */
async function bundleAnnals() {
  const results = await buildBundles('bench/.annals', { write: false });
  const memory = {};
  for (const f of results.flatMap((r) => r.outputFiles)) {
    const rel = f.path.slice(f.path.indexOf('bench/.annals/') + 'bench/.annals/'.length);
    memory[`/lib/annals/${rel}`] = f.contents;
  }
  return memory;
}

/**
 * The bytes of each JS and CSS file a library's page loaded: JS as published (each is a
 * minified build), CSS minified with esbuild (TimelineJS publishes its CSS unminified), and
 * gzip (level 9) of that. Other files it loaded (fonts) are listed apart.
 */
async function measureBytes(served, memory) {
  const code = [];
  const other = [];
  const seen = new Set();
  for (const { path, bytes } of served) {
    if (!path.startsWith('/lib/') || seen.has(path)) continue;
    seen.add(path);
    if (!/\.(m?js|css)$/.test(path)) {
      other.push({ path, bytes });
      continue;
    }
    const file = memory[path] ?? readFileSync(libFile(path));
    let min = Buffer.from(file);
    if (path.endsWith('.css')) {
      min = Buffer.from(
        (await transform(min.toString('utf8'), { loader: 'css', minify: true })).code,
      );
    }
    code.push({
      path,
      shipped: file.length,
      min: min.length,
      gzip: gzipSync(min, { level: 9 }).length,
    });
  }
  const sum = (key) => code.reduce((s, f) => s + f[key], 0);
  return { files: code, other, min: sum('min'), gzip: sum('gzip') };
}

const libFile = (path) =>
  path
    .replace('/lib/vis-timeline/', 'node_modules/vis-timeline/')
    .replace('/lib/timelinejs/', 'node_modules/@knight-lab/timelinejs/');

class Timeout extends Error {}

/** Rejects with a Timeout after `ms`, whatever the page is doing. */
function within(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what}: over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

function stepStats(times, kinds, timedOut) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: times.length,
    timedOut,
    median: sorted.length ? percentile(sorted, 0.5) : null,
    p95: sorted.length ? percentile(sorted, 0.95) : null,
    times: times.map((t) => Math.round(t * 10) / 10),
    kinds,
  };
}

/** The share of the CPU time that was idle over `ms`, from /proc/stat (null where there is none). */
async function idleShare(ms) {
  const read = () => {
    try {
      const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
      const n = fields.map(Number);
      return { idle: n[3] + n[4], total: n.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return a && b && b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : null;
}

/**
 * Waits, up to 20 s, until the machine is quiet (at least 90 % idle over half a second): a
 * browser that was killed in the middle of a long page may take a while to stop, and the next
 * library must not be timed against it. It is waited for again once the page is loaded, just
 * before the first render is timed: a browser just launched goes on starting its other processes
 * for a few hundred ms, and on 2 cores that took 30–50 ms from whichever library was timed first.
 * Returns the last idle share measured.
 */
async function quiet() {
  const until = performance.now() + 20_000;
  let idle = await idleShare(500);
  while (idle !== null && idle < 0.9 && performance.now() < until) idle = await idleShare(500);
  return idle;
}

const share = (idle) => (idle === null ? null : Math.round(idle * 100) / 100);

/** Ends a browser and every process it started, and waits until they are gone. */
async function killBrowser(browser) {
  const child = browser.process();
  if (!child?.pid) return;
  // Puppeteer starts the browser as the leader of its own process group (detached): its renderers
  // are in the group, and a renderer busy in a long script does not notice its parent's end soon.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  const until = performance.now() + 10_000;
  for (;;) {
    try {
      process.kill(-child.pid, 0);
    } catch {
      return;
    }
    if (performance.now() > until) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A browser for one run or one further first render, as every library gets it. */
function launchBrowser() {
  return puppeteer.launch({
    executablePath: requireChrome(),
    headless: true,
    args: BROWSER_ARGS,
    defaultViewport: VIEWPORT,
    // Our own limits (within) end a slow page; the protocol's must not end it first.
    protocolTimeout: 2 * (timeoutMs + stepLimitMs) + 120_000,
  });
}

/** One library at one N, in a browser of its own (so a hung page is simply killed). */
async function measure(server, lib, n) {
  const idle = await quiet();
  const run = {
    lib: lib.id,
    n,
    status: 'ok',
    load: os.loadavg()[0],
    // The share of the CPU that was idle over the half second before the run began.
    idleAtStart: share(idle),
    externalRequests: [],
    pageErrors: [],
  };
  let stuck = false;
  const browser = await launchBrowser();
  run.browser = await browser.version();
  try {
    const page = await browser.newPage();
    page.on('request', (req) => {
      if (!req.url().startsWith(server.origin) && !req.url().startsWith('data:'))
        run.externalRequests.push(req.url());
    });
    page.on(
      'pageerror',
      (e) => run.pageErrors.length < 10 && run.pageErrors.push(String(e.message)),
    );
    const finished = [];
    await page.exposeFunction('benchStepDone', (t, kind) => finished.push({ t, kind }));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const heapUsed = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    };

    const query = new URLSearchParams({
      lib: lib.id,
      n,
      steps: stepCount,
      timeout: timeoutMs,
      stepLimit: stepLimitMs,
    });
    // Only this page's own requests count as what the library ships (not an earlier load's).
    server.takeServed();
    await page.goto(`${server.origin}/page?${query}`);
    await page.waitForFunction('window.benchReady === true', { timeout: 120_000 });
    run.served = server.takeServed();

    const heapBefore = await heapUsed();
    const domBefore = await page.evaluate(() => window.bench.countElements().elements);
    run.idleBeforeRender = share(await quiet());

    try {
      const first = await within(
        page.evaluate(() => window.bench.render()),
        timeoutMs + 5_000,
        'first render',
      );
      run.firstRenderMs = first.ms;
      if (Object.keys(first.milestones).length) run.firstRenderMilestones = first.milestones;
    } catch (error) {
      const timedOut = error instanceof Timeout || /not drawn within/.test(error.message);
      run.status = timedOut ? 'timeout' : 'error';
      run.error = timedOut
        ? `not drawn within ${timeoutMs / 1000} s`
        : error.message.split('\n')[0];
      return run;
    }

    run.screenshot = join(screenshots, `${lib.id}-${n}.png`);
    await page.screenshot({ path: run.screenshot });
    const dom = await page.evaluate(() => window.bench.countElements());
    run.heap = { before: heapBefore, after: await heapUsed() };
    run.heap.growth = run.heap.after - run.heap.before;
    run.dom = {
      afterRender: dom.elements - domBefore,
      shadowRoots: dom.shadowRoots,
      max: dom.elements - domBefore,
    };
    if (run.firstRenderMs > timeoutMs) {
      // Drawn after the page's last look at the clock: over the limit all the same.
      run.status = 'timeout';
      run.error = `first render ${(run.firstRenderMs / 1000).toFixed(1)} s, over ${timeoutMs / 1000} s`;
      return run;
    }

    try {
      const s = await within(
        page.evaluate(() => window.bench.steps()),
        stepLimitMs + timeoutMs,
        'steps',
      );
      run.steps = stepStats(s.times, s.kinds, s.timedOut);
      run.dom.max = Math.max(dom.elements, s.maxElements) - domBefore;
    } catch (error) {
      // Stopped inside a step: keep the steps it had finished.
      run.steps = stepStats(
        finished.map((f) => f.t),
        finished.map((f) => f.kind),
        true,
      );
      run.steps.error = error.message.split('\n')[0];
      stuck = true;
    }
    return run;
  } finally {
    // A page that is still busy may not close: end its browser outright, all of it.
    if (run.status === 'timeout' || stuck) await killBrowser(browser);
    else await within(browser.close(), 10_000, 'close').catch(() => killBrowser(browser));
  }
}

/** First renders per library and N: the median is reported, each in a new browser. */
const FIRST_RENDER_SAMPLES = 3;
/** Further first renders are timed only while all of them together stay under this. */
const FIRST_RENDER_BUDGET_MS = 12_000;

/**
 * One more first render of a library at N, in a browser of its own as the first one: a single
 * cold page load varies by a few tens of ms here, more than the differences the targets ask about.
 * Returns its time in ms, or null if it did not draw.
 */
async function sampleFirstRender(server, lib, n) {
  await quiet();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const query = new URLSearchParams({ lib: lib.id, n, steps: 0, timeout: timeoutMs });
    await page.goto(`${server.origin}/page?${query}`);
    await page.waitForFunction('window.benchReady === true', { timeout: 120_000 });
    // What this load fetched is not counted again in the next run's bytes.
    server.takeServed();
    await quiet();
    const first = await within(
      page.evaluate(() => window.bench.render()),
      timeoutMs + 5_000,
      'first render',
    );
    return first.ms;
  } catch {
    return null;
  } finally {
    await within(browser.close(), 10_000, 'close').catch(() => killBrowser(browser));
  }
}

const started = performance.now();
log(`bench: bundling Annals (src/define.ts, minified)…`);
const memory = await bundleAnnals();
const server = await startServer({ root, libs: LIBS, memory });
log(
  `bench: serving on ${server.origin}; N = ${ns.join(', ')}; ${only.join(', ')}; ${stepCount} steps; ${timeoutMs / 1000} s to draw, ${stepLimitMs / 1000} s of steps`,
);

const runs = [];
const bytes = {};
const stoppedAt = {};
try {
  for (const n of ns) {
    for (const id of only) {
      const lib = LIBS[id];
      if (stoppedAt[id]) {
        runs.push({
          lib: id,
          n,
          status: 'skipped',
          error: `timed out at ${stoppedAt[id].toLocaleString('en-US')}`,
        });
        continue;
      }
      const t0 = performance.now();
      const run = await measure(server, lib, n);
      if (!bytes[id] && run.served) bytes[id] = await measureBytes(run.served, memory);
      delete run.served;
      if (run.status === 'ok') {
        const samples = [run.firstRenderMs];
        while (
          samples.length < FIRST_RENDER_SAMPLES &&
          samples.reduce((a, b) => a + b, 0) + run.firstRenderMs < FIRST_RENDER_BUDGET_MS
        ) {
          const ms = await sampleFirstRender(server, lib, n);
          if (ms == null) break;
          samples.push(ms);
        }
        run.firstRenderSamples = samples.map((ms) => Math.round(ms * 10) / 10);
        const sorted = [...samples].sort((a, b) => a - b);
        const mid = sorted.length >> 1;
        run.firstRenderMs = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
      }
      if (run.status === 'timeout') stoppedAt[id] = n;
      runs.push(run);
      log(
        `bench: ${id} N=${n}: ${run.status}` +
          (run.firstRenderMs != null ? `, first render ${run.firstRenderMs.toFixed(0)} ms` : '') +
          (run.steps?.p95 != null ? `, step p95 ${run.steps.p95.toFixed(1)} ms` : '') +
          (run.error ? ` (${run.error})` : '') +
          ` [${((performance.now() - t0) / 1000).toFixed(1)} s]`,
      );
    }
  }
} finally {
  await server.close();
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    // The 1-minute load average when the run ended (each run records it when it started):
    // above the core count, something else was competing for the CPU.
    loadAtEnd: os.loadavg()[0],
    node: process.version,
    browser: runs.find((r) => r.browser)?.browser,
  },
  config: {
    ns,
    libs: only,
    steps: stepCount,
    timeoutMs,
    stepLimitMs,
    seed: SEED,
    categories: CATEGORIES.length,
    viewport: VIEWPORT,
    browserArgs: BROWSER_ARGS,
  },
  bytes,
  runs,
  ...summarize(runs, bytes, timeoutMs),
  seconds: Math.round((performance.now() - started) / 1000),
};
writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
printReport(results);
console.log(
  `\nwrote ${relative(root, resolve(root, args.out))}; screenshots in ${screenshots}/ (${results.seconds} s)`,
);
