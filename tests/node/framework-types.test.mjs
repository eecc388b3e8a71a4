// annals/vue-types and annals/react-types (scripts/framework-types.mjs), generated from the
// custom-elements manifest: what they let a template bind must be settable on the element.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeFrameworkTypes } from '../../scripts/framework-types.mjs';

/** A manifest of one element as the analyzer writes <annals-timeline>'s members. */
const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/components/timeline/timeline.ts',
      declarations: [
        {
          kind: 'class',
          name: 'AnnalsTimeline',
          tagName: 'annals-timeline',
          customElement: true,
          attributes: [{ name: 'group-by', fieldName: 'groupBy', type: { text: 'GroupBy' } }],
          members: [
            { kind: 'field', name: 'groupBy', type: { text: 'GroupBy' }, attribute: 'group-by' },
            { kind: 'field', name: 'data', type: { text: 'DatasetInput | undefined' } },
            { kind: 'field', name: 'scene', type: { text: 'Scene | null' }, readonly: true },
            {
              kind: 'field',
              name: 'orientation',
              type: { text: "'horizontal' | 'vertical'" },
              readonly: true,
            },
          ],
          events: [{ name: 'annals-select', type: { text: 'AnnalsSelectEvent' } }],
        },
      ],
    },
  ],
};

describe('framework types', () => {
  const out = mkdtempSync(join(tmpdir(), 'annals-framework-types-'));
  writeFrameworkTypes(manifest, out);
  const props = (file) => {
    const text = readFileSync(join(out, file), 'utf8');
    const block = text.match(/type AnnalsTimelineProps = \{([\s\S]*?)\n\};/)?.[1];
    assert.ok(block, `${file} has no AnnalsTimelineProps`);
    return block;
  };

  for (const file of ['vue.d.ts', 'react.d.ts'])
    it(`${file} offers the settable properties, and not the read-only ones (scene, orientation)`, () => {
      const block = props(file);
      assert.match(block, /^\s*"group-by"\?:/m);
      assert.match(block, /^\s*data\?:/m);
      assert.doesNotMatch(block, /^\s*scene\?:/m);
      assert.doesNotMatch(block, /^\s*orientation\?:/m);
    });
});
