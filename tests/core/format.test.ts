import { expect } from '@open-wc/testing';
import { parseDate, type CivilDate } from '../../src/core/date.js';
import {
  formatDate,
  formatInstant,
  formatRange,
  formatSpan,
  htmlDatetime,
} from '../../src/core/format.js';

// Exact strings as Chromium's ICU writes them (plain spaces, U+2013 en dash in ranges).

function date(text: string): CivilDate {
  const r = parseDate(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.date;
}

/** Whether the runtime has real month names for a locale, not ICU's root placeholders ("M05"). */
function hasMonthNames(locale: string): boolean {
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2013, 4, 10),
  );
  return !/^M\d+$/.test(month);
}

describe('formatDate', () => {
  it("formatDate shows a year-precision date as the year alone: '2009'", () => {
    for (const locale of ['en', 'en-GB', 'ru']) {
      expect(formatDate(date('2009'), locale), locale).to.equal('2009');
    }
    expect(formatDate(date('2009'), 'kk')).to.equal('2009 ж.');
  });

  it("formatDate shows a month-precision date as month and year: 'May 2013', 'май 2013 г.'", () => {
    expect(formatDate(date('2013-05'), 'en')).to.equal('May 2013');
    expect(formatDate(date('2013-05'), 'en-GB')).to.equal('May 2013');
    expect(formatDate(date('2013-05'), 'ru')).to.equal('май 2013 г.');
  });

  it("formatDate shows a day in the locale's order: 'May 10, 2013' (en), '10 May 2013' (en-GB), '10 мая 2013 г.' (ru)", () => {
    expect(formatDate(date('2013-05-10'), 'en')).to.equal('May 10, 2013');
    expect(formatDate(date('2013-05-10'), 'en-GB')).to.equal('10 May 2013');
    expect(formatDate(date('2013-05-10'), 'ru')).to.equal('10 мая 2013 г.');
  });

  it('formatDate shows a calendar date on its own day whatever the browser zone', () => {
    // Midnight UTC is still 9 May in Los Angeles and already 10 May 14:00 in Kiritimati.
    expect(formatDate(date('2013-05-10'), 'en-GB')).to.equal('10 May 2013');
    expect(formatDate(date('2013-01-01'), 'en-GB')).to.equal('1 January 2013');
    expect(formatDate(date('2013'), 'en-GB')).to.equal('2013');
  });

  it("formatDate writes years before 1 CE with 'BCE' in English: '-000043' is '44 BCE'", () => {
    expect(formatDate(date('-000043'), 'en')).to.equal('44 BCE');
    expect(formatDate(date('-000043'), 'en-GB')).to.equal('44 BCE');
    expect(formatDate(date('0000'), 'en')).to.equal('1 BCE');
    expect(formatDate(date('-000043-03-15'), 'en')).to.equal('March 15, 44 BCE');
    expect(formatDate(date('-000043-03-15'), 'en-GB')).to.equal('15 March 44 BCE');
  });

  it("formatDate keeps Russian era names: '44 г. до н. э.'", () => {
    expect(formatDate(date('-000043'), 'ru')).to.equal('44 г. до н. э.');
    expect(formatDate(date('-000043-03-15'), 'ru')).to.equal('15 марта 44 г. до н. э.');
  });

  it("formatDate writes years 1–99 without an era and without moving them: '0079' is '79'", () => {
    expect(formatDate(date('0079'), 'en')).to.equal('79');
    expect(formatDate(date('0064-07'), 'en-GB')).to.equal('July 64');
  });

  it('formatDate shows a date-time in its own offset, and names it, not in UTC or the browser zone', () => {
    expect(formatDate(date('2013-05-10T09:00+05:00'), 'en-GB')).to.equal(
      '10 May 2013 at 9:00 UTC+5',
    );
    expect(formatDate(date('2013-05-10T09:00+05:00'), 'en')).to.equal(
      'May 10, 2013 at 9:00 AM UTC+5',
    );
    expect(formatDate(date('2013-05-10T09:00+05:00'), 'ru')).to.equal(
      '10 мая 2013 г. в 9:00 UTC+5',
    );
    // UTC is named by none (a TimelineJS sheet's zoneless times are read as UTC).
    expect(formatDate(date('1969-07-20T20:17:40Z'), 'en-GB')).to.equal('20 July 1969 at 20:17:40');
    expect(formatDate(date('2013-05-10T23:30-05:30'), 'en-GB')).to.equal(
      '10 May 2013 at 23:30 UTC\u22125:30',
    );
    // A coarser label of a date-time is a calendar date, with no zone.
    expect(formatDate(date('2013-05-10T09:00+05:00'), 'en-GB', 'day')).to.equal('10 May 2013');
  });

  it('formatDate keeps a date-time in its own offset even when the locale tag is invalid', () => {
    expect(formatDate(date('2013-05-10T09:30+05:00'), 'not a locale!')).to.match(/9:30/);
  });

  it('htmlDatetime gives the ISO text for years 1–9999 and nothing for BCE years', () => {
    expect(htmlDatetime(date('2013-05-10'))).to.equal('2013-05-10');
    expect(htmlDatetime(date('0079'))).to.equal('0079');
    expect(htmlDatetime(date('2013-05-10T09:30+05:00'))).to.equal('2013-05-10T09:30+05:00');
    expect(htmlDatetime(date('-000043-03-15'))).to.equal(undefined);
    expect(htmlDatetime(date('0000'))).to.equal(undefined);
  });

  it('formatDate can show a coarser label than the date, never a finer one', () => {
    expect(formatDate(date('2013-05-10'), 'en-GB', 'month')).to.equal('May 2013');
    expect(formatDate(date('2013-05-10'), 'en-GB', 'year')).to.equal('2013');
    expect(formatDate(date('2013-05'), 'en-GB', 'day')).to.equal('May 2013');
  });

  it('formatDate falls back to a working format for a malformed locale tag', () => {
    expect(formatDate(date('2013-05-10'), 'not a locale!')).to.contain('2013');
  });

  it("formatDate in 'kk' is not English", () => {
    expect(formatDate(date('2013-05'), 'kk'))
      .to.contain('2013')
      .and.not.contain('May');
    expect(formatDate(date('2013-05-10'), 'kk'))
      .to.contain('10')
      .and.not.contain('May');
  });

  it("formatDate in 'kk' names May in Kazakh, in CLDR's order, even where the browser lacks Kazakh data", () => {
    // Debian's Chromium has no Kazakh month names (Intl prints "2013 M05"); Annals falls back to
    // its own CLDR-based words, so these hold with or without the runtime's data.
    void hasMonthNames;
    expect(formatDate(date('2013-05'), 'kk')).to.equal('2013 ж. мамыр');
    expect(formatDate(date('2013-05-10'), 'kk')).to.equal('2013 ж. 10 мамыр');
    expect(formatRange(date('2013-05-10'), date('2013-05-11'), 'kk')).to.equal(
      '2013 ж. 10–11 мамыр',
    );
    expect(formatDate(date('-000043'), 'kk')).to.equal('б.з.д. 44 ж.');
  });
});

describe('formatRange', () => {
  it("formatRange shows a day range in the locale's range form: '10 – 11 May 2013' (en-GB)", () => {
    const [a, b] = [date('2013-05-10'), date('2013-05-11')];
    expect(formatRange(a, b, 'en-GB')).to.equal('10 – 11 May 2013');
    expect(formatRange(a, b, 'en')).to.equal('May 10 – 11, 2013');
    expect(formatRange(a, b, 'ru')).to.equal('10–11 мая 2013 г.');
  });

  it("formatRange across the era boundary marks both ends: '753 BCE – 476 CE'", () => {
    expect(formatRange(date('-000752'), date('0476'), 'en')).to.equal('753 BCE – 476 CE');
    expect(formatRange(date('-000752'), date('0476'), 'ru')).to.equal(
      '753 г. до н. э. – 476 г. н. э.',
    );
  });

  it("formatRange in 'kk' never prints the runtime's placeholders ('M05', 'BCE') where the browser lacks Kazakh data", () => {
    const kk = (a: string, b: string) => formatRange(date(a), date(b), 'kk');
    for (const [a, b] of [
      ['2013-05-30', '2013-06-02'],
      ['2012-11', '2013-02'],
      ['-002499', '-002300'],
      ['-000500', '0100'],
    ])
      expect(kk(a!, b!), `${a} – ${b}`).not.to.match(/[A-Za-z]/);
    expect(kk('-002499', '-002300')).to.contain('б.з.д. 2500').and.contain('2301');
    if (hasMonthNames('kk')) return;
    // Debian's Chromium: Annals' own words, each end in full where the range form has none.
    expect(kk('2013-05-30', '2013-06-02')).to.equal('2013 ж. 30 мамыр – 2013 ж. 2 маусым');
    expect(kk('2012-11', '2013-02')).to.equal('2012 ж. қараша – 2013 ж. ақпан');
    expect(kk('-002499', '-002300')).to.equal('б.з.д. 2500 ж. – б.з.д. 2301 ж.');
    expect(kk('-000500', '0100')).to.equal('б.з.д. 501 ж. – 100 ж.');
  });

  it('formatRange of months shares the year: May – July 2013', () => {
    expect(formatRange(date('2013-05'), date('2013-07'), 'en-GB')).to.equal('May – July 2013');
  });

  it('formatRange of a point is formatDate', () => {
    expect(formatRange(date('2013-05-10'), undefined, 'en-GB')).to.equal('10 May 2013');
  });

  it('formatRange of dates with different precisions joins both labels', () => {
    expect(formatRange(date('2013-05'), date('2013-06-02'), 'en-GB')).to.equal(
      'May 2013 – 2 June 2013',
    );
  });

  it('formatRange of date-times in different offsets shows each in its own', () => {
    expect(
      formatRange(date('2013-05-10T09:00+05:00'), date('2013-05-10T09:00Z'), 'en-GB'),
    ).to.equal('10 May 2013 at 9:00 UTC+5 – 10 May 2013 at 9:00');
  });
});

describe('formatInstant', () => {
  it('formatInstant labels axis instants in UTC whatever the browser zone', () => {
    expect(formatInstant(Date.UTC(2013, 4, 1), 'en-GB', { month: 'short' })).to.equal('May');
    expect(formatInstant(Date.UTC(2013, 0, 1), 'en-GB', { year: 'numeric' })).to.equal('2013');
    expect(
      formatInstant(Date.UTC(2013, 4, 10, 0, 30), 'en-GB', { hour: 'numeric', minute: '2-digit' }),
    ).to.equal('0:30');
  });

  it("formatInstant adds the era to years before 1 CE: '801 BCE'", () => {
    const t = new Date(0);
    t.setUTCFullYear(-800, 0, 1);
    expect(formatInstant(t.getTime(), 'en', { year: 'numeric' })).to.equal('801 BCE');
    expect(formatInstant(Date.UTC(2000, 0, 1), 'en', { year: 'numeric' })).to.equal('2000');
  });
});

describe('formatSpan', () => {
  it("formatSpan in 'kk' keeps the year of a cluster's days, where the browser lacks Kazakh data too", () => {
    const text = formatSpan(Date.UTC(2013, 4, 8), Date.UTC(2013, 4, 14), 'day', 'kk');
    expect(text).to.contain('2013').and.contain('8').and.contain('14');
    expect(text).not.to.match(/[A-Za-z]/);
  });
});
