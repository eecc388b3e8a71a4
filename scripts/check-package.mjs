#!/usr/bin/env node
// Checks the package as consumers get it (run after `npm run build`):
// 1. publint: package.json's fields and exports point at files that exist, in the right format.
// 2. @arethetypeswrong/cli (ESM-only profile: Annals ships no CommonJS): every export has types.
// 3. A consumer project installs the packed tarball from the registry's point of view (only
//    `dependencies`, no devDependencies, nested so that nothing undeclared is in reach) and
//    type-checks an import of every entry point with `skipLibCheck: false`, so every type the
//    declarations use is shipped or depended on.
// Writes `N passed, N failed` to test-results/package-summary.txt and prints it last.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let passed = 0;
let failed = 0;

function check(name, cmd, args, options = {}) {
  console.log(`\n--- ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (status === 0) passed++;
  else {
    failed++;
    console.error(`--- ${name}: FAILED (exit ${status})`);
  }
  return status === 0;
}

check('publint', process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict']);
check('attw', process.execPath, [
  join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
  '--pack',
  '.',
  '--profile',
  'esm-only',
]);

const dir = mkdtempSync(join(tmpdir(), 'annals-consumer-'));
try {
  const packed = spawnSync(npm, ['pack', '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (packed.status !== 0 || !tarball) {
    failed++;
    console.error('--- consumer: npm pack failed');
  } else {
    writeFileSync(
      join(dir, 'package.json'),
      '{ "name": "consumer", "private": true, "type": "module" }\n',
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          lib: ['es2022', 'dom', 'dom.iterable'],
          types: [],
        },
        include: ['index.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'index.ts'),
      `import 'annals/define.js';
import 'annals/annals.js';
import { AnnalsTimeline, validateDataset, type DatasetInput } from 'annals';
import { readSource } from 'annals/core.js';
import { renderDatasetSvg } from 'annals/render.js';
const data: DatasetInput = { title: 'T', events: [{ id: 'a', title: 'A', start: '2009' }] };
const el = document.createElement('annals-timeline');
el.data = data;
el.addEventListener('annals-select', (e) => console.log(e.detail.id));
console.log(el instanceof AnnalsTimeline, validateDataset(data).dataset.events.length, readSource('{}').ok);
const svg: string = renderDatasetSvg(validateDataset(data).dataset, { width: 600 });
console.log(svg.length, (await el.toSVG()).length);
`,
    );
    if (
      check(
        'consumer install',
        npm,
        // Nested, as pnpm without hoisting or Yarn Plug'n'Play install: Annals sees only the
        // packages it depends on, not those hoisted beside them (lit-html, behind lit).
        [
          'install',
          '--no-audit',
          '--no-fund',
          '--ignore-scripts',
          '--install-strategy=nested',
          `./${tarball}`,
        ],
        {
          cwd: dir,
        },
      )
    ) {
      check(
        'consumer typecheck (skipLibCheck: false)',
        process.execPath,
        [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'],
        { cwd: dir },
      );
      // The `annals` command as npm links it, drawing a file with a shipped theme.
      writeFileSync(
        join(dir, 'data.json'),
        '{ "title": "T", "events": [{ "id": "a", "title": "A", "start": "2009" }] }\n',
      );
      check(
        'consumer bin: annals render --theme dark',
        join(dir, 'node_modules/.bin/annals'),
        ['render', 'data.json', '--theme', 'dark', '-o', 'out.svg'],
        { cwd: dir },
      );
    } else failed++;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

mkdirSync('test-results', { recursive: true });
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/package-summary.txt', `${summary}\n`);
console.log(`\npackage checks: ${summary}`);
process.exit(failed ? 1 : 0);
