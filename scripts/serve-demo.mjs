#!/usr/bin/env node
// Dev server for the demo page examples/index.html: serves the repo root, compiles .ts on the
// fly with esbuild (legacy decorators via tsconfig.json) and resolves bare imports.
// Usage: npm start [-- --port 8000]
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { buildBundles } from './bundle-options.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root); // esbuild's tsconfig path and rootDir are relative to the repo root

const argv = process.argv.slice(2);
const portArg = argv.indexOf('--port');
const wanted = Number(portArg >= 0 ? argv[portArg + 1] : (process.env.PORT ?? 8000));

/** The first free port from `start` on. */
async function freePort(start) {
  for (let port = start; port < start + 100; port++) {
    const free = await new Promise((ok) => {
      const srv = createServer()
        .once('error', () => ok(false))
        .once('listening', () => srv.close(() => ok(true)))
        .listen(port);
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${start}..${start + 99}`);
}

// The embed examples load dist/annals.js as a page would: bundle it first (a fraction of a
// second; `npm run build` also writes the types and the manifest).
await buildBundles('dist');

const port = await freePort(wanted);
await startDevServer({
  config: {
    rootDir: root,
    port,
    open: false,
    watch: true,
    nodeResolve: true,
    appIndex: undefined,
    // `<script type="module">` in HTML imports '../src/define.js': serve the .ts source for a
    // .js URL that has no .js file (imports from .ts files are already mapped by esbuild).
    middleware: [
      // The repository's root has no page: the demo is at /examples/.
      (ctx, next) => (ctx.path === '/' ? ctx.redirect('/examples/') : next()),
      // The browser asks every page for an icon: no 404 in the console of the bare embed pages,
      // where the one failure shown should be error.html's own.
      (ctx, next) => {
        if (ctx.path !== '/favicon.ico') return next();
        ctx.status = 204;
      },
      (ctx, next) => {
        const path = decodeURIComponent(ctx.path);
        if (path.endsWith('.js') && !existsSync(join(root, path))) {
          const ts = path.replace(/\.js$/, '.ts');
          if (existsSync(join(root, ts)))
            ctx.url = ts + (ctx.querystring ? `?${ctx.querystring}` : '');
        }
        return next();
      },
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`\n  annals demo:  http://localhost:${port}/examples/\n`);
