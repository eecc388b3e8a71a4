// Bundles src/core and the datasets for Node with esbuild, as bench/layout.mjs does: the core must
// run where there is no DOM at all.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles `contents` (TypeScript re-exports, relative to the repository) for Node and imports it,
 * with esbuild `plugins` if given (the single-file bundle's, to test what it replaces).
 */
export async function importForNode(contents, plugins = []) {
  const out = await build({
    plugins,
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
  );
}

export const core = await importForNode(`export * from './src/core/index.ts';
  export { kazakhstanTurkmenistan } from './data/kazakhstan-turkmenistan.ts';
  export { apollo } from './data/apollo.ts';
  export { rome } from './data/rome.ts';`);
