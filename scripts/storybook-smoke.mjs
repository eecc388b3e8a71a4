#!/usr/bin/env node
// Smoke test of the BUILT Storybook (storybook-static/): serves it on 127.0.0.1, opens every
// story (viewMode=story) and docs entry (viewMode=docs) of index.json in headless Chromium and
// fails an entry on a page error, a console.error, a Storybook error display, an empty render,
// a custom element that never got defined, a rendered element of zero size, or (stories) an
// axe-core accessibility violation.
// Usage: node scripts/storybook-smoke.mjs [--dir storybook-static] [--filter text] [--screenshots]
// Writes `N passed, N failed` to test-results/storybook-summary.txt and prints it last.
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './chrome-path.mjs';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = resolve(root, opt('--dir', 'storybook-static'));
const filter = opt('--filter', '');
const screenshots = argv.includes('--screenshots');
const summaryFile = join(root, 'test-results', 'storybook-summary.txt');
const TIMEOUT = 20_000;
// Every story is also checked with axe-core: an accessibility violation fails it like an error.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

function finish(passed, failed) {
  const line = `${passed} passed, ${failed} failed`;
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(summaryFile, `${line}\n`);
  console.log(`\nstorybook smoke: ${line}`);
  process.exit(failed > 0 ? 1 : 0);
}

const indexFile = join(staticDir, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`No ${indexFile}: run \`npm run build-storybook\` first.`);
  finish(0, 1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  finish(0, 1);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = normalize(join(staticDir, decodeURIComponent(url.pathname)));
  if (file !== staticDir && !file.startsWith(staticDir + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) && url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (!existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const entries = Object.values(index.entries ?? index.stories ?? {})
  .filter((e) => e.type === 'story' || e.type === 'docs')
  .filter((e) => !filter || e.id.includes(filter));

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
let passed = 0;
let failed = 0;

async function check(entry) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const problems = [];
  // Stories of failure states (a missing file, a network error) are tagged: the errors they
  // show by design are not counted, their render and accessibility still are.
  const expectsErrors = (entry.tags ?? []).includes('expected-errors');
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message ?? err}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expectsErrors) problems.push(`console.error: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => {
    if (req.url().startsWith(base) && !expectsErrors)
      problems.push(`request failed: ${req.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith(base) && !expectsErrors)
      problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, {
      waitUntil: 'load',
      timeout: TIMEOUT,
    });
    // Storybook marks the body when it has shown the story/docs, an error or "no preview".
    await page.waitForFunction(
      () => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className),
      { timeout: TIMEOUT },
    );
    if (viewMode === 'docs') {
      await page
        .waitForFunction(
          () => (document.querySelector('#storybook-docs')?.textContent ?? '').trim(),
          {
            timeout: TIMEOUT,
          },
        )
        .catch(() => {});
      // An element's docs page: let its args table render before it is checked.
      if ((entry.tags ?? []).includes('autodocs')) {
        await page
          .waitForSelector('#storybook-docs .docblock-argstable tbody tr', { timeout: TIMEOUT })
          .catch(() => {});
      }
    }
    // Let Lit finish its first update and late errors surface.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    const result = await page.evaluate((mode) => {
      const out = [];
      const cls = document.body.className;
      if (cls.includes('sb-show-errordisplay')) {
        const msg = document.querySelector('#error-message')?.textContent?.trim();
        out.push(`Storybook error display: ${msg || '(no message)'}`);
      }
      if (cls.includes('sb-show-nopreview')) out.push('Storybook shows "no preview"');
      const container = document.querySelector(
        mode === 'docs' ? '#storybook-docs' : '#storybook-root',
      );
      if (!container) return [...out, 'no render container'];
      const undefinedTags = new Set(
        [...container.querySelectorAll('*')]
          .map((el) => el.localName)
          .filter((tag) => tag.includes('-') && !tag.startsWith('sb-') && !customElements.get(tag)),
      );
      for (const tag of undefinedTags) out.push(`<${tag}> is not a defined custom element`);
      if (mode === 'docs') {
        if (!(container.textContent ?? '').trim()) out.push('docs page is empty');
        // A GitHub-flavoured table that the MDX compiler left as text (remark-gfm missing).
        for (const p of container.querySelectorAll('p')) {
          const text = p.textContent ?? '';
          if (/\|\s*:?-{3,}:?\s*\|/.test(text))
            out.push(`Markdown table rendered as text: ${text.slice(0, 60)}…`);
        }
        // Only object-typed properties may offer the object editor ("Set object"): attributes,
        // events, slots, CSS custom properties, parts and properties of a string, number or
        // boolean type (or a union of literals) get theirs in .storybook/preview.ts.
        const primitive = /^(string|number|boolean|undefined|null|'.*'|".*"|-?\d+(\.\d+)?)$/;
        let category = '';
        for (const tr of container.querySelectorAll('.docblock-argstable tbody tr')) {
          if (tr.querySelector('td[colspan]')) {
            category = (tr.getAttribute('title') ?? '').replace(/^(Hide|Show) | items$/g, '');
            continue;
          }
          const setObject = [...tr.querySelectorAll('button')].some(
            (b) => b.textContent?.trim() === 'Set object',
          );
          const typeCell = tr.querySelectorAll('td')[1]?.lastElementChild;
          const types = [...(typeCell?.querySelectorAll('span') ?? [])].map(
            (span) => span.textContent?.trim() ?? '',
          );
          const primitiveType = types.length > 0 && types.every((t) => primitive.test(t));
          if (setObject && (category !== 'properties' || primitiveType)) {
            const name = tr.querySelector('td')?.textContent?.trim();
            out.push(`"Set object" control on ${category || 'the'} row ${name}`);
          }
        }
        return out;
      }
      // Empty: no text and nothing but (wrapper) divs, in the light DOM and any shadow root.
      const meaningful = (node) =>
        !!node &&
        ((node.textContent ?? '').trim() !== '' || node.querySelector('*:not(div)') !== null);
      if (!meaningful(container) && !meaningful(container.shadowRoot)) {
        out.push('#storybook-root rendered nothing');
        return out;
      }
      // The story's element: its first custom element, else the first element child.
      const target =
        [...container.querySelectorAll('*')].find((el) => el.localName.includes('-')) ??
        container.firstElementChild;
      if (target) {
        const { width, height } = target.getBoundingClientRect();
        if (width === 0 || height === 0) {
          out.push(`<${target.localName}> rendered with zero size (${width}x${height})`);
        }
      }
      return out;
    }, viewMode);
    problems.push(...result);
    if (viewMode === 'story' && result.length === 0) {
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        // Storybook's a11y addon may be running its own axe pass: wait for it, then run ours.
        let r;
        for (let attempt = 0; ; attempt++) {
          try {
            r = await globalThis.axe.run(document.querySelector('#storybook-root'), {
              resultTypes: ['violations'],
            });
            break;
          } catch (error) {
            if (attempt > 20 || !String(error).includes('already running')) throw error;
            await new Promise((ok) => setTimeout(ok, 250));
          }
        }
        return r.violations.map(
          (v) =>
            `axe ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      problems.push(...violations);
    }
    if (screenshots) {
      mkdirSync(join(root, 'test-results', 'storybook'), { recursive: true });
      await page.screenshot({ path: join(root, 'test-results', 'storybook', `${entry.id}.png`) });
    }
  } catch (err) {
    problems.push(`navigation/render: ${err.message ?? err}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { viewMode, problems };
}

const t0 = performance.now();
for (const entry of entries) {
  const { viewMode, problems } = await check(entry);
  if (problems.length === 0) {
    passed += 1;
    console.log(`PASS ${entry.id} (${viewMode})`);
  } else {
    failed += 1;
    console.log(`FAIL ${entry.id} (${viewMode})`);
    for (const p of [...new Set(problems)]) console.log(`     ${p}`);
  }
}
console.log(
  `storybook smoke: ${entries.length} entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
await browser.close();
server.close();
if (entries.length === 0) console.log('storybook smoke: index.json has no stories or docs entries');
finish(passed, failed);
