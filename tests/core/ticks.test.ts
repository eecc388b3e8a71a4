import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { utcTime } from '../../src/core/date.js';
import { estimateMeasure } from '../../src/core/measure.js';
import { chooseTicks, type TickResult, type TickUnit } from '../../src/core/ticks.js';

const Y = 365.2425 * 864e5;

/** Ticks for one unbroken axis from t0 to t1 across `width` px. */
function ticks(t0: number, t1: number, width: number, locale = 'en'): TickResult {
  return chooseTicks([{ t0, t1, x0: 0, x1: width }], width / (t1 - t0), estimateMeasure, {
    locale,
    width,
  });
}

const unitAt = (t0: number, t1: number, width: number): TickUnit => ticks(t0, t1, width).unit;

describe('chooseTicks', () => {
  const may10 = (h = 0, m = 0) => utcTime(2013, 5, 10, h, m);

  it('chooseTicks never goes finer than the data is known: day-precision data gets no hour ticks', () => {
    const runs = [{ t0: may10(), t1: may10() + 3 * 864e5, x0: 0, x1: 1280 }];
    const rate = 1280 / (3 * 864e5);
    expect(chooseTicks(runs, rate, estimateMeasure, { width: 1280 }).unit).to.equal('hour');
    expect(chooseTicks(runs, rate, estimateMeasure, { width: 1280, finest: 'day' }).unit).to.equal(
      'day',
    );
  });

  it('chooseTicks gives the year on the major ticks of an hour axis', () => {
    const labels = ticks(may10(6), may10(30), 1280).ticks.filter((t) => t.major);
    expect(labels.length).to.be.greaterThan(0);
    for (const t of labels) expect(t.label).to.contain('2013');
  });

  it('chooseTicks labels a 1200-year span (753 BCE – 476 CE) by centuries or millennia', () => {
    expect(unitAt(utcTime(-752), utcTime(476), 1280)).to.equal('century');
    expect(['century', 'millennium']).to.include(unitAt(utcTime(-752), utcTime(476), 360));
  });

  it('chooseTicks labels a 20-year span by years, or decades when narrow', () => {
    expect(unitAt(utcTime(1990), utcTime(2010), 1280)).to.equal('year');
    expect(['year', 'decade']).to.include(unitAt(utcTime(1990), utcTime(2010), 360));
  });

  it('chooseTicks labels a one-year span by months', () => {
    const r = ticks(utcTime(2013), utcTime(2014), 1280);
    expect(r).to.include({ unit: 'month', step: 1 });
    expect(r.ticks.map((t) => t.label)).to.deep.equal([
      '2013',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      '2014',
    ]);
    expect(unitAt(utcTime(2013), utcTime(2014), 360)).to.equal('month');
  });

  it('chooseTicks labels a one-month span by days, naming the month at the start', () => {
    const r = ticks(utcTime(2013, 5), utcTime(2013, 6), 1280);
    expect(r.unit).to.equal('day');
    expect(r.ticks[0]!.label).to.equal('May 2013');
    expect(r.ticks[0]!.major).to.equal(true);
  });

  it('chooseTicks labels a ten-hour span by hours', () => {
    expect(unitAt(may10(2), may10(12), 1280)).to.equal('hour');
    expect(unitAt(may10(2), may10(12), 360)).to.equal('hour');
  });

  it('chooseTicks labels a half-hour span by minutes and a one-minute span by seconds', () => {
    expect(unitAt(may10(2), may10(2, 30), 1280)).to.equal('minute');
    expect(unitAt(may10(2), may10(2, 30), 360)).to.equal('minute');
    expect(unitAt(may10(2), may10(2, 1), 1280)).to.equal('second');
  });

  it('chooseTicks picks a coarser step for a narrower axis', () => {
    const wide = ticks(utcTime(1990), utcTime(2010), 1280);
    const narrow = ticks(utcTime(1990), utcTime(2010), 360);
    expect(narrow.ticks.length).to.be.lessThan(wide.ticks.length);
  });

  it("chooseTicks labels years before 1 CE with 'BCE', on round historical years, and CE years with 'CE' on an axis that crosses the eras", () => {
    const labels = ticks(utcTime(-752), utcTime(476), 1280).ticks.map((t) => t.label);
    expect(labels).to.deep.equal([
      '700 BCE',
      '600 BCE',
      '500 BCE',
      '400 BCE',
      '300 BCE',
      '200 BCE',
      '100 BCE',
      '100 CE',
      '200 CE',
      '300 CE',
      '400 CE',
    ]);
  });

  it('chooseTicks names no era on an axis entirely in CE', () => {
    const labels = ticks(utcTime(1000), utcTime(2000), 1280).ticks.map((t) => t.label);
    expect(labels.some((l) => /CE|AD/.test(l))).to.equal(false);
  });

  it('chooseTicks puts a BCE tick where its label says: 100 BCE is astronomical year -99', () => {
    const r = ticks(utcTime(-752), utcTime(476), 1280);
    const t = r.ticks.find((k) => k.label === '100 BCE')!;
    expect(new Date(t.time).getUTCFullYear()).to.equal(-99);
    expect(
      r.ticks.every(
        (k) => new Date(k.time).getUTCMonth() === 0 && new Date(k.time).getUTCDate() === 1,
      ),
    ).to.equal(true);
  });

  it('chooseTicks labels ticks in the locale: months in Russian', () => {
    const labels = ticks(utcTime(2013), utcTime(2014), 1280, 'ru').ticks.map((t) => t.label);
    expect(labels[0]).to.equal('2013');
    expect(labels.slice(0, 6)).to.deep.equal(['2013', 'февр.', 'март', 'апр.', 'май', 'июнь']);
  });

  it('chooseTicks places ticks by time across several runs (an axis with a break)', () => {
    // 1991 – mid 1992, a 32 px break, mid 2008 – 2010: both runs 18 months over 540 px.
    const runs = [
      { t0: utcTime(1991), t1: utcTime(1992, 7), x0: 0, x1: 540 },
      { t0: utcTime(2008, 7), t1: utcTime(2010), x0: 572, x1: 1112 },
    ];
    const rate = 540 / (runs[0]!.t1 - runs[0]!.t0);
    const r = chooseTicks(runs, rate, estimateMeasure, { locale: 'en', width: 1112 });
    expect(r.ticks.map((t) => new Date(t.time).getUTCFullYear())).to.include.members([
      1991, 1992, 2009, 2010,
    ]);
    const year2009 = r.ticks.find((t) => t.time === utcTime(2009))!;
    const rate2 = 540 / (runs[1]!.t1 - runs[1]!.t0);
    expect(year2009.x).to.be.closeTo(572 + (utcTime(2009) - utcTime(2008, 7)) * rate2, 1e-6);
    // The first tick after the break names the larger unit again.
    const afterBreak = chooseTicks(
      [
        { t0: utcTime(1991, 3), t1: utcTime(1991, 5), x0: 0, x1: 300 },
        { t0: utcTime(2009, 3), t1: utcTime(2009, 5), x0: 332, x1: 632 },
      ],
      300 / (utcTime(1991, 5) - utcTime(1991, 3)),
      estimateMeasure,
      { locale: 'en-GB', width: 632 },
    );
    expect(afterBreak.unit).to.equal('month');
    const opening = afterBreak.ticks.find((t) => t.time >= utcTime(2009))!;
    expect(opening).to.include({ label: '2009', major: true });
    expect(afterBreak.ticks.filter((t) => t.major).map((t) => t.label)).to.deep.equal([
      '1991',
      '2009',
    ]);
    for (const t of r.ticks) {
      const run = runs.find((u) => t.time >= u.t0 && t.time <= u.t1)!;
      expect(t.x).to.be.closeTo(
        run.x0 + ((t.time - run.t0) * (run.x1 - run.x0)) / (run.t1 - run.t0),
        1e-6,
      );
    }
  });

  for (const width of [360, 1280]) {
    it(`chooseTicks never lets labels overlap at ${width} px, for spans from seconds to millennia`, () => {
      const span = fc
        .double({ min: Math.log(10e3), max: Math.log(5000 * Y), noNaN: true })
        .map(Math.exp);
      const start = fc.double({ min: -3000 * Y, max: 3000 * Y, noNaN: true });
      fc.assert(
        fc.property(start, span, (t0, s) => {
          const r = ticks(Math.round(t0), Math.round(t0 + s), width);
          expect(r.ticks.length).to.be.greaterThan(0);
          for (let i = 0; i < r.ticks.length; i++) {
            const t = r.ticks[i]!;
            expect(t.labelStart).to.be.at.least(0);
            expect(t.labelEnd).to.be.at.most(width + 1e-9);
            if (i > 0) {
              expect(t.time).to.be.greaterThan(r.ticks[i - 1]!.time);
              expect(t.labelStart, `${r.ticks[i - 1]!.label} | ${t.label}`).to.be.at.least(
                r.ticks[i - 1]!.labelEnd + 12,
              );
            }
          }
        }),
        { numRuns: 80 },
      );
    });
  }
});
