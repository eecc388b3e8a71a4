import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { PRECISION_MS } from '../../src/core/date.js';
import { fitAxis } from '../../src/core/scene.js';
import { validateDataset } from '../../src/core/validate.js';
import {
  clampTransform,
  finestPrecision,
  MIN_WINDOW_UNITS,
  transformCentredOn,
  transformForWindow,
  windowOf,
  zoomLimits,
} from '../../src/core/viewport.js';

const flagship = validateDataset(kazakhstanTurkmenistan).dataset;
const L = 1280;
const DAY = 864e5;

describe('viewport', () => {
  for (const gaps of [false, true]) {
    it(`windowOf(transformForWindow(w)) is w again${gaps ? ' on an axis with a break' : ''}`, () => {
      const axis = fitAxis(flagship, L, gaps);
      const [d0, d1] = axis.domain;
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (a, b) => {
            const lo = d0 + Math.min(a, b) * (d1 - d0);
            const hi = d0 + Math.max(a, b) * (d1 - d0);
            fc.pre(hi - lo > DAY);
            const w = windowOf(axis, transformForWindow(axis, { start: lo, end: hi }, L), L);
            expect(w.start).to.be.closeTo(lo, (hi - lo) * 1e-6);
            expect(w.end).to.be.closeTo(hi, (hi - lo) * 1e-6);
          },
        ),
      );
    });
  }

  it('transformForWindow of May 2013 shows May 2013 across the axis', () => {
    const axis = fitAxis(flagship, L);
    const t = transformForWindow(
      axis,
      { start: Date.UTC(2013, 4, 1), end: Date.UTC(2013, 5, 1) },
      L,
    );
    expect(t.k * axis.scale(Date.UTC(2013, 4, 1)) + t.x).to.be.closeTo(0, 1e-6);
    expect(t.k * axis.scale(Date.UTC(2013, 5, 1)) + t.x).to.be.closeTo(L, 1e-6);
  });

  it('windowOf the identity transform is the fitted domain', () => {
    const axis = fitAxis(flagship, L);
    const w = windowOf(axis, { k: 1, x: 0 }, L);
    expect(w.start).to.be.closeTo(axis.domain[0], 1);
    expect(w.end).to.be.closeTo(axis.domain[1], 1);
  });

  it('clampTransform keeps k within the limits and the content covering the axis', () => {
    const limits = { minK: 1, maxK: 50 };
    expect(clampTransform({ k: 100, x: 0 }, L, limits).k).to.equal(50);
    expect(clampTransform({ k: 0.1, x: 0 }, L, limits)).to.deep.equal({ k: 1, x: 0 });
    expect(clampTransform({ k: 2, x: 500 }, L, limits)).to.deep.equal({ k: 2, x: 0 });
    expect(clampTransform({ k: 2, x: -5000 }, L, limits)).to.deep.equal({ k: 2, x: -L });
    expect(clampTransform({ k: 2, x: -300 }, L, limits)).to.deep.equal({ k: 2, x: -300 });
  });

  it('clampTransform centres content smaller than the axis when zooming out below 1 is allowed', () => {
    expect(clampTransform({ k: 0.5, x: 0 }, L, { minK: 0.5, maxK: 10 })).to.deep.equal({
      k: 0.5,
      x: L / 4,
    });
  });

  it('clampTransform always yields a window inside the fitted domain', () => {
    const axis = fitAxis(flagship, L);
    const limits = { minK: 1, maxK: 1000 };
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        (k, x) => {
          const t = clampTransform({ k, x }, L, limits);
          const w = windowOf(axis, t, L);
          expect(w.start).to.be.at.least(axis.domain[0] - 1);
          expect(w.end).to.be.at.most(axis.domain[1] + 1);
        },
      ),
    );
  });

  it('finestPrecision of the flagship is day (the state visit)', () => {
    expect(finestPrecision(flagship.events)).to.equal('day');
    expect(finestPrecision([])).to.equal('year');
  });

  it('zoomLimits keeps day-precision data from zooming narrower than 4 days', () => {
    for (const gaps of [false, true]) {
      const axis = fitAxis(flagship, L, gaps);
      const limits = zoomLimits(axis, L, 'day');
      expect(limits.minK).to.equal(1);
      // At the deepest zoom, a window away from the break spans exactly MIN_WINDOW_UNITS days.
      const t = transformCentredOn(axis, { k: limits.maxK, x: 0 }, Date.UTC(2013, 4, 10), L);
      const w = windowOf(axis, t, L);
      expect(w.end - w.start).to.be.closeTo(MIN_WINDOW_UNITS * DAY, 1000);
      expect(MIN_WINDOW_UNITS).to.equal(4);
      const deeper = clampTransform({ k: limits.maxK * 10, x: t.x * 10 }, L, limits);
      expect(deeper.k).to.equal(limits.maxK);
    }
  });

  it('zoomLimits of year-precision data stop at 4 years, and respect the user’s maxZoom', () => {
    const axis = fitAxis(flagship, L);
    const years = zoomLimits(axis, L, 'year');
    expect(L / (axis.rate * years.maxK)).to.be.closeTo(4 * PRECISION_MS.year, 1000);
    expect(zoomLimits(axis, L, 'day', { maxZoom: 3 }).maxK).to.equal(3);
    expect(zoomLimits(axis, L, 'day', { minZoom: 0.5 }).minK).to.equal(0.5);
  });

  it('transformCentredOn puts a time in the middle of the axis at the current zoom', () => {
    const axis = fitAxis(flagship, L);
    const t = transformCentredOn(axis, { k: 8, x: 0 }, Date.UTC(2009, 0, 1), L);
    expect(t.k).to.equal(8);
    expect(t.k * axis.scale(Date.UTC(2009, 0, 1)) + t.x).to.be.closeTo(L / 2, 1e-9);
  });
});
