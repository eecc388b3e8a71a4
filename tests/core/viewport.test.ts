import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { PRECISIONS, PRECISION_MS, fromTime } from '../../src/core/date.js';
import { project } from '../../src/core/scale.js';
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

  it('transformForWindow shows a zero-width window centred at the finest zoom the limits allow', () => {
    for (const gaps of [false, true]) {
      const axis = fitAxis(flagship, L, gaps);
      const limits = zoomLimits(axis, L, 'day');
      const at = Date.UTC(2013, 4, 10);
      const t = transformForWindow(axis, { start: at, end: at }, L, limits);
      expect(t.k).to.equal(limits.maxK);
      expect(project(axis, t, at)).to.be.closeTo(L / 2, 1e-6);
    }
  });

  it('transformForWindow without limits shows a zero-width window at a finite zoom, no deeper than four seconds', () => {
    const axis = fitAxis(flagship, L);
    const at = Date.UTC(2013, 4, 10);
    const t = transformForWindow(axis, { start: at, end: at }, L);
    expect(Number.isFinite(t.k) && Number.isFinite(t.x)).to.equal(true);
    const w = windowOf(axis, t, L);
    expect(w.end - w.start).to.be.closeTo(MIN_WINDOW_UNITS * PRECISION_MS.second, 1);
    expect((w.start + w.end) / 2).to.be.closeTo(at, 1);
  });

  it('transformForWindow reads a reversed window as the same span', () => {
    const axis = fitAxis(flagship, L);
    const may = { start: Date.UTC(2013, 4, 1), end: Date.UTC(2013, 5, 1) };
    expect(transformForWindow(axis, { start: may.end, end: may.start }, L)).to.deep.equal(
      transformForWindow(axis, may, L),
    );
  });

  it('transformForWindow keeps the zoom within the limits it is given, centred on the window', () => {
    const axis = fitAxis(flagship, L);
    const limits = zoomLimits(axis, L, 'day');
    // Three hours is narrower than the four days day-precision data may show.
    const start = Date.UTC(2013, 4, 10, 9);
    const t = transformForWindow(axis, { start, end: start + 3 * 36e5 }, L, limits);
    expect(t.k).to.equal(limits.maxK);
    expect(project(axis, t, start + 1.5 * 36e5)).to.be.closeTo(L / 2, 1e-6);
  });

  it('transformForWindow throws a RangeError for a window bound that is not a finite time', () => {
    const axis = fitAxis(flagship, L);
    const ok = Date.UTC(2013, 4, 1);
    expect(() => transformForWindow(axis, { start: NaN, end: ok }, L)).to.throw(
      RangeError,
      /start/,
    );
    expect(() => transformForWindow(axis, { start: ok, end: Infinity }, L)).to.throw(
      RangeError,
      /end/,
    );
  });

  it('windowOf stays within the times a Date can hold, however far out the transform zooms', () => {
    const axis = fitAxis(flagship, L);
    const w = windowOf(axis, { k: 1e-9, x: 0 }, L);
    expect(Number.isFinite(w.start) && Number.isFinite(w.end)).to.equal(true);
    expect(w.start).to.be.lessThan(w.end);
  });

  it('clampTransform(transformForWindow(w)) is finite and within the limits, for random axes, windows and limits', () => {
    const Y = PRECISION_MS.year;
    const event = fc
      .record({
        t: fc.double({ min: -3000 * Y, max: 3000 * Y, noNaN: true }),
        length: fc.oneof(fc.constant(0), fc.double({ min: 1e3, max: 500 * Y, noNaN: true })),
        precision: fc.constantFrom(...PRECISIONS),
      })
      .map(({ t, length, precision }) => ({
        start: fromTime(Math.round(t), precision).iso,
        end: length > 0 ? fromTime(Math.round(t + length), precision).iso : undefined,
      }));
    const dataset = fc.array(event, { minLength: 0, maxLength: 8 }).map(
      (events) =>
        validateDataset({
          title: 'random',
          events: events.map((e, i) => ({ id: `e${i}`, title: `Event ${i}`, ...e })),
        }).dataset,
    );
    const time = fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true });
    const share = fc.double({ min: -1, max: 2, noNaN: true });
    fc.assert(
      fc.property(
        dataset,
        fc.boolean(),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.constantFrom(...PRECISIONS),
        fc.record({
          minZoom: fc.option(fc.double({ min: 1e-3, max: 4, noNaN: true }), { nil: undefined }),
          maxZoom: fc.option(fc.double({ min: 1, max: 1e6, noNaN: true }), { nil: undefined }),
        }),
        fc.oneof(
          // As shares of the fitted domain (most land on the data), or as times anywhere a Date
          // can reach; either kind may be reversed, and a date is a zero-width window.
          fc.tuple(share, share).map(([a, b]) => ({ kind: 'shares', a, b }) as const),
          share.map((a) => ({ kind: 'shares', a, b: a }) as const),
          fc.tuple(time, time).map(([a, b]) => ({ kind: 'times', a, b }) as const),
          time.map((a) => ({ kind: 'times', a, b: a }) as const),
        ),
        (data, gaps, length, precision, user, bounds) => {
          const axis = fitAxis(data, length, gaps);
          const [d0, d1] = axis.domain;
          const at = (v: number) => (bounds.kind === 'shares' ? d0 + v * (d1 - d0) : v);
          const a = at(bounds.a);
          const b = at(bounds.b);
          const limits = zoomLimits(axis, length, precision, user);
          for (const given of [limits, undefined]) {
            const raw = transformForWindow(axis, { start: a, end: b }, length, given);
            expect(Number.isFinite(raw.k) && raw.k > 0, `k ${raw.k}`).to.equal(true);
            expect(Number.isFinite(raw.x), `x ${raw.x}`).to.equal(true);
          }
          const t = clampTransform(
            transformForWindow(axis, { start: a, end: b }, length, limits),
            length,
            limits,
          );
          expect(t.k).to.be.within(limits.minK, limits.maxK);
          expect(Number.isFinite(t.x)).to.equal(true);
          const w = windowOf(axis, t, length);
          expect(Number.isFinite(w.start) && Number.isFinite(w.end)).to.equal(true);
          const c = transformCentredOn(axis, t, a, length);
          expect(Number.isFinite(c.x)).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
