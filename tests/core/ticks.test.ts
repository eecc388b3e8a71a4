import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { utcDay, utcMinute, utcMonth, utcYear } from 'd3-time';
import { utcTime, type Precision } from '../../src/core/date.js';
import { formatInstant } from '../../src/core/format.js';
import { estimateMeasure } from '../../src/core/measure.js';
import {
  chooseTicks,
  type AxisRun,
  type Tick,
  type TickResult,
  type TickUnit,
} from '../../src/core/ticks.js';

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
      '1 CE',
      '100 CE',
      '200 CE',
      '300 CE',
      '400 CE',
    ]);
  });

  it('chooseTicks steps evenly across the eras: 1 CE stands between 100 BCE and 100 CE, no hole of two steps around it', () => {
    // A 5,000-year dataset compressed into a few hundred pixels a segment: at a step of 200 years
    // the ticks were 200 BCE and 200 CE, 399 years apart, and a segment around the epoch had one.
    for (const width of [360, 640, 1280, 2560]) {
      const r = ticks(utcTime(-2600), utcTime(2020), width);
      const years = r.ticks.map((t) => new Date(t.time).getUTCFullYear());
      const step =
        r.unit === 'year' || r.unit === 'decade' || r.unit === 'century' || r.unit === 'millennium'
          ? r.step
          : 0;
      expect(step, `${width} px: ${r.unit}`).to.be.greaterThan(0);
      for (let i = 1; i < years.length; i++)
        expect(
          years[i]! - years[i - 1]!,
          `${width} px: ${r.ticks.map((t) => t.label).join(' · ')}`,
        ).to.be.at.most(step);
    }
    const labels = ticks(utcTime(-300), utcTime(300), 400).ticks.map((t) => t.label);
    expect(labels).to.include('1 CE');
  });

  it('chooseTicks in Kazakh names the era on both sides of an axis that crosses the eras, where the browser lacks Kazakh data too', () => {
    const labels = ticks(utcTime(-752), utcTime(476), 1280, 'kk').ticks.map((t) => t.label);
    expect(labels.filter((l) => l.includes('б.з.д.'))).to.have.length(7);
    const ce = labels.filter((l) => !l.includes('б.з.д.'));
    expect(ce).to.have.length(5);
    for (const l of ce) expect(l).to.match(/^б\.з\. (1|\d00)( ж\.)?$/);
  });

  it('chooseTicks in Kazakh gives the year on the major ticks of an hour axis and the date on its opening tick', () => {
    const r = ticks(may10(6), may10(30), 1280, 'kk');
    const majors = r.ticks.filter((t) => t.major);
    expect(majors.length).to.be.greaterThan(0);
    for (const t of majors) expect(t.label).to.contain('2013');
    // A day axis opening mid-month: '2013 ж. 10 мам.', not '10 мам.' (which reads as any year).
    const days = ticks(may10(), may10() + 10 * 864e5, 1280, 'kk').ticks;
    expect(days[0]!.label).to.contain('2013').and.contain('10');
  });

  it('chooseTicks names the era of the years on a month axis that crosses the eras: 1 BCE, then 1 CE, never a bare 1', () => {
    for (const [locale, bce, ce] of [
      ['en', /^1 BCE$/, /^1 CE$/],
      ['ru', /^1 г\. до н\. э\.$/, /^1 г\. н\. э\.$/],
    ] as const) {
      const majors = ticks(utcTime(-1), utcTime(2), 1280, locale)
        .ticks.filter((t) => t.major)
        .map((t) => t.label);
      expect(
        majors.some((l) => bce.test(l)),
        `${locale}: ${majors.join(' / ')}`,
      ).to.equal(true);
      expect(
        majors.some((l) => ce.test(l)),
        `${locale}: ${majors.join(' / ')}`,
      ).to.equal(true);
    }
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
    // Its month with the year: '2009' alone would say the year begins there.
    expect(opening).to.include({ label: 'Apr 2009', major: true, boundary: false });
    expect(afterBreak.ticks.filter((t) => t.major).map((t) => t.label)).to.deep.equal([
      'Apr 1991',
      'Apr 2009',
    ]);
    expect(afterBreak.ticks.some((t) => t.boundary)).to.equal(false);
    for (const t of r.ticks) {
      const run = runs.find((u) => t.time >= u.t0 && t.time <= u.t1)!;
      expect(t.x).to.be.closeTo(
        run.x0 + ((t.time - run.t0) * (run.x1 - run.x0)) / (run.t1 - run.t0),
        1e-6,
      );
    }
  });

  it('chooseTicks labels a span that falls between the ticks of the unit that would fit', () => {
    // Four minutes from 00:00:00.001 hold no multiple of five minutes (found by the property below).
    const r = ticks(1, 240_001, 360);
    expect(r.ticks.length).to.be.at.least(2);
    expect(r.unit).to.equal('minute');
    for (let i = 1; i < r.ticks.length; i++)
      expect(r.ticks[i]!.labelStart).to.be.at.least(r.ticks[i - 1]!.labelEnd + 12);
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

describe('chooseTicks on a vertical axis', () => {
  const LINE = 16;
  const COLUMN = 72;
  const D = 864e5;

  /**
   * Ticks down a phone's column: labels one line high, at most `across` px wide, for data known
   * to the day (as the flagship's is) unless `finest` says otherwise.
   */
  function vertical(
    runs: readonly AxisRun[],
    locale = 'en-GB',
    across = COLUMN,
    finest: Precision = 'day',
  ): TickResult {
    const length = Math.max(...runs.map((r) => r.x1));
    const rate = (runs[0]!.x1 - runs[0]!.x0) / (runs[0]!.t1 - runs[0]!.t0);
    return chooseTicks(runs, rate, estimateMeasure, {
      locale,
      width: length,
      finest,
      along: LINE,
      across,
    });
  }
  const column = (
    t0: number,
    t1: number,
    { length = 480, locale = 'en-GB', across = COLUMN, finest = 'day' as Precision } = {},
  ) => vertical([{ t0, t1, x0: 0, x1: length }], locale, across, finest);

  /** Whether a label names the month and the year of `time`, in words or in figures. */
  function namesMonthAndYear(label: string, time: number, locale: string): boolean {
    const d = new Date(time);
    const y = d.getUTCFullYear();
    const month = formatInstant(time, locale, { month: 'short' });
    const year = String(y < 1 ? 1 - y : y);
    // Or a whole date as the locale writes it: month and year, or day, month and year, in words
    // ("31 июл. 1969 г.", where the month is declined) or in figures.
    const whole = (['short', 'numeric'] as const).some((m) =>
      [
        { month: m, year: 'numeric' },
        { day: 'numeric', month: m, year: 'numeric' },
      ].some((form) => label === formatInstant(time, locale, form as Intl.DateTimeFormatOptions)),
    );
    return label.includes(year) && (label.includes(month) || whole);
  }

  it('chooseTicks on a vertical day axis names its first day with the month and year, not just "8 … 14" nor "May 2013" at the 8th', () => {
    const r = column(utcTime(2013, 5, 8), utcTime(2013, 5, 14));
    expect(r.unit).to.equal('day');
    expect(r.ticks.map((t) => t.label)).to.deep.equal([
      '08/05/2013',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
    ]);
    expect(r.ticks[0]!.major).to.equal(true);
    // Not the start of a month: no hairline crosses the drawing there.
    expect(r.ticks[0]!.boundary).to.equal(false);
    expect(
      column(utcTime(2013, 5, 8), utcTime(2013, 5, 14), { across: 200 }).ticks[0]!.label,
    ).to.equal('8 May 2013');
  });

  it('chooseTicks on a vertical day axis names the month and year at every month start and after every break', () => {
    const r = vertical([
      { t0: utcTime(2013, 5, 28), t1: utcTime(2013, 6, 4), x0: 0, x1: 300 },
      { t0: utcTime(2014, 3, 10, 12), t1: utcTime(2014, 3, 17, 12), x0: 332, x1: 632 },
    ]);
    expect(r.unit).to.equal('day');
    const majors = r.ticks.filter((t) => t.major).map((t) => t.label);
    // One form down the column: the openings need figures, so June is in figures too.
    expect(majors).to.deep.equal(['28/05/2013', '06/2013', '11/03/2014']);
    expect(r.ticks.filter((t) => t.boundary).map((t) => t.label)).to.deep.equal(['06/2013']);
    expect(r.ticks.find((t) => t.time === utcTime(2014, 3, 11))!.label).to.equal('11/03/2014');
  });

  it('chooseTicks on a vertical axis gives each label a box one line high, centred on its tick and kept inside the axis', () => {
    const r = column(utcTime(2013, 5, 1), utcTime(2013, 5, 8));
    expect(r.ticks.length).to.be.greaterThan(3);
    for (const t of r.ticks) {
      expect(t.labelEnd - t.labelStart).to.be.closeTo(LINE, 1e-9);
      expect(t.labelStart).to.be.closeTo(Math.min(480 - LINE, Math.max(0, t.x - LINE / 2)), 1e-9);
    }
    expect(r.ticks[0]!.labelStart).to.equal(0);
    expect(r.ticks.at(-1)!.labelEnd).to.equal(480);
  });

  it('chooseTicks on a vertical axis uses a shorter form that still names month and year when the longer one is wider than `across`', () => {
    expect(estimateMeasure('May 2013')).to.be.greaterThan(60);
    const r = column(utcTime(2013, 5, 1), utcTime(2013, 5, 7), { across: 60 });
    expect(r.ticks[0]!.label).to.equal('05/2013');
    expect(
      column(utcTime(2013, 5, 1), utcTime(2013, 5, 7), { locale: 'en-US', across: 60 }).ticks[0]!
        .label,
    ).to.equal('5/2013');
    // A first day that is not the 1st is named with its month and year, in figures.
    expect(
      column(utcTime(2013, 5, 8), utcTime(2013, 5, 14), { across: 60 }).ticks[0]!.label,
    ).to.equal('08/05/2013');
  });

  it('chooseTicks on a vertical axis writes every month it opens in one form: all in words, or all in figures', () => {
    const across = estimateMeasure('Aug 2011');
    expect(estimateMeasure('Sept 2011')).to.be.greaterThan(across);
    const r = column(utcTime(2011, 7, 20), utcTime(2011, 11, 10), { length: 2400, across });
    expect(r.unit).to.equal('day');
    const months = r.ticks.filter((t) => t.boundary).map((t) => t.label);
    expect(months).to.deep.equal(['08/2011', '09/2011', '10/2011', '11/2011']);
    // With room for every month in words, every one is in words.
    const wide = column(utcTime(2011, 7, 20), utcTime(2011, 11, 10), { length: 2400, across: 200 });
    expect(wide.ticks.filter((t) => t.boundary).map((t) => t.label)).to.deep.equal([
      'Aug 2011',
      'Sept 2011',
      'Oct 2011',
      'Nov 2011',
    ]);
  });

  it('chooseTicks on a vertical month axis whose opening needs figures still names each year', () => {
    const narrow = estimateMeasure('1992');
    const r = column(utcTime(1991, 7, 1), utcTime(1994, 3, 1), { length: 2400, across: narrow });
    expect(r.unit).to.equal('month');
    const years = r.ticks.filter((t) => t.boundary);
    expect(years.length).to.be.greaterThan(1);
    for (const t of years) expect(t.label, new Date(t.time).toISOString()).to.match(/^\d{4}$/);
  });

  it('chooseTicks on a vertical hour axis names the day, month and year at its start, in figures when words are too wide', () => {
    const r = column(utcTime(2013, 5, 10, 2), utcTime(2013, 5, 10, 12), { finest: 'minute' });
    expect(r.unit).to.equal('hour');
    expect(r.ticks[0]!.label).to.equal('10/05/2013');
    const wide = column(utcTime(2013, 5, 10, 2), utcTime(2013, 5, 10, 12), {
      finest: 'minute',
      across: 200,
    });
    // With room, its hour too: the tick is at 2:00, not at the start of the day.
    expect(wide.ticks[0]!.label).to.equal('10 May 2013, 2:00');
  });

  it('chooseTicks on a vertical day axis, from any window, names the month and year at or before its first day and after each break', () => {
    const Y = 365.2425 * D;
    fc.assert(
      fc.property(
        fc.double({ min: -2000 * Y, max: 3000 * Y, noNaN: true }),
        fc.double({ min: 2 * D, max: 90 * D, noNaN: true }),
        fc.integer({ min: 240, max: 4000 }),
        fc.constantFrom('en-GB', 'en-US', 'ru', 'de'),
        fc.constantFrom(48, 60, 72, 120),
        fc.boolean(),
        (t0, span, length, locale, across, broken) => {
          const start = Math.round(t0);
          const runs: AxisRun[] = broken
            ? [
                { t0: start, t1: start + span / 2, x0: 0, x1: length / 2 - 16 },
                {
                  t0: start + 5 * Y,
                  t1: start + 5 * Y + span / 2,
                  x0: length / 2 + 16,
                  x1: length,
                },
              ]
            : [{ t0: start, t1: start + span, x0: 0, x1: length }];
          const r = vertical(runs, locale, across);
          if (r.unit !== 'day') return;
          for (const run of runs) {
            const inRun = r.ticks.filter((t: Tick) => t.time >= run.t0 && t.time <= run.t1);
            if (!inRun.length) continue;
            const first = inRun[0]!;
            expect(first.major, `${first.label} opens the run`).to.equal(true);
            expect(namesMonthAndYear(first.label, first.time, locale), first.label).to.equal(true);
          }
          for (const t of r.ticks) {
            if (new Date(t.time).getUTCDate() === 1) {
              expect(namesMonthAndYear(t.label, t.time, locale), t.label).to.equal(true);
            }
          }
          for (let i = 1; i < r.ticks.length; i++) {
            expect(r.ticks[i]!.labelStart).to.be.at.least(r.ticks[i - 1]!.labelEnd + 12);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('chooseTicks names the larger unit at the start of a horizontal axis', () => {
  it('an hour of 20 July 1969 names the day at its start, even where neighbours must give way', () => {
    const r = ticks(utcTime(1969, 7, 20, 20), utcTime(1969, 7, 20, 21), 1280, 'en-GB');
    expect(r.ticks.filter((t) => t.label).some((t) => t.label.includes('1969'))).to.equal(true);
    const labelled = r.ticks.filter((t) => t.label);
    for (let i = 1; i < labelled.length; i++)
      expect(labelled[i]!.labelStart).to.be.at.least(labelled[i - 1]!.labelEnd);
  });

  it('20 December 1969 to 10 January 1970 names December 1969, not only January 1970', () => {
    const r = ticks(utcTime(1969, 12, 20), utcTime(1970, 1, 10), 1280, 'en-GB');
    expect(r.ticks.some((t) => /Dec/.test(t.label) && t.label.includes('1969'))).to.equal(true);
  });
});

/**
 * An axis of `width` px broken once: `days1` from `t0`, a gap of `gapDays`, then `days2`; the runs'
 * lengths in proportion to their spans, with 32 px of break between them.
 */
function brokenAxis(t0: number, days1: number, gapDays: number, days2: number, width: number) {
  const DAY = 864e5;
  const t1 = t0 + days1 * DAY;
  const t2 = t1 + gapDays * DAY;
  const rate = (width - 32) / (days1 + days2) / DAY;
  const x1 = (t1 - t0) * rate;
  const runs: AxisRun[] = [
    { t0, t1, x0: 0, x1 },
    { t0: t2, t1: t2 + days2 * DAY, x0: x1 + 32, x1: width },
  ];
  return { runs, rate, t2 };
}

describe('chooseTicks after a break on a horizontal axis', () => {
  it('the first label of every run after a break names the larger unit, so it never reads as the one before the break', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2020 }),
        fc.integer({ min: 20, max: 1500 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 20, max: 1500 }),
        fc.integer({ min: 320, max: 1400 }),
        fc.constantFrom('en', 'en-GB', 'ru', 'kk'),
        (year, days1, gapDays, days2, width, locale) => {
          const { runs, rate, t2 } = brokenAxis(utcTime(year, 1, 1), days1, gapDays, days2, width);
          const r = chooseTicks(runs, rate, estimateMeasure, { locale, width });
          if (r.unit === 'year') return;
          const first = r.ticks.find((t) => t.label && t.time >= t2);
          // A plain label reads right where the break stays within the larger unit before it.
          const parent = {
            second: utcMinute,
            minute: utcDay,
            hour: utcDay,
            day: utcMonth,
            month: utcYear,
          }[r.unit as 'month'];
          const last = r.ticks.filter((t) => t.time < t2).at(-1);
          const same =
            parent &&
            first &&
            last &&
            +parent.floor(new Date(last.time)) === +parent.floor(new Date(first.time));
          if (first && !same)
            expect(first.major, `${r.unit}: "${first.label}" after the break`).to.equal(true);
          const labelled = r.ticks.filter((t) => t.label);
          for (let i = 1; i < labelled.length; i++)
            expect(labelled[i]!.labelStart).to.be.at.least(labelled[i - 1]!.labelEnd);
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe('chooseTicks dates every run', () => {
  it('a run no tick of the chosen step falls in takes one of a finer step, naming the larger unit', () => {
    // Down a phone's column: ten days of May 2013 before a break, then 2014 a year long.
    const runs: AxisRun[] = [
      { t0: utcTime(2013, 5, 5), t1: utcTime(2013, 5, 15), x0: 0, x1: 40 },
      { t0: utcTime(2014, 1, 1), t1: utcTime(2015, 1, 1), x0: 72, x1: 440 },
    ];
    const rate = 368 / (runs[1]!.t1 - runs[1]!.t0);
    const r = chooseTicks(runs, rate, estimateMeasure, {
      locale: 'en-GB',
      width: 440,
      finest: 'day',
      along: 16,
      across: 72,
    });
    const before = r.ticks.filter((t) => t.label && t.time <= runs[0]!.t1);
    expect(before.length, r.ticks.map((t) => t.label).join(' | ')).to.equal(1);
    expect(before[0]!.label).to.match(/May 2013|2013/);
    expect(before[0]!.time).to.be.within(runs[0]!.t0, runs[0]!.t1);
    // The rest of the axis keeps its own step.
    expect(r.unit).to.equal('month');
  });

  it('every run long enough for a label holds a labelled tick, and labels never touch', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2020 }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 320, max: 1400 }),
        fc.boolean(),
        (year, days1, gapDays, days2, width, vertical) => {
          const { runs, rate, t2 } = brokenAxis(utcTime(year, 3, 3), days1, gapDays, days2, width);
          const [{ t0, t1, x1 }] = runs as [AxisRun];
          const r = chooseTicks(runs, rate, estimateMeasure, {
            locale: 'en',
            width,
            finest: 'day',
            ...(vertical ? { along: 16, across: 90 } : {}),
          });
          const labelled = r.ticks.filter((t) => t.label);
          for (let i = 1; i < labelled.length; i++)
            expect(labelled[i]!.labelStart).to.be.at.least(labelled[i - 1]!.labelEnd);
          // A first run of at least a day and at least 60 px, clear of the next run's first label.
          const next = labelled.find((t) => t.time >= t2);
          if (x1 >= 60 && (!next || next.labelStart > x1 + 40))
            expect(
              labelled.some((t) => t.time >= t0 && t.time <= t1),
              `${days1} days in ${Math.round(x1)} px: ${labelled.map((t) => t.label).join(' | ')}`,
            ).to.equal(true);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
