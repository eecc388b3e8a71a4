// annals/vue-types and annals/react-types (scripts/framework-types.mjs), generated from the
// custom-elements manifest: what they let a template bind must be settable on the element.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeFrameworkTypes } from '../../scripts/framework-types.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));

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
      exports: [
        {
          kind: 'js',
          name: 'AnnalsTimeline',
          declaration: { name: 'AnnalsTimeline', module: 'src/components/timeline/timeline.ts' },
        },
      ],
    },
  ],
};

describe('framework types', () => {
  // As in the package: dist/frameworks/ beside dist/index.d.ts, which they import.
  const dist = mkdtempSync(join(tmpdir(), 'annals-framework-types-'));
  const out = join(dist, 'frameworks');
  mkdirSync(out);
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

  it('react.d.ts takes the refs React makes (useRef, callbacks), typed as the element', () => {
    writeFileSync(
      join(dist, 'index.d.ts'),
      `export type GroupBy = 'none' | 'category' | 'group';
export declare class AnnalsTimeline extends HTMLElement {
  groupBy: GroupBy;
  data: { events: unknown[] } | undefined;
  fit(): Promise<void>;
}
export declare class AnnalsSelectEvent extends Event {
  readonly detail: { readonly id: string | null };
}
`,
    );
    writeFileSync(
      join(dist, 'app.tsx'),
      `import type {} from './frameworks/react.js';
import { useRef } from 'react';
import type { AnnalsTimeline } from './index.js';

export function App() {
  const timeline = useRef<AnnalsTimeline>(null);
  return (
    <>
      <annals-timeline ref={timeline} group-by="category" onannals-select={(e) => e.detail.id} />
      <annals-timeline ref={(el) => void el?.fit()} />
      <button onClick={() => void timeline.current?.fit()}>Fit</button>
    </>
  );
}
`,
    );
    const { status, stdout } = spawnSync(
      process.execPath,
      [
        require.resolve('typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--jsx',
        'react-jsx',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        '--target',
        'es2022',
        '--lib',
        'es2022,dom',
        '--typeRoots',
        join(root, 'node_modules/@types'),
        '--types',
        'react',
        join(dist, 'app.tsx'),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(status, 0, stdout);
  });
});
