import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { utcTime } from '../../src/core/date.js';
import {
  createTimeAxis,
  findGaps,
  IDENTITY,
  project,
  unproject,
  type Gap,
} from '../../src/core/scale.js';
import { validateDataset } from '../../src/core/validate.js';

const flagship = validateDataset(kazakhstanTurkmenistan).dataset;
const span = (startTime: number, endTime: number) => ({ startTime, endTime });

describe('findGaps', () => {
  it('findGaps compresses the flagship’s empty 1992–2009 stretch and nothing else', () => {
    const gaps = findGaps(flagship.events);
    expect(gaps).to.have.length(1);
    const [g] = gaps;
    const empty = utcTime(2009) - utcTime(1992);
    expect(g!.start).to.equal(utcTime(1992) + 0.08 * empty);
    expect(g!.end).to.equal(utcTime(2009) - 0.08 * empty);
  });

  it('findGaps leaves short gaps alone (2010 to May 2013 is under a fifth of the span)', () => {
    const gaps = findGaps(flagship.events);
    expect(gaps.every((g) => g.end < utcTime(2010) || g.start > utcTime(2013, 6))).to.equal(true);
    expect(findGaps(flagship.events, { threshold: 0.1 })).to.have.length(2);
  });

  it('findGaps of no items or one item is empty', () => {
    expect(findGaps([])).to.deep.equal([]);
    expect(findGaps([span(0, 10)])).to.deep.equal([]);
  });

  it('findGaps does not treat time covered by a long item as empty', () => {
    // 0–100 covers the stretch between 10 and 90.
    expect(findGaps([span(0, 100), span(5, 10), span(90, 95)])).to.deep.equal([]);
  });

  it('findGaps does not depend on the order of the items', () => {
    const items = [span(0, 10), span(500, 510), span(1000, 1010)];
    expect(findGaps([...items].reverse())).to.deep.equal(findGaps(items));
    expect(findGaps(items)).to.have.length(2);
  });

  it('findGaps returns gaps inside the empty stretches, in order, never touching an item', () => {
    const items = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e4 }))
        .map(([s, w]) => span(s, s + w)),
      { minLength: 2, maxLength: 30 },
    );
    fc.assert(
      fc.property(items, (list) => {
        const gaps = findGaps(list);
        for (const g of gaps) {
          expect(g.end).to.be.greaterThan(g.start);
          for (const it of list)
            expect(it.endTime <= g.start || it.startTime >= g.end, JSON.stringify(g)).to.equal(
              true,
            );
        }
        for (let i = 1; i < gaps.length; i++)
          expect(gaps[i]!.start).to.be.greaterThan(gaps[i - 1]!.end);
      }),
    );
  });
});

describe('createTimeAxis', () => {
  const domain = [0, 1000] as const;
  const range = [0, 600] as const;

  it('createTimeAxis without gaps is a plain linear UTC scale', () => {
    const axis = createTimeAxis(domain, range);
    expect(axis.breaks).to.deep.equal([]);
    expect(axis.scale(0)).to.equal(0);
    expect(axis.scale(500)).to.equal(300);
    expect(axis.rate).to.equal(0.6);
  });

  it('createTimeAxis gives every gap a break of breakSize px and the rest a single rate', () => {
    const gaps: Gap[] = [
      { start: 100, end: 400 },
      { start: 600, end: 800 },
    ];
    const axis = createTimeAxis(domain, range, gaps, 32);
    expect(axis.breaks).to.have.length(2);
    // 1000 ms minus 500 compressed over 600 − 64 px.
    expect(axis.rate).to.equal((600 - 64) / 500);
    for (const b of axis.breaks) {
      expect(b.x2 - b.x).to.be.closeTo(32, 1e-9);
      expect(axis.scale(b.start)).to.be.closeTo(b.x, 1e-9);
      expect(axis.scale(b.end)).to.be.closeTo(b.x2, 1e-9);
    }
    expect(axis.scale(0)).to.equal(0);
    expect(axis.scale(1000)).to.be.closeTo(600, 1e-9);
    // Uncompressed stretches all advance at `rate`.
    expect(axis.scale(100) - axis.scale(0)).to.be.closeTo(100 * axis.rate, 1e-9);
    expect(axis.scale(600) - axis.scale(400)).to.be.closeTo(200 * axis.rate, 1e-9);
    expect(axis.scale(1000) - axis.scale(800)).to.be.closeTo(200 * axis.rate, 1e-9);
  });

  it('createTimeAxis ignores gaps outside the domain and gives up breaks that would leave too little room', () => {
    expect(createTimeAxis(domain, range, [{ start: -50, end: 50 }]).breaks).to.deep.equal([]);
    const many = Array.from({ length: 15 }, (_, i) => ({ start: i * 60 + 10, end: i * 60 + 50 }));
    expect(createTimeAxis(domain, range, many, 32).breaks).to.deep.equal([]);
  });

  it('createTimeAxis is monotonic and invertible, with breaks or without', () => {
    const gapsArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 0, maxLength: 8 })
      .map((cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const gaps: Gap[] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2)
          gaps.push({ start: sorted[i]! * 10, end: sorted[i + 1]! * 10 });
        return gaps;
      });
    fc.assert(
      fc.property(
        gapsArb,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2 }),
        (gaps, times) => {
          const axis = createTimeAxis(domain, [0, 1280], gaps, 32);
          const sorted = [...times].sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++) {
            expect(axis.scale(sorted[i]!)).to.be.at.least(axis.scale(sorted[i - 1]!));
          }
          for (const t of times)
            expect(unproject(axis, IDENTITY, project(axis, IDENTITY, t))).to.be.closeTo(t, 1e-6);
          for (const b of axis.breaks) expect(b.x2 - b.x).to.be.closeTo(32, 1e-9);
        },
      ),
    );
  });

  it('project and unproject apply a zoom transform as screen = k × base + x', () => {
    const axis = createTimeAxis(domain, range);
    const t = { k: 4, x: -300 };
    expect(project(axis, t, 500)).to.equal(4 * 300 - 300);
    expect(unproject(axis, t, 900)).to.be.closeTo(500, 1e-9);
  });
});
