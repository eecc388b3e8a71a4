// The token table is the one list of Annals' visual decisions. These checks keep it honest: every
// token is documented on the elements and used by their styles, no style reads a public token
// outside the table, no style uses a private token nobody declares, and the themes set only
// tokens that exist.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { core } from './load-core.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const walk = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
const read = (file) => readFileSync(join(root, file), 'utf8');
const componentFiles = walk('src/components').filter((f) => f.endsWith('.ts'));
const sources = componentFiles.map((f) => [f, read(f)]);
const { TOKENS, tokenDefaultText, themeTokens } = core;

/** `@cssprop [--annals-x=default] - …` and `@cssprop --annals-x - …` in a file's JSDoc. */
function documented(text) {
  return [...text.matchAll(/@cssprop\s+\[?(--[\w-]+)(?:=([^\]]*))?\]?\s+-\s+(.*)/g)].map((m) => ({
    name: m[1],
    value: m[2],
    description: m[3].trim(),
  }));
}

describe('the token table', () => {
  const timeline = documented(read('src/components/timeline/timeline.ts'));

  it('documents every token on <annals-timeline>, with its default', () => {
    for (const t of TOKENS) {
      const doc = timeline.find((d) => d.name === t.name);
      assert.ok(doc, `${t.name} is documented with @cssprop`);
      assert.equal(doc.value, t.value === null ? undefined : tokenDefaultText(t), t.name);
      assert.equal(
        doc.description,
        core.TOKEN_DOCS[t.name],
        `${t.name}: the JSDoc says what token-docs.ts says`,
      );
    }
  });

  it('has a token for every documented custom property of every element', () => {
    const names = new Set(TOKENS.map((t) => t.name));
    for (const [file, text] of sources)
      for (const d of documented(text))
        assert.ok(names.has(d.name), `${d.name} (${file}) is in core/tokens.ts`);
  });

  it('reads public tokens only through the table', () => {
    for (const [file, text] of sources) {
      const reads = text.match(/var\(\s*--annals-[\w-]+/g) ?? [];
      assert.deepEqual(reads, [], `${file} reads public tokens directly`);
      const props = text.match(/getPropertyValue\(\s*['`]--annals-/g) ?? [];
      assert.deepEqual(props, [], `${file} reads public tokens from computed style`);
    }
  });

  it('uses every private token in some style or in layout', () => {
    const all = sources.map(([, t]) => t).join('\n');
    for (const t of TOKENS) {
      const uses = all.split(t.private).length - 1;
      // Metrics are read by the element (the `--_m-` names) and used by the drawing's styles.
      // The palette is read by index: `var(--_cat-${i})`.
      const byIndex = /^--_cat-\d+$/.test(t.private) && all.includes('var(--_cat-${');
      // A metric is read by the element for layout (`metricsFrom`), through the table.
      const metric = t.metric !== undefined && t.metric in core.DEFAULT_METRICS;
      const used =
        uses > 0 || metric || byIndex || TOKENS.some((k) => k.value?.includes(`var(${t.private})`));
      assert.ok(used, `${t.private} (${t.name}) is used`);
    }
  });

  it('declares every private token that a style uses', () => {
    const declared = new Set(TOKENS.map((t) => t.private));
    const all = sources.map(([, t]) => t).join('\n');
    // Private properties set per element through CSSOM or in a rule: `'--_color': …`, `--_swatch:`.
    for (const m of all.matchAll(/['"](--_[\w-]+)['"]\s*:/g)) declared.add(m[1]);
    for (const m of all.matchAll(/^\s*(--_[\w-]+)\s*:/gm)) declared.add(m[1]);
    for (const [file, text] of sources)
      for (const m of text.matchAll(/var\(\s*(--_[\w-]+)/g)) {
        // A name built from a prefix (`--_cat-${i}`) must be the prefix of declared ones.
        const ok = m[1].endsWith('-')
          ? [...declared].some((d) => d.startsWith(m[1]))
          : declared.has(m[1]);
        assert.ok(ok, `${m[1]} used in ${file} is declared`);
      }
  });

  it('gives every token a distinct private name and a description', () => {
    assert.equal(new Set(TOKENS.map((t) => t.private)).size, TOKENS.length);
    assert.equal(new Set(TOKENS.map((t) => t.name)).size, TOKENS.length);
    for (const t of TOKENS) assert.ok(core.TOKEN_DOCS[t.name]?.length > 10, t.name);
    assert.deepEqual(Object.keys(core.TOKEN_DOCS).sort(), TOKENS.map((t) => t.name).sort());
  });
});

describe('the themes', () => {
  const names = new Set(TOKENS.map((t) => t.name));
  const themes = readdirSync(join(root, 'src/themes')).filter((f) => f.endsWith('.css'));

  it('ship default, dark, publication, high contrast and auto', () => {
    assert.deepEqual(themes.sort(), [
      'auto.css',
      'dark.css',
      'default.css',
      'high-contrast.css',
      'publication.css',
    ]);
  });

  for (const file of themes) {
    it(`${file} sets only tokens that exist`, () => {
      const text = read(`src/themes/${file}`).replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of text.matchAll(/(--[\w-]+)\s*:/g))
        assert.ok(names.has(m[1]), `${m[1]} in ${file} is a token`);
      for (const m of text.matchAll(/(?:^|[;{])\s*([a-z][\w-]*)\s*:/g))
        assert.equal(m[1], 'color-scheme', `${file} sets only tokens (and color-scheme)`);
    });
  }

  it('default.css repeats the built-in defaults exactly', () => {
    const values = themeTokens(read('src/themes/default.css'));
    assert.ok(Object.keys(values).length > 20);
    for (const [name, value] of Object.entries(values))
      assert.equal(value, core.TOKEN_BY_NAME.get(name).value, name);
  });

  it('default.css names every token, set or in its comment (README: it lists every token)', () => {
    const text = read('src/themes/default.css');
    for (const t of TOKENS) assert.match(text, new RegExp(`${t.name}[:,]`), t.name);
  });

  it('reads a theme’s tokens and resolves references, as the CLI does', () => {
    const dark = themeTokens(read('src/themes/dark.css'));
    assert.equal(dark['--annals-color-background'], '#15171a');
    const resolved = core.resolveTokens(dark);
    assert.equal(resolved['--_bg'], '#15171a');
    // The marker colour defaults to the accent: resolved through the reference.
    assert.equal(resolved['--_marker'], '#8ab4f8');
    assert.deepEqual(themeTokens(read('src/themes/auto.css')), {});
  });
});
