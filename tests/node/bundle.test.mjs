// dist/annals.js is the one file every page loads: what only some pages run (the Russian and
// Kazakh words, the export, DOMPurify, the readers of `src`) must stay in the chunks beside it
// (scripts/bundle-options.mjs). Built here as the build builds it, without writing.
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildBundles } from '../../scripts/bundle-options.mjs';
import { core } from './load-core.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Each output's text, by its path beside annals.js (`annals.js`, `chunks/export.js`). */
const files = new Map();

/** `text` as esbuild writes it in ASCII output: every other character as `\uXXXX`. */
const ascii = (text) =>
  text.replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
/** Whether the output `file` holds the string `text` (as written, or escaped). */
const holds = (file, text) => {
  const code = files.get(file);
  assert.ok(code !== undefined, `${file} was not built`);
  return code.includes(text) || code.includes(ascii(text));
};

before(async () => {
  const out = `${root}test-results/bundle-check`;
  const results = await buildBundles(out, { write: false, absWorkingDir: root, logLevel: 'error' });
  for (const r of results) for (const f of r.outputFiles) files.set(relative(out, f.path), f.text);
});

describe('the bundle and its chunks', () => {
  it('annals.js and chunks/export.js hold no Russian or Kazakh words: chunks/messages-ru.js and messages-kk.js do', () => {
    for (const [table, chunk, other] of [
      [core.RUSSIAN, 'chunks/messages-ru.js', 'chunks/messages-kk.js'],
      [core.KAZAKH, 'chunks/messages-kk.js', 'chunks/messages-ru.js'],
    ])
      for (const words of [table.loading, table.retry, table.goTo, table.eventList]) {
        assert.equal(holds('annals.js', words), false, `annals.js holds "${words}"`);
        assert.equal(holds(chunk, words), true, `${chunk} lacks "${words}"`);
        assert.equal(holds(other, words), false, `${other} holds "${words}"`);
        // The export draws in the words the page passes: it carries no table of its own.
        assert.equal(holds('chunks/export.js', words), false, `chunks/export.js holds "${words}"`);
      }
    assert.equal(holds('annals.js', core.ENGLISH.loading), true, 'English stays in annals.js');
  });

  it('annals.js holds no SVG renderer or PNG export: chunks/export.js does', () => {
    // From src/render/svg.ts and src/components/timeline/export.ts.
    for (const text of ['DejaVu Sans, Helvetica, Arial, sans-serif', 'the picture has no size']) {
      assert.equal(holds('annals.js', text), false, `annals.js holds "${text}"`);
      assert.equal(holds('chunks/export.js', text), true, `chunks/export.js lacks "${text}"`);
    }
  });

  it('annals.js carries the elements’ stylesheets minified and their templates unindented', () => {
    const main = files.get('annals.js');
    // Comments and indentation of src/components/**/*.styles.ts are gone…
    for (const comment of ['Forced colours (Windows High Contrast)', 'Paper is white whatever'])
      assert.equal(holds('annals.js', comment), false, `annals.js holds the comment "${comment}"`);
    assert.doesNotMatch(main, /\.viewport \{\n/);
    // …and what they say is kept: the tokens read into :host, the forced-colours rules.
    assert.match(main, /:host\{\$\{[\w$]+\([\w$]+\(\)\)\};font-family:var\(--_font\)/);
    assert.match(main, /@media\s*\(forced-colors:\s*active\)\{/);
    assert.ok(holds('annals.js', '-webkit-line-clamp'));
    // The html`…` templates' indentation is one space; their markup is whole.
    assert.doesNotMatch(main, /\n {2,}</, 'an indented line of a template');
    assert.ok(holds('annals.js', '<ol part="events" aria-label='));
  });

  it('annals.js imports nothing at load, and every chunk it imports later is built beside it', () => {
    const main = files.get('annals.js');
    assert.doesNotMatch(main, /(^|[;}\n])\s*import\s*[{*\w"']/, 'a static import in annals.js');
    const imported = new Set(
      [...main.matchAll(/import\("\.\/(chunks\/[\w-]+\.js)"\)/g)].map((m) => m[1]),
    );
    const built = [...files.keys()].filter((f) => f.startsWith('chunks/') && f.endsWith('.js'));
    assert.deepEqual([...imported].sort(), built.sort());
    assert.deepEqual(built.sort(), [
      'chunks/contrast.js',
      'chunks/dompurify.js',
      'chunks/export.js',
      'chunks/markup.js',
      'chunks/messages-kk.js',
      'chunks/messages-ru.js',
      'chunks/sources.js',
    ]);
  });
});
