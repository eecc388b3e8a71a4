import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { byTime, sortByTime, type Timed } from '../../src/core/order.js';
import { validateDataset } from '../../src/core/validate.js';

const DAY = 864e5;

/** Items with many shared starts, ends and ids, so every tie-break is exercised. */
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

  it('orders long runs of the same times by id, and leaves sorted input as it is', () => {
    const sameDay = Array.from({ length: 3000 }, (_, i) => ({
      startTime: (i % 3) * DAY,
      endTime: (i % 3) * DAY + (i % 2),
      id: `e${(i * 7919) % 3000}`,
    }));
    asPlainSort(sameDay);
    const sorted = [...sameDay].sort(byTime);
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

  it('gives validation the same order for 1,000 events in any input order', () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: `20${String(10 + (i % 7)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      ...(i % 3 === 0 ? { end: '2020-01-01' } : {}),
    }));
    const reversed = [...events].reverse();
    const a = validateDataset({ title: 'T', events }).dataset.events;
    const b = validateDataset({ title: 'T', events: reversed }).dataset.events;
    expect(b.map((e) => e.id)).to.deep.equal(a.map((e) => e.id));
    for (let i = 1; i < a.length; i++) expect(byTime(a[i - 1]!, a[i]!)).to.be.below(0);
  });
});
