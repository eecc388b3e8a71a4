// The data readers in Node, with no DOM: what a CLI or a CMS build step uses to read TimelineJS
// JSON and spreadsheets exported as CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { core } from './load-core.mjs';

const fixture = (name) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

describe('the data readers in Node', () => {
  for (const [file, as] of [
    ['kazakhstan-turkmenistan.timelinejs.json', 'timelinejs-json'],
    ['kazakhstan-turkmenistan.timelinejs.csv', 'timelinejs-csv'],
    ['kazakhstan-turkmenistan.csv', 'annals-csv'],
    ['kazakhstan-turkmenistan.json', 'annals-json'],
  ]) {
    it(`reads ${file} as ${as}, with the flagship's four events and no problem`, () => {
      const read = core.readSource(fixture(file), { url: file });
      assert.equal(read.ok, true);
      assert.equal(read.as, as);
      const { dataset, problems } = core.validateDataset(read.input);
      assert.deepEqual([...read.problems, ...problems], []);
      assert.equal(dataset.events.length, 4);
      const visit = dataset.events.find((e) => e.start.iso === '2013-05-10');
      assert.equal(visit.end.iso, '2013-05-11');
    });
  }
});

/** `field: message (value)` for each problem, as a list to compare. */
const said = (problems) => problems.map((p) => `${p.field}: ${p.message} (${p.value})`);

describe('TimelineJS dates keep every part the author wrote, or say why not', () => {
  const slide = (start_date, extra = {}) => ({
    events: [{ start_date, text: { headline: 'A' }, ...extra }],
  });

  it('a part after a missing one is reported by field, and the event is not drawn at another date', () => {
    for (const [date, problem] of [
      [
        { year: 1991, day: 16 },
        'start_date.day: day 16 without a month; the event was dropped (16)',
      ],
      [
        { year: 2013, month: 5, hour: 14, minute: 30 },
        'start_date.hour: hour 14 without a day; the event was dropped (14)',
      ],
      [
        { year: 2013, month: 5, day: 1, minute: 30 },
        'start_date.minute: minute 30 without an hour; the event was dropped (30)',
      ],
    ]) {
      const c = core.fromTimelineJs(slide(date));
      assert.deepEqual(c.input.events, [], JSON.stringify(date));
      assert.equal(c.dropped, 1);
      assert.deepEqual(said(c.problems), [problem]);
    }
  });

  it('the same in a spreadsheet, naming its columns', () => {
    const c = core.fromCsv(
      [
        'Year,Month,Day,Time,End Year,End Month,Headline',
        '1991,,16,,,,A',
        '2013,5,,14:30,,,B',
        '2013,5,1,,,6,C',
      ].join('\n'),
    );
    assert.deepEqual(c.input.events, []);
    assert.equal(c.dropped, 3);
    assert.deepEqual(said(c.problems), [
      'Day: day 16 without a month; the event was dropped (16)',
      'Time: hour 14 without a day; the event was dropped (14)',
      'End Year: the end date needs a year as a whole number; the event was dropped ()',
    ]);
  });

  it('out-of-range parts are reported as written, never clamped or quoted as a made-up date', () => {
    for (const [date, problem] of [
      [
        { year: 2013, month: 5, day: 1, hour: -3 },
        'start_date.hour: hour must be a whole number from 0 to 23; the event was dropped (-3)',
      ],
      [
        { year: 2013, month: 5, day: 1, hour: 12, minute: 0, second: 75 },
        'start_date.second: second must be a whole number from 0 to 59; the event was dropped (75)',
      ],
      [
        { year: 2013, month: 5, day: 1, hour: 12, minute: 61 },
        'start_date.minute: minute must be a whole number from 0 to 59; the event was dropped (61)',
      ],
      [
        { year: 2013, month: 13 },
        'start_date.month: month must be a whole number from 1 to 12; the event was dropped (13)',
      ],
    ]) {
      const c = core.fromTimelineJs(slide(date));
      assert.deepEqual(c.input.events, [], JSON.stringify(date));
      assert.deepEqual(said(c.problems), [problem]);
    }
    const sheet = core.fromCsv(
      'Year,Month,Day,Time,Headline\n2013,5,1,25:00,A\n2013,5,1,14:30:75,B',
    );
    assert.deepEqual(c2s(sheet), [
      'Time: hour must be a whole number from 0 to 23; the event was dropped (25)',
      'Time: second must be a whole number from 0 to 59; the event was dropped (75)',
    ]);
  });

  it('a bad end drops the event (as in Annals JSON) rather than drawing it as a moment', () => {
    const c = core.fromTimelineJs(slide({ year: 2013 }, { end_date: { year: 2014, month: 0 } }));
    assert.deepEqual(c.input.events, []);
    assert.deepEqual(said(c.problems), [
      'end_date.month: month must be a whole number from 1 to 12; the event was dropped (0)',
    ]);
  });

  it('whole dates still read at their precision, times to the second; milliseconds are said to be left out', () => {
    const c = core.fromTimelineJs({
      events: [
        { start_date: { year: 2013, month: 5, day: 10, hour: 14 }, text: { headline: 'A' } },
        {
          start_date: {
            year: 2013,
            month: 5,
            day: 10,
            hour: 14,
            minute: 5,
            second: 9,
            millisecond: 500,
          },
          text: { headline: 'B' },
        },
      ],
    });
    assert.deepEqual(
      c.input.events.map((e) => e.start),
      ['2013-05-10T14:00Z', '2013-05-10T14:05:09Z'],
    );
    assert.deepEqual(said(c.problems), [
      'start_date.millisecond: Annals keeps times to the second; the milliseconds were left out (500)',
    ]);
  });
});

const c2s = (c) => said(c.problems);

/** Every problem of a file, the reader's and validation's, as the element and the CLI list them. */
function allProblems(text, hints = {}) {
  const read = core.readSource(text, hints);
  assert.equal(read.ok, true);
  const v = core.validateDataset(read.input, read.names);
  return core.inRowOrder([...read.problems, ...v.problems]);
}

/** Every problem of a file as `item field`. */
const problemsOf = (text, hints = {}) =>
  allProblems(text, hints).map((p) => `${p.item} ${p.field}`);

describe('problems name an item the way its file does, the reader and validation alike', () => {
  it('a TimelineJS sheet: every problem about a row names the row and its headline', () => {
    const csv = [
      'Year,Month,Day,Time,End Year,Headline,Type,Background',
      '2013,2,30,,,Impossible Feb 30,,',
      '2013,5,10,teatime,,Unreadable time,,red',
      '2014,,,,2010,Ends before it starts,,',
      '1990,,,,1980,A backwards era,era,',
    ].join('\n');
    assert.deepEqual(problemsOf(csv), [
      'row 2 ("Impossible Feb 30") Year/Month/Day/Time',
      'row 3 ("Unreadable time") Time',
      'row 3 ("Unreadable time") Background',
      'row 4 ("Ends before it starts") End Year/End Month/End Day/End Time',
      'row 5 ("A backwards era") End Year/End Month/End Day/End Time',
    ]);
  });

  it('a TimelineJS sheet: problems name its columns, in its words, in the order of its rows', () => {
    const csv = [
      'Year,Month,Day,End Year,Headline,Text,Media,Type,Background',
      ',,,,No year,,,,',
      '2013,,,,Meeting A,,javascript:alert(1),,',
      '2014,,,,Meeting B,,,,vbscript:x',
      '1990,,,,An era without an end,,,era,',
      '2015,2,30,,Meeting C,,,,red',
      ',,,,,Only text,,,',
    ].join('\n');
    const scheme = (s) =>
      `the URL scheme "${s}:" is not allowed (use http, https or a relative URL)`;
    assert.deepEqual(
      allProblems(csv).map((p) => `${p.item} ${p.field}: ${p.message}`),
      [
        'row 2 ("No year") Year: the row has no Year; the event was dropped',
        `row 3 ("Meeting A") Media: ${scheme('javascript')}; the media was dropped`,
        `row 4 ("Meeting B") Background: ${scheme('vbscript')}; the background image was dropped`,
        'row 5 ("An era without an end") End Year: an era needs an End Year; the era was dropped',
        'row 6 ("Meeting C") Background: background colours are not drawn by Annals',
        'row 6 ("Meeting C") Year/Month/Day/Time: day 30 does not exist in 2015-02 (it has 28 days); the event was dropped',
        'row 7 ("Only text") Year: the row has no Year; the event was dropped',
      ],
    );
    assert.equal(core.readSource(csv).dropped, 2);
  });

  it('a sheet in Annals’ columns: problems name its columns, not the fields they become', () => {
    const csv = [
      'id,title,start,media_url,source_title,source_url',
      'a,Meeting A,2013,javascript:alert(1),,',
      'b,Meeting B,2014,,Minutes,javascript:alert(1)',
      'c,Meeting C,2014-02-30,,,',
    ].join('\n');
    assert.deepEqual(problemsOf(csv), [
      'row 2 ("Meeting A") media_url',
      'row 3 ("Meeting B") source_url',
      'row 4 ("Meeting C") start',
    ]);
  });

  it('a sheet in Annals’ columns: by row, not by the id the row was given', () => {
    const csv = 'id,title,start\n,Impossible Feb 30,2013-02-30\nx,Fine,2013\nx,Same id,2014';
    assert.deepEqual(problemsOf(csv), [
      'row 2 ("Impossible Feb 30") id',
      'row 2 ("Impossible Feb 30") start',
      'row 4 ("Same id") id',
    ]);
  });

  it('a sheet in Annals’ columns: ids made from rows are said once without an id column, by row for an empty cell', () => {
    const without = core.readSource('title,start\nMeeting A,2013\nMeeting B,2014', {
      url: 'a.csv',
    });
    assert.deepEqual(
      without.input.events.map((e) => e.id),
      ['row-2', 'row-3'],
    );
    assert.deepEqual(
      without.problems.map((p) => `${p.item} ${p.field}: ${p.message}`),
      [
        'dataset id: the sheet has no id column, so each event was given the id of its row (row-2, row-3…), which changes when rows are added or moved; add an id column for links to events that last',
      ],
    );
    const empty = core.readSource('id,title,start\na,Meeting A,2013\n,Meeting B,2014', {
      url: 'a.csv',
    });
    assert.deepEqual(
      empty.input.events.map((e) => e.id),
      ['a', 'row-3'],
    );
    assert.deepEqual(
      empty.problems.map((p) => `${p.item} ${p.field}: ${p.message}`),
      ['row 3 ("Meeting B") id: the row has no id; it was given the id "row-3"'],
    );
  });

  it('a sheet in Annals’ columns: a repeated id names the row that has it first', () => {
    const read = core.readSource('id,title,start\nx,Meeting A,2013\nx,Meeting B,2014', {
      url: 'a.csv',
    });
    const v = core.validateDataset(read.input, read.names);
    assert.deepEqual(
      v.problems.map((p) => `${p.item} ${p.field}: ${p.message}`),
      [
        'row 3 ("Meeting B") id: duplicate id "x", already used by row 2 ("Meeting A"); the event was dropped',
      ],
    );
  });

  it('TimelineJS JSON without unique_id: by position and headline throughout; with one, by it', () => {
    const json = JSON.stringify({
      events: [
        {
          start_date: { year: 2013, month: 2, day: 30 },
          text: { headline: 'Feb 30' },
          background: { color: 'red' },
        },
        {
          unique_id: 'named',
          start_date: { year: 2013, month: 2, day: 30 },
          text: { headline: 'B' },
        },
      ],
      eras: [{ start_date: { year: 1990 }, end_date: { year: 1980 }, text: { headline: 'Era' } }],
    });
    assert.deepEqual(problemsOf(json), [
      '#1 ("Feb 30") background.color',
      '#1 ("Feb 30") start',
      '"named" start',
      '#1 ("Era") end',
    ]);
  });
});

describe('a file’s bytes are decoded as its author saved them, or the author is told', () => {
  // "Café in São Paulo, 5 €" as Excel saves "CSV" on Windows: Windows-1252, where € is 0x80.
  const ansi = Uint8Array.from([
    ...Buffer.from('id,title,start\ncafe,"Caf\xe9 in S\xe3o Paulo, 5 ', 'latin1'),
    0x80,
    ...Buffer.from('",2013\n', 'latin1'),
  ]);
  const titles = (read) => read.input.events.map((e) => e.title);

  it('a file that is not UTF-8 is read as Windows-1252, with a problem saying so', () => {
    for (const contentType of [undefined, 'text/csv', 'text/csv; charset=utf-8']) {
      const read = core.readSourceBytes(ansi, { contentType, url: 'x.csv' });
      assert.equal(read.ok, true);
      assert.deepEqual(titles(read), ['Café in São Paulo, 5 €']);
      assert.equal(read.problems.length, 1, String(contentType));
      assert.match(read.problems[0].message, /not UTF-8.*read as Windows-1252/);
      assert.equal(read.problems[0].collection, 'dataset');
    }
  });

  it('a file that cannot be read after all still says how its bytes were read', () => {
    const broken = Uint8Array.from([...Buffer.from('{"title": "Caf\xe9", "events": [', 'latin1')]);
    const read = core.readSourceBytes(broken, { url: 'x.json' });
    assert.equal(read.ok, false);
    assert.match(read.message, /not UTF-8.*read as Windows-1252/);
  });

  it('honours the charset the server names, and reads UTF-8 (with or without a BOM) without a word', () => {
    const named = core.readSourceBytes(ansi, { contentType: 'text/csv; charset=windows-1252' });
    assert.equal(named.problems.length, 0);
    const text = 'id,title,start\ncafe,Café in São Paulo,2013\n';
    for (const bytes of [
      new TextEncoder().encode(text),
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]),
    ]) {
      const read = core.readSourceBytes(bytes, { url: 'x.csv' });
      assert.deepEqual(titles(read), ['Café in São Paulo']);
      assert.deepEqual(read.problems, []);
    }
  });

  it('says when the named charset is unknown, or the bytes are not valid in it', () => {
    const unknown = core.decodeText(new TextEncoder().encode('é'), 'text/csv; charset=klingon');
    assert.equal(unknown.text, 'é');
    assert.match(unknown.problems[0].message, /unknown charset "klingon"/);
    const bad = core.decodeText(Uint8Array.from([0x82, 0xa0, 0xff]), 'text/csv; charset=shift_jis');
    assert.match(bad.problems[0].message, /not valid shift_jis/);
  });
});

describe('spreadsheets as Excel saves them, and what a sheet says that cannot be read', () => {
  it('reads semicolon- and tab-separated sheets, told from the header line', () => {
    for (const d of [';', '\t']) {
      const read = core.readSource(
        [['id', 'title', 'start'].join(d), ['a', '"Paris, France"', '2013'].join(d)].join('\n'),
        { url: 'x.csv' },
      );
      assert.equal(read.as, 'annals-csv');
      assert.deepEqual(
        read.input.events.map((e) => [e.id, e.title, e.start]),
        [['a', 'Paris, France', '2013']],
      );
      assert.deepEqual(read.problems, []);
    }
  });

  it('a repeated column is read once and reported; cells past the header are reported', () => {
    const c = core.fromCsv('id,title,start,title\na,First,2013,Second\nb,B,2014,,extra');
    assert.deepEqual(
      c.input.events.map((e) => e.title),
      ['First', 'B'],
    );
    assert.deepEqual(
      c.problems.map((p) => `${p.item} ${p.field}: ${p.message}`),
      [
        'dataset title: column "title" is repeated (columns 2 and 4); only the first was read',
        'row 3 ("B") column 5: the row has 5 cells and the header 4; the cells past the header were ignored (a comma outside quotes?)',
      ],
    );
  });

  it('cells past the header in a semicolon- or tab-separated sheet are blamed on that separator, not on a comma', () => {
    for (const [d, name] of [
      [';', 'a semicolon'],
      ['\t', 'a tab'],
    ]) {
      const c = core.fromCsv(`id${d}title${d}start\na${d}Synthetic A${d}2013${d}extra`);
      assert.deepEqual(
        c.problems.map((p) => p.message),
        [
          `the row has 4 cells and the header 3; the cells past the header were ignored (${name} outside quotes?)`,
        ],
      );
    }
  });

  it('a cell under a column with no name in the header is reported, not dropped silently', () => {
    const c = core.fromCsv('id,title,start,\na,First,2013,\nb,Second,2014,kept?');
    assert.deepEqual(
      c.input.events.map((e) => e.title),
      ['First', 'Second'],
    );
    assert.deepEqual(
      c.problems.map((p) => `${p.item} ${p.field}: ${p.message} (${p.value})`),
      [
        'row 3 ("Second") column 4: column 4 has no name in the header, so its cell was ignored (kept?)',
      ],
    );
  });

  it('a second title row with no Year is not said to be shown, and no value reads "undefined"', () => {
    const c = core.fromCsv('Year,Headline,Type\n2013,The title,title\n,Another title,title');
    const said = c.problems.map((p) => `${p.field}: ${p.message} [${p.value}]`);
    assert.ok(
      said.some((p) =>
        /would be shown as an event, as TimelineJS does, but it has no Year/.test(p),
      ),
      said.join('\n'),
    );
    assert.ok(!said.some((p) => /is shown as an event/.test(p)), said.join('\n'));
    assert.ok(!said.some((p) => p.includes('[undefined]')), said.join('\n'));
  });

  it('reads the Alt Text column, as TimelineJS (3.9.4 and later) does, as the image’s text for readers who cannot see it', () => {
    const sheet = [
      'Year,Headline,Media,Media Caption,Alt Text',
      '2001,Synthetic A,https://example.org/a.jpg,Synthetic caption,Synthetic alt text',
      '2002,Synthetic B,https://example.org/b.jpg,Synthetic caption B,',
    ].join('\n');
    const read = core.readSource(sheet, { url: 'synthetic.csv' });
    assert.equal(read.as, 'timelinejs-csv');
    assert.deepEqual(read.problems, []);
    assert.deepEqual(
      read.input.events.map((e) => e.media?.[0]?.alt),
      ['Synthetic alt text', 'Synthetic caption B'],
    );
  });

  it('TimelineJS’s template reports columns it does not have, as Annals’ own columns do', () => {
    const c = core.fromCsv('Year,Headline,Colour\n2013,A,red');
    assert.deepEqual(
      c.problems.map((p) => `${p.field}: ${p.message.replace(/\(expected .*/, '')}`),
      ['Colour: unknown column "Colour" was ignored '],
    );
  });

  it('a second title row is shown as an event, as TimelineJS does, and reported', () => {
    const c = core.fromCsv('Year,Headline,Type\n2013,The title,title\n2014,Another title,title');
    assert.equal(c.input.title, 'The title');
    assert.deepEqual(
      c.input.events.map((e) => e.title),
      ['Another title'],
    );
    assert.deepEqual(
      said(c.problems).map((p) => p.split(':')[0]),
      ['Type'],
    );
  });

  it('a repeated TimelineJS unique_id is kept under a new id, and said to be', () => {
    const c = core.fromTimelineJs({
      events: [
        { unique_id: 'x', start_date: { year: 2013 }, text: { headline: 'A' } },
        { unique_id: 'x', start_date: { year: 2014 }, text: { headline: 'B' } },
      ],
    });
    assert.deepEqual(
      c.input.events.map((e) => e.id),
      ['x', 'x-2'],
    );
    assert.deepEqual(
      c.problems.map((p) => `${p.item} ${p.field}: ${p.message}`),
      [
        '#2 ("B") unique_id: unique_id "x" is an earlier event\'s; this one was kept with the id "x-2"',
      ],
    );
    assert.deepEqual(c.names.events, ['"x"', '#2 ("B")']);
  });
});

describe('a format the page forces that the file does not have is said to be, first', () => {
  const annals = JSON.stringify({
    title: 'Synthetic',
    events: [{ id: 'a', title: 'Synthetic A', start: '2001' }],
  });
  const timelinejs = JSON.stringify({
    events: [{ start_date: { year: '2001' }, text: { headline: 'Synthetic A' } }],
  });
  const first = (text, format, url = 'synthetic.json') => {
    const read = core.readSource(text, { format, url });
    assert.ok(read.ok);
    return read.problems[0] && `${read.problems[0].field}: ${read.problems[0].message}`;
  };

  it('each forced format that the content contradicts', () => {
    assert.equal(
      first(annals, 'timelinejs'),
      'format: format="timelinejs" reads the file as TimelineJS, but it looks like Annals\u2019 own JSON; without format it is read as what it is',
    );
    assert.equal(
      first(timelinejs, 'annals'),
      'format: format="annals" reads the file as Annals\u2019 own JSON, but it looks like TimelineJS; without format it is read as what it is',
    );
    assert.equal(
      first(annals, 'csv'),
      'format: format="csv" reads the file as CSV, but it looks like JSON; without format it is read as what it is',
    );
  });

  it('a CSV file forced as JSON, or Annals’ own CSV forced as TimelineJS’s sheet', () => {
    const sheet = 'id,title,start\na,Synthetic A,2001';
    // A sheet is not valid JSON, and the failure said only that, not that format made it JSON.
    const read = core.readSource(sheet, { format: 'annals', url: 'synthetic.csv' });
    assert.equal(read.ok, false);
    assert.equal(read.failure, 'malformed-json');
    assert.match(
      read.message,
      /^format="annals" reads the file as Annals\u2019 own JSON, but it looks like CSV; without format it is read as what it is \(the file is not valid JSON: /,
    );
    // Each of Annals' columns was an unknown column of TimelineJS's template, nothing more.
    assert.equal(
      first(sheet, 'timelinejs', 'synthetic.csv'),
      'format: format="timelinejs" reads the file as TimelineJS, but it looks like Annals\u2019 own CSV; without format it is read as what it is',
    );
    // JSON that is not valid, forced or not, is said to be invalid JSON, as before.
    assert.equal(
      core
        .readSource('{"title": "Cut', { format: 'annals' })
        .message.startsWith('the file is not valid JSON'),
      true,
    );
  });

  it('nothing is said when the forced format is the file’s own', () => {
    assert.equal(first(annals, 'annals'), undefined);
    assert.equal(first(timelinejs, 'timelinejs'), undefined);
    assert.equal(
      core.readSource('id,title,start\na,Synthetic A,2001', { format: 'csv' }).problems.length,
      0,
    );
    assert.equal(
      first('Year,Headline\n2001,Synthetic A', 'timelinejs', 'synthetic.csv'),
      undefined,
    );
  });
});

describe('fetchSource', () => {
  /** A server that counts the requests it is sent and answers each with a dataset. */
  async function server() {
    const { createServer } = await import('node:http');
    const hits = { count: 0 };
    const s = createServer((_req, res) => {
      hits.count++;
      res.setHeader('content-type', 'application/json');
      res.end(fixture('kazakhstan-turkmenistan.json'));
    });
    await new Promise((resolve) => s.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${s.address().port}/data.json`;
    return { url, hits, close: () => new Promise((resolve) => s.close(resolve)) };
  }
  const options = { credentials: 'omit', timeoutMs: 5000, maxBytes: 1e6 };

  it('reads what the server sends', async () => {
    const s = await server();
    try {
      const got = await core.fetchSource(s.url, options, new AbortController().signal);
      assert.equal(got.ok, true);
      assert.equal(s.hits.count, 1);
    } finally {
      await s.close();
    }
  });

  it('given a signal stopped already (a newer load, or the element gone, while its chunk loaded), fetches nothing', async () => {
    const s = await server();
    try {
      const stop = new AbortController();
      stop.abort();
      const got = await core.fetchSource(s.url, options, stop.signal);
      assert.equal(got.ok, false);
      assert.equal(s.hits.count, 0, 'the file was downloaded all the same');
    } finally {
      await s.close();
    }
  });
});
