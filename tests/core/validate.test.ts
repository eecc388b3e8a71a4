import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { categoryShape, paletteIndex } from '../../src/core/category-colors.js';
import type { EventInput, Problem } from '../../src/core/types.js';
import { checkUrl } from '../../src/core/url.js';
import {
  describeValue,
  EVENT_FIELDS,
  formatProblem,
  inRowOrder,
  summarizeProblems,
  validateCategories,
  validateDataset,
  validateEras,
  validateEvents,
} from '../../src/core/validate.js';

const base = (over: Partial<EventInput> & Record<string, unknown> = {}) => ({
  id: 'visit',
  title: 'State visit',
  start: '2013-05-10',
  ...over,
});

/** The problems of a dataset holding just these events. */
function problemsOf(...events: unknown[]): Problem[] {
  return validateDataset({ title: 'T', events }).problems as Problem[];
}

function only(problems: readonly Problem[]): Problem {
  expect(problems, JSON.stringify(problems)).to.have.length(1);
  return problems[0]!;
}

describe('validateDataset', () => {
  it('validateDataset returns a valid dataset unchanged in substance, with no problems', () => {
    const { dataset, problems } = validateDataset({
      $schema: './timeline.schema.json',
      title: ' Relations ',
      lang: 'en',
      categories: [{ id: 'political', label: 'Political' }],
      events: [
        base({ end: '2013-05-11', category: 'political', importance: 5, tags: [' visit '] }),
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(dataset.title).to.equal('Relations');
    const [e] = dataset.events;
    expect(e).to.include({ id: 'visit', category: 'political', importance: 5, summary: '' });
    expect(e!.tags).to.deep.equal(['visit']);
    expect(e!.startTime).to.equal(Date.UTC(2013, 4, 10));
    expect(e!.endTime).to.equal(Date.UTC(2013, 4, 12));
  });

  it('validateDataset reports an invalid start date, naming the event, the field and the value', () => {
    const p = only(problemsOf(base({ start: '2013-02-30' })));
    expect(p).to.deep.equal({
      collection: 'events',
      item: '"visit"',
      field: 'start',
      message: 'day 30 does not exist in 2013-02 (it has 28 days); the event was dropped',
      value: '2013-02-30',
    });
  });

  it('validateDataset reports a missing start date and drops the event', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [{ id: 'a', title: 'A' }],
    });
    expect(only(problems)).to.include({
      item: '"a"',
      field: 'start',
      message: 'the date is missing; the event was dropped',
      value: '(missing)',
    });
    expect(dataset.events).to.deep.equal([]);
  });

  it('validateDataset reports an invalid end date by field', () => {
    expect(only(problemsOf(base({ end: '2013-13' })))).to.include({
      field: 'end',
      message: 'month 13 does not exist (01–12); the event was dropped',
      value: '2013-13',
    });
  });

  it('validateDataset refuses an event at year -262000, which the axis could not draw', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [base({ id: 'early', start: '-262000' }), base()],
    });
    expect(only(problems)).to.deep.equal({
      collection: 'events',
      item: '"early"',
      field: 'start',
      message:
        'year -262000 is outside the supported range: dates must lie between 250000 BCE and 250000 CE; the event was dropped',
      value: '-262000',
    });
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['visit']);
  });

  it('validateDataset reports an end before the start and drops the event', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [base({ start: '2013-05-11', end: '2013-05-10' })],
    });
    expect(only(problems)).to.include({
      field: 'end',
      message: 'end 2013-05-10 is before start 2013-05-11; the event was dropped',
      value: '2013-05-10',
    });
    expect(dataset.events).to.have.length(0);
  });

  it('validateDataset takes an end as running to the end of its unit: 2012-05-10 to 2012, or to 2012-05', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [
        base({ id: 'a', start: '2012-05-10', end: '2012' }),
        base({ id: 'b', start: '2012-05-10', end: '2012-05' }),
        base({ id: 'c', start: '2012-05-10T10:00Z', end: '2012-05-10' }),
        base({ id: 'd', start: '2012-05-10', end: '2012-05-09' }),
      ],
    });
    expect(problems.map((p) => [p.item, p.message])).to.deep.equal([
      ['"d"', 'end 2012-05-09 is before start 2012-05-10; the event was dropped'],
    ]);
    const ends = dataset.events.map((e) => [e.id, new Date(e.endTime).toISOString()]).sort();
    expect(ends).to.deep.equal([
      ['a', '2013-01-01T00:00:00.000Z'],
      ['b', '2012-06-01T00:00:00.000Z'],
      ['c', '2012-05-11T00:00:00.000Z'],
    ]);
  });

  it('validateDataset accepts an end in the same unit as a coarser start (2013-05 to 2013-05-10)', () => {
    expect(problemsOf(base({ start: '2013-05', end: '2013-05-10' }))).to.deep.equal([]);
  });

  it('validateDataset reports a missing title and drops the event', () => {
    const { dataset, problems } = validateDataset({ title: 'T', events: [base({ title: '  ' })] });
    expect(only(problems)).to.include({
      field: 'title',
      message: 'the event has no title; it was dropped',
      value: '  ',
    });
    expect(dataset.events).to.have.length(0);
  });

  it('validateDataset names an event without an id by its position, counted from 1, and title, and gives it one', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [base(), { title: 'No id', start: '2009' }],
    });
    expect(only(problems)).to.deep.equal({
      collection: 'events',
      item: '#2 ("No id")',
      field: 'id',
      message: 'the event has no id; it was given the id "event-2"',
      value: '(missing)',
    });
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['event-2', 'visit']);
  });

  it('validateDataset reads an id written as a number (as databases give them) as its text, and names one of another type', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [
        { id: 12359, title: 'Numbered', start: '2009' },
        { id: true, title: 'Flagged', start: '2010' },
      ],
      eras: [
        { id: 7, title: 'Seventh', start: '2009', end: '2010' },
        { id: { x: 1 }, title: 'Object', start: '2009', end: '2010' },
      ],
    } as never);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['12359', 'event-2']);
    // Past 2^53 two ids may read as one: neither is taken, each is named.
    // As JSON.parse reads them: both are 12345678901234567000.
    const big = validateDataset(
      JSON.parse(
        '{"title":"T","events":[{"id":12345678901234567890,"title":"One","start":"2009"},{"id":12345678901234567891,"title":"Two","start":"2010"}]}',
      ),
    );
    expect(big.dataset.events.map((e) => e.id)).to.deep.equal(['event-1', 'event-2']);
    expect(big.problems.map((p) => p.message)).to.deep.equal([
      'the event\'s id is a number too large to be read exactly (write it as text, in quotes); it was given the id "event-1"',
      'the event\'s id is a number too large to be read exactly (write it as text, in quotes); it was given the id "event-2"',
    ]);
    expect(dataset.eras.map((e) => e.id)).to.deep.equal(['7', 'era-2']);
    expect(problems.map((p) => [p.item, p.message])).to.deep.equal([
      [
        '#2 ("Flagged")',
        'the event\'s id is neither text nor a number; it was given the id "event-2"',
      ],
      ['#2 ("Object")', 'the era\'s id is neither text nor a number; it was given the id "era-2"'],
    ]);
  });

  it('validateDataset reports a duplicate id and keeps only the first event', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [base(), base({ title: 'Second' })],
    });
    expect(only(problems)).to.include({
      item: '#2 ("Second")',
      field: 'id',
      message: 'duplicate id "visit", already used by #1 ("State visit"); the event was dropped',
    });
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['State visit']);
  });

  it('validateDataset names the event dropped for a repeated id by its position and title, never by the id both have', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [
        base({ id: 'a', title: 'Meeting A' }),
        base({ id: 'y', title: 'Year', start: '2014' }),
        base({ id: 'y', title: 'Dup', start: '2015', importance: 9, extra: 1 }),
      ],
    });
    expect(problems.map((p) => [p.item, p.field, p.message])).to.deep.equal([
      ['#3 ("Dup")', 'extra', 'unknown field "extra" was ignored'],
      ['#3 ("Dup")', 'id', 'duplicate id "y", already used by #2 ("Year"); the event was dropped'],
    ]);
    expect(problems.map((p) => formatProblem(p))[1]).to.equal(
      'event #3 ("Dup"), id: duplicate id "y", already used by #2 ("Year"); the event was dropped (value: y)',
    );
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['Meeting A', 'Year']);
  });

  it('validateDataset names an era dropped for a repeated id by its position and title', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [],
      eras: [
        { id: 'y', title: 'Era A', start: '2000', end: '2001', extra: 1 },
        { id: 'y', title: 'Era B', start: '2002', end: '2003', extra: 2 },
      ],
    });
    expect(problems.map((p) => [p.item, p.field, p.message])).to.deep.equal([
      ['"y"', 'extra', 'unknown field "extra" was ignored'],
      ['#2 ("Era B")', 'extra', 'unknown field "extra" was ignored'],
      ['#2 ("Era B")', 'id', 'duplicate id "y", already used by #1 ("Era A"); the era was dropped'],
    ]);
    expect(dataset.eras.map((e) => e.title)).to.deep.equal(['Era A']);
  });

  it('validateDataset reports a repeated id in input order, after the event’s field and id problems, and nothing else of it', () => {
    const { dataset, problems, dropped } = validateDataset({
      title: 'T',
      events: [
        { title: 'No id', start: '2001' },
        base({ id: 'event-1', title: 'Named like a given id' }),
        base({ id: 'b', title: '', start: 'soon', extra: 1 }),
        base({ id: 'visit' }),
        base({ id: ' visit ', title: '', start: 'never', extra: 2 }),
        base({ id: 'c', importance: 9 }),
        'not an event',
        base({ id: 'b', title: 'Second b' }),
      ],
    });
    expect(problems.map((p) => [p.item, p.field, p.message])).to.deep.equal([
      ['#1 ("No id")', 'id', 'the event has no id; it was given the id "event-1"'],
      [
        '#2 ("Named like a given id")',
        'id',
        'duplicate id "event-1", already used by #1 ("No id"); the event was dropped',
      ],
      ['"b"', 'extra', 'unknown field "extra" was ignored'],
      ['"b"', 'title', 'the event has no title; it was dropped'],
      ['"b"', 'start', problems[4]!.message],
      ['#5', 'extra', 'unknown field "extra" was ignored'],
      [
        '#5',
        'id',
        'duplicate id "visit", already used by #4 ("State visit"); the event was dropped',
      ],
      ['"c"', 'importance', 'importance must be a whole number from 1 to 5; 3 was used'],
      ['#7', '', 'an event must be an object with id, title and start'],
      ['#8 ("Second b")', 'id', 'duplicate id "b", already used by #3; the event was dropped'],
    ]);
    expect(problems[4]!.message).to.match(/^not a date/);
    expect(problems[6]!.value).to.equal(' visit ');
    expect(dataset.events.map((e) => e.id).sort()).to.deep.equal(['c', 'event-1', 'visit']);
    expect(dataset.events.find((e) => e.id === 'event-1')!.title).to.equal('No id');
    expect(dropped).to.equal(5);
  });

  it('validateDataset drops a source titled by its own refused URL, which would show the URL as text', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [
        base({
          sources: [
            { title: 'javascript:alert(1)', url: ' javascript:alert(1) ' },
            { title: 'Minutes', url: 'javascript:alert(1)' },
          ],
        }),
      ],
    });
    expect(dataset.events[0]!.sources).to.deep.equal([{ title: 'Minutes' }]);
    expect(problems.map((p) => [p.field, p.message])).to.deep.equal([
      [
        'sources[0].url',
        'the URL scheme "javascript:" is not allowed (use http, https or a relative URL); the source, titled by this URL, was dropped',
      ],
      [
        'sources[1].url',
        'the URL scheme "javascript:" is not allowed (use http, https or a relative URL); the link was removed',
      ],
    ]);
  });

  it('validateDataset reports an unknown category and keeps the event without one', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      categories: [{ id: 'political', label: 'Political' }],
      events: [base({ category: 'sport' })],
    });
    expect(only(problems)).to.include({
      field: 'category',
      message: 'unknown category "sport"; the event is shown without one',
      value: 'sport',
    });
    expect(dataset.events[0]!.category).to.equal(undefined);
  });

  it('validateDataset derives categories from the events when the dataset lists none', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [base({ category: 'sport' })],
    });
    expect(problems).to.deep.equal([]);
    expect(dataset.categories).to.deep.equal([{ id: 'sport', label: 'sport' }]);
  });

  it('validateDataset derives them in the order the data gives them, so an earlier event of a new category recolours none', () => {
    const events = [
      { id: 'a', title: 'A', start: '2010', category: 'later' },
      { id: 'b', title: 'B', start: '2000', category: 'earlier' },
    ];
    const ids = (list: typeof events) =>
      validateDataset({ title: 'T', events: list }).dataset.categories.map((k) => k.id);
    expect(ids(events)).to.deep.equal(['later', 'earlier']);
    // A live page adds an event dated before the others, of a category not seen yet: the
    // categories before keep their places (and so their colours).
    const added = [...events, { id: 'c', title: 'C', start: '1990', category: 'new' }];
    expect(ids(added)).to.deep.equal(['later', 'earlier', 'new']);
  });

  it('validateDataset reports an importance outside 1–5 and uses 3', () => {
    for (const importance of [0, 9, 2.5, '5']) {
      const { dataset, problems } = validateDataset({
        title: 'T',
        events: [base({ importance } as never)],
      });
      expect(only(problems)).to.include({
        field: 'importance',
        message: 'importance must be a whole number from 1 to 5; 3 was used',
      });
      expect(dataset.events[0]!.importance).to.equal(3);
    }
  });

  const badUrls = [
    ['javascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    [' JAVASCRIPT:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
  ] as const;

  for (const [url, scheme] of badUrls) {
    it(`validateDataset removes a source link ${JSON.stringify(url)} and says why`, () => {
      const { dataset, problems } = validateDataset({
        title: 'T',
        events: [base({ sources: [{ title: 'Article', url }] })],
      });
      expect(only(problems)).to.deep.equal({
        collection: 'events',
        item: '"visit"',
        field: 'sources[0].url',
        message: `the URL scheme "${scheme}:" is not allowed (use http, https or a relative URL); the link was removed`,
        value: url,
      });
      expect(dataset.events[0]!.sources).to.deep.equal([{ title: 'Article' }]);
    });

    it(`validateDataset drops a media item with URL ${JSON.stringify(url)} and says why`, () => {
      const { dataset, problems } = validateDataset({
        title: 'T',
        events: [base({ media: [{ url, alt: 'A picture' }] })],
      });
      expect(only(problems)).to.include({
        field: 'media[0].url',
        message: `the URL scheme "${scheme}:" is not allowed (use http, https or a relative URL); the media item was dropped`,
      });
      expect(dataset.events[0]!.media).to.deep.equal([]);
    });
  }

  it('validateDataset removes an unsafe link from the dataset sources too', () => {
    const p = only(
      validateDataset({ title: 'T', events: [], sources: [{ title: 'S', url: 'javascript:x' }] })
        .problems,
    );
    expect(p).to.include({ collection: 'dataset', item: 'dataset', field: 'sources[0].url' });
  });

  it('validateDataset keeps http, https and relative URLs', () => {
    const urls = [
      'https://example.org/a.png',
      'http://example.org/a',
      '/img/a.png',
      'img/a.png',
      '?q=1',
      '#top',
      'b/c:d',
    ];
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [base({ media: urls.map((url) => ({ url, alt: 'x' })) })],
    });
    expect(problems).to.deep.equal([]);
    expect(dataset.events[0]!.media.map((m) => m.url)).to.deep.equal(urls);
  });

  it('validateDataset drops a media item without alt text', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [base({ media: [{ url: '/a.png' } as never, { url: '/b.png', alt: 'B' }] })],
    });
    expect(only(problems)).to.deep.equal({
      collection: 'events',
      item: '"visit"',
      field: 'media[0].alt',
      message: 'a media item needs alt text; the media item was dropped',
      value: '(missing)',
    });
    expect(dataset.events[0]!.media).to.deep.equal([{ url: '/b.png', alt: 'B' }]);
  });

  it('validateDataset reports an unknown field and ignores it', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [base({ colour: 'red' })],
    });
    expect(only(problems)).to.deep.equal({
      collection: 'events',
      item: '"visit"',
      field: 'colour',
      message: 'unknown field "colour" was ignored',
      value: 'red',
    });
    expect(dataset.events).to.have.length(1);
    expect(dataset.events[0]).to.not.have.property('colour');
  });

  it('validateDataset keeps the data’s language, and reports a lang that is no language tag', () => {
    expect(validateDataset({ title: 'T', events: [], lang: ' kk-Cyrl ' }).dataset.lang).to.equal(
      'kk-Cyrl',
    );
    const { dataset, problems } = validateDataset({ title: 'T', events: [], lang: 'English (UK)' });
    expect(dataset).to.not.have.property('lang');
    expect(only(problems)).to.include({ collection: 'dataset', item: 'dataset', field: 'lang' });
  });

  it('validateDataset reports unknown dataset fields but allows $schema', () => {
    const p = only(validateDataset({ $schema: 'x', title: 'T', events: [], evnets: [] }).problems);
    expect(p).to.include({
      collection: 'dataset',
      item: 'dataset',
      field: 'evnets',
      message: 'unknown field "evnets" was ignored',
    });
  });

  it('validateDataset reports unknown fields inside media and sources, naming the path', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [
        {
          ...base(),
          media: [{ url: '/a.png', alt: 'A', licence: 'CC' }],
          sources: [{ title: 'S', link: 'https://example.org' }],
        },
      ],
    });
    expect(problems.map((p) => [p.field, p.message])).to.deep.equal([
      ['media[0].licence', 'unknown field "licence" was ignored'],
      ['sources[0].link', 'unknown field "link" was ignored'],
    ]);
    expect(dataset.events[0]!.media).to.have.length(1);
    expect(dataset.events[0]!.sources).to.deep.equal([{ title: 'S' }]);
  });

  it('validateDataset reports a dataset with no title or no events list', () => {
    expect(validateDataset({ events: [] }).problems.map((p) => [p.field, p.message])).to.deep.equal(
      [['title', 'the dataset has no title; it names the timeline for screen readers']],
    );
    expect(validateDataset({ title: 'T' }).problems.map((p) => [p.field, p.message])).to.deep.equal(
      [['events', 'the dataset has no events list']],
    );
  });

  it('validateDataset reports events that are not a list', () => {
    const { dataset, problems } = validateDataset({ title: 'T', events: { id: 'a' } });
    expect(only(problems)).to.deep.equal({
      collection: 'dataset',
      item: 'dataset',
      field: 'events',
      message: 'events must be a list',
      value: '{"id":"a"}',
    });
    expect(dataset.events).to.deep.equal([]);
  });

  it('validateDataset reports an event that is not an object by its position', () => {
    expect(only(problemsOf(base(), 'oops'))).to.deep.equal({
      collection: 'events',
      item: '#2',
      field: '',
      message: 'an event must be an object with id, title and start',
      value: 'oops',
    });
  });

  for (const input of [null, undefined, 42, 'events', [base()]]) {
    it(`validateDataset(${JSON.stringify(input)}) reports that a dataset must be an object`, () => {
      const { dataset, problems } = validateDataset(input);
      expect(only(problems)).to.include({
        collection: 'dataset',
        field: '',
        message: 'a dataset must be an object with an events list',
      });
      expect(dataset.events).to.deep.equal([]);
    });
  }

  it('validateDataset reports era problems: missing end, duplicate id, no title', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [],
      eras: [
        { id: 'a', title: 'A', start: '2000' },
        { id: 'b', title: 'B', start: '2000', end: '2001' },
        { id: 'b', title: 'B again', start: '2002', end: '2003' },
        { id: 'c', start: '2000', end: '2001' },
      ],
    });
    expect(problems.map((p) => [p.collection, p.item, p.field, p.message])).to.deep.equal([
      ['eras', '"a"', 'end', 'the date is missing; the era was dropped'],
      [
        'eras',
        '#3 ("B again")',
        'id',
        'duplicate id "b", already used by #2 ("B"); the era was dropped',
      ],
      ['eras', '"c"', 'title', 'the era has no title; it was dropped'],
    ]);
    expect(dataset.eras.map((e) => e.id)).to.deep.equal(['b']);
  });

  it('validateDataset keeps a category whose color is not a CSS colour, without the colour, and says why', () => {
    const beacon = 'red;position:fixed;inset:0;z-index:2147483647;background:url(/beacon.png)';
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [],
      categories: [{ id: 'war', label: 'War', color: beacon }],
    });
    expect(only(problems)).to.deep.equal({
      collection: 'categories',
      item: '"war"',
      field: 'color',
      message:
        "color must be a CSS colour such as #8c1c13, teal or rgb(140 28 19); the theme's colour is used instead",
      value: beacon,
    });
    expect(dataset.categories).to.deep.equal([{ id: 'war', label: 'War' }]);
  });

  it('validateDataset keeps a CSS colour of a category, trimmed', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [],
      categories: [
        { id: 'war', label: 'War', color: ' #8c1c13 ' },
        { id: 'peace', label: 'Peace', color: 'oklch(59% 0.15 150)' },
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(dataset.categories.map((c) => c.color)).to.deep.equal([
      '#8c1c13',
      'oklch(59% 0.15 150)',
    ]);
  });

  it('validateDataset reports category problems: duplicate id and missing label', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [],
      categories: [{ id: 'a', label: 'A' }, { id: 'a', label: 'A2' }, { id: 'b' }],
    });
    expect(problems.map((p) => [p.item, p.field, p.message])).to.deep.equal([
      ['"a"', 'id', 'duplicate id "a"; only the first is kept'],
      ['"b"', 'label', 'a category needs a label; its id is shown instead'],
    ]);
    expect(dataset.categories).to.deep.equal([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'b' },
    ]);
  });

  it('validateDataset reports a category drawn as an earlier one is, past 24 without colours', () => {
    const categories = Array.from({ length: 27 }, (_, i) => ({
      id: `c${i + 1}`,
      label: `C${i + 1}`,
    }));
    // The 26th has a colour of its own, so it looks like no other.
    categories[25] = { ...categories[25]!, color: '#123456' } as (typeof categories)[number];
    const { problems } = validateDataset({ title: 'T', events: [], categories });
    expect(problems.map((p) => [p.collection, p.item, p.field, p.message])).to.deep.equal([
      [
        'categories',
        '"c25"',
        'color',
        'drawn in the same colour and shape as category "c1": past 24 categories they repeat; give one of them its own color',
      ],
      [
        'categories',
        '"c27"',
        'color',
        'drawn in the same colour and shape as category "c3": past 24 categories they repeat; give one of them its own color',
      ],
    ]);
    // The 50th looks like the 2nd, past the 26th, which has a colour of its own.
    const more = Array.from({ length: 50 }, (_, i) => ({ id: `c${i + 1}`, label: `C${i + 1}` }));
    more[25] = { ...more[25]!, color: '#123456' } as (typeof more)[number];
    expect(
      validateDataset({ title: 'T', events: [], categories: more })
        .problems.filter((p) => p.item === '"c50"')
        .map((p) => p.message),
    ).to.deep.equal([
      'drawn in the same colour and shape as category "c2": past 24 categories they repeat; give one of them its own color',
    ]);
    // 24 never repeat.
    expect(
      validateDataset({ title: 'T', events: [], categories: categories.slice(0, 24) }).problems,
    ).to.deep.equal([]);
  });

  it('categoryShape gives each round of the six colours its own shape, for 24 categories', () => {
    const looks = Array.from({ length: 30 }, (_, i) => [paletteIndex(i), categoryShape(i)]);
    expect(looks.slice(0, 7).map(([, s]) => s)).to.deep.equal([0, 0, 0, 0, 0, 0, 1]);
    expect(new Set(looks.slice(0, 24).map(([c, s]) => `${c}:${s}`)).size).to.equal(24);
    expect(looks[24]).to.deep.equal(looks[0]);
  });

  it('validateDataset still returns the valid events, sorted by start, then end, ties as given', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [
        base({ id: 'visit' }),
        { id: 'broken', title: 'Broken', start: 'garbage' },
        { id: 'silk-way', title: 'Silk Way Rally', start: '2009' },
        { id: 'book', title: 'Book', start: '2013-05' },
        { id: 'ussr', title: 'Dissolution', start: '1991' },
        { id: 'b-day', title: 'Same day, b', start: '2013-05-10' },
        { id: 'long', title: 'Longer', start: '2013-05-10', end: '2013-05-20' },
      ],
    });
    expect(only(problems)).to.include({ item: '"broken"', field: 'start' });
    expect(dataset.events.map((e) => e.id)).to.deep.equal([
      'ussr',
      'silk-way',
      'book',
      // The same day and end: in the data's order.
      'visit',
      'b-day',
      'long',
    ]);
  });

  it('validateDataset cuts long values to 200 characters', () => {
    const p = only(problemsOf(base({ start: 'x'.repeat(500) })));
    expect(p.value).to.have.length(200);
    expect(p.value.endsWith('…')).to.equal(true);
  });

  it('validateDataset never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withDate: true,
          withBigInt: true,
          withSparseArray: true,
        }),
        (input) => {
          const { dataset, problems } = validateDataset(input);
          expect(Array.isArray(dataset.events)).to.equal(true);
          expect(Array.isArray(problems)).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('validateDataset never throws for datasets with arbitrary events', () => {
    const field = fc.oneof(
      fc.anything({ withDate: true, withBigInt: true }),
      fc.string(),
      fc.constantFrom('2013-05-10', '2009', '-000043'),
    );
    const event = fc.record(
      {
        id: field,
        title: field,
        start: field,
        end: field,
        media: field,
        sources: field,
        tags: field,
        importance: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), fc.anything(), (events, categories) => {
        const { dataset, problems } = validateDataset({ title: 'T', events, categories });
        for (const p of problems) expect(p.value.length).to.be.at.most(200);
        for (let i = 1; i < dataset.events.length; i++) {
          expect(dataset.events[i - 1]!.startTime).to.be.at.most(dataset.events[i]!.startTime);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateEvents', () => {
  it('validateEvents accepts any category when no category list is given', () => {
    const { events, problems } = validateEvents([base({ category: 'anything' })]);
    expect(problems).to.deep.equal([]);
    expect(events[0]!.category).to.equal('anything');
  });
});

describe('checkUrl', () => {
  it('checkUrl refuses a scheme hidden by control characters or white space', () => {
    expect(checkUrl('j\u200bavascript:alert(1)').ok).to.equal(false);
    expect(checkUrl('JaVaScRiPt:alert(1)').ok).to.equal(false);
    expect(checkUrl(':no-scheme')).to.deep.equal({
      ok: false,
      reason: 'the URL has a malformed scheme (use http, https or a relative URL)',
    });
    expect(checkUrl('')).to.deep.equal({ ok: false, reason: 'the URL is empty' });
    expect(checkUrl(42)).to.deep.equal({ ok: false, reason: 'a URL must be a string' });
  });
});

describe('describeValue and formatProblem', () => {
  it('describeValue writes strings as they are and everything else as JSON', () => {
    expect(describeValue('a')).to.equal('a');
    expect(describeValue(undefined)).to.equal('(missing)');
    expect(describeValue({ a: [1] })).to.equal('{"a":[1]}');
    expect(describeValue(10n)).to.equal('[object BigInt]');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).to.equal('[object Object]');
  });

  it('formatProblem writes one line naming the item, field, message and value', () => {
    const p = only(problemsOf(base({ start: '2013-02-30' })));
    expect(formatProblem(p)).to.equal(
      'event "visit", start: day 30 does not exist in 2013-02 (it has 28 days); the event was dropped (value: 2013-02-30)',
    );
  });
});

/** Throws an Error with this message: what a hostile getter or Proxy trap does. */
function boom(message = 'boom'): never {
  throw new Error(message);
}

/** `record` with `field` replaced by an enumerable getter that throws `message`. */
function throwingField<T extends object>(record: T, field: string, message = `no ${field}`): T {
  return Object.defineProperty(record, field, { enumerable: true, get: () => boom(message) });
}

/**
 * A list of `length` elements, `at(i)` each, made on demand as they are read (a million cost
 * nothing until read), and the count of property reads so far.
 */
function countedList(length: number, at: (i: number) => unknown) {
  let reads = 0;
  const list = new Proxy([], {
    get: (target, key) => {
      reads++;
      if (key === 'length') return length;
      const i = typeof key === 'string' ? Number(key) : NaN;
      return Number.isInteger(i) && i >= 0 && i < length ? at(i) : Reflect.get(target, key);
    },
  });
  return { list: list as unknown[], reads: () => reads };
}

/** A Proxy that can no longer be touched: every operation on it throws a TypeError. */
function revoked(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

describe('validateDataset with input that throws when read', () => {
  for (const field of EVENT_FIELDS) {
    it(`validateDataset reports an event whose ${field} getter throws, and keeps the other events`, () => {
      const { dataset, problems } = validateDataset({
        title: 'T',
        events: [throwingField(base(), field), base({ id: 'other' })],
      });
      expect(problems[0]).to.deep.equal({
        collection: 'events',
        item: field === 'id' ? '#1 ("State visit")' : '"visit"',
        field,
        message: `could not be read: no ${field}`,
        value: '(unreadable)',
      });
      expect(dataset.events.map((e) => e.id)).to.include('other');
    });
  }

  it('validateDataset keeps an event whose optional field cannot be read, without that field', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [throwingField(base({ summary: 'x' }), 'summary')],
    });
    expect(only(problems)).to.include({
      field: 'summary',
      message: 'could not be read: no summary',
    });
    expect(dataset.events[0]).to.include({ id: 'visit', summary: '' });
  });

  it('validateDataset reports unreadable fields of eras, categories, sources and media by item and path', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      categories: [
        throwingField({ id: 'war', label: 'War' }, 'label'),
        { id: 'peace', label: 'P' },
      ],
      eras: [
        throwingField({ id: 'reign', title: 'Reign', start: '2000', end: '2001' }, 'end'),
        { id: 'later', title: 'Later', start: '2002', end: '2003' },
      ],
      events: [
        base({
          media: [throwingField({ url: '/a.png', alt: 'A' }, 'alt'), { url: '/b.png', alt: 'B' }],
          sources: [throwingField({ title: 'S', url: '/s' }, 'url')],
        }),
      ],
      sources: [throwingField({ title: 'D' }, 'publisher')],
    });
    const where = problems
      .filter((p) => p.message.startsWith('could not be read'))
      .map((p) => [p.collection, p.item, p.field, p.message]);
    expect(where).to.deep.equal([
      ['dataset', 'dataset', 'sources[0].publisher', 'could not be read: no publisher'],
      ['categories', '"war"', 'label', 'could not be read: no label'],
      ['events', '"visit"', 'media[0].alt', 'could not be read: no alt'],
      ['events', '"visit"', 'sources[0].url', 'could not be read: no url'],
      ['eras', '"reign"', 'end', 'could not be read: no end'],
    ]);
    expect(dataset.categories.map((c) => c.id)).to.deep.equal(['war', 'peace']);
    expect(dataset.eras.map((e) => e.id)).to.deep.equal(['later']);
    expect(dataset.events[0]!.media.map((m) => m.url)).to.deep.equal(['/b.png']);
    expect(dataset.events[0]!.sources).to.deep.equal([{ title: 'S' }]);
    expect(dataset.sources).to.deep.equal([{ title: 'D' }]);
  });

  it('validateDataset reports a dataset field whose getter throws and validates the rest', () => {
    const { dataset, problems } = validateDataset(
      throwingField({ title: 'T', description: 'd', events: [base()] }, 'description'),
    );
    expect(only(problems)).to.deep.equal({
      collection: 'dataset',
      item: 'dataset',
      field: 'description',
      message: 'could not be read: no description',
      value: '(unreadable)',
    });
    expect(dataset.events).to.have.length(1);
  });

  // Nothing asks an event whether it `has` a field, so only these traps can hurt an event.
  for (const trap of ['get', 'ownKeys', 'getOwnPropertyDescriptor'] as const) {
    it(`validateDataset reports an event Proxy whose ${trap} trap throws as a problem of that event only`, () => {
      const hostile = new Proxy(base(), { [trap]: () => boom(`${trap} trap`) });
      const { dataset, problems } = validateDataset({
        title: 'T',
        events: [hostile, base({ id: 'other' })],
      });
      expect(dataset.events.map((e) => e.id)).to.include('other');
      for (const p of problems) expect(p).to.include({ collection: 'events', item: '#1' });
      expect(problems.map((p) => p.message)).to.include(`could not be read: ${trap} trap`);
    });
  }

  it('validateDataset reports an events list Proxy whose get trap throws', () => {
    const hostile = new Proxy([base()], { get: () => boom('get trap') });
    const { dataset, problems } = validateDataset({ title: 'T', events: hostile });
    expect(dataset.events).to.deep.equal([]);
    expect(only(problems)).to.deep.equal({
      collection: 'dataset',
      item: 'dataset',
      field: 'events',
      message: 'could not be read: get trap',
      value: '(unreadable)',
    });
  });

  it('validateDataset reports the element of an events list Proxy whose has trap throws', () => {
    const events = new Proxy([base(), base({ id: 'other' })], {
      has: (target, key) => (key === '0' ? boom('has trap') : Reflect.has(target, key)),
    });
    const { dataset, problems } = validateDataset({ title: 'T', events });
    expect(only(problems)).to.deep.equal({
      collection: 'events',
      item: '#1',
      field: '',
      message: 'could not be read: has trap',
      value: '(unreadable)',
    });
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['other']);
  });

  it('validateDataset reads an events list Proxy whose ownKeys traps throw by index, as it must', () => {
    const events = new Proxy([base()], {
      ownKeys: () => boom('ownKeys trap'),
      getOwnPropertyDescriptor: () => boom('getOwnPropertyDescriptor trap'),
    });
    const { dataset, problems } = validateDataset({ title: 'T', events });
    expect(problems).to.deep.equal([]);
    expect(dataset.events).to.have.length(1);
  });

  it('validateDataset reports a revoked Proxy as an event, naming it by its position', () => {
    const { dataset, problems } = validateDataset({
      title: 'T',
      events: [revoked(base()), base({ id: 'other' })],
    });
    const p = only(problems);
    expect(p).to.include({ collection: 'events', item: '#1', field: '', value: '(unreadable)' });
    expect(p.message).to.match(/^could not be read: .*revoked/);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['other']);
  });

  it('validateDataset reports a revoked Proxy as the events list', () => {
    const { dataset, problems } = validateDataset({ title: 'T', events: revoked([]) });
    expect(only(problems)).to.include({ collection: 'dataset', field: 'events' });
    expect(dataset.events).to.deep.equal([]);
  });

  it('validateDataset reports a revoked Proxy as the whole dataset', () => {
    const { dataset, problems } = validateDataset(revoked());
    const p = only(problems);
    expect(p).to.include({ collection: 'dataset', item: 'dataset', field: '' });
    expect(p.message).to.match(/^could not be read: /);
    expect(dataset.events).to.deep.equal([]);
  });

  it('validateDataset reads the events list by index, never through its own forEach, map or iterator', () => {
    const events = [base(), base({ id: 'other' })];
    Object.assign(events, {
      forEach: () => boom('forEach'),
      map: () => [],
      filter: () => boom('filter'),
      [Symbol.iterator]: () => boom('iterator'),
    });
    const { dataset, problems } = validateDataset({ title: 'T', events });
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['visit', 'other']);
  });

  it('validateDataset reads nested lists (tags, media, sources) by index too', () => {
    const tags = Object.assign(['a', 'b'], { forEach: () => boom('forEach') });
    const media = Object.assign([{ url: '/a.png', alt: 'A' }], { forEach: () => boom('forEach') });
    const { dataset, problems } = validateDataset({ title: 'T', events: [base({ tags, media })] });
    expect(problems).to.deep.equal([]);
    expect(dataset.events[0]!.tags).to.deep.equal(['a', 'b']);
    expect(dataset.events[0]!.media).to.have.length(1);
  });

  it('validateDataset reports an events list whose length cannot be read', () => {
    const hostile = new Proxy([base()], {
      get: (target, key) => (key === 'length' ? boom('no length') : Reflect.get(target, key)),
    });
    const { problems } = validateDataset({ title: 'T', events: hostile });
    expect(only(problems)).to.include({ field: 'events', message: 'could not be read: no length' });
  });

  it('validateDataset reports an array-like that throws on every read as not a list', () => {
    const arrayLike = Object.defineProperties(
      { 0: base() },
      {
        length: { enumerable: true, get: () => boom('no length') },
        [Symbol.toStringTag]: { enumerable: true, get: () => boom('no tag') },
      },
    );
    const { problems } = validateDataset({ title: 'T', events: arrayLike });
    expect(only(problems)).to.deep.equal({
      collection: 'dataset',
      item: 'dataset',
      field: 'events',
      message: 'events must be a list',
      value: '(unreadable)',
    });
  });

  it('validateDataset reports an event that throws when read by its position and keeps the others', () => {
    const events = [base(), base({ id: 'other' })];
    Object.defineProperty(events, 0, { get: () => boom('element 0') });
    const { dataset, problems } = validateDataset({ title: 'T', events });
    expect(only(problems)).to.deep.equal({
      collection: 'events',
      item: '#1',
      field: '',
      message: 'could not be read: element 0',
      value: '(unreadable)',
    });
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['other']);
  });

  it('validateDataset reads each field once, so a getter cannot change its answer', () => {
    let reads = 0;
    const event = Object.defineProperty(base(), 'title', {
      enumerable: true,
      get: () => (reads++ === 0 ? 'First' : boom('read twice')),
    });
    const { dataset, problems } = validateDataset({ title: 'T', events: [event] });
    expect(problems).to.deep.equal([]);
    expect(dataset.events[0]!.title).to.equal('First');
  });

  it('validateDataset cuts the message of what was thrown and survives throwing non-Errors', () => {
    const hostileErrors: unknown[] = [
      new Error('x'.repeat(10_000)),
      'a string',
      revoked(),
      {
        get message(): string {
          return boom();
        },
      },
      Object.assign(new Error(), { message: { toString: () => boom() } }),
    ];
    for (const error of hostileErrors) {
      const event = Object.defineProperty(base(), 'summary', {
        enumerable: true,
        get: () => {
          throw error;
        },
      });
      const p = only(validateDataset({ title: 'T', events: [event] }).problems);
      expect(p.message).to.match(/^could not be read: /);
      expect(p.message.length).to.be.at.most(150);
    }
  });

  it('validateEvents, validateEras and validateCategories never throw on a revoked Proxy', () => {
    for (const input of [revoked(), revoked([]), [revoked()]]) {
      expect(validateEvents(input).events).to.deep.equal([]);
      expect(validateEras(input).eras).to.deep.equal([]);
      expect(validateCategories(input).categories).to.deep.equal([]);
    }
  });

  it('validateDataset never throws when any field of any item throws or is a hostile Proxy', () => {
    // fast-check probes the values it generates (and prints them on failure), which a revoked
    // Proxy would not survive: it generates plans, and each run builds the hostile input.
    class Hostile {
      constructor(readonly make: () => unknown) {}
    }
    const build = (plan: unknown): unknown => {
      if (plan instanceof Hostile) return plan.make();
      if (Array.isArray(plan)) return plan.map(build);
      if (typeof plan !== 'object' || plan === null) return plan;
      return Object.fromEntries(Object.entries(plan).map(([k, v]) => [k, build(v)]));
    };
    const hostile = fc.constantFrom(
      new Hostile(() => revoked()),
      new Hostile(() => revoked([])),
      new Hostile(() => new Proxy({}, { get: () => boom() })),
      new Hostile(() => new Proxy([], { get: () => boom() })),
      new Hostile(() => new Proxy([1], { has: () => boom() })),
      new Hostile(() => new Proxy({}, { ownKeys: () => boom() })),
      new Hostile(() => throwingField({}, 'id')),
      new Hostile(() => Object.assign([base()], { forEach: () => boom() })),
      new Hostile(() => ({ toJSON: () => boom(), toString: () => boom(), valueOf: () => boom() })),
      new Hostile(() => Object.create(Date.prototype)),
    );
    const value = fc.oneof(fc.constantFrom('2013-05-10', 'x', 2009, undefined), hostile);
    const record = (keys: string[]) =>
      fc.oneof(
        fc.dictionary(fc.constantFrom(...keys), value),
        fc.tuple(fc.dictionary(fc.constantFrom(...keys), value), hostile).map(
          ([rec, title]) =>
            new Hostile(() =>
              Object.defineProperty(build(rec), 'title', {
                enumerable: true,
                get: () => title.make(),
              }),
            ),
        ),
      );
    const list = (item: fc.Arbitrary<unknown>) =>
      fc.oneof(fc.array(fc.oneof(item, value), { maxLength: 4 }), value);
    fc.assert(
      fc.property(
        fc.record({
          title: value,
          events: list(record([...EVENT_FIELDS, 'x'])),
          eras: list(record(['id', 'title', 'start', 'end', 'sources'])),
          categories: list(record(['id', 'label', 'color'])),
        }),
        (plan) => {
          const { dataset, problems } = validateDataset(build(plan));
          expect(Array.isArray(dataset.events)).to.equal(true);
          for (const p of problems) expect(formatProblem(p).length).to.be.below(1000);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('describeValue never throws', () => {
  it('describeValue describes a Proxy it cannot read, or a revoked one, as (unreadable)', () => {
    expect(describeValue(revoked())).to.equal('(unreadable)');
    expect(describeValue(new Proxy({}, { get: () => boom() }))).to.equal('(unreadable)');
  });

  it('describeValue never calls toString or valueOf, and survives a toJSON that throws', () => {
    let calls = 0;
    const count = () => `call ${++calls}`;
    const fn = Object.assign(() => 0, { toString: count, valueOf: count });
    expect(describeValue(fn)).to.equal('[object Function]');
    const obj = { [Symbol.toPrimitive]: count, toString: count, toJSON: () => boom() };
    expect(describeValue(obj)).to.equal('[object Object]');
    expect(calls).to.equal(0);
  });

  it('describeValue describes an object that only pretends to be a Date by its kind', () => {
    expect(describeValue(Object.create(Date.prototype))).to.equal('[object Object]');
  });
});

describe('describeValue writes only as much JSON as it shows', () => {
  /** What describeValue gave when it stringified the whole value and then cut it. */
  const stringifiedAndCut = (value: unknown): string => {
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined;
    }
    const text = json ?? Object.prototype.toString.call(value);
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
  };

  it('describeValue gives what JSON.stringify gives, cut to 200 characters', () => {
    const value = fc.anything({
      maxDepth: 4,
      maxKeys: 30,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      stringUnit: 'binary',
    });
    const object = value.filter((v) => typeof v === 'object' && v !== null && !(v instanceof Date));
    fc.assert(
      fc.property(object, (v) => {
        expect(describeValue(v)).to.equal(stringifiedAndCut(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('describeValue cuts JSON as JSON.stringify would have it: escapes, long strings and keys, toJSON, cycles, bigints', () => {
    const long = 'é"\\\n😀'.repeat(100);
    const cyclic: unknown[] = [];
    cyclic.push(1, cyclic);
    const values: unknown[] = [
      { [long]: 1 },
      { a: long },
      [long, long],
      ['x'.repeat(198), '😀😀'],
      { a: undefined, b: () => 0, c: Symbol('c'), d: 1 },
      [undefined, () => 0, NaN, -0, Infinity],
      { toJSON: (key: string) => ({ key }) },
      { at: { toJSON: (key: string) => `called with ${key}` } },
      [new Date(0), new Date(NaN)],
      [new Number(1), new String('s'), new Boolean(false)],
      cyclic,
      [1n],
      Array.from({ length: 300 }, (_, i) => i),
    ];
    for (const v of values) expect(describeValue(v), String(v)).to.equal(stringifiedAndCut(v));
  });

  it('describeValue reads a list of a million numbers no further than one of a thousand', () => {
    const small = countedList(1_000, (i) => i);
    const huge = countedList(1_000_000, (i) => i);
    expect(describeValue(huge.list)).to.equal(describeValue(small.list));
    expect(huge.reads()).to.equal(small.reads());
    expect(huge.reads()).to.be.below(120);
  });

  it('describeValue reads no further into nested objects than its 200 characters', () => {
    let rows = 0;
    const huge = countedList(100_000, (i) => {
      rows++;
      return { id: i, title: `row ${i}`, tags: ['a', 'b'] };
    });
    const text = describeValue(huge.list);
    expect(text).to.have.length(200);
    expect(text.startsWith('[{"id":0,"title":"row 0","tags":["a","b"]},')).to.equal(true);
    expect(rows).to.be.below(10);
  });
});

describe('problem texts are bounded', () => {
  const huge = 'x'.repeat(1_000_000);

  it('validateDataset cuts a huge id to 80 characters where it names the item', () => {
    const p = only(problemsOf(base({ id: huge, start: 'never' })));
    expect(p.item).to.have.length(82);
    expect(p.item).to.match(/^"x+…"$/);
  });

  it('validateDataset cuts a huge unknown field name to 80 characters, in the field and the message', () => {
    const p = only(problemsOf(base({ [huge]: 1 })));
    expect(p.field).to.have.length(80);
    expect(p.field.endsWith('…')).to.equal(true);
    expect(p.message.length).to.be.below(120);
  });

  it('validateDataset cuts huge ids and names quoted in messages: duplicates, categories, URL schemes', () => {
    const { problems } = validateDataset({
      title: 'T',
      categories: [
        { id: huge, label: 'A' },
        { id: huge, label: 'B' },
      ],
      events: [
        base({ id: huge, category: huge.slice(1) }),
        base({ id: huge }),
        base({ id: 'a', media: [{ url: `${huge}:x`, alt: 'A' }] }),
      ],
    });
    expect(problems).to.have.length(4);
    for (const p of problems) expect(formatProblem(p).length, p.message).to.be.below(600);
  });

  it('formatProblem cuts the item, field, message and value of a problem it is given', () => {
    const line = formatProblem({
      collection: 'events',
      item: huge,
      field: huge,
      message: huge,
      value: huge,
    });
    expect(line.length).to.be.below(1000);
  });
});

describe('validateDataset reads as property reads do, and stops at long lists', () => {
  it('reads a field that is its own but not enumerable, on a plain record and a prototype-less one', () => {
    const plain = Object.defineProperty({ id: 'a', start: '2000' }, 'title', { value: 'A' });
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, {
      id: 'b',
      start: '2001',
    });
    Object.defineProperty(bare, 'title', { value: 'B' });
    const input = Object.defineProperty({ title: 'T' }, 'events', { value: [plain, bare] });
    const { dataset, problems } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['A', 'B']);
  });

  it('reads every field of a Proxy through its get trap, listed by ownKeys or not', () => {
    const fields: Record<string, string> = { id: 'a', title: 'A', start: '2000' };
    const lazy = new Proxy({}, { get: (_, key) => fields[key as string] });
    const { dataset, problems } = validateDataset({ title: 'T', events: [lazy] });
    expect(problems).to.deep.equal([]);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('keeps one of 150,000 events with the same id and reports the rest, without overflowing', () => {
    const events = Array.from({ length: 150_000 }, () => ({
      id: 'same',
      title: 'x',
      start: '2000',
    }));
    const { dataset, problems, dropped } = validateDataset({ title: 'T', events });
    expect(dataset.events).to.have.length(1);
    expect(problems).to.have.length(149_999);
    expect(problems[149_998]).to.include({ item: '#150000 ("x")', field: 'id' });
    expect(dropped).to.equal(149_999);
  });

  it('reads the first 10,000 entries of a nested list and the first 1,000,000 events, and says so', () => {
    const t0 = performance.now();
    const events = new Array<unknown>(2 ** 32 - 1);
    events[0] = base({ tags: new Array(2 ** 32 - 1) });
    events[5] = base({
      id: 'other',
      sources: Object.assign(new Array(20_000), { 3: { title: 'S' } }),
    });
    events[2_000_000] = base({ id: 'beyond' });
    const { dataset, problems, dropped } = validateDataset({ title: 'T', events });
    expect(performance.now() - t0).to.be.below(5_000);
    expect(problems.map((p) => [p.item, p.field, p.message, p.value])).to.deep.equal([
      [
        'dataset',
        'events',
        'events has 4294967295 entries; only the first 1000000 were read',
        '4294967295',
      ],
      [
        '"visit"',
        'tags',
        'tags has 4294967295 entries; only the first 10000 were read',
        '4294967295',
      ],
      ['"other"', 'sources', 'sources has 20000 entries; only the first 10000 were read', '20000'],
    ]);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['visit', 'other']);
    expect(dataset.events[1]!.sources).to.deep.equal([{ title: 'S' }]);
    expect(dropped).to.equal(0);
  });
});

describe('validation cost', () => {
  /**
   * `n` events as the benchmark makes them, one every few hours over 40 years, each run of 16
   * reversed: sorting has work to do, and the input is still read more or less in order.
   */
  function generated(n: number): EventInput[] {
    const events = Array.from({ length: n }, (_, i) => {
      const day = new Date(Date.UTC(1980, 0, 1) + Math.floor((i * (40 * 365.25 * 864e5)) / n));
      const start = day.toISOString().slice(0, 10);
      const end = i % 10 === 0 ? new Date(day.getTime() + 864e5).toISOString().slice(0, 10) : '';
      return { id: `e${i}`, title: `Event number ${i}`, start, ...(end ? { end } : {}) };
    });
    return events.map((_, i) => events[i ^ 15]!); // n is a multiple of 16
  }

  it('validateDataset of 2N events once takes at most 1.5 times as long as of N events twice', () => {
    // Linear work takes as long either way, n log n a little longer; a quadratic step would take
    // twice as long. Each block runs about as long, so a busy machine interrupts either as often,
    // and the fastest of 25 runs of each is the one least disturbed.
    const n = 2_000;
    const small = { title: 'T', events: generated(n) };
    const large = { title: 'T', events: generated(2 * n) };
    const blocks = [
      () => [validateDataset(small), validateDataset(small)],
      () => [validateDataset(large)],
    ];
    for (let run = 0; run < 3; run++) blocks.forEach((block) => block());
    // Up to three tries, each the fastest of 25 runs: a quadratic step fails all three, where a
    // machine busy with other tests (four time zones run at once in CI) may upset one.
    let said = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const fastest = [Infinity, Infinity];
      for (let run = 0; run < 25; run++) {
        blocks.forEach((block, i) => {
          const t0 = performance.now();
          const results = block();
          fastest[i] = Math.min(fastest[i]!, performance.now() - t0);
          for (const { problems } of results) expect(problems).to.deep.equal([]);
        });
      }
      const [twice, once] = fastest as [number, number];
      said += `N twice: ${twice} ms, 2N once: ${once} ms; `;
      if (once / twice < 1.5) break;
      if (attempt === 2) expect(once / twice, said).to.be.below(1.5);
    }
  });

  it('validateDataset describes a huge offending value at a bounded cost: 2N bad events read twice what N do', () => {
    const huge = countedList(1_000_000, (i) => i);
    const readsFor = (n: number) => {
      const before = huge.reads();
      const events = Array.from({ length: n }, (_, i) =>
        base({ id: `e${i}`, summary: huge.list as never }),
      );
      const { problems } = validateDataset({ title: 'T', events });
      expect(problems).to.have.length(n);
      expect(problems[0]).to.include({ field: 'summary', message: 'summary must be text' });
      return huge.reads() - before;
    };
    const n = readsFor(50);
    expect(readsFor(100)).to.be.at.most(2.5 * n);
    expect(n / 50, 'reads of the huge value per problem').to.be.below(120);
  });
});

describe('summarizeProblems', () => {
  const many = Array.from({ length: 120 }, (_, i) => ({
    collection: 'events' as const,
    item: `#${i}`,
    field: 'start',
    message: 'the date is missing',
    value: '(missing)',
  }));

  it('summarizeProblems shows the first 50 problems and counts the rest', () => {
    const { shown, more } = summarizeProblems(many);
    expect(shown).to.deep.equal(many.slice(0, 50));
    expect(more).to.equal(70);
  });

  it('summarizeProblems shows everything when there are no more than the limit', () => {
    expect(summarizeProblems(many.slice(0, 3), 3)).to.deep.equal({
      shown: many.slice(0, 3),
      more: 0,
    });
    expect(summarizeProblems([])).to.deep.equal({ shown: [], more: 0 });
  });

  it('summarizeProblems reads a limit of 0, a negative one or NaN as none shown', () => {
    for (const limit of [0, -5, NaN]) {
      expect(summarizeProblems(many, limit)).to.deep.equal({ shown: [], more: 120 });
    }
    expect(summarizeProblems(many, 2.7).shown).to.have.length(2);
    expect(summarizeProblems(many, Infinity)).to.deep.equal({ shown: many, more: 0 });
  });
});

describe('inRowOrder', () => {
  const p = (item: string, field = 'start'): Problem => ({
    collection: item === 'dataset' ? 'dataset' : 'events',
    item,
    field,
    message: 'm',
    value: '',
  });

  it('inRowOrder lists a sheet’s problems by row, those about no row first, each row’s in the order found', () => {
    const problems = [
      p('row 9 ("A")', 'Time'),
      p('row 21 ("B")', 'Media'),
      p('dataset', 'colour'),
      p('row 11 ("C")'),
      p('row 9 ("A")', 'start'),
    ];
    expect(inRowOrder(problems).map((q) => `${q.item} ${q.field}`)).to.deep.equal([
      'dataset colour',
      'row 9 ("A") Time',
      'row 9 ("A") start',
      'row 11 ("C") start',
      'row 21 ("B") Media',
    ]);
  });

  it('inRowOrder leaves a list that names no row as it is, ids that read "row 2" included', () => {
    const problems = [p('"row 9"'), p('#2 ("Row 1")'), p('"b"')];
    expect(inRowOrder(problems)).to.equal(problems);
  });
});

describe('formatProblem wording', () => {
  it('formatProblem names a category in the singular and leaves out an empty field', () => {
    expect(
      formatProblem({
        collection: 'categories',
        item: '"c1"',
        field: 'color',
        message: 'bad',
        value: 'x',
      }),
    ).to.equal('category "c1", color: bad (value: x)');
    expect(
      formatProblem({
        collection: 'events',
        item: '#9',
        field: '',
        message: 'an event must be an object',
        value: '3',
      }),
    ).to.equal('event #9: an event must be an object (value: 3)');
  });
});
