// Test endpoints for data loading (web-test-runner middleware): answers that are slow, missing,
// failing once, oversized, empty or malformed, so every failure mode is tried against a real
// server. Mounted at /__annals-test/. The paths have no extension: the test runner marks every
// path with one as cacheable for a year, and these answers change between requests.
import { readFileSync } from 'node:fs';

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
    case 'missing':
      return send(ctx, 'text/plain', 'Not Found', 404);
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
