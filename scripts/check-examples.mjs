#!/usr/bin/env node
// The framework examples, as a developer would build them, checked in Chromium (run after
// `npm run build`, which writes dist/ and the generated framework types):
// - examples/react (React 19, TSX) and examples/vue (Vue 3, SFC) type-check with the generated
//   types (tsc; vue-tsc for templates), build with Vite, and in the browser draw the flagship,
//   and update the page from an `annals-select` handler when an event is clicked;
// - every page of examples/embed/, plain pages with only the script tag and the element, draws the
//   same from its source (TimelineJS JSON and CSV, Annals JSON and CSV, inline JSON, markup), and
//   error.html shows its failure with Try again;
// - the bundle's lazy chunks load from beside it when first needed (the Kazakh words, the export),
//   and a chunk that cannot be loaded leaves the timeline in English.
// Writes `N passed, N failed` to test-results/examples-summary.txt and prints it last.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';
import { CHROME_ARGS, requireChrome } from './chrome-path.mjs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const out = join(root, 'test-results/examples');
let passed = 0;
let failed = 0;
const ok = (name) => (passed++, console.log(`PASS ${name}`));
const fail = (name, why) => (failed++, console.error(`FAIL ${name}\n     ${why}`));

if (!existsSync('dist/frameworks/react.d.ts')) {
  console.error('check-examples: run `npm run build` first');
  process.exit(1);
}

function typecheck(name, bin, project) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, '-p', project], {
    encoding: 'utf8',
  });
  if (status === 0) ok(`${name} type-checks`);
  else fail(`${name} type-checks`, `${stdout}${stderr}`.trim());
}
typecheck('react (tsc)', require.resolve('typescript/bin/tsc'), 'examples/react/tsconfig.json');
typecheck('vue (vue-tsc)', require.resolve('vue-tsc/bin/vue-tsc.js'), 'examples/vue/tsconfig.json');

const alias = [
  { find: /^annals$/, replacement: join(root, 'dist/index.js') },
  { find: /^annals\/(.*)$/, replacement: join(root, 'dist/$1') },
];
const apps = {
  react: { oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } },
  vue: {
    plugins: [
      vue({
        template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('annals-') } },
      }),
    ],
  },
};
rmSync(out, { recursive: true, force: true });
for (const [name, config] of Object.entries(apps)) {
  try {
    await build({
      root: join(root, 'examples', name),
      base: './',
      logLevel: 'warn',
      configFile: false,
      resolve: { alias },
      build: { outDir: join(out, name), emptyOutDir: true },
      ...config,
    });
    ok(`${name} builds with Vite`);
  } catch (error) {
    fail(`${name} builds with Vite`, String(error).slice(0, 2000));
  }
}

// One server for the built apps (/react/, /vue/) and the repository (/repo/… for the plain page).
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.css': 'text/css',
};
const server = createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // Browsers ask for one; the examples have none.
  if (url === '/favicon.ico') return res.writeHead(204).end();
  let file = url.startsWith('/repo/') ? join(root, url.slice(6)) : join(out, url);
  file = normalize(file);
  if (!file.startsWith(root)) return res.writeHead(403).end();
  if (file.endsWith('/')) file += 'index.html';
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: requireChrome(),
  headless: true,
  args: CHROME_ARGS,
});
async function tryPage(name, path, { app, failure = false, gestures = false }) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    if (failure) {
      await page.waitForFunction(
        () =>
          document
            .querySelector('annals-timeline')
            ?.shadowRoot?.querySelector('[part~="error"] [part~="retry"]'),
        { timeout: 10_000 },
      );
      ok(`${name} shows its failure with Try again`);
      return;
    }
    const count = () =>
      page.evaluate(
        () =>
          document.querySelector('annals-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]')
            .length ?? 0,
      );
    await page.waitForFunction(
      () =>
        (document.querySelector('annals-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]')
          .length ?? 0) > 0,
      { timeout: 10_000 },
    );
    const drawn = await count();
    if (drawn !== 4) throw new Error(`${drawn} events drawn, not the flagship's 4`);
    if (gestures) {
      // The bundle's d3-zoom, by hand: Ctrl + wheel zooms in around the pointer, a drag pans.
      const range = () =>
        page.evaluate(() => {
          const r = document.querySelector('annals-timeline').visibleRange;
          return [r.start.getTime(), r.end.getTime()];
        });
      const box = await page.evaluate(() => {
        const r = document
          .querySelector('annals-timeline')
          .shadowRoot.querySelector('[part~="viewport"]')
          .getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height - 50 };
      });
      const whole = await range();
      await page.mouse.move(box.x, box.y);
      await page.keyboard.down('Control');
      for (let i = 0; i < 5; i++) await page.mouse.wheel({ deltaY: -200 });
      await page.keyboard.up('Control');
      await new Promise((r) => setTimeout(r, 300));
      const zoomed = await range();
      if (!(zoomed[1] - zoomed[0] < (whole[1] - whole[0]) * 0.8))
        throw new Error(`Ctrl + wheel did not zoom in (${whole} -> ${zoomed})`);
      await page.mouse.down();
      await page.mouse.move(box.x - 150, box.y, { steps: 5 });
      await page.mouse.up();
      await new Promise((r) => setTimeout(r, 300));
      const panned = await range();
      if (!(panned[0] > zoomed[0])) throw new Error(`a drag did not pan (${zoomed} -> ${panned})`);
      // And by method, through d3-zoom's transform (which interrupts first): Fit shows it all again.
      await page.evaluate(() => document.querySelector('annals-timeline').fit({ animate: false }));
      const fitted = await range();
      if (fitted[0] !== whole[0] || fitted[1] !== whole[1])
        throw new Error(`fit() did not show the whole span again (${whole} -> ${fitted})`);
    }
    if (app) {
      // A click goes through the app's typed annals-select handler into its own text.
      await page.evaluate(() =>
        document
          .querySelector('annals-timeline')
          .shadowRoot.querySelector('[data-id="state-visit-2013"]')
          .click(),
      );
      await page.waitForFunction(
        () => document.getElementById('selected')?.textContent?.includes('State visit'),
        { timeout: 5000 },
      );
      await page.waitForFunction(
        () => /\d{4}-\d\d-\d\d/.test(document.getElementById('range')?.textContent ?? ''),
        {
          timeout: 5000,
        },
      );
    }
    if (problems.length) throw new Error(problems.join('\n     '));
    ok(
      `${name} runs in Chromium${gestures ? ', zooms with Ctrl + wheel and pans with a drag' : ''}`,
    );
  } catch (error) {
    fail(`${name} runs in Chromium`, [String(error.message ?? error), ...problems].join('\n     '));
  } finally {
    await page.close();
  }
}
/**
 * Runs `body(page)` in a new page and reports `name`: PASS unless it throws or the page reports
 * an error (`expected(message)` picks console errors that the check itself causes).
 */
async function inPage(name, body, expected = () => false) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !expected(m)) problems.push(`console.error: ${m.text()}`);
  });
  try {
    await body(page);
    if (problems.length) throw new Error(problems.join('\n     '));
    ok(name);
  } catch (error) {
    fail(name, [String(error.message ?? error), ...problems].join('\n     '));
  } finally {
    await page.close();
  }
}

/**
 * The bundle's lazy chunks, loaded from beside annals.js as a page loads them: Kazakh words when
 * the locale asks for them, the export on the first toSVG(); and a Russian chunk that fails to
 * load leaves the timeline in English with a console warning, and no error.
 */
async function tryChunks() {
  const name =
    'the bundle loads chunks/messages-kk.js and chunks/export.js when first needed, stays in English without chunks/messages-ru.js, and a later timeline tries it again and brings both into Russian';
  // The failed chunk's own load is reported as an error: that one is expected.
  const blocked = (m) => m.location()?.url?.endsWith('/chunks/messages-ru.js');
  await inPage(
    name,
    async (page) => {
      const warnings = [];
      const requested = [];
      page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.setRequestInterception(true);
      // A chunk the server cannot give (until `offline` is turned off): the page must carry on
      // in English, and a timeline that asks later tries again.
      let offline = true;
      page.on('request', (r) =>
        offline && r.url().endsWith('/chunks/messages-ru.js') ? r.abort('failed') : r.continue(),
      );
      const roledescription = (locale) =>
        page.evaluate(async (locale) => {
          const el = document.querySelector('annals-timeline');
          el.locale = locale;
          await el.updateComplete;
          return el.shadowRoot.querySelector('[part~="base"]').getAttribute('aria-roledescription');
        }, locale);
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${base}/repo/examples/embed/annals-json.html`, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          document.querySelector('annals-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
        { timeout: 10_000 },
      );
      const chunk = (file) => requested.some((p) => p.endsWith(`/dist/chunks/${file}`));
      if (chunk('messages-kk.js') || chunk('messages-ru.js') || chunk('export.js'))
        throw new Error(`an English page with no export loaded a chunk: ${requested.join(', ')}`);
      const kk = await roledescription('kk');
      if (kk !== 'уақыт шкаласы' || !chunk('messages-kk.js'))
        throw new Error(
          `locale="kk" gave "${kk}" (chunks/messages-kk.js requested: ${chunk('messages-kk.js')})`,
        );
      const svg = await page.evaluate(() => document.querySelector('annals-timeline').toSVG());
      if (!chunk('export.js') || (svg.match(/data-id=/g) ?? []).length !== 4)
        throw new Error(`toSVG() gave ${svg.length} characters, not the flagship's 4 events`);
      const ru = await roledescription('ru');
      if (ru !== 'timeline')
        throw new Error(`without its chunk, locale="ru" gave "${ru}", not English`);
      if (!warnings.some((w) => /the ru messages could not be loaded/.test(w)))
        throw new Error(
          `no warning for the failed chunk (warnings: ${warnings.join(' | ') || 'none'})`,
        );
      offline = false;
      const again = await page.evaluate(async () => {
        const el = document.createElement('annals-timeline');
        el.locale = 'ru';
        el.data = { title: 'T', events: [{ id: 'a', title: 'A', start: '2009' }] };
        document.body.append(el);
        await el.updateComplete;
        return el.shadowRoot.querySelector('[part~="base"]').getAttribute('aria-roledescription');
      });
      if (again !== 'хронология')
        throw new Error(`a later timeline did not load the Russian words again: "${again}"`);
      // The first timeline, left in English by its failed load, follows once the words are here.
      const first = await page.evaluate(async () => {
        const el = document.querySelector('annals-timeline');
        await el.updateComplete;
        return el.shadowRoot.querySelector('[part~="base"]').getAttribute('aria-roledescription');
      });
      if (first !== 'хронология')
        throw new Error(`the first timeline stayed in English after the retry: "${first}"`);
    },
    blocked,
  );
}

/**
 * A page in Kazakh (`<html lang="kk">`): the bundle starts loading the Kazakh words as it loads,
 * before any timeline asks, so a timeline added once they are here draws in Kazakh from its first
 * render, without the English flash.
 */
async function tryPageLanguage() {
  const name =
    'a page with <html lang="kk"> loads chunks/messages-kk.js with the bundle, and its timeline draws in Kazakh at once';
  await inPage(name, async (page) => {
    // The example page's folder, so the bundle is found as the examples find it; the page itself
    // is served from here.
    const url = `${base}/repo/examples/embed/kazakh-page.html`;
    await page.setRequestInterception(true);
    page.on('request', (r) =>
      r.url() === url
        ? r.respond({
            contentType: 'text/html; charset=utf-8',
            body: '<!doctype html><html lang="kk"><head><meta charset="utf-8"><script type="module" src="../../dist/annals.js"></script></head><body></body></html>',
          })
        : r.continue(),
    );
    const chunk = page.waitForRequest((r) => r.url().endsWith('/dist/chunks/messages-kk.js'), {
      timeout: 10_000,
    });
    await page.goto(url, { waitUntil: 'load' });
    await chunk;
    const first = await page.evaluate(async () => {
      await customElements.whenDefined('annals-timeline');
      await new Promise((r) => setTimeout(r, 300));
      const el = document.createElement('annals-timeline');
      el.data = { title: 'T', events: [{ id: 'a', title: 'A', start: '2009' }] };
      document.body.append(el);
      // Lit's own first render, not updateComplete (which would wait for the words).
      await new Promise((r) => requestAnimationFrame(r));
      return el.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-roledescription');
    });
    if (first !== 'уақыт шкаласы') throw new Error(`the first render said "${first}"`);
  });
}

for (const page of [
  'timelinejs-json',
  'timelinejs-csv',
  'annals-json',
  'annals-csv',
  'inline-json',
  'markup',
])
  await tryPage(`plain page examples/embed/${page}.html`, `/repo/examples/embed/${page}.html`, {
    app: false,
    gestures: page === 'annals-json',
  });
await tryPage('plain page examples/embed/error.html', '/repo/examples/embed/error.html', {
  app: false,
  failure: true,
});
await tryChunks();
await tryPageLanguage();
await tryPage('react', '/react/', { app: true });
await tryPage('vue', '/vue/', { app: true });
await browser.close();
server.close();

mkdirSync('test-results', { recursive: true });
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/examples-summary.txt', `${summary}\n`);
console.log(`\nexamples: ${summary}`);
process.exit(failed ? 1 : 0);
