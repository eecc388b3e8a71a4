// package.json as a project's tools read it once Annals is installed. Tools find a package's
// own package.json (its version, its `customElements` manifest, its `bin`) by resolving
// `annals/package.json`, which `exports` blocks unless it lists it (ERR_PACKAGE_PATH_NOT_EXPORTED).
// Node resolves the package's own name from inside it, as a project's node_modules would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('package.json', () => {
  it('is exported, and so is the custom-elements manifest it names', () => {
    const file = require.resolve('annals/package.json');
    assert.equal(file, `${root}package.json`);
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(pkg.exports[`./${pkg.customElements}`], `./${pkg.customElements}`);
  });
});
