// The package's entry point, `annals`, imported in Node for its core (server-side validation,
// layout): the README's `import { validateDataset, layout } from 'annals'`, with no DOM.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importForNode } from './load-core.mjs';

describe("'annals' in Node", () => {
  it('imports without a DOM, and validates and lays out data', async () => {
    assert.equal(typeof globalThis.HTMLElement, 'undefined');
    const annals = await importForNode(`export * from './src/index.ts';`);
    const { dataset, problems } = annals.validateDataset({
      title: 'Synthetic',
      events: [
        { id: 'e1', title: 'Event 1', start: '2001-02-03' },
        { id: 'e2', title: 'Event 2', start: '2001-02-30' },
      ],
    });
    assert.deepEqual(
      dataset.events.map((e) => e.id),
      ['e1'],
    );
    assert.equal(problems.length, 1);
    const scene = annals.layout(dataset, { length: 800, gaps: true });
    assert.deepEqual(
      scene.items.map((i) => i.id),
      ['e1'],
    );
    // The element classes are there to import, and define nothing.
    assert.equal(typeof annals.AnnalsEventElement, 'function');
    assert.equal(typeof annals.AnnalsTimeline, 'function');
  });
});
