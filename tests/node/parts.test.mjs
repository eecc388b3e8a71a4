// Every part a page can style on <annals-timeline> is documented on it (`@csspart`, which the
// custom-elements manifest and Storybook show), the parts it forwards from the elements it draws
// included; and every part documented is one it has.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = 'src/components/timeline';
// With the shared heading helpers the timeline's header is drawn by (title and description).
const files = [
  ...readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts'))
    .map((f) => join(dir, f)),
  'src/components/heading.ts',
].map((f) => readFileSync(join(root, f), 'utf8'));
const timeline = readFileSync(join(root, dir, 'timeline.ts'), 'utf8');

/** The parts the timeline's templates give: `part="a b"`, headings' parts and forwarded names. */
function drawnParts() {
  const parts = new Set();
  for (const text of files) {
    for (const m of text.matchAll(/\bpart="([^"$]+)"/g))
      for (const p of m[1].split(/\s+/)) if (p) parts.add(p);
    // heading(level, text, 'title', lang): the title's part.
    for (const m of text.matchAll(/\bheading\([^)]*?,\s*'([\w-]+)'\s*(?:,[^)]*)?\)/g))
      parts.add(m[1]);
    // exportparts="inner:outer, …" and the CARD_PARTS string of the same form.
    for (const m of text.matchAll(/exportparts="([^"]+)"|_PARTS =\s*'([^']+)'/g))
      for (const pair of (m[1] ?? m[2]).split(',')) parts.add(pair.split(':')[1].trim());
  }
  return parts;
}

const documented = new Set([...timeline.matchAll(/@csspart\s+([\w-]+)\s+-/g)].map((m) => m[1]));

describe('<annals-timeline> parts', () => {
  it('documents every part it draws or forwards, each with its own @csspart', () => {
    const drawn = drawnParts();
    assert.ok(drawn.size > 30, `only ${drawn.size} parts found: the reading of templates broke`);
    for (const p of ['card-title', 'axis-major', 'legend-item', 'overview-window', 'title'])
      assert.ok(drawn.has(p), `${p} not found in the templates`);
    const missing = [...drawn].filter((p) => !documented.has(p));
    assert.deepEqual(missing, [], `parts without @csspart on annals-timeline: ${missing}`);
  });

  it('documents no part it does not have', () => {
    const drawn = drawnParts();
    const stale = [...documented].filter((p) => !drawn.has(p));
    assert.deepEqual(stale, [], `@csspart for parts the timeline never draws: ${stale}`);
  });
});
