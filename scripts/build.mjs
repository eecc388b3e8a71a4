#!/usr/bin/env node
// dist/: ESM + .d.ts per module (tsc), plus dist/annals.js, the minified bundle of src/define.ts with
// its dependencies inlined and its lazy chunks in dist/chunks/ (esbuild), and dist/cli.js with the
// themes in dist/themes/. Then custom-elements.json (cem).
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { buildBundles, buildCli } from './bundle-options.mjs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

function run(label, cmd, args) {
  const t0 = performance.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build: ${label} failed (exit ${status})`);
    process.exit(status || 1);
  }
  console.log(`build: ${label} ok (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

rmSync('dist', { recursive: true, force: true });

run('tsc -p tsconfig.build.json', process.execPath, [
  require.resolve('typescript/bin/tsc'),
  '-p',
  'tsconfig.build.json',
]);

const t0 = performance.now();
const outfile = 'dist/annals.js';
const results = await buildBundles('dist', {
  sourcemap: true,
  // Maps carry the sources, so a stack trace in a page leads to readable code.
  sourcesContent: true,
  metafile: true,
});
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
let gz = 0;
const outputs = results.flatMap((r) => Object.keys(r.metafile.outputs));
for (const file of outputs.filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(file);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  if (file === outfile) gz = zipped;
  console.log(`build: ${file} ${kb(bytes.length)} minified, ${kb(zipped)} min+gzip`);
}
console.log(`build: bundled in ${seconds} s`);
// The budget the project aims at is 45 KiB min+gzip (README, "Size"); the bundle is not there
// yet. Until it is, this ceiling stops it from growing unnoticed: lower it as the bundle shrinks.
// It was lowered to 66 KiB at 65.0 KiB, once the export and the Russian and Kazakh words had
// become chunks and d3-scale was given numeric interpolators, and raised to 67 KiB for the
// radix sort and the other changes that made validating 100,000 events in no order about 100 ms
// faster (65.3 -> 66.1 KiB), then to 68 KiB for the fixes of a new-user trial (CSS that arrives
// after the first draw, the phone column's height, lists read up to a limit; 66.1 -> 67.4 KiB).
// Lowered to 67 KiB once the elements' stylesheets were minified (68.0 -> 66.3 KiB), and raised
// back to 68 KiB in the same session for the fixes of the next new-user trial (deep links that
// keep the page's own fragment, files read in their charset, problems named by row, the lang
// watch, presses that move no mark, opening ticks that name their own unit: 66.3 -> 67.9 KiB),
// and to 69 KiB for the fixes of the trial after it (lanes with room for their labels, a cluster
// of one spanning its event, one tick form down a column, broken long words: 67.7 -> 68.5 KiB),
// then to 71 KiB for the fixes of the two trials after that (problems that name a sheet's columns
// and a repeated id's own row, era titles beside their bands down a phone's column, navigation
// that waits for the data, clusters at the finest zoom, offsets named, and the review of those:
// 68.5 -> 70.9 KiB), and to 73 KiB for the fixes of the next two trials and their review (search
// and print that read an event's body, as TimelineJS's text, with a linear reader of HTML's words
// that agrees with the browser's; the search landmark named; no English shown before a page's own
// language; parts for the toolbar; every stretch of a broken axis dated; Next from the view;
// numeric ids, markup with lists; 70.9 -> 72.7 KiB, with the fetching of `src` moved into the readers' chunk to pay
// for 0.5 KiB of it). Category shapes past the palette's sixth colour and <annals-category> took
// it to 73.1 KiB; the reader of markup became a chunk (72.5 KiB). Raised to 74 KiB for the review
// of those: a reader chunk that cannot be loaded is a failure with Retry, focus kept clear of the
// sticky axis (73.0 KiB). Raised to 75 KiB for the fixes of three more new-user trials (clusters
// that hold a search's matches marked, years BCE in the Go-to box, Kazakh ranges, the same data
// again keeping the view, `hiddenCategories`, the sticky axis's offset, the card's and overview's
// own events kept inside: 73.0 -> 74.1 KiB). Raised to 76 KiB for the next session's trials:
// the interface, the data and the dates each marked with their language (WCAG 3.1.2), the
// dataset's description under its title, 24 px targets down a phone's column (2.5.8), square
// clusters at radius 0, and the scheduling of the check of a page's colours, whose own code is a
// chunk (74.3 -> 75.4 KiB). Raised to 77 KiB for the fixes of the trials after that: the arrow
// keys on a drawing with no event in view step from the view, a live page's new data keeps the
// window the reader zoomed to, a page's text-indent and text-align stay out, a zoom the reader
// makes is said, and the review's fixes (75.4 -> 76.2 KiB).
// Raised to 78 KiB in the next session, for the fixes of five trials and a review: a Google Sheet
// as src, clusters and Go to said, Previous and Next disabled at the ends, images that fail left
// out of the card, an event's category said to screen readers, a format that contradicts its
// file named first, and the others (76.2 -> 77.1 KiB).
const CEILING_KIB = 78;
if (gz > CEILING_KIB * 1024) {
  console.error(
    `build: ${outfile} is ${kb(gz)} min+gzip, over the ${CEILING_KIB} KiB ceiling (budget 45 KiB)`,
  );
  process.exit(1);
}

// The `annals` command (package.json "bin"), with the themes it reads beside it in dist/themes/
// (also what package.json exports as `annals/themes/*.css`).
const tc = performance.now();
await buildCli('dist');
chmodSync('dist/cli.js', 0o755);
console.log(
  `build: dist/cli.js ${kb(statSync('dist/cli.js').size)} and dist/themes/ (${((performance.now() - tc) / 1000).toFixed(1)} s)`,
);

run('npm run analyze', process.platform === 'win32' ? 'npm.cmd' : 'npm', [
  'run',
  '--silent',
  'analyze',
]);
run('framework types (dist/frameworks/)', process.execPath, ['scripts/framework-types.mjs']);
