// The single-file bundle replaces d3-interpolate and d3-time-format with the numeric interpolators
// its time scales call (scripts/bundle-options.mjs, `numericScales`). These tests hold it to the
// real packages: every position and date the core computes is the same, bit for bit, and what
// the bundle leaves out fails loudly instead of drawing something wrong.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numericScales } from '../../scripts/bundle-options.mjs';
import { importForNode } from './load-core.mjs';

const entry = `export * from './src/core/index.ts';
  export { createTimeAxis, project, unproject } from './src/core/scale.ts';
  export { kazakhstanTurkmenistan } from './data/kazakhstan-turkmenistan.ts';
  export { rome } from './data/rome.ts';
  export { scaleUtc } from 'd3-scale';`;
const real = await importForNode(entry);
const bundled = await importForNode(entry, [numericScales]);

/** A seeded pseudo-random sequence in [0, 1): the same numbers on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('the bundle’s numeric scales', () => {
  for (const [name, gaps] of [
    ['kazakhstanTurkmenistan', false],
    ['kazakhstanTurkmenistan', true],
    ['rome', true],
  ]) {
    it(`project and unproject as d3 does (${name}, gaps ${gaps})`, () => {
      const take = (core) => {
        const { dataset } = core.validateDataset(core[name]);
        const axis = core.fitAxis(dataset, 1280, gaps);
        const next = random(20130510);
        const out = [];
        const [t0, t1] = axis.domain;
        for (let i = 0; i < 2000; i++) {
          const t = { k: 1 + next() * 4000, x: -next() * 1e6 };
          const time = t0 + (t1 - t0) * next();
          const px = core.project(axis, t, time);
          out.push(px, core.unproject(axis, t, px), core.unproject(axis, t, next() * 1280));
        }
        return out;
      };
      const expected = take(real);
      const actual = take(bundled);
      // Far past the span, a Date cannot hold the time (NaN on both sides); nearly all are real.
      const finite = expected.filter(Number.isFinite).length;
      assert.ok(finite > 0.9 * expected.length, `${finite} of ${expected.length} finite`);
      assert.deepEqual(actual, expected);
    });
  }

  it('lay out the same scene as d3 does', () => {
    const scene = (core) => {
      const { dataset } = core.validateDataset(core.kazakhstanTurkmenistan);
      return core.layout(dataset, { length: 1280, gaps: true, transform: { k: 3, x: -900 } });
    };
    const strip = (s) => JSON.parse(JSON.stringify({ ...s, axis: undefined }));
    assert.deepEqual(strip(scene(bundled)), strip(scene(real)));
  });

  it('fail loudly where a format or a non-numeric interpolation is asked for', () => {
    const scale = bundled.scaleUtc().domain([0, 1000]).range([0, 10]);
    assert.equal(scale(500), 5);
    assert.equal(+scale.invert(5), 500);
    assert.throws(() => scale.tickFormat()(new Date(0)), /d3-time-format is not included/);
    assert.throws(() => scale.copy().range(['red', 'blue'])(500), /interpolate of non-numbers/);
    // The real packages do both.
    const d3 = real.scaleUtc().domain([0, 1000]);
    assert.equal(typeof d3.tickFormat()(new Date(0)), 'string');
    assert.equal(d3.copy().range(['red', 'blue'])(500), 'rgb(128, 0, 128)');
  });
});
