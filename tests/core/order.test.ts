import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { byTime, sortByTime, type Timed } from '../../src/core/order.js';
import { validateDataset } from '../../src/core/validate.js';

const DAY = 864e5;

/** Items with many shared starts and ends, so every tie is exercised. */
const timed = (times: fc.Arbitrary<number>) =>
  fc
    .record({ start: times, length: fc.nat({ max: 3 }), id: fc.string({ maxLength: 3 }) })
    .map(({ start, length, id }): Timed => ({ startTime: start, endTime: start + length, id }));

/** Sorted both ways, by the radix sort for lists of 2 items and more. */
const asPlainSort = (items: Timed[], radixFrom = 2) => {
  const expected = [...items].sort(byTime);
  const actual = sortByTime([...items], radixFrom);
  expect(actual.length).to.equal(expected.length);
  // The same objects in the same places: ties too are settled exactly as byTime settles them.
  actual.forEach((item, i) => expect(item).to.equal(expected[i]));
};

describe('sortByTime', () => {
  it('puts any list in the order of sort(byTime), by its radix sort', () => {
    const few = fc.integer({ min: -5, max: 5 });
    // Any two times less than 2^53 ms apart (about 285,000 years) are radix-sorted.
    const far = fc.integer({ min: -4e15, max: 4e15 });
    const days = fc.integer({ min: -40_000, max: 40_000 }).map((d) => d * DAY);
    for (const times of [few, far, days]) {
      fc.assert(
        fc.property(fc.array(timed(times), { minLength: 100, maxLength: 700 }), (items) =>
          asPlainSort(items),
        ),
        { numRuns: 60 },
      );
    }
  });

  it('keeps the order of long runs of the same times, and leaves sorted input as it is', () => {
    const sameDay = Array.from({ length: 3000 }, (_, i) => ({
      startTime: (i % 3) * DAY,
      endTime: (i % 3) * DAY + (i % 2),
      id: `e${(i * 7919) % 3000}`,
      at: i,
    }));
    asPlainSort(sameDay);
    const sorted = sortByTime([...sameDay], 2);
    // Same start and end: in the order they were given, whatever their ids.
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(byTime(a, b)).to.be.at.most(0);
      if (byTime(a, b) === 0) expect(a.at).to.be.below(b.at);
    }
    const copy = [...sorted];
    expect(sortByTime(copy, 2)).to.equal(copy);
    copy.forEach((item, i) => expect(item).to.equal(sorted[i]));
  });

  it('sorts 60,000 events in no order by its radix sort, as the comparator does', () => {
    const events = Array.from({ length: 60_000 }, (_, i) => {
      const start = ((i * 7919) % 9000) * DAY - 400 * DAY;
      return {
        startTime: start,
        endTime: start + ((i * 31) % 5) * DAY,
        id: `e${(i * 104729) % 60_000}`,
      };
    });
    asPlainSort(events, undefined);
  });

  it('falls back to the comparator for times that are not whole milliseconds', () => {
    asPlainSort([
      { startTime: 0, endTime: 0.7, id: 'a' },
      { startTime: 0, endTime: 0.2, id: 'b' },
    ]);
    const items = Array.from({ length: 400 }, (_, i) => ({
      startTime: ((i * 37) % 400) + 0.5,
      endTime: ((i * 37) % 400) + 1,
      id: String(i),
    }));
    asPlainSort(items);
  });

  it('gives validation the order of time, and of the data for the same times', () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: `20${String(10 + (i % 7)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      ...(i % 3 === 0 ? { end: '2020-01-01' } : {}),
    }));
    const reversed = [...events].reverse();
    const a = validateDataset({ title: 'T', events }).dataset.events;
    const b = validateDataset({ title: 'T', events: reversed }).dataset.events;
    const n = (e: Timed) => Number(e.id.slice(1));
    let ties = 0;
    for (let i = 1; i < a.length; i++) {
      expect(byTime(a[i - 1]!, a[i]!)).to.be.at.most(0);
      expect(byTime(b[i - 1]!, b[i]!)).to.be.at.most(0);
      // The same times: as the data lists them, forwards in one, backwards in the other.
      if (byTime(a[i - 1]!, a[i]!) === 0) {
        ties++;
        expect(n(a[i - 1]!)).to.be.below(n(a[i]!));
      }
      if (byTime(b[i - 1]!, b[i]!) === 0) expect(n(b[i - 1]!)).to.be.above(n(b[i]!));
    }
    expect(ties).to.be.above(100);
  });

  it("keeps a sheet's same-day rows in the sheet's order, not their ids' (s10 after s2)", () => {
    const events = ['s2', 's10', 's1'].map((id) => ({ id, title: id, start: '2009-05-01' }));
    const { dataset } = validateDataset({ title: 'T', events });
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['s2', 's10', 's1']);
  });
});
