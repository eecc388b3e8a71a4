#!/usr/bin/env node
// data/<name>.json from each typed dataset module data/<name>.ts (its default export), so that
// JSON users and the `src` attribute get exactly what the TypeScript users get.
// `--check` writes nothing and exits 1 when a JSON file is missing or out of date (for CI).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = path.join(root, 'data');
const check = process.argv.includes('--check');
const SCHEMA_REF = './timeline.schema.json';

const modules = readdirSync(dataDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .sort();

/** Bundles a module to a temporary ESM file and imports it, so its helpers and imports resolve. */
async function load(file, outdir) {
  const outfile = path.join(outdir, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join(dataDir, file)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

const outdir = mkdtempSync(path.join(tmpdir(), 'annals-data-'));
let stale = 0;
try {
  for (const file of modules) {
    const mod = await load(file, outdir);
    const dataset = mod.default;
    if (typeof dataset !== 'object' || dataset === null || !Array.isArray(dataset.events)) {
      console.error(`data: ${file} has no default export with an events list`);
      process.exitCode = 1;
      continue;
    }
    const { $schema: _ignored, ...rest } = dataset;
    const text = `${JSON.stringify({ $schema: SCHEMA_REF, ...rest }, null, 2)}\n`;
    const name = file.replace(/\.ts$/, '.json');
    const target = path.join(dataDir, name);
    let current = null;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // Missing: written below, or reported as stale.
    }
    if (current === text) {
      console.log(`data: ${name} up to date`);
    } else if (check) {
      console.error(
        `data: ${name} is ${current === null ? 'missing' : 'out of date'}; run npm run data`,
      );
      stale++;
    } else {
      writeFileSync(target, text);
      console.log(`data: wrote ${name} (${dataset.events.length} events)`);
    }
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
if (stale > 0) process.exitCode = 1;
