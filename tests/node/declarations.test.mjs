// What `npm run build`'s tsc step writes to dist/ (the ESM modules and their .d.ts) may import only
// the packages package.json's `dependencies` name. A package that is only there because one of them
// depends on it (lit-html, behind lit) resolves where npm hoists it, but not where a project's
// installs are strict (pnpm without hoisting, Yarn Plug'n'Play, npm's nested strategy): there a
// declaration naming it fails the consumer's type-check (TS2307) under `skipLibCheck: false`.
// TypeScript writes such names by itself for inferred types (`render()`'s `TemplateResult` was
// `import("lit-html").TemplateResult<1>`), so the output is read, not the source.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** dist/ as tsconfig.build.json writes it: file name → text, in memory. */
const emitted = new Map();

before(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.build.json'),
    { declarationMap: false, sourceMap: false },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(String(d.messageText)) },
  );
  const program = ts.createProgram(config.fileNames, config.options);
  const result = program.emit(undefined, (file, text) => emitted.set(file, text));
  assert.equal(result.emitSkipped, false);
});

/** The package a bare specifier names (`lit/decorators.js` → lit, `@types/x/y` → @types/x). */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Whether the installed package `name` declares its own types. */
function hasOwnTypes(name) {
  const manifest = JSON.parse(
    readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
  );
  return Boolean(
    manifest.types ||
    manifest.typings ||
    JSON.stringify(manifest.exports ?? {}).includes('"types"'),
  );
}

/** Every bare specifier `text` imports: static, dynamic and `import("…")` types. */
const bareImports = (text) =>
  ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => !name.startsWith('.') && !name.startsWith('/'));

describe('the ESM build and its declarations', () => {
  it('import only the packages in dependencies (no lit-html behind lit, no dev tools)', () => {
    assert.ok(emitted.size > 50, `only ${emitted.size} files emitted`);
    const allowed = new Set(Object.keys(pkg.dependencies));
    const builtins = new Set(builtinModules);
    const wrong = [];
    for (const [file, text] of emitted) {
      for (const specifier of bareImports(text)) {
        const name = packageOf(specifier);
        if (specifier.startsWith('node:') || builtins.has(name)) continue;
        // A declaration needs the package's types: its own (lit), or @types/d3-scale for d3-scale.
        const typesName = `@types/${name.replace(/^@(.*)\/(.*)$/, '$1__$2')}`;
        const ok = file.endsWith('.d.ts')
          ? allowed.has(typesName) || (allowed.has(name) && hasOwnTypes(name))
          : allowed.has(name);
        if (!ok) wrong.push(`${file.slice(root.length)}: ${specifier}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
