// The demo server (scripts/serve-demo.mjs) and a headless Chromium, for the node tests that load
// the built pages: started before a file's tests, stopped after them.
import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome-path.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the demo server on `port` (or the next free one) and a browser before the file's tests,
 * and stops both after them. The returned object's `url` (the demo's /examples/) and `browser`
 * are set once `before` has run.
 */
export function demoBrowser(port) {
  const demo = { url: '', browser: null };
  let server;
  before(async () => {
    server = spawn(process.execPath, ['scripts/serve-demo.mjs', '--port', String(port)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    demo.url = await new Promise((ok, fail) => {
      let out = '';
      server.stdout.on('data', (d) => {
        out += d;
        const m = /(http:\/\/localhost:\d+\/examples\/)/.exec(out);
        if (m) ok(m[1]);
      });
      server.once('exit', (code) => fail(new Error(`demo server exited (${code})`)));
    });
    demo.browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: CHROME_ARGS,
    });
  });
  after(async () => {
    await demo.browser?.close();
    server?.kill();
  });
  return demo;
}
