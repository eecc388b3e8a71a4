import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { parseDate, utcTime, type CivilDate } from '../../src/core/date.js';
import {
  clusterAt,
  clustersHolding,
  firstClustered,
  nearestItem,
  goToDate,
  isShown,
  neighbour,
  neighbourOfView,
  readBodiesForSearch,
  searchMatches,
  yearBeforeCommonEra,
  spanWithSurroundings,
  windowForDate,
  zoomAround,
} from '../../src/core/navigation.js';
import { unproject, type ViewTransform } from '../../src/core/scale.js';
import { fitAxis } from '../../src/core/scene.js';
import type { SceneCluster, SceneItem } from '../../src/core/scene-types.js';
import type { EventInput, TimelineEvent } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { clampTransform, transformCentredOn, zoomLimits } from '../../src/core/viewport.js';

const L = 1280;
const DAY = 864e5;
const flagship = validateDataset(kazakhstanTurkmenistan).dataset;

function events(input: Partial<EventInput>[]): readonly TimelineEvent[] {
  const { dataset, problems } = validateDataset({
    title: 'test',
    events: input.map((e, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2000', ...e })),
  });
  expect(problems).to.deep.equal([]);
  return dataset.events;
}

function date(text: string): CivilDate {
  const r = parseDate(text);
  if (!r.ok) throw new Error(r.reason);
  return r.date;
}

// In date order: a (political), b (trade), c and d start together (trade, then political),
// e (no category), f (trade).
const list = events([
  { id: 'a', start: '2009', category: 'political' },
  { id: 'b', start: '2010-03', category: 'trade' },
  { id: 'c', start: '2012-06-01', category: 'trade' },
  { id: 'd', start: '2012-06-01', end: '2012-06-03', category: 'political' },
  { id: 'e', start: '2013-05-10' },
  { id: 'f', start: '2013-05-11', category: 'trade' },
]);
const byId = (id: string) => list.find((e) => e.id === id)!;
const none = new Set<string>();
const trade = new Set(['trade']);

describe('isShown', () => {
  it('isShown hides an event whose category is hidden, and never one without a category', () => {
    expect(isShown(byId('b'), trade)).to.equal(false);
    expect(isShown(byId('a'), trade)).to.equal(true);
    expect(isShown(byId('e'), new Set(['political', 'trade']))).to.equal(true);
  });
});

describe('firstClustered', () => {
  // One day's events in two rows: B holds b1, d and e; A's c starts with them.
  const day = events([
    { id: 'b1', start: '2012-06-01', category: 'B' },
    { id: 'c', start: '2012-06-01', category: 'A' },
    { id: 'd', start: '2012-06-01', category: 'B' },
    { id: 'e', start: '2012-06-01', category: 'B' },
    { id: 'later', start: '2012-07-01', category: 'B' },
  ]);
  const span = { start: day[0]!.startTime, end: day[0]!.startTime + DAY };
  const held = (after?: string) =>
    firstClustered(
      day,
      span,
      'B',
      (e) => e.category ?? '',
      none,
      none,
      after === undefined ? undefined : day.find((e) => e.id === after),
    )?.id;

  it('firstClustered goes on after the event opened from the cluster last, and round to its first', () => {
    expect(held()).to.equal('b1');
    expect(held('b1')).to.equal('d');
    expect(held('d')).to.equal('e');
    expect(held('e')).to.equal('b1');
  });

  it('firstClustered starts from the first for an event it does not hold: of another row, or outside its span', () => {
    expect(held('c')).to.equal('b1');
    expect(held('later')).to.equal('b1');
  });
});

describe('clustersHolding', () => {
  const many = events([
    { id: 'x1', start: '2012-06-01', category: 'A' },
    { id: 'x2', start: '2012-06-03', category: 'B' },
    { id: 'x3', start: '2012-07-10', category: 'A' },
  ]);
  const cluster = (id: string, row: number, start: string, end: string) =>
    ({ id, row, start: date(start).time, end: date(end).time }) as SceneCluster;
  const clusters = [
    cluster('a-june', 0, '2012-06-01', '2012-07-01'),
    cluster('b-june', 1, '2012-06-01', '2012-07-01'),
    cluster('a-july', 0, '2012-07-01', '2012-08-01'),
  ];
  const rows = ['A', 'B'];
  const rowOf = (e: TimelineEvent) => e.category ?? '';
  const held = (ids: string[], drawn: string[] = []) =>
    [
      ...clustersHolding(
        clusters,
        rows,
        many.filter((e) => ids.includes(e.id)),
        rowOf,
        new Set(drawn),
      ),
    ].sort();

  it('clustersHolding names the clusters holding a match: in their span, in their row, not drawn', () => {
    expect(held(['x1'])).to.deep.equal(['a-june']);
    expect(held(['x2'])).to.deep.equal(['b-june']);
    expect(held(['x1', 'x2', 'x3'])).to.deep.equal(['a-july', 'a-june', 'b-june']);
    // A match drawn on its own is not in a cluster.
    expect(held(['x1', 'x3'], ['x1'])).to.deep.equal(['a-july']);
    expect(held([])).to.deep.equal([]);
  });
});

describe('neighbourOfView', () => {
  const t = (text: string) => date(text).time;
  const ids = (start: string, end: string, direction: 1 | -1, hidden = none) =>
    neighbourOfView(list, hidden, { start: t(start), end: t(end) }, direction)?.id;

  it('neighbourOfView goes from what is on screen: Next to the first event starting in it, Previous to the last', () => {
    expect(ids('2012-01-01', '2013-01-01', 1)).to.equal('c');
    expect(ids('2012-01-01', '2013-01-01', -1)).to.equal('d');
    // The whole span: the first and the last event, as with nothing on screen.
    expect(ids('2008-01-01', '2014-01-01', 1)).to.equal('a');
    expect(ids('2008-01-01', '2014-01-01', -1)).to.equal('f');
  });

  it('neighbourOfView takes the next one beyond an empty view, and the nearest on the other side past the ends', () => {
    expect(ids('2011-01-01', '2011-06-01', 1)).to.equal('c');
    expect(ids('2011-01-01', '2011-06-01', -1)).to.equal('b');
    expect(ids('2014-01-01', '2015-01-01', 1)).to.equal('f');
    expect(ids('2000-01-01', '2001-01-01', -1)).to.equal('a');
  });

  it('neighbourOfView skips hidden events, and gives nothing when none is shown', () => {
    expect(ids('2012-01-01', '2013-01-01', 1, trade)).to.equal('d');
    expect(ids('2013-05-11', '2014-01-01', 1, trade)).to.equal('e');
    expect(ids('2008-01-01', '2014-01-01', 1, new Set(['political', 'trade']))).to.equal('e');
    expect(neighbourOfView([], none, { start: 0, end: 1 }, 1)).to.equal(undefined);
  });
});

describe('neighbour', () => {
  const ids = (from: string | null, direction: 1 | -1, hidden = none) =>
    neighbour(list, hidden, from === null ? null : byId(from), direction)?.id;

  it('neighbour steps to the next and the previous event in date order', () => {
    expect(list.map((e) => e.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids('b', 1)).to.equal('c');
    expect(ids('b', -1)).to.equal('a');
  });

  it('neighbour skips events whose category is hidden', () => {
    expect(ids('a', 1, trade)).to.equal('d');
    expect(ids('e', -1, trade)).to.equal('d');
    expect(ids('d', -1, trade)).to.equal('a');
  });

  it('neighbour stays on the last shown event at the end, and on the first at the start', () => {
    expect(ids('f', 1)).to.equal('f');
    expect(ids('a', -1)).to.equal('a');
    expect(ids('e', 1, trade)).to.equal('e');
  });

  it('neighbour with no current event gives the first shown event forwards and the last backwards', () => {
    expect(ids(null, 1)).to.equal('a');
    expect(ids(null, -1)).to.equal('f');
    expect(neighbour(list, new Set(['political']), undefined, 1)?.id).to.equal('b');
    expect(ids(null, -1, trade)).to.equal('e');
  });

  it('neighbour keeps dataset order among events that start together', () => {
    expect(ids('c', 1)).to.equal('d');
    expect(ids('d', -1)).to.equal('c');
  });

  it('neighbour steps from a hidden event’s place in time, even among events that start together', () => {
    // c is hidden; d starts at the same moment and comes after it.
    expect(ids('c', 1, trade)).to.equal('d');
    expect(ids('c', -1, trade)).to.equal('a');
    expect(ids('f', -1, trade)).to.equal('e');
    expect(ids('b', 1, trade)).to.equal('d');
  });

  it('neighbour from a hidden event with nothing shown beyond it gives the nearest shown event', () => {
    expect(ids('f', 1, trade)).to.equal('e');
    const late = events([
      { id: 'x', start: '2001', category: 'trade' },
      { id: 'y', start: '2002' },
    ]);
    expect(neighbour(late, trade, late[0], -1)?.id).to.equal('y');
  });

  it('neighbour gives nothing when there are no events or every one is hidden', () => {
    expect(neighbour([], none, null, 1)).to.equal(undefined);
    const hidden = new Set(['political', 'trade']);
    expect(neighbour(list.slice(0, 4), hidden, list[0], 1)).to.equal(undefined);
    expect(neighbour(list.slice(0, 4), hidden, null, -1)).to.equal(undefined);
  });

  it('neighbour agrees with a walk through the shown events, for random data and hidden categories', () => {
    const input = fc.array(
      fc.record({
        start: fc.constantFrom('2000', '2000-01-01', '2001', '2001-06', '2001-06-15', '2002'),
        category: fc.constantFrom('p', 'q', 'r'),
      }),
      { minLength: 1, maxLength: 12 },
    );
    const hidden = fc.subarray(['p', 'q', 'r']).map((h) => new Set(h));
    fc.assert(
      fc.property(
        input,
        hidden,
        fc.nat(),
        fc.constantFrom(1 as const, -1 as const),
        (rows, h, n, dir) => {
          const all = events(rows);
          const from = all[n % all.length]!;
          const i = all.indexOf(from);
          // The reference: walk one by one in the sorted list.
          let expected: TimelineEvent | undefined;
          for (let j = i + dir; j >= 0 && j < all.length && !expected; j += dir) {
            if (isShown(all[j]!, h)) expected = all[j];
          }
          if (!expected && isShown(from, h)) expected = from;
          for (let j = i - dir; j >= 0 && j < all.length && !expected; j -= dir) {
            if (isShown(all[j]!, h)) expected = all[j];
          }
          expect(neighbour(all, h, from, dir)?.id).to.equal(expected?.id);
        },
      ),
    );
  });
});

describe('searchMatches', () => {
  const found = events([
    { id: 'title', start: '2013', title: 'State visit to Ashgabat' },
    { id: 'summary', start: '2009', summary: 'The rally crossed the STEPPE.' },
    { id: 'tag', start: '2010', tags: ['railway'] },
    { id: 'person', start: '2011', people: ['Nursultan Nazarbayev'] },
    { id: 'place', start: '2012', places: ['Türkmenbaşy'] },
    { id: 'split', start: '2014', tags: ['central', 'asia'] },
  ]);

  it('searchMatches finds the trimmed query in titles, summaries, tags, people and places, ignoring case, in date order', () => {
    expect(searchMatches(found, '  steppe ')).to.deep.equal(['summary']);
    expect(searchMatches(found, 'ASHGABAT')).to.deep.equal(['title']);
    expect(searchMatches(found, 'RAIL')).to.deep.equal(['tag']);
    expect(searchMatches(found, 'nazarbayev')).to.deep.equal(['person']);
    expect(searchMatches(found, 'türkmen')).to.deep.equal(['place']);
  });

  it('searchMatches reads Latin letters without their accents, as readers type them, and keeps other scripts’ marks', () => {
    const written = events([
      { id: 'sao', start: '2001', title: 'Café in São Paulo' },
      { id: 'lodz', start: '2002', places: ['Łódź'] },
      { id: 'strasse', start: '2003', summary: 'Along the Straße' },
      { id: 'moinak', start: '2004', title: 'Мойнак' },
      { id: 'body', start: '2005', body: '<p>The port of <em>Türkmenbaşy</em></p>' },
      // Written decomposed (e + combining acute), as some sources give it.
      { id: 'nfd', start: '2006', title: 'Cafe\u0301 two' },
    ]);
    expect(searchMatches(written, 'sao paulo')).to.deep.equal(['sao']);
    expect(searchMatches(written, 'CAFE')).to.deep.equal(['sao', 'nfd']);
    expect(searchMatches(written, 'café')).to.deep.equal(['sao', 'nfd']);
    expect(searchMatches(written, 'lodz')).to.deep.equal(['lodz']);
    expect(searchMatches(written, 'strasse')).to.deep.equal(['strasse']);
    expect(searchMatches(written, 'turkmenbasy')).to.deep.equal(['body']);
    // Cyrillic keeps its marks: и is not й.
    expect(searchMatches(written, 'моинак')).to.deep.equal([]);
    expect(searchMatches(written, 'мойнак')).to.deep.equal(['moinak']);
    expect(searchMatches(found, 'turkmenbasy')).to.deep.equal(['place']);
  });

  it('searchMatches leaves out the events of hidden categories', () => {
    const d = validateDataset({
      title: 'T',
      categories: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      events: [
        { id: 'one', title: 'Rally one', start: '2001', category: 'a' },
        { id: 'two', title: 'Rally two', start: '2002', category: 'b' },
        { id: 'three', title: 'Rally three', start: '2003' },
      ],
    }).dataset;
    expect(searchMatches(d.events, 'rally', new Set(['b']))).to.deep.equal(['one', 'three']);
    expect(searchMatches(d.events, 'rally')).to.deep.equal(['one', 'two', 'three']);
  });

  it('searchMatches finds nothing for an empty or blank query', () => {
    expect(searchMatches(found, '')).to.deep.equal([]);
    expect(searchMatches(found, '   ')).to.deep.equal([]);
  });

  it('searchMatches finds the words of a body (TimelineJS text), not its tags, nor across its paragraphs', () => {
    const bodies = events([
      { id: 'body', start: '2009', body: '<p>A <strong>raid</strong> on the camp</p><p>Later</p>' },
      { id: 'plain', start: '2010', body: 'Fuel &amp; water' },
    ]);
    expect(searchMatches(bodies, 'RAID')).to.deep.equal(['body']);
    expect(searchMatches(bodies, 'a raid on')).to.deep.equal(['body']);
    expect(searchMatches(bodies, 'fuel & water')).to.deep.equal(['plain']);
    expect(searchMatches(bodies, 'strong')).to.deep.equal([]);
    expect(searchMatches(bodies, 'camp later')).to.deep.equal([]);
  });

  it('searchMatches finds words of a body that its HTML writes over two lines', () => {
    const body = events([{ id: 'body', start: '2009', body: '<p>A raid\non the camp</p>' }]);
    expect(searchMatches(body, 'raid on')).to.deep.equal(['body']);
    expect(searchMatches(body, 'A RAID ON THE')).to.deep.equal(['body']);
  });

  it('readBodiesForSearch reads bodies ahead for as long as it is given, and says where it stopped', () => {
    const many = events(
      Array.from({ length: 50 }, (_, i) => ({
        id: `b${i}`,
        start: '2009',
        body: `<p>Word ${i}</p>`,
      })),
    );
    expect(readBodiesForSearch(many, 10, 0)).to.equal(10);
    expect(readBodiesForSearch(many, 0, 1000)).to.equal(50);
    // Read ahead, the bodies are searched as before.
    expect(searchMatches(many, 'word 42')).to.deep.equal(['b42']);
  });

  it('readBodiesForSearch also folds the other words ahead, so the first key does not wait for them', () => {
    // Titles, summaries and places with accents and in Cyrillic: each is folded (searchFold).
    const written = () =>
      events(
        Array.from({ length: 10_000 }, (_, i) => ({
          id: `e${i}`,
          start: '2009',
          title: `Визит в Ашхабад ${i}`,
          summary: `Встреча президентов в São Paulo, Łódź и Türkmenbaşy, ${i}.`,
          places: ['Астана', 'Hà Nội'],
        })),
      );
    const timed = (list: readonly TimelineEvent[]) => {
      const t = performance.now();
      expect(searchMatches(list, 'lodz')).to.have.length(10_000);
      return performance.now() - t;
    };
    const readAhead = () => {
      const list = written();
      expect(readBodiesForSearch(list, 0, 60_000)).to.equal(10_000);
      return list;
    };
    // The best of three of each, so a busy machine's pause in one run does not decide it.
    const best = (make: () => readonly TimelineEvent[]) =>
      Math.min(...[0, 1, 2].map(() => timed(make())));
    const cold = best(written);
    const warm = best(readAhead);
    expect(
      warm,
      `first search ${warm.toFixed(0)} ms read ahead, ${cold.toFixed(0)} ms not`,
    ).to.be.below(cold / 3);
  });

  it('searchMatches does not match across two fields', () => {
    expect(searchMatches(found, 'central asia')).to.deep.equal([]);
    expect(searchMatches(found, 'asia')).to.deep.equal(['split']);
  });
});

describe('spanWithSurroundings', () => {
  it('spanWithSurroundings shows the 10–11 May visit from 8 to 14 May', () => {
    const visit = flagship.events.find((e) => e.id === 'state-visit-2013')!;
    expect(visit.endTime).to.equal(utcTime(2013, 5, 12));
    expect(spanWithSurroundings(visit.startTime, visit.endTime)).to.deep.equal({
      start: utcTime(2013, 5, 8),
      end: utcTime(2013, 5, 14),
    });
  });

  it('spanWithSurroundings keeps a zero-length span zero-length, and reads a reversed one as the same span', () => {
    const t = utcTime(2013, 5, 10);
    expect(spanWithSurroundings(t, t)).to.deep.equal({ start: t, end: t });
    expect(spanWithSurroundings(t + 2 * DAY, t)).to.deep.equal({
      start: t - 2 * DAY,
      end: t + 4 * DAY,
    });
  });

  it('spanWithSurroundings stays within the times a Date can hold', () => {
    const w = spanWithSurroundings(-8e15, 8e15);
    expect(w).to.deep.equal({ start: -8.64e15, end: 8.64e15 });
    expect(() => spanWithSurroundings(NaN, 0)).to.throw(RangeError, /start/);
    expect(() => spanWithSurroundings(0, Infinity)).to.throw(RangeError, /end/);
  });
});

describe('windowForDate', () => {
  const breaks = fitAxis(flagship, L, true).breaks;

  it("windowForDate shows '2013-05' from April to June", () => {
    expect(windowForDate(date('2013-05'), breaks)).to.deep.equal({
      window: { start: utcTime(2013, 4), end: utcTime(2013, 7) },
      gap: null,
    });
  });

  it('windowForDate shows a day, a year and a minute with one more of each on either side', () => {
    expect(windowForDate(date('2013-05-10'), []).window).to.deep.equal({
      start: utcTime(2013, 5, 9),
      end: utcTime(2013, 5, 12),
    });
    // 2012 and 2013 differ in length: the window is whole calendar years.
    expect(windowForDate(date('2012'), []).window).to.deep.equal({
      start: utcTime(2011),
      end: utcTime(2014),
    });
    expect(windowForDate(date('-000043'), []).window).to.deep.equal({
      start: utcTime(-44),
      end: utcTime(-41),
    });
    const minute = date('2013-05-10T09:00+05:00');
    expect(windowForDate(minute, []).window).to.deep.equal({
      start: minute.time - 6e4,
      end: minute.time + 12e4,
    });
  });

  it('windowForDate of a date in a compressed gap shows the gap with a quarter of its length on each side, and names the gap', () => {
    expect(breaks.length).to.equal(1);
    const gap = breaks[0]!;
    const r = windowForDate(date('2000'), breaks);
    expect(r.gap).to.deep.equal({ start: gap.start, end: gap.end });
    const quarter = (gap.end - gap.start) / 4;
    expect(r.window).to.deep.equal({ start: gap.start - quarter, end: gap.end + quarter });
  });

  it('windowForDate stays within the times a Date can hold at the ends of the calendar', () => {
    for (const iso of ['+250000', '-249999']) {
      const w = windowForDate(date(iso), []).window;
      for (const t of [w.start, w.end]) {
        expect(Number.isFinite(t), iso).to.equal(true);
        expect(Math.abs(t), iso).to.be.at.most(8.64e15);
      }
    }
  });
});

describe('zoomAround', () => {
  const axis = fitAxis(flagship, L);
  const limits = zoomLimits(axis, L, axis.precision);
  const visit = utcTime(2013, 5, 10);

  /** Where the time under `at` px sits on the fitted axis: a Date's whole ms would blur it. */
  const base = (t: ViewTransform, at: number) => (at - t.x) / t.k;
  const screen = (t: ViewTransform, b: number) => t.k * b + t.x;

  it('zoomAround keeps the time under the given point in place', () => {
    const t = transformCentredOn(axis, { k: 40, x: 0 }, utcTime(2009, 6), L);
    for (const factor of [2, 0.5, 1.3]) {
      const z = zoomAround(t, factor, 300, limits, L);
      expect(screen(z, base(t, 300))).to.be.closeTo(300, 1e-6);
      expect(unproject(axis, z, 300)).to.be.closeTo(unproject(axis, t, 300), 1);
    }
  });

  it('zoomAround keeps the point in place on the last step before the deepest zoom', () => {
    const t = clampTransform(
      transformCentredOn(axis, { k: limits.maxK / 1.5, x: 0 }, visit - 30 * DAY, L),
      L,
      limits,
    );
    const z = zoomAround(t, 2, 300, limits, L);
    expect(z.k).to.equal(limits.maxK);
    expect(screen(z, base(t, 300))).to.be.closeTo(300, 1e-6);
    expect(unproject(axis, z, 300)).to.be.closeTo(unproject(axis, t, 300), 1);
  });

  it('zoomAround keeps the fitted content covering the axis', () => {
    const t: ViewTransform = { k: 2, x: -L / 2 };
    expect(zoomAround(t, 0.1, 100, limits, L)).to.deep.equal({ k: 1, x: 0 });
    const z = zoomAround({ k: 2, x: 0 }, 2, 1000, limits, L);
    expect(z).to.deep.equal(clampTransform(z, L, limits));
  });

  it('zoomAround holds a point off the axis at the nearest end of the axis', () => {
    const t = transformCentredOn(axis, { k: 40, x: 0 }, utcTime(2009, 6), L);
    expect(zoomAround(t, 2, L + 500, limits, L)).to.deep.equal(zoomAround(t, 2, L, limits, L));
    expect(zoomAround(t, 2, -Infinity, limits, L)).to.deep.equal(zoomAround(t, 2, 0, limits, L));
  });

  it('zoomAround keeps the time under the point whenever the zoomed content still covers the axis', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: limits.maxK, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0, max: L, noNaN: true }),
        (k, share, factor, at) => {
          const t = clampTransform({ k, x: -share * (k - 1) * L }, L, limits);
          const z = zoomAround(t, factor, at, limits, L);
          expect(z.k).to.be.within(limits.minK, limits.maxK);
          const x = at - ((at - t.x) * z.k) / t.k;
          if (x <= 0 && x >= L - L * z.k) {
            expect(screen(z, base(t, at))).to.be.closeTo(at, 1e-6);
          }
        },
      ),
    );
  });

  it('zoomAround throws a RangeError naming a factor or point that is not a usable number', () => {
    const t = { k: 2, x: -100 };
    for (const factor of [NaN, Infinity, 0, -2]) {
      expect(() => zoomAround(t, factor, 100, limits, L)).to.throw(RangeError, /factor/);
    }
    expect(() => zoomAround(t, 2, NaN, limits, L)).to.throw(RangeError, /at/);
  });
});

describe('goToDate', () => {
  const events = validateDataset(kazakhstanTurkmenistan).dataset.events;

  it('goToDate explains an unreadable date and goes nowhere', () => {
    const r = goToDate('2013-02-30', events, [], 'en-GB');
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.error).to.equal(
      'Cannot go to “2013-02-30”: day 30 does not exist in 2013-02 (it has 28 days).',
    );
  });

  it('goToDate reads a year before the common era as the axis writes it, in the locale’s words', () => {
    const iso = goToDate('-000299', events, [], 'en-GB');
    expect(iso.ok).to.equal(true);
    for (const [text, locale] of [
      ['300 BCE', 'en-GB'],
      ['300 bc', 'en'],
      [' 300 B.C.E. ', 'en-GB'],
      ['300 г. до н. э.', 'ru'],
      ['300 до н.э.', 'ru'],
      ['б.з.д. 300 ж.', 'kk'],
      ['300 BCE', 'ru'],
    ] as const)
      expect(goToDate(text, events, [], locale), `${text} (${locale})`).to.deep.include({
        ok: true,
        window: iso.ok && iso.window,
      });
    // 1 BCE is year 0.
    expect(yearBeforeCommonEra('1 BCE')).to.equal('0000');
    for (const text of ['BCE', '300', '300 CE', '300 BCE 2', '0 BCE', '300 до н. э.'])
      expect(yearBeforeCommonEra(text, 'en'), text).to.equal(null);
  });

  it('goToDate tells a reader how to write a date, not the parser’s list of ISO forms', () => {
    const r = goToDate('15.03.2002', events, [], 'en-GB');
    expect(!r.ok && r.error).to.equal(
      'Cannot go to “15.03.2002”: write a date as YYYY, YYYY-MM or YYYY-MM-DD (2013, 2013-05, 2013-05-10).',
    );
  });

  it('goToDate shows a month with the months around it, with no note inside the data', () => {
    const r = goToDate('2013-05', events, [], 'en-GB');
    expect(r.ok && r.window).to.deep.equal({ start: utcTime(2013, 4), end: utcTime(2013, 7) });
    expect(r.ok && r.note).to.equal('');
  });

  it('goToDate says nothing is recorded before the first event or after the last', () => {
    expect(goToDate('1800', events, [], 'en-GB')).to.deep.include({
      note: 'Nothing is recorded before 1991: showing the start of the timeline.',
    });
    expect(goToDate('2030', events, [], 'en-GB')).to.deep.include({
      note: 'Nothing is recorded after May 2013: showing the end of the timeline.',
    });
  });
});

describe('goToDate on a long axis', () => {
  const { events } = validateDataset({
    title: 'Synthetic',
    events: [
      { id: 'e1', title: 'Event 1', start: '-002999' },
      { id: 'e2', title: 'Event 2', start: '0500-03-01' },
    ],
  }).dataset;

  it('goToDate before the first event or after the last shows that event, not the empty years asked for', () => {
    const before = goToDate('-003500', events, [], 'en');
    expect(before.ok && before.note).to.equal(
      'Nothing is recorded before 3000 BCE: showing the start of the timeline.',
    );
    // On an axis of 3,500 years the data's margin is over a century: three years around 3501
    // BCE, clamped to the axis, would show none of it.
    expect(before.ok && before.window).to.deep.equal({
      start: utcTime(-3000),
      end: utcTime(-2997),
    });
    const after = goToDate('0900', events, [], 'en');
    expect(after.ok && after.window).to.deep.equal({
      start: utcTime(500, 2, 28),
      end: utcTime(500, 3, 3),
    });
  });
});

describe('goToDate across the eras', () => {
  const { events } = validateDataset({
    title: 'Samarkand',
    events: [
      { id: 'a', title: 'Alexander', start: '-000328' },
      { id: 'b', title: 'Sogdian letters', start: '0700' },
    ],
  }).dataset;
  const breaks = [{ start: utcTime(-242), end: utcTime(629) }];

  it('names both eras of a gap that runs from a year BCE to one CE', () => {
    const r = goToDate('44 BC', events, breaks, 'en');
    expect(r.ok && r.note).to.match(/^Nothing is recorded from 243 BCE to 629 CE: /);
    expect(goToDate('-000043', events, breaks, 'ru').ok).to.equal(true);
    const kk = goToDate('-000043', events, breaks, 'kk');
    expect(kk.ok && kk.note)
      .to.contain('б.з.д. 243 ж.')
      .and.to.contain('б.з. 629 ж.');
  });

  it('a gap within one era names none', () => {
    const late = [{ start: utcTime(100), end: utcTime(600) }];
    const r = goToDate('0300', events, late, 'en');
    expect(r.ok && r.note).to.match(/^Nothing is recorded from 100 to 600: /);
  });
});

describe('clusterAt and nearestItem: where focus goes after a zoom on a cluster', () => {
  const cluster = (row: number, x: number, x2: number) =>
    ({ id: `${row}:${x}`, row, x, x2 }) as unknown as SceneCluster;
  const item = (id: string, row: number, x: number) => ({ id, row, x }) as unknown as SceneItem;

  it('clusterAt finds the cluster of the row drawn at a point, else the nearest within reach', () => {
    const clusters = [
      cluster(0, 0, 40),
      cluster(0, 40, 80),
      cluster(1, 80, 120),
      cluster(0, 160, 200),
    ];
    expect(clusterAt(clusters, 0, 40, 40)).to.equal(clusters[1]);
    expect(clusterAt(clusters, 0, 39, 40)).to.equal(clusters[0]);
    expect(clusterAt(clusters, 0, 100, 40)).to.equal(clusters[1]);
    expect(clusterAt(clusters, 0, 125, 40)).to.equal(clusters[3]);
    expect(clusterAt(clusters, 0, 120, 30)).to.equal(undefined);
    expect(clusterAt(clusters, 1, 60, 40)).to.equal(clusters[2]);
  });

  it('nearestItem finds the drawn event of the row whose mark is nearest a point', () => {
    const items = [item('a', 0, 10), item('b', 1, 50), item('c', 0, 90)];
    expect(nearestItem(items, 0, 45)!.id).to.equal('a');
    expect(nearestItem(items, 0, 60)!.id).to.equal('c');
    expect(nearestItem(items, 1, 0)!.id).to.equal('b');
    expect(nearestItem(items, 2, 0)).to.equal(undefined);
  });
});
