import { expect } from '@open-wc/testing';
import { googleSheetLink } from '../../src/core/sources/google-sheets.js';
import {
  fetchSource,
  fromCsv,
  fromTimelineJs,
  htmlToText,
  readSource,
} from '../../src/core/sources/index.js';
import { checkUrl, resolveUrl } from '../../src/core/url.js';
import { validateDataset } from '../../src/core/validate.js';
import type { DatasetInput } from '../../src/core/types.js';

const fixture = async (name: string) => (await fetch(`/data/${name}`)).text();

/** Reads, converts and validates, as the element does. */
function load(text: string, hints: Parameters<typeof readSource>[1] = {}) {
  const read = readSource(text, hints);
  if (!read.ok) throw new Error(read.message);
  const v = validateDataset(read.input, read.names);
  return {
    read,
    ...v,
    problems: [...read.problems, ...v.problems],
    dropped: read.dropped + v.dropped,
  };
}

describe('sources: TimelineJS3 JSON', () => {
  it('reads the title slide, events, precision, display dates, groups and HTML text', async () => {
    const { read, dataset, problems } = load(
      await fixture('kazakhstan-turkmenistan.timelinejs.json'),
    );
    expect(read.ok && read.as).to.equal('timelinejs-json');
    expect(problems).to.deep.equal([]);
    expect(dataset.title).to.equal('Kazakhstan–Turkmenistan relations');
    expect(dataset.description).to.contain('Two former Soviet republics');
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    expect([...byId.keys()]).to.deep.equal([
      'dissolution-of-the-soviet-union',
      'silk-way-rally-2009',
      'medicinal-plants-book-astana',
      'state-visit-2013',
    ]);
    // A year stays a year, a month a month.
    expect(byId.get('dissolution-of-the-soviet-union')!.start.precision).to.equal('year');
    expect(byId.get('medicinal-plants-book-astana')!.start.precision).to.equal('month');
    const visit = byId.get('state-visit-2013')!;
    expect(visit.start.iso).to.equal('2013-05-10');
    expect(visit.end!.iso).to.equal('2013-05-11');
    expect(byId.get('silk-way-rally-2009')!.displayDate).to.equal(
      '2009, the only stage of the Dakar Series',
    );
    // Headlines are text; the text stays HTML for the card to sanitise.
    expect(byId.get('medicinal-plants-book-astana')!.title).to.equal(
      'Medicinal Plants of Turkmenistan presented in Kazakh',
    );
    expect(byId.get('silk-way-rally-2009')!.body).to.contain('<a href=');
    expect(visit.group).to.equal('Political relations');
    // A media URL that is no image becomes a source link, with its caption as title.
    const soviet = byId.get('dissolution-of-the-soviet-union')!;
    expect(soviet.media).to.deep.equal([]);
    expect(soviet.sources[0]!.title).to.equal('Kazakhstan–Turkmenistan relations');
    expect(soviet.sources[0]!.url).to.match(/^https:\/\/en\.wikipedia\.org\//);
  });

  it("says that a title slide's media is not shown, rather than dropping it in silence", () => {
    const { problems } = fromTimelineJs({
      title: {
        text: { headline: 'Cover' },
        media: { url: 'https://upload.wikimedia.org/cover.jpg', caption: 'Cover' },
      },
      events: [{ start_date: { year: 2009 }, text: { headline: 'One' } }],
    });
    expect(problems.map((p) => [p.field, p.value])).to.deep.equal([
      ['title.media', 'https://upload.wikimedia.org/cover.jpg'],
    ]);
    expect(problems[0]!.message).to.contain('not shown');
  });

  it('a slide without a headline is titled by its text, which is not said twice', () => {
    const { input } = fromTimelineJs({
      events: [
        { start_date: { year: 1420 }, text: { text: '<p>The madrasa is <b>finished</b>.</p>' } },
        {
          start_date: { year: 1421 },
          text: { text: '<p>See <a href="https://x.org">the plan</a></p>' },
        },
        { start_date: { year: 1422 }, text: { text: `<p>${'Long text. '.repeat(12)}</p>` } },
      ],
    });
    const [short, linked, long] = input.events;
    expect(short!.title).to.equal('The madrasa is finished.');
    expect(short!.body).to.equal(undefined);
    // Its link is kept in the body; a title cut short keeps the whole text there too.
    expect(linked!.title).to.equal('See the plan');
    expect(linked!.body).to.contain('<a href');
    expect(long!.title.endsWith('…')).to.equal(true);
    expect(long!.body).to.contain('Long text.');
  });

  it('makes ids from headlines in any script, so they do not change when slides move', () => {
    const { input } = fromTimelineJs({
      events: [
        { start_date: { year: -329 }, text: { headline: 'Самарканд взят Александром' } },
        { start_date: { year: 712 }, text: { headline: 'فتح سمرقند' } },
        { start_date: { year: 1370 }, text: { headline: '撒马尔罕 帖木儿' } },
        { start_date: { year: 1420 }, text: { headline: 'Ulugh Beg’s Madrasa, Ürümqi—Café' } },
        { start_date: { year: 1500 }, text: { headline: 'Йод' } },
        { start_date: { year: 1501 }, text: { headline: '!!!' } },
      ],
    });
    expect(input.events.map((e) => e.id)).to.deep.equal([
      'самарканд-взят-александром',
      'فتح-سمرقند',
      '撒马尔罕-帖木儿',
      'ulugh-beg-s-madrasa-urumqi-cafe',
      'йод',
      'event',
    ]);
  });

  it('cuts a long headline’s id between letters, not within one: a link can write it', () => {
    // Gothic letters are each two UTF-16 units: the 60th unit is half of one.
    const { input } = fromTimelineJs({
      events: [{ start_date: { year: 350 }, text: { headline: `${'x'.repeat(59)}𐌰𐌱𐌲` } }],
    });
    const id = input.events[0]!.id!;
    expect(() => encodeURIComponent(id)).not.to.throw();
    expect(id).to.equal('x'.repeat(59));
  });

  it('reads a typed minus sign as a minus, and says how to write "500 BC"', () => {
    const { input, problems } = fromTimelineJs({
      events: [
        { start_date: { year: '\u2212500' }, text: { headline: 'Minus sign' } },
        { start_date: { year: '500 BC' }, text: { headline: 'Words' } },
        { start_date: { year: 'soon' }, text: { headline: 'Nonsense' } },
      ],
    });
    expect(input.events.map((e) => e.start)).to.deep.equal(['-000499']);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'the start date needs a year as a whole number (a year BCE is negative: -500 for 500 BCE); the event was dropped',
      'the start date needs a year as a whole number; the event was dropped',
    ]);
  });

  it('reads negative years as TimelineJS shows them: -43 is 43 BCE', () => {
    const { dataset } = validateDataset(
      fromTimelineJs({
        events: [
          { start_date: { year: -43 }, text: { headline: 'A' } },
          { start_date: { year: '-753', month: 4, day: 21 }, text: { headline: 'B' } },
        ],
      }).input,
    );
    const [b, a] = dataset.events;
    expect(a!.start.year).to.equal(-42);
    expect(a!.start.iso).to.equal('-000042');
    expect(b!.start.iso).to.equal('-000752-04-21');
  });

  it('reports year 0, which TimelineJS never shows (-1 is 1 BCE, 1 is 1 CE), not read as 1 BCE', () => {
    const { input, problems } = fromTimelineJs({
      events: [
        { start_date: { year: -1 }, text: { headline: 'One BCE' } },
        { start_date: { year: 0 }, text: { headline: 'Zero' } },
        { start_date: { year: 1 }, end_date: { year: '0' }, text: { headline: 'Ends in zero' } },
      ],
    });
    expect(input.events.map((e) => e.title)).to.deep.equal(['One BCE']);
    expect(problems.map((p) => [p.field, p.message])).to.deep.equal([
      [
        'start_date.year',
        'year 0 is neither 1 BCE (-1) nor 1 CE (1), the years on either side of it: write the one meant; the event was dropped',
      ],
      [
        'end_date.year',
        'year 0 is neither 1 BCE (-1) nor 1 CE (1), the years on either side of it: write the one meant; the event was dropped',
      ],
    ]);
  });

  it('keeps images with their caption and credit as alt text, and background images as decoration', () => {
    const { input, problems } = fromTimelineJs({
      events: [
        {
          start_date: { year: 2000 },
          text: { headline: 'With a picture' },
          media: { url: 'pictures/a.jpg', caption: '<b>Caption</b>', credit: 'Credit &amp; Co' },
        },
        {
          start_date: { year: 2001 },
          text: { headline: 'With a video' },
          media: { url: 'https://www.youtube.com/watch?v=x', thumbnail: 'thumbs/v.png' },
          background: { url: 'bg.jpg', color: '#123456' },
        },
      ],
    });
    const [a, b] = input.events;
    expect(a!.media).to.deep.equal([
      { url: 'pictures/a.jpg', alt: 'Caption', caption: 'Caption', credit: 'Credit & Co' },
    ]);
    expect(b!.media![0]!.url).to.equal('thumbs/v.png');
    expect(b!.sources![0]!.url).to.equal('https://www.youtube.com/watch?v=x');
    // The colour cannot be kept: it is said, not dropped silently.
    expect(problems.map((p) => p.field)).to.deep.equal(['background.color']);
  });

  it("keeps a media's link (where TimelineJS sends a click on it) as a source, and says what it does not draw", () => {
    const { dataset, problems } = load(
      JSON.stringify({
        scale: 'cosmological',
        events: [
          {
            start_date: { year: 2000 },
            text: { headline: 'Synthetic slide' },
            media: {
              url: 'https://example.org/synthetic.jpg',
              caption: 'Synthetic caption',
              link: 'https://example.org/synthetic-story',
              link_target: '_blank',
            },
          },
        ],
      }),
    );
    expect(dataset.events[0]!.media.map((m) => m.url)).to.deep.equal([
      'https://example.org/synthetic.jpg',
    ]);
    expect(dataset.events[0]!.sources).to.deep.equal([
      { title: 'Synthetic caption', url: 'https://example.org/synthetic-story' },
    ]);
    expect(problems.map((p) => [p.field, p.message])).to.deep.equal([
      [
        'scale',
        'scale "cosmological" is not read: Annals draws years between 250000 BCE and 250000 CE, and reports any outside them',
      ],
      [
        'media.link_target',
        "link_target is not used: the media's link is listed with the event's sources, and opens as the page's links do",
      ],
    ]);
  });

  it('keeps the credit of media that is not an image with its link, as its publisher', () => {
    const { dataset, problems } = load(
      JSON.stringify({
        events: [
          {
            start_date: { year: 2000 },
            text: { headline: 'Meeting A' },
            media: {
              url: 'https://www.youtube.com/watch?v=x',
              caption: 'Caption A',
              credit: '<i>Credit A</i>',
            },
          },
          {
            start_date: { year: 2001 },
            text: { headline: 'Meeting B' },
            media: { url: 'https://www.youtube.com/watch?v=y', credit: 'Credit B' },
          },
        ],
      }),
    );
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map((e) => e.sources)).to.deep.equal([
      [{ title: 'Caption A', url: 'https://www.youtube.com/watch?v=x', publisher: 'Credit A' }],
      [
        {
          title: 'https://www.youtube.com/watch?v=y',
          url: 'https://www.youtube.com/watch?v=y',
          publisher: 'Credit B',
        },
      ],
    ]);
    // In a sheet too: the Media Credit column is not dropped.
    const sheet = load(
      'Year,Headline,Media,Media Credit,Media Caption\n2013,Meeting C,https://www.youtube.com/watch?v=z,Credit C,Caption C',
    );
    expect(sheet.dataset.events[0]!.sources).to.deep.equal([
      { title: 'Caption C', url: 'https://www.youtube.com/watch?v=z', publisher: 'Credit C' },
    ]);
  });

  it('drops a javascript: media URL, thumbnail or background with a problem, and never shows the URL as a source’s text', () => {
    const { dataset, problems } = load(
      JSON.stringify({
        events: [
          {
            start_date: { year: 2000 },
            text: { headline: 'Meeting A' },
            media: { url: 'javascript:alert(1)' },
          },
          {
            start_date: { year: 2001 },
            text: { headline: 'Meeting B' },
            media: { url: ' JaVa\tScript:alert(1)', caption: 'Caption', thumbnail: 'data:x' },
            background: { url: 'vbscript:x' },
          },
        ],
      }),
    );
    expect(dataset.events.map((e) => [e.sources, e.media])).to.deep.equal([
      [[], []],
      [[], []],
    ]);
    expect(problems.map((p) => `${p.item} ${p.field}: ${p.message}`)).to.deep.equal([
      '#1 ("Meeting A") media.url: the URL scheme "javascript:" is not allowed (use http, https or a relative URL); the media was dropped',
      '#2 ("Meeting B") media.url: the URL scheme "javascript:" is not allowed (use http, https or a relative URL); the media was dropped',
      '#2 ("Meeting B") media.thumbnail: the URL scheme "data:" is not allowed (use http, https or a relative URL); the thumbnail was dropped',
      '#2 ("Meeting B") background.url: the URL scheme "vbscript:" is not allowed (use http, https or a relative URL); the background image was dropped',
    ]);
  });

  it('reads eras, and reports each event it cannot read by name, with the reason', () => {
    const c = fromTimelineJs({
      events: [
        { unique_id: 'ok', start_date: { year: 2000 }, text: { headline: 'Fine' } },
        { unique_id: 'no-year', start_date: { month: 3 }, text: { headline: 'No year' } },
        { unique_id: 'bad-month', start_date: { year: 2000, month: 13 }, text: { headline: 'M' } },
        { start_date: { year: 2000 }, text: {} },
        'not an object',
      ],
      eras: [
        { start_date: { year: 1990 }, end_date: { year: 1995 }, text: { headline: 'Test era' } },
      ],
    });
    expect(c.input.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(c.dropped).to.equal(4);
    const text = c.problems.map((p) => `${p.item} ${p.field}: ${p.message}`).join('\n');
    expect(text).to.contain('"no-year" start_date.year');
    expect(text).to.contain(
      '"bad-month" start_date.month: month must be a whole number from 1 to 12',
    );
    // Positions are counted from 1, as a sheet's rows and Annals' own problems count them.
    expect(text).to.contain('#4 text.headline');
    expect(text).to.contain('#5 : an event must be an object');
    expect(c.input.eras).to.deep.equal([
      { id: 'era-1', title: 'Test era', start: '1990', end: '1995' },
    ]);
  });

  it('reads a year or a part only as decimal digits: "0x7D0" or "1e3" is reported, never read as 2000 or 1000', () => {
    const c = fromTimelineJs({
      events: [
        { unique_id: 'hex', start_date: { year: '0x7D0' }, text: { headline: 'Hex' } },
        { unique_id: 'exp', start_date: { year: '1e3' }, text: { headline: 'Exp' } },
        { unique_id: 'month', start_date: { year: 2000, month: '0x5' }, text: { headline: 'M' } },
        {
          unique_id: 'day',
          start_date: { year: 2000, month: 5, day: '1e1' },
          text: { headline: 'D' },
        },
        {
          unique_id: 'fine',
          start_date: { year: '-43', month: '05', day: '9' },
          text: { headline: 'F' },
        },
      ],
    });
    expect(c.input.events.map((e) => [e.id, e.start])).to.deep.equal([['fine', '-000042-05-09']]);
    expect(c.problems.map((p) => `${p.item} ${p.field} (${p.value})`)).to.deep.equal([
      '"hex" start_date.year (0x7D0)',
      '"exp" start_date.year (1e3)',
      '"month" start_date.month (0x5)',
      '"day" start_date.day (1e1)',
    ]);
  });

  it('reports a year outside the supported range as its author wrote it, under the year’s own field', () => {
    const { problems, dataset } = load(
      [
        'Year,End Year,Headline',
        '-13800000000,,Big Bang',
        '-300000,,Too early',
        '1990,300000,Too late',
        '-250000,,Earliest',
      ].join('\n'),
    );
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['Earliest']);
    expect(problems.map((p) => `${p.item} ${p.field}: ${p.message} (${p.value})`)).to.deep.equal([
      'row 2 ("Big Bang") Year: year -13800000000 (13800000000 BCE) is outside the supported range: dates must lie between 250000 BCE and 250000 CE; the event was dropped (-13800000000)',
      'row 3 ("Too early") Year: year -300000 (300000 BCE) is outside the supported range: dates must lie between 250000 BCE and 250000 CE; the event was dropped (-300000)',
      'row 4 ("Too late") End Year: year 300000 is outside the supported range: dates must lie between 250000 BCE and 250000 CE; the event was dropped (300000)',
    ]);
  });
});

describe('sources: CSV', () => {
  it('reports a TimelineJS Type it does not know, and shows the row as an event as TimelineJS does', () => {
    const { problems, dataset } = load(
      ['Year,Headline,Type', '2001,A,milestone', '2002,B,', '2003,C,Era', '2004,D,eras'].join('\n'),
    );
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['A', 'B', 'D']);
    expect(dataset.eras.map((e) => e.title)).to.deep.equal([]);
    expect(problems.map((p) => `${p.item} ${p.field}: ${p.value}`)).to.include.members([
      'row 2 ("A") Type: milestone',
      'row 5 ("D") Type: eras',
    ]);
    expect(problems.filter((p) => p.field === 'Type')).to.have.length(2);
  });

  it('reads a TimelineJS spreadsheet exported as CSV as it is, title row included', async () => {
    const { read, dataset, problems } = load(
      await fixture('kazakhstan-turkmenistan.timelinejs.csv'),
    );
    expect(read.ok && read.as).to.equal('timelinejs-csv');
    expect(problems).to.deep.equal([]);
    expect(dataset.title).to.equal('Kazakhstan–Turkmenistan relations');
    expect(dataset.events).to.have.length(4);
    const visit = dataset.events.find((e) => e.title.startsWith('State visit'))!;
    expect([visit.start.iso, visit.end!.iso]).to.deep.equal(['2013-05-10', '2013-05-11']);
    expect(dataset.events[0]!.start.precision).to.equal('year');
    expect(dataset.events.find((e) => e.title.startsWith('Silk'))!.displayDate).to.contain('Dakar');
  });

  it('reads Annals’ own columns, with lists separated by semicolons', async () => {
    const { read, dataset, problems } = load(await fixture('kazakhstan-turkmenistan.csv'));
    expect(read.ok && read.as).to.equal('annals-csv');
    expect(problems).to.deep.equal([]);
    const rally = dataset.events.find((e) => e.id === 'silk-way-rally-2009')!;
    expect(rally.people).to.deep.equal([
      'Dmitry Medvedev',
      'Nursultan Nazarbayev',
      'Gurbanguly Berdimuhamedow',
    ]);
    expect(rally.importance).to.equal(4);
    expect(dataset.events[0]!.sources[0]!.publisher).to.equal('Wikipedia');
  });

  it('reads times of day from the Time column as written (on UTC), and says when one cannot be read', () => {
    const csv = [
      'Year,Month,Day,Time,Headline',
      '2013,5,10,2:30 PM,Afternoon',
      '2013,5,10,14:05:09,Seconds',
      '2013,5,10,teatime,Unreadable',
    ].join('\n');
    const c = fromCsv(csv);
    expect(c.input.events.map((e) => e.start)).to.deep.equal([
      '2013-05-10T14:30Z',
      '2013-05-10T14:05:09Z',
      '2013-05-10',
    ]);
    expect(c.problems[0]!.message).to.contain('14:30');
    // And they survive validation: none is dropped for want of a time zone.
    const v = validateDataset(c.input);
    expect(v.dropped).to.equal(0);
    expect(v.dataset.events.map((e) => e.start.precision)).to.include('minute');
  });

  it('reads a sheet as its author wrote it: blank rows skipped, month names, "2,024", problems by sheet line', () => {
    const csv = [
      'Year,Month,Day,Headline',
      '"2,024",May,5,Month by name',
      '',
      ',,,',
      '2013,Sept.,,Abbreviated',
      '2013,13,,Bad month',
    ].join('\r\n');
    const c = fromCsv(`\ufeff${csv}`);
    expect(c.input.events.map((e) => e.start)).to.deep.equal(['2024-05-05', '2013-09']);
    expect(c.dropped).to.equal(1);
    expect(c.problems.map((p) => p.item)).to.include('row 6 ("Bad month")');
  });

  it('an embed code in a TimelineJS sheet’s Media column (a tweet’s blockquote, an iframe) is reported, never made a link of its HTML', () => {
    const { dataset, problems } = load(
      [
        'Year,Headline,Media',
        '2013,Tweet,"<blockquote class=""twitter-tweet""><p>Hello</p></blockquote>"',
        '2014,Embed,"<iframe src=""https://www.youtube.com/embed/x""></iframe>"',
      ].join('\n'),
    );
    expect(dataset.events.map((e) => [e.sources, e.media])).to.deep.equal([
      [[], []],
      [[], []],
    ]);
    const reason =
      'this is HTML (an embed code, such as a tweet’s <blockquote> or an <iframe>), not a URL: Annals shows images and links, not embedded content; the media was dropped';
    expect(problems.map((p) => `${p.item} ${p.field}: ${p.message}`)).to.deep.equal([
      `row 2 ("Tweet") Media: ${reason}`,
      `row 3 ("Embed") Media: ${reason}`,
    ]);
  });

  it('a javascript: URL in a TimelineJS sheet’s Media column is reported by column and never shown as text', () => {
    const { dataset, problems } = load('Year,Headline,Media\n2013,Meeting A,javascript:alert(1)');
    expect(dataset.events[0]!.sources).to.deep.equal([]);
    expect(problems.map((p) => `${p.item} ${p.field}: ${p.message}`)).to.deep.equal([
      'row 2 ("Meeting A") Media: the URL scheme "javascript:" is not allowed (use http, https or a relative URL); the media was dropped',
    ]);
  });

  it('a javascript: source_url without a source_title in Annals’ columns drops the source, which it titled', () => {
    const { dataset, problems } = load(
      'id,title,start,source_title,source_url\na,Meeting A,2013,,javascript:alert(1)\nb,Meeting B,2014,Minutes,javascript:alert(1)',
    );
    expect(dataset.events.map((e) => e.sources)).to.deep.equal([[], [{ title: 'Minutes' }]]);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'the URL scheme "javascript:" is not allowed (use http, https or a relative URL); the source, titled by this URL, was dropped',
      'the URL scheme "javascript:" is not allowed (use http, https or a relative URL); the link was removed',
    ]);
  });

  it('names unknown columns instead of ignoring them silently', () => {
    const c = fromCsv('id,title,start,colour\na,A,2009,red');
    expect(c.problems.map((p) => p.field)).to.deep.equal(['colour']);
  });
});

describe('sources: format detection and failures', () => {
  const json = JSON.stringify({ title: 'T', events: [{ id: 'a', title: 'A', start: '2009' }] });
  const tjs = JSON.stringify({ events: [{ start_date: { year: 2009 }, text: { headline: 'A' } }] });

  it('tells the format from the content type, the extension, then the content; `format` wins', () => {
    const as = (text: string, hints = {}) => {
      const r = readSource(text, hints);
      return r.ok ? r.as : r.failure;
    };
    expect(as(json)).to.equal('annals-json');
    expect(as(tjs)).to.equal('timelinejs-json');
    expect(as('id,title,start\na,A,2009')).to.equal('annals-csv');
    expect(as('Year,Headline\n2009,A')).to.equal('timelinejs-csv');
    expect(as(json, { contentType: 'text/csv' })).to.equal('annals-csv');
    expect(as('id,title,start\na,A,2009', { url: 'data/x.json' })).to.equal('malformed-json');
    expect(as(json, { url: 'x.csv', contentType: 'application/json; charset=utf-8' })).to.equal(
      'annals-json',
    );
    expect(as(tjs, { format: 'annals' })).to.equal('annals-json');
    expect(as('Year,Headline\n2009,A', { format: 'timelinejs' })).to.equal('timelinejs-csv');
  });

  it("gives an image with no alt text its caption or the event's title, as TimelineJS does", () => {
    const r = readSource(
      'id,title,start,media_url,media_alt,media_caption\n' +
        'a,Registan,1420,a.jpg,The Registan at dusk,\n' +
        'b,Madrasa,1420,b.jpg,,Ulugh Beg Madrasa\n' +
        'c,Observatory,1428,c.jpg,,\n',
    );
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect((r.input as DatasetInput).events.map((e) => e.media?.[0]?.alt)).to.deep.equal([
      'The Registan at dusk',
      'Ulugh Beg Madrasa',
      'Observatory',
    ]);
  });

  it('says why a file cannot be read: empty, malformed JSON, CSV without a header', () => {
    const failure = (text: string, hints = {}) => {
      const r = readSource(text, hints);
      return r.ok ? 'ok' : `${r.failure}: ${r.message}`;
    };
    expect(failure('  \n')).to.equal('empty: the file is empty');
    expect(failure('{"events": [')).to.match(/^malformed-json: the file is not valid JSON/);
    expect(failure(',,\na,b,c', { format: 'csv' })).to.equal(
      'malformed-csv: the CSV has no header row',
    );
  });

  it('reads a bare list of events as a dataset, and an HTML page as no data', () => {
    const list = readSource(JSON.stringify([{ id: 'a', title: 'A', start: '2009' }]));
    expect(list.ok && validateDataset(list.input).dataset.events.length).to.equal(1);
    const page = readSource('<!doctype html><html><body>Not found</body></html>', {
      url: '/timeline',
    });
    expect(page.ok ? page.as : page.failure).to.equal('not-data');
    const typed = readSource('{"a": 1}', { contentType: 'text/html; charset=utf-8' });
    expect(typed.ok ? typed.as : typed.failure).to.equal('not-data');
  });

  it('never throws on hostile input', () => {
    for (const value of [
      null,
      1,
      'x',
      [],
      { events: 'no' },
      { title: { text: 5 }, events: [null] },
    ])
      expect(() => validateDataset(fromTimelineJs(value).input)).to.not.throw();
  });
});

describe('URLs in data', () => {
  it('refuses scheme-relative and backslash forms, which leave the site', () => {
    for (const url of [
      '//evil.example/x',
      '/\\evil.example/x',
      '\\\\evil.example',
      ' //evil.example',
    ])
      expect(checkUrl(url).ok, url).to.equal(false);
    for (const url of ['/a/b.png', 'b.png', '../c', '?q=1', '#top', 'https://example.org/'])
      expect(checkUrl(url).ok, url).to.equal(true);
  });

  it('resolves against the page and keeps http and https only', () => {
    expect(resolveUrl('pics/a.png', 'https://news.example/story/')).to.equal(
      'https://news.example/story/pics/a.png',
    );
    expect(resolveUrl('javascript:alert(1)', 'https://news.example/')).to.equal(null);
    expect(resolveUrl('//evil.example/x', 'https://news.example/')).to.equal(null);
  });
});

describe('HTML as text', () => {
  it('drops tags and scripts, decodes references, collapses space', () => {
    expect(
      htmlToText(
        '<p>A&nbsp;<b>bold</b>&amp;<i>it</i></p><script>alert(1)</script><p>B &#8212; &#x41;</p>',
      ),
    ).to.equal('A bold&it B — A');
  });
});

// A DatasetInput from a converted file is a plain input: the same validation applies.
const _typecheck: DatasetInput = fromTimelineJs({ events: [] }).input;
void _typecheck;

describe('sources: Google Sheets links', () => {
  const id = '2PACX-1vSyntheticPublishedId_0123';
  const csv = (tab = '') => `https://docs.google.com/spreadsheets/d/e/${id}/pub?output=csv${tab}`;

  it("reads a published sheet's page as its CSV, of the same tab", () => {
    const link = (url: string) => googleSheetLink(url);
    expect(link(`https://docs.google.com/spreadsheets/d/e/${id}/pubhtml`)).to.deep.equal({
      url: csv(),
    });
    expect(link(`https://docs.google.com/spreadsheets/d/e/${id}/pub`)).to.deep.equal({
      url: csv(),
    });
    expect(
      link(`https://docs.google.com/spreadsheets/d/e/${id}/pubhtml?gid=1520&single=true`),
    ).to.deep.equal({ url: csv('&gid=1520&single=true') });
    expect(link(`https://docs.google.com/spreadsheets/u/0/d/e/${id}/pubhtml#gid=7`)).to.deep.equal({
      url: csv('&gid=7&single=true'),
    });
    // Already data: fetched as given.
    expect(link(csv())).to.equal(null);
    expect(link(`https://docs.google.com/spreadsheets/d/e/${id}/pub?output=tsv`)).to.equal(null);
  });

  it("reads a sheet published the classic way (…/d/<key>/pubhtml, TimelineJS's template's links) and a tab's own published page (…/pubhtml/sheet) as CSV", () => {
    const key = '1SyntheticClassicKey_xyz';
    const classic = (tab = '') =>
      `https://docs.google.com/spreadsheets/d/${key}/pub?output=csv${tab}`;
    expect(googleSheetLink(`https://docs.google.com/spreadsheets/d/${key}/pubhtml`)).to.deep.equal({
      url: classic(),
    });
    expect(googleSheetLink(`https://docs.google.com/spreadsheets/d/${key}/pub`)).to.deep.equal({
      url: classic(),
    });
    expect(
      googleSheetLink(`https://docs.google.com/spreadsheets/d/${key}/pubhtml?gid=42&single=true`),
    ).to.deep.equal({ url: classic('&gid=42&single=true') });
    expect(
      googleSheetLink(
        `https://docs.google.com/spreadsheets/d/e/${id}/pubhtml/sheet?headers=false&gid=9`,
      ),
    ).to.deep.equal({ url: csv('&gid=9&single=true') });
    // Already data.
    expect(googleSheetLink(classic())).to.equal(null);
  });

  it("refuses a sheet's own page, saying how to publish it; other links are not sheets", () => {
    for (const page of [
      'https://docs.google.com/spreadsheets/d/1SyntheticSheetId_abc/edit#gid=0',
      'https://docs.google.com/spreadsheets/d/1SyntheticSheetId_abc/edit?usp=sharing',
      'https://docs.google.com/spreadsheets/u/1/d/1SyntheticSheetId_abc/view',
      'https://docs.google.com/spreadsheets/d/1SyntheticSheetId_abc',
    ]) {
      const got = googleSheetLink(page);
      expect(got && 'error' in got ? got.error : got, page).to.match(
        /Google Sheet's own page, not its data: publish the sheet to the web as CSV .*output=csv$/,
      );
    }
    for (const other of [
      'https://docs.google.com/spreadsheets/d/1SyntheticSheetId_abc/export?format=csv',
      'https://docs.google.com/document/d/1SyntheticDocId/edit',
      'https://example.org/spreadsheets/d/1SyntheticSheetId_abc/edit',
      'data/timeline.csv',
    ])
      expect(googleSheetLink(other), other).to.equal(null);
  });

  it('fetchSource says how to publish a sheet whose CSV link cannot be read (a sheet not published answers with a sign-in page the browser keeps from the page)', async () => {
    const real = globalThis.fetch;
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    try {
      const options = { credentials: 'omit' as const, timeoutMs: 5000, maxBytes: 1e6 };
      const signal = new AbortController().signal;
      for (const link of [
        `https://docs.google.com/spreadsheets/d/e/${id}/pubhtml`,
        csv(),
        'https://docs.google.com/spreadsheets/d/1SyntheticClassicKey_xyz/pub?output=csv',
        'https://docs.google.com/spreadsheets/d/1SyntheticSheetId_abc/export?format=csv',
      ]) {
        const got = await fetchSource(link, options, signal);
        expect(got.ok ? '' : got.message, link).to.contain('File → Share → Publish to web');
      }
      const other = await fetchSource('https://example.org/data.csv', options, signal);
      expect(other.ok ? '' : other.message).to.not.contain('Publish to web');
    } finally {
      globalThis.fetch = real;
    }
  });

  it('fetchSource reads the published page as CSV and refuses the own page without fetching', async () => {
    const fetched: string[] = [];
    const real = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return new Response('Year,Month,Day,Headline\n2009,3,14,Synthetic event\n', {
        headers: { 'content-type': 'text/csv' },
      });
    }) as typeof fetch;
    try {
      const options = { credentials: 'omit' as const, timeoutMs: 5000, maxBytes: 1e6 };
      const signal = new AbortController().signal;
      const page = `https://docs.google.com/spreadsheets/d/e/${id}/pubhtml`;
      const got = await fetchSource(page, options, signal);
      expect(fetched).to.deep.equal([csv()]);
      expect(got.ok && got.as).to.equal('timelinejs-csv');
      const own = await fetchSource(
        'https://docs.google.com/spreadsheets/d/1SyntheticSheetId_abc/edit#gid=0',
        options,
        signal,
      );
      expect(fetched).to.have.length(1);
      expect(own.ok ? 'ok' : own.failure).to.equal('not-data');
    } finally {
      globalThis.fetch = real;
    }
  });

  it('a page opened from a file (file://), which cannot fetch its data, is told to be served over http', async () => {
    const real = globalThis.fetch;
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    try {
      const options = { credentials: 'omit' as const, timeoutMs: 5000, maxBytes: 1e6 };
      const got = await fetchSource(
        'file:///home/synthetic/timeline.json',
        options,
        new AbortController().signal,
      );
      expect(got.ok ? '' : got.message).to.match(
        /; a page opened from a file \(file:\/\/\) cannot read files beside it: serve the folder over http \(npx http-server, python3 -m http\.server\)$/,
      );
      const served = await fetchSource('synthetic.json', options, new AbortController().signal);
      expect(served.ok ? '' : served.message).not.to.include('file://');
    } finally {
      globalThis.fetch = real;
    }
  });
});
