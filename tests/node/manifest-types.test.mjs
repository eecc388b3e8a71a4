// Every public property of the elements has a type in the custom-elements manifest, which
// Storybook's controls and the framework types (annals/react-types, annals/vue-types) are made
// from: a field initialised with a name the analyzer cannot read (`maxZoom = Infinity`) had none.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the custom-elements manifest', () => {
  it('types every public property of every element', () => {
    // The analyzer writes under its working directory: into test-results/, which git ignores.
    mkdirSync(join(root, 'test-results'), { recursive: true });
    const out = mkdtempSync(join(root, 'test-results', 'cem-'));
    // The project's configuration (its plugin), without pointing package.json's `customElements`
    // at this throwaway manifest, as the analyzer does by default for its outdir.
    const config = join(out, 'config.mjs');
    const projectConfig = pathToFileURL(join(root, 'custom-elements-manifest.config.mjs')).href;
    writeFileSync(
      config,
      `import c from ${JSON.stringify(projectConfig)};\nexport default { ...c, packagejson: false };\n`,
    );
    const packageJson = readFileSync(join(root, 'package.json'), 'utf8');
    try {
      execFileSync(
        process.execPath,
        [
          join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
          'analyze',
          '--config',
          config,
          '--litelement',
          '--globs',
          'src/components/**/*.ts',
          '--exclude',
          'src/components/**/*.styles.ts',
          '--outdir',
          out.slice(root.length),
        ],
        { cwd: root, stdio: 'pipe' },
      );
      const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
      const untyped = [];
      let fields = 0;
      for (const mod of manifest.modules)
        for (const d of mod.declarations ?? []) {
          if (!d.tagName) continue;
          for (const m of d.members ?? []) {
            if (m.kind !== 'field' || m.privacy || m.static || m.name.startsWith('_')) continue;
            fields++;
            if (!m.type?.text) untyped.push(`${d.tagName}.${m.name}`);
          }
        }
      assert.ok(fields > 30, `only ${fields} public fields read: the analysis broke`);
      assert.deepEqual(untyped, []);
      assert.equal(
        readFileSync(join(root, 'package.json'), 'utf8'),
        packageJson,
        'the analysis rewrote package.json',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
