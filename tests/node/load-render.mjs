// Bundles src/render (with the core and the datasets) for Node, as load-core.mjs bundles the core,
// and builds the `annals` command as the build does (scripts/bundle-options.mjs): the tests run
// before the build, so they make their own. The command goes under node_modules/.cache, where it
// finds the optional @resvg/resvg-js as dist/cli.js does.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from '../../scripts/bundle-options.mjs';
import { importForNode } from './load-core.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const render = await importForNode(`export * from './src/render/index.ts';
  export * from './src/core/index.ts';
  export { kazakhstanTurkmenistan } from './data/kazakhstan-turkmenistan.ts';
  export { apollo } from './data/apollo.ts';`);

/**
 * Builds the command into a fresh directory (with the themes beside it, as in dist/) and returns
 * the path of its cli.js and a function that removes the directory.
 */
export async function buildTestCli() {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'annals-cli-'));
  await buildCli(dir, { logLevel: 'error' });
  return {
    cli: join(dir, 'cli.js'),
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
