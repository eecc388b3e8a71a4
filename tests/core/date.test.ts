import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  clampTime,
  coarser,
  daysInMonth,
  endTime,
  finer,
  fromTime,
  fromYear,
  isLeapYear,
  isoYear,
  MAX_ABS_TIME,
  MAX_YEAR,
  MIN_YEAR,
  parseDate,
  PRECISION_MS,
  toCivilDate,
  utcTime,
  type CivilDate,
} from '../../src/core/date.js';

// UTC milliseconds worked out independently (Date.UTC, or by counting days from 0000-01-01,
// which is -62167219200000), so a result that depended on the browser's zone would differ.
const MS = {
  y2009: 1230768000000,
  may2013: 1367366400000,
  may10: 1368144000000,
  may12: 1368316800000,
  jun2013: 1370044800000,
  y1992: 694224000000,
  y0: -62167219200000,
  y79: -59674147200000,
  ym43: -63524131200000,
  ides44bce: -63517824000000,
  y12345: 327403382400000,
  eagleLanded: -14182940000,
} as const;

function date(text: string): CivilDate {
  const r = parseDate(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.date;
}

function reason(text: string): string {
  const r = parseDate(text);
  if (r.ok) throw new Error(`${text} was accepted as ${r.date.iso}`);
  return r.reason;
}

describe('parseDate', () => {
  it("parseDate('2009') is the year 2009 at year precision, starting 2009-01-01T00:00Z", () => {
    const d = date('2009');
    expect(d).to.include({
      year: 2009,
      month: 1,
      day: 1,
      precision: 'year',
      offset: null,
      iso: '2009',
    });
    expect(d.time).to.equal(MS.y2009);
    expect(d.time).to.equal(Date.UTC(2009, 0, 1));
  });

  it('parseDate reads what toISOString writes, and offsets without a colon, to the second', () => {
    expect(date('2013-05-10T09:30:00.000Z')).to.include({
      precision: 'second',
      iso: '2013-05-10T09:30:00Z',
      time: Date.UTC(2013, 4, 10, 9, 30),
    });
    expect(date('2013-05-10T09:30:59.999+05:00')).to.include({
      second: 59,
      offset: 300,
      time: Date.UTC(2013, 4, 10, 4, 30, 59),
    });
    expect(date('2013-05-10T09:30-0130')).to.include({ precision: 'minute', offset: -90 });
    expect(parseDate('2013-05-10T09:30:00.000')).to.deep.equal({
      ok: false,
      reason: 'a date-time needs a time zone: end it with Z or an offset such as +05:00',
    });
    expect(parseDate('2013-05-10T09:30.5Z').ok).to.equal(false);
    expect(parseDate('2013-05-10T09:30:00.Z').ok).to.equal(false);
  });

  it('a number of eight digits is refused as a year, with how to write the day', () => {
    const result = toCivilDate(20100801);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.reason).to.match(/write a day as text: "2010-08-01"\)$/);
  });

  it('a time in milliseconds since 1970 (vis-timeline, Date.UTC) is refused as a year, naming the instant it would be', () => {
    const result = toCivilDate(Date.UTC(2003, 0, 1));
    expect(!result.ok && result.reason).to.equal(
      'year 1041379200000 is outside the supported range: dates must lie between 250000 BCE and 250000 CE (a number is a year; as milliseconds since 1970 it is 2003-01-01T00:00:00.000Z: give new Date(1041379200000) or that text)',
    );
    // Far past any time: no instant to name.
    expect(
      !toCivilDate(9e18).ok && (toCivilDate(9e18) as { reason: string }).reason,
    ).to.not.contain('milliseconds');
  });

  it("parseDate('2013-05') is May 2013 at month precision", () => {
    const d = date('2013-05');
    expect(d).to.include({ year: 2013, month: 5, day: 1, precision: 'month', iso: '2013-05' });
    expect(d.time).to.equal(MS.may2013);
  });

  it("parseDate('2013-05-10') is 10 May 2013 at day precision, at 1368144000000 ms", () => {
    const d = date('2013-05-10');
    expect(d).to.include({
      year: 2013,
      month: 5,
      day: 10,
      precision: 'day',
      offset: null,
      iso: '2013-05-10',
    });
    expect(d.time).to.equal(1368144000000);
  });

  it("parseDate('2013-05-10T09:00+05:00') is a minute-precision instant in its own offset", () => {
    const d = date('2013-05-10T09:00+05:00');
    expect(d).to.include({ hour: 9, minute: 0, second: 0, offset: 300, precision: 'minute' });
    expect(d.iso).to.equal('2013-05-10T09:00+05:00');
    expect(d.time).to.equal(MS.may10 + 4 * 3600e3);
  });

  it("parseDate('1969-07-20T20:17:40Z') is a second-precision UTC instant", () => {
    const d = date('1969-07-20T20:17:40Z');
    expect(d).to.include({
      precision: 'second',
      offset: 0,
      second: 40,
      iso: '1969-07-20T20:17:40Z',
    });
    expect(d.time).to.equal(MS.eagleLanded);
  });

  it('parseDate reads negative and half-hour offsets (-05:30 is -330 minutes)', () => {
    const d = date('2013-05-10T00:00-05:30');
    expect(d.offset).to.equal(-330);
    expect(d.time).to.equal(MS.may10 + 5.5 * 3600e3);
    expect(d.iso).to.equal('2013-05-10T00:00-05:30');
  });

  it('parseDate trims surrounding white space', () => {
    expect(date('  2013-05-10 \n').iso).to.equal('2013-05-10');
  });

  it('parseDate keeps years 0–99 in the first century: 0079 is 79 CE, not 1979', () => {
    const d = date('0079');
    expect(d.year).to.equal(79);
    expect(new Date(d.time).getUTCFullYear()).to.equal(79);
    expect(d.time).to.equal(MS.y79);
    expect(date('0000').time).to.equal(MS.y0);
    expect(date('0099-12-31').iso).to.equal('0099-12-31');
  });

  it("parseDate('-000043') is astronomical year -43, which is 44 BCE", () => {
    const d = date('-000043');
    expect(d.year).to.equal(-43);
    expect(d.time).to.equal(MS.ym43);
    expect(d.iso).to.equal('-000043');
    expect(date('-000043-03-15').time).to.equal(MS.ides44bce);
  });

  it('parseDate reads 0000 as 1 BCE (year 0) and writes short signed years as six digits', () => {
    expect(date('0000').year).to.equal(0);
    expect(date('-0043').iso).to.equal('-000043');
    expect(date('+2013').iso).to.equal('2013');
  });

  it('parseDate reads extended years: +012345 and the ends of the supported range', () => {
    expect(date('+012345')).to.include({ year: 12345, iso: '+012345', time: MS.y12345 });
    expect(date('-249999').year).to.equal(-249999);
    expect(date('+250000').year).to.equal(250000);
    expect(Number.isFinite(date('-249999').time)).to.equal(true);
    expect(Number.isFinite(date('+250000-12-31').time)).to.equal(true);
  });

  const rejected: [string, RegExp][] = [
    ['2013-02-30', /day 30 does not exist in 2013-02 \(it has 28 days\)/],
    ['2013-13', /month 13 does not exist/],
    ['2013-00-10', /month 00 does not exist/],
    ['2013-04-31', /day 31 does not exist in 2013-04 \(it has 30 days\)/],
    ['2013-05-00', /day 00 does not exist/],
    ['', /the date is empty/],
    ['   ', /the date is empty/],
    ['garbage', /not a date in a supported form/],
    ['10 May 2013', /not a date in a supported form/],
    ['2013-5-10', /not a date in a supported form/],
    ['2013-05-10T24:00Z', /hour 24 does not exist/],
    ['2013-05-10T12:60Z', /minute 60 does not exist/],
    ['2013-05-10T12:00:60Z', /second 60 does not exist/],
    ['2013-05-10T09:00', /a date-time needs a time zone/],
    ['2013-05-10T09:00:00', /a date-time needs a time zone/],
    ['2013-05-10T09:00+24:00', /offset \+24:00 does not exist/],
    ['-000000', /year -0 does not exist/],
    ['-0000', /year -0 does not exist/],
    ['-271821', /outside the supported range/],
    ['+275760', /outside the supported range/],
    ['-250000', /dates must lie between 250000 BCE and 250000 CE/],
    ['+250001-01', /dates must lie between 250000 BCE and 250000 CE/],
    ['-262000-06-01T00:00Z', /year -262000 is outside the supported range/],
  ];
  for (const [text, why] of rejected) {
    it(`parseDate(${JSON.stringify(text)}) is rejected with a reason`, () => {
      expect(reason(text)).to.match(why);
    });
  }

  it('parseDate never throws and rejects what is not a string', () => {
    for (const v of [undefined, null, 2013, {}, []]) {
      const r = parseDate(v as unknown as string);
      expect(r.ok).to.equal(false);
    }
  });

  it('parseDate reads the common forms as it reads the same date with a signed six-digit year', () => {
    // YYYY, YYYY-MM, YYYY-MM-DD and YYYY-MM-DDTHH:mm[:ss] with Z or an offset are read without
    // the regular expression; a signed year sends the same date through it.
    const two = (n: number) => String(n).padStart(2, '0');
    const text = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.nat(30),
        h: fc.nat(23),
        mi: fc.nat(59),
        s: fc.option(fc.nat(59)),
        zone: fc.oneof(
          fc.constant('Z'),
          fc
            .tuple(fc.constantFrom('+', '-'), fc.nat(23), fc.nat(59))
            .map(([sign, oh, om]) => `${sign}${two(oh)}:${two(om)}`),
        ),
      })
      .chain(({ y, m, d, h, mi, s, zone }) => {
        const year = String(y).padStart(4, '0');
        const month = `${year}-${two(m)}`;
        const day = `${month}-${two(1 + (d % daysInMonth(y, m)))}`;
        const time = `${day}T${two(h)}:${two(mi)}${s === null ? '' : `:${two(s)}`}${zone}`;
        return fc.constantFrom(year, month, day, time);
      });
    fc.assert(
      fc.property(text, (t) => {
        expect(date(t)).to.deep.equal(date(`+00${t}`));
        if (t.length <= 10) expect(date(t).iso).to.equal(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseDate rejects near-misses of the common forms with the reasons of the general form', () => {
    expect(reason('2013-05-1x')).to.match(/not a date in a supported form/);
    expect(reason('2013_05-10')).to.match(/not a date in a supported form/);
    expect(reason('20x3')).to.match(/not a date in a supported form/);
    expect(reason('2013-0a')).to.match(/not a date in a supported form/);
    expect(reason('2100-02-29')).to.match(/day 29 does not exist in 2100-02 \(it has 28 days\)/);
    expect(reason('2013-05-10T09:00:')).to.match(/not a date in a supported form/);
    expect(reason('2013-05-10T09:00z')).to.match(/not a date in a supported form/);
    expect(reason('2013-05-10T09:00+05:0')).to.match(/not a date in a supported form/);
    expect(reason('2013-05-10T09:0Z')).to.match(/not a date in a supported form/);
    expect(reason('2013-05-10T09:00:00+05:60')).to.match(/offset \+05:60 does not exist/);
    expect(reason('2013-05-10T23:59:60Z')).to.match(/second 60 does not exist/);
  });

  it('parseDate gives the same date for the same text, whatever was parsed in between', () => {
    const first = date('2013-05-10');
    for (let i = 0; i < 5000; i++) parseDate(`${1000 + i}-01`);
    expect(date('2013-05-10')).to.deep.equal(first);
    expect(date(' 2013-05-10 ')).to.deep.equal(first);
    expect(reason('2013-02-30')).to.equal(reason('2013-02-30'));
  });

  it('parseDate never moves an impossible date to a nearby valid one', () => {
    for (const text of ['2013-02-29', '2013-06-31', '1900-02-29']) {
      expect(parseDate(text).ok, text).to.equal(false);
    }
  });
});

describe('the supported range', () => {
  // The axis pads a dataset's domain by 4 % of its span on each side, and by at least two units
  // of its precision (src/core/scene.ts, datasetDomain); the padded ends must still be Dates.
  const padded = (lo: number, hi: number): [number, number] => {
    const pad = (hi - lo) * 0.04 + 2 * PRECISION_MS.year;
    return [lo - pad, hi + pad];
  };
  const isDate = (t: number) => !Number.isNaN(new Date(t).getTime());
  // The earliest and latest instants of the range, pushed out by the widest offsets.
  const first = date('-249999-01-01T00:00+23:59');
  const last = date('+250000-12-31T23:59:59-23:59');

  it('MIN_YEAR and MAX_YEAR are 250000 BCE and 250000 CE', () => {
    expect([MIN_YEAR, MAX_YEAR]).to.deep.equal([-249999, 250000]);
  });

  it('no accepted date starts or ends more than MAX_ABS_TIME from 1970', () => {
    expect(MAX_ABS_TIME).to.equal(7.96e15);
    expect(first.time).to.be.at.least(-MAX_ABS_TIME);
    expect(endTime(last)).to.be.at.most(MAX_ABS_TIME);
    for (const text of ['-249999', '-249999-01', '-249999-01-01', '+250000', '+250000-12']) {
      expect(Math.abs(date(text).time), text).to.be.at.most(MAX_ABS_TIME);
      expect(Math.abs(endTime(date(text))), text).to.be.at.most(MAX_ABS_TIME);
    }
  });

  it('two dates at ±MAX_ABS_TIME, padded as the axis pads them, are still Dates', () => {
    const [lo, hi] = padded(-MAX_ABS_TIME, MAX_ABS_TIME);
    expect(isDate(lo) && isDate(hi)).to.equal(true);
    const [lo2, hi2] = padded(first.time, endTime(last));
    expect(isDate(lo2) && isDate(hi2)).to.equal(true);
  });

  it('an event at year -262000 beside one in 2013 is refused, since its padded axis would not be a Date', () => {
    // What the core accepted before the range was narrowed: the padding leaves the Date range.
    const [lo] = padded(utcTime(-262000), utcTime(2014));
    expect(isDate(lo)).to.equal(false);
    expect(toCivilDate('-262000').ok).to.equal(false);
    expect(toCivilDate(-262000)).to.deep.equal({
      ok: false,
      reason:
        'year -262000 is outside the supported range: dates must lie between 250000 BCE and 250000 CE',
    });
  });

  it('toCivilDate refuses Dates outside the range, such as new Date(8.64e15), with a reason', () => {
    for (const time of [8.64e15, -8.64e15, utcTime(250001), utcTime(-250000)]) {
      const r = toCivilDate(new Date(time));
      expect(r.ok, String(time)).to.equal(false);
      expect(!r.ok && r.reason).to.match(/dates must lie between 250000 BCE and 250000 CE/);
    }
    expect(toCivilDate(new Date(utcTime(250000, 12, 31, 23, 59, 59))).ok).to.equal(true);
    expect(toCivilDate(new Date(utcTime(-249999))).ok).to.equal(true);
  });

  it('toCivilDate refuses an invalid Date with a reason', () => {
    expect(toCivilDate(new Date(NaN))).to.deep.equal({
      ok: false,
      reason: 'the Date object is invalid',
    });
  });

  it('clampTime moves a time into the Date range and leaves one inside it alone', () => {
    expect(clampTime(1e16)).to.equal(8.64e15);
    expect(clampTime(-Infinity)).to.equal(-8.64e15);
    expect(clampTime(MS.may10)).to.equal(MS.may10);
    expect(clampTime(-8.64e15)).to.equal(-8.64e15);
    expect(clampTime(NaN)).to.be.NaN;
  });
});

describe('leap years', () => {
  it('isLeapYear follows the Gregorian rule: 1900 is not leap, 2000 is, 2012 is, 2013 is not', () => {
    expect(isLeapYear(1900)).to.equal(false);
    expect(isLeapYear(2000)).to.equal(true);
    expect(isLeapYear(2012)).to.equal(true);
    expect(isLeapYear(2013)).to.equal(false);
  });

  it('isLeapYear is proleptic for astronomical years: 0, -4 and -400 are leap, -1 and -100 are not', () => {
    expect(isLeapYear(0)).to.equal(true);
    expect(isLeapYear(-4)).to.equal(true);
    expect(isLeapYear(-400)).to.equal(true);
    expect(isLeapYear(-1)).to.equal(false);
    expect(isLeapYear(-100)).to.equal(false);
  });

  it('daysInMonth gives 28/29 for February and 30 or 31 for the others', () => {
    expect(daysInMonth(2013, 2)).to.equal(28);
    expect(daysInMonth(2012, 2)).to.equal(29);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2013, m))).to.deep.equal([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it("parseDate accepts 29 February only in leap years ('2000-02-29', '0000-02-29', '-000004-02-29')", () => {
    expect(date('2000-02-29').time).to.equal(Date.UTC(2000, 1, 29));
    expect(date('0000-02-29').day).to.equal(29);
    expect(date('-000004-02-29').day).to.equal(29);
    expect(reason('1900-02-29')).to.match(/it has 28 days/);
    expect(reason('-000100-02-29')).to.match(/it has 28 days/);
  });

  it('daysInMonth agrees with the JavaScript calendar for every month of 400 years', () => {
    for (let year = -200; year < 200; year++) {
      for (let month = 1; month <= 12; month++) {
        const next = new Date(0);
        next.setUTCFullYear(year, month, 0); // day 0 of the next month: the last of this one
        expect(daysInMonth(year, month), `${year}-${month}`).to.equal(next.getUTCDate());
      }
    }
  });
});

describe('endTime', () => {
  it('endTime of a day is the start of the next day: the end 2013-05-11 is inclusive', () => {
    expect(endTime(date('2013-05-11'))).to.equal(MS.may12);
  });

  it('endTime of a month or a year is the start of the next one, across year ends', () => {
    expect(endTime(date('2013-05'))).to.equal(MS.jun2013);
    expect(endTime(date('2013-12'))).to.equal(Date.UTC(2014, 0, 1));
    expect(endTime(date('1991'))).to.equal(MS.y1992);
    expect(endTime(date('-000001'))).to.equal(MS.y0);
  });

  it('endTime of a date-time is one minute or one second later, in its own offset', () => {
    expect(endTime(date('2013-05-10T09:00+05:00'))).to.equal(MS.may10 + 4 * 3600e3 + 60e3);
    expect(endTime(date('1969-07-20T20:17:40Z'))).to.equal(MS.eagleLanded + 1e3);
    expect(endTime(date('2013-05-10T23:59:59Z'))).to.equal(Date.UTC(2013, 4, 11));
  });
});

describe('other constructors', () => {
  it('toCivilDate reads a whole number as a year and a Date as a second-precision UTC instant', () => {
    const y = toCivilDate(79);
    expect(y.ok && y.date.time).to.equal(MS.y79);
    const t = toCivilDate(new Date(MS.eagleLanded));
    expect(t.ok && t.date.iso).to.equal('1969-07-20T20:17:40Z');
    expect(toCivilDate(79.5)).to.deep.equal({
      ok: false,
      reason: 'a number date must be a whole year',
    });
    expect(toCivilDate(new Date(NaN)).ok).to.equal(false);
    expect(toCivilDate(undefined)).to.deep.equal({ ok: false, reason: 'the date is missing' });
  });

  it('toCivilDate reads only real Dates, and refuses without throwing what merely looks like one', () => {
    const { proxy, revoke } = Proxy.revocable(new Date(MS.eagleLanded), {});
    revoke();
    const lookalikes = [Object.create(Date.prototype), new Proxy(new Date(), {}), proxy];
    for (const value of lookalikes) {
      expect(toCivilDate(value).ok).to.equal(false);
    }
    const tampered = Object.assign(new Date(MS.eagleLanded), { getTime: () => 0 });
    const t = toCivilDate(tampered);
    expect(t.ok && t.date.iso).to.equal('1969-07-20T20:17:40Z');
  });

  it('fromTime truncates an instant to a precision in UTC', () => {
    expect(fromTime(MS.eagleLanded, 'day').iso).to.equal('1969-07-20');
    expect(fromTime(MS.eagleLanded, 'month').iso).to.equal('1969-07');
    expect(fromTime(MS.eagleLanded, 'minute').iso).to.equal('1969-07-20T20:17Z');
    expect(fromTime(MS.eagleLanded, 'day').time).to.equal(Date.UTC(1969, 6, 20));
  });

  it('fromYear(-43) equals parseDate(-000043)', () => {
    expect(fromYear(-43)).to.deep.equal(date('-000043'));
  });

  it('isoYear writes four digits for 0–9999 and six signed digits otherwise', () => {
    expect([0, 79, 2013, 9999, 10000, -1, -43].map(isoYear)).to.deep.equal([
      '0000',
      '0079',
      '2013',
      '9999',
      '+010000',
      '-000001',
      '-000043',
    ]);
  });

  it('utcTime keeps years 0–99 where Date.UTC would move them to 1900–1999', () => {
    expect(utcTime(79)).to.equal(MS.y79);
    expect(Date.UTC(79, 0, 1)).to.not.equal(MS.y79);
  });

  it('utcTime agrees with a UTC Date over the supported range, where it does the arithmetic itself', () => {
    const viaDate = (y: number, mo: number, d: number, h: number, mi: number, s: number) => {
      const t = new Date(0);
      t.setUTCFullYear(y, mo - 1, d);
      t.setUTCHours(h, mi, s, 0);
      return t.getTime();
    };
    const fields = fc.tuple(
      fc.oneof(
        fc.integer({ min: MIN_YEAR - 1, max: MAX_YEAR + 1 }),
        fc.integer({ min: -801, max: 2401 }),
      ),
      fc.integer({ min: 1, max: 13 }),
      fc.integer({ min: 1, max: 32 }),
      fc.integer({ min: 0, max: 24 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
    );
    fc.assert(
      fc.property(fields, (f) => {
        expect(utcTime(...f), f.join()).to.equal(viaDate(...f));
      }),
      { numRuns: 2000 },
    );
    for (const y of [
      MIN_YEAR - 1,
      -401,
      -400,
      -101,
      -100,
      -5,
      -4,
      -1,
      0,
      1,
      1969,
      1970,
      MAX_YEAR + 1,
    ]) {
      for (const mo of [1, 2, 3, 12, 13])
        expect(utcTime(y, mo), `${y}-${mo}`).to.equal(viaDate(y, mo, 1, 0, 0, 0));
    }
    // Beyond the fields a date has, or beyond a Date's range, utcTime is what a Date says.
    expect(utcTime(2013, 25, 40)).to.equal(viaDate(2013, 25, 40, 0, 0, 0));
    expect(utcTime(2013, 1.5)).to.equal(viaDate(2013, 1.5, 1, 0, 0, 0));
    expect(utcTime(300000)).to.be.NaN;
  });

  it('coarser and finer order precisions from year to second', () => {
    expect(coarser('day', 'month')).to.equal('month');
    expect(coarser('second', 'year')).to.equal('year');
    expect(finer('day', 'month')).to.equal('day');
    expect(finer('minute', 'second')).to.equal('second');
  });
});

describe('time-zone independence', () => {
  // The runner reruns tests/core under Pacific/Kiritimati (+14), America/Los_Angeles (-8/-7,
  // with DST) and Asia/Almaty: the same UTC numbers must come out under each.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  it(`parseDate gives the same UTC ms whatever the browser's zone (here ${zone})`, () => {
    const local = new Date(2013, 4, 10).getTime();
    const offsetMs = new Date(MS.may10).getTimezoneOffset() * 60e3;
    // What a zone-dependent parser would return: differs from UTC except in UTC-like zones.
    expect(local - MS.may10).to.equal(offsetMs);
    expect(date('2013-05-10').time).to.equal(1368144000000);
    expect(date('2013-05').time).to.equal(MS.may2013);
    expect(date('2009').time).to.equal(MS.y2009);
    expect(date('0079').time).to.equal(MS.y79);
    expect(date('-000043-03-15').time).to.equal(MS.ides44bce);
    expect(date('2013-05-10T09:00+05:00').time).to.equal(MS.may10 + 4 * 3600e3);
  });

  it('parseDate does not shift dates near daylight-saving changes or midnight', () => {
    // 2013-03-10 and 2013-11-03 are DST changes in Los Angeles; 1994-12-31 was skipped in Kiritimati.
    expect(date('2013-03-10').time).to.equal(Date.UTC(2013, 2, 10));
    expect(date('2013-11-03').time).to.equal(Date.UTC(2013, 10, 3));
    expect(date('1994-12-31').time).to.equal(Date.UTC(1994, 11, 31));
    expect(endTime(date('2013-03-10'))).to.equal(Date.UTC(2013, 2, 11));
    expect(endTime(date('1994-12'))).to.equal(Date.UTC(1995, 0, 1));
  });
});
