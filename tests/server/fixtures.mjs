// Test endpoints for data loading (web-test-runner middleware): answers that are slow, missing,
// failing once, oversized, empty or malformed, so every failure mode is tried against a real
// server. Mounted at /__annals-test/. The paths have no extension: the test runner marks every
// path with one as cacheable for a year, and these answers change between requests.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { buildCli } from '../../scripts/bundle-options.mjs';

const flaky = new Map();
const flagship = readFileSync(
  new URL('../../data/kazakhstan-turkmenistan.json', import.meta.url),
  'utf8',
);

/** @param {import('koa').Context} ctx @param {string} type @param {string} body */
function send(ctx, type, body, status = 200) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = type;
  ctx.body = body;
}

const root = new URL('../..', import.meta.url).pathname;
/** @type {Promise<string> | null} The `annals` command, built once a run as the build makes it. */
let cli = null;

/**
 * Runs `annals render data/kazakhstan-turkmenistan.json` in Node with the query's options (width,
 * from, to, theme, locale, orientation, group-by) and resolves to its SVG: what the export tests
 * compare the page's `toSVG()` with.
 * @param {Record<string, unknown>} q
 * @returns {Promise<{ status: number | null, stdout: string, stderr: string }>}
 */
async function renderInNode(q) {
  cli ??= (async () => {
    const dir = `${root}node_modules/.cache/annals-wtr-cli`;
    mkdirSync(dir, { recursive: true });
    await buildCli(dir, { logLevel: 'error' });
    return `${dir}/cli.js`;
  })();
  const args = ['render', 'data/kazakhstan-turkmenistan.json'];
  for (const key of ['width', 'from', 'to', 'theme', 'locale', 'orientation', 'group-by'])
    if (typeof q[key] === 'string') args.push(`--${key}`, q[key]);
  const child = spawn(process.execPath, [await cli, ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const status = await new Promise((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function testEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/__annals-test/')) return next();
  const name = ctx.path.slice('/__annals-test/'.length);
  const q = ctx.query;
  switch (name) {
    case 'slow': {
      await new Promise((r) => setTimeout(r, Number(q.ms ?? 2000)));
      return send(ctx, 'application/json', flagship);
    }
    case 'trickle': {
      // Answers at once, then sends the rest of its body after `ms`: a large file on a slow line.
      const body = new PassThrough();
      ctx.status = 200;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = body;
      const bytes = Buffer.from(flagship);
      body.write(bytes.subarray(0, 100));
      const timer = setTimeout(() => body.end(bytes.subarray(100)), Number(q.ms ?? 2000));
      body.on('close', () => clearTimeout(timer));
      return;
    }
    case 'missing':
      return send(ctx, 'text/plain', 'Not Found', 404);
    case 'portrait':
      // An image three times as tall as it is wide (300 × 900), as a phone's photo is.
      return send(
        ctx,
        'image/svg+xml',
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="900"><rect width="300" height="900" fill="#a65a28"/></svg>',
      );
    case 'error':
      return send(ctx, 'text/plain', 'Internal Server Error', 500);
    case 'flaky': {
      // Fails the first time for each key, then answers: what Retry is for.
      const key = String(q.key ?? '');
      if (!flaky.has(key)) {
        flaky.set(key, 1);
        return send(ctx, 'text/plain', 'Service Unavailable', 503);
      }
      return send(ctx, 'application/json', flagship);
    }
    case 'big':
      // Valid JSON, larger than the cap the test sets.
      return send(
        ctx,
        'application/json',
        JSON.stringify({ title: 'Big', events: [], padding: 'x'.repeat(Number(q.bytes ?? 200_000)) }),
      );
    case 'empty':
      return send(ctx, 'application/json', '');
    case 'bad-json':
      return send(ctx, 'application/json', '{"title": "Cut off", "events": [{"id": "a",');
    case 'bad-csv':
      return send(ctx, 'text/csv', ',,\n1,2,3');
    case 'no-events':
      return send(
        ctx,
        'application/json',
        JSON.stringify({ title: 'Nothing valid', events: [{ id: 'x', title: 'No date' }] }),
      );
    case 'cookie':
      // Says whether the request carried cookies.
      return send(
        ctx,
        'application/json',
        JSON.stringify({
          title: ctx.get('cookie') ? 'cookies were sent' : 'no cookies were sent',
          events: [{ id: 'a', title: 'A', start: '2009' }],
        }),
      );
    case 'export-svg': {
      // The Node side of the export tests: the CLI's SVG for the flagship.
      const r = await renderInNode(q);
      return r.status === 0
        ? send(ctx, 'image/svg+xml', r.stdout)
        : send(ctx, 'text/plain', `annals exited with ${r.status}: ${r.stderr}`, 500);
    }
    case 'ansi-csv':
      // A sheet saved as "CSV" by Excel on Windows: Windows-1252 bytes (é, ã; € is 0x80), sent
      // as the server's default text type (charset=utf-8) or with the charset it names.
      ctx.status = 200;
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Type', `text/csv; charset=${q.charset ?? 'utf-8'}`);
      ctx.body = Buffer.concat([
        Buffer.from('id,title,start\ncafe,"Caf\xe9 in S\xe3o Paulo, 5 ', 'latin1'),
        Buffer.from([0x80]),
        Buffer.from('",2013\n', 'latin1'),
      ]);
      return;
    case 'no-type':
      // No content type and no extension: read from the content itself.
      ctx.status = 200;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = Buffer.from(flagship);
      ctx.remove('Content-Type');
      return;
    default:
      return send(ctx, 'text/plain', 'no such test endpoint', 404);
  }
}
