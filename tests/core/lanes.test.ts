import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isoYear } from '../../src/core/date.js';
import { packLanes, type Extent } from '../../src/core/lanes.js';
import { DEFAULT_METRICS, layout, type SceneItem } from '../../src/core/scene.js';
import { clampTransform } from '../../src/core/viewport.js';
import type { EventInput } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';

const ext = (start: number, end: number): Extent => ({ start, end });

/** The same greedy rule written the slow, obvious way: the lowest lane whose last item is far enough. */
function referenceLanes(extents: readonly Extent[], gap: number): number[] {
  const lastEnd: number[] = [];
  return extents.map(({ start, end }) => {
    let lane = lastEnd.findIndex((e) => e + gap <= start);
    if (lane === -1) lane = lastEnd.length;
    lastEnd[lane] = Math.max(start, end);
    return lane;
  });
}

const sortedExtents = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 300 })), {
    maxLength: 60,
  })
  .map((pairs) => pairs.map(([s, w]) => ext(s, s + w)).sort((a, b) => a.start - b.start));

describe('packLanes', () => {
  it('packLanes([]) is []', () => {
    expect(packLanes([])).to.deep.equal([]);
  });

  it('packLanes puts extents that do not overlap in lane 0', () => {
    expect(packLanes([ext(0, 10), ext(10, 20), ext(30, 40)])).to.deep.equal([0, 0, 0]);
  });

  it('packLanes stacks extents that overlap', () => {
    expect(packLanes([ext(0, 10), ext(1, 11), ext(2, 12)])).to.deep.equal([0, 1, 2]);
  });

  it('packLanes reuses the lowest free lane, not the one freed first', () => {
    // Lane 1 frees at 5 and lane 0 at 10; at 12 both are free and lane 0 wins.
    expect(packLanes([ext(0, 10), ext(1, 5), ext(2, 20), ext(6, 8), ext(12, 14)])).to.deep.equal([
      0, 1, 2, 1, 0,
    ]);
  });

  it('packLanes keeps `gap` px between extents in one lane', () => {
    expect(packLanes([ext(0, 10), ext(12, 20)], 2)).to.deep.equal([0, 0]);
    expect(packLanes([ext(0, 10), ext(12, 20)], 3)).to.deep.equal([0, 1]);
  });

  it('packLanes treats an extent whose end is before its start as a point', () => {
    expect(packLanes([ext(10, 0), ext(10, 12)])).to.deep.equal([0, 0]);
    expect(packLanes([ext(10, 0), ext(10, 12)], 1)).to.deep.equal([0, 1]);
  });

  it('packLanes throws a RangeError for extents not sorted by start', () => {
    expect(() => packLanes([ext(5, 6), ext(1, 2)])).to.throw(RangeError, /sorted by start/);
  });

  it('packLanes leaves no overlap within a lane, given the gap', () => {
    fc.assert(
      fc.property(sortedExtents, fc.integer({ min: 0, max: 20 }), (extents, gap) => {
        const lanes = packLanes(extents, gap);
        const last = new Map<number, Extent>();
        extents.forEach((e, i) => {
          const prev = last.get(lanes[i]!);
          // Within a lane, extents come in start order and each starts `gap` after the last ends.
          if (prev) expect(Math.max(prev.start, prev.end) + gap).to.be.at.most(e.start);
          last.set(lanes[i]!, e);
        });
      }),
    );
  });

  it('packLanes takes the lowest lane that is free: every lower lane is busy at the start', () => {
    fc.assert(
      fc.property(sortedExtents, fc.integer({ min: 0, max: 20 }), (extents, gap) => {
        const lanes = packLanes(extents, gap);
        const lastEnd: number[] = [];
        extents.forEach((e, i) => {
          const lane = lanes[i]!;
          expect(lane).to.be.at.most(lastEnd.length); // lanes are opened one at a time
          for (let l = 0; l < lane; l++) expect(lastEnd[l]! + gap).to.be.greaterThan(e.start);
          lastEnd[lane] = Math.max(e.start, e.end);
        });
      }),
    );
  });

  it('packLanes agrees with the obvious quadratic greedy packing', () => {
    fc.assert(
      fc.property(sortedExtents, fc.integer({ min: 0, max: 20 }), (extents, gap) => {
        expect(packLanes(extents, gap)).to.deep.equal(referenceLanes(extents, gap));
      }),
    );
  });

  it('packLanes uses as many lanes as the most extents overlapping at one point (with gap 0)', () => {
    fc.assert(
      fc.property(sortedExtents, (extents) => {
        const lanes = packLanes(extents, 0);
        const used = extents.length === 0 ? 0 : Math.max(...lanes) + 1;
        // Greedy interval partitioning is optimal: lanes = maximum depth of half-open extents.
        // An extent counts at its own start even when it is empty.
        // Ties are taken in input order: an extent ending exactly where the next starts frees its lane.
        let depth = 0;
        extents.forEach((e, i) => {
          const at = extents
            .slice(0, i + 1)
            .filter((o) => o === e || Math.max(o.start, o.end) > e.start);
          depth = Math.max(depth, at.length);
        });
        expect(used).to.equal(depth);
      }),
    );
  });
});

// Random datasets: days over a few years, some ranges, titles from one letter to long phrases.
const eventArb = fc
  .record({
    day: fc.integer({ min: 0, max: 3000 }),
    length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    title: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
    yearOnly: fc.boolean(),
  })
  .map(({ day, length, title, yearOnly }) => {
    const iso = (d: number) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
    const start = yearOnly ? isoYear(2000 + Math.floor(day / 365)) : iso(day);
    return {
      title,
      start,
      ...(length !== undefined && !yearOnly ? { end: iso(day + length) } : {}),
    };
  });

const datasetArb = fc.array(eventArb, { minLength: 1, maxLength: 40 }).map((events) => {
  const input = {
    title: 'Random',
    events: events.map((e, i): EventInput => ({ id: `e${i}`, ...e })),
  };
  const { dataset, problems } = validateDataset(input);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return dataset;
});

/** The fitted view, or a zoomed and panned one kept over the content. */
const transformArb = (length: number) =>
  fc.oneof(
    fc.constant(undefined),
    fc
      .record({
        k: fc.double({ min: 1, max: 200, noNaN: true }),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ k, at }) =>
        clampTransform({ k, x: -at * (k - 1) * length }, length, { minK: 1, maxK: 200 }),
      ),
  );

const { markerSize, itemGap } = DEFAULT_METRICS;
const marker = markerSize / 2;
const extentOf = (it: SceneItem) => ({
  start: Math.min(it.x - marker, it.labelShown ? it.labelStart : Infinity),
  end: Math.max(
    it.x2 ?? it.period ?? it.x + marker,
    it.x + marker,
    it.labelShown ? it.labelEnd : -Infinity,
  ),
});

describe('layout lanes', () => {
  for (const length of [360, 1280]) {
    it(`layout at ${length} px keeps every label inside [0, ${length}]`, () => {
      fc.assert(
        fc.property(datasetArb, fc.boolean(), transformArb(length), (dataset, gaps, transform) => {
          const scene = layout(dataset, { length, gaps, transform });
          // Nothing is hidden: every event is drawn or counted in a cluster.
          if (!transform)
            expect(scene.items.length + scene.clusters.reduce((n, c) => n + c.count, 0)).to.equal(
              dataset.events.length,
            );
          for (const it of scene.items) {
            expect(it.labelStart, it.id).to.be.at.least(0);
            expect(it.labelEnd, it.id).to.be.at.most(length);
            expect(it.labelEnd).to.be.greaterThan(it.labelStart);
          }
        }),
        { numRuns: 60 },
      );
    });

    it(`layout at ${length} px never lets two items in one lane overlap`, () => {
      fc.assert(
        fc.property(datasetArb, fc.boolean(), transformArb(length), (dataset, gaps, transform) => {
          const scene = layout(dataset, { length, gaps, transform });
          const byLane = new Map<number, { start: number; end: number }[]>();
          for (const it of scene.items) {
            const list = byLane.get(it.lane) ?? [];
            list.push(extentOf(it));
            byLane.set(it.lane, list);
          }
          for (const list of byLane.values()) {
            list.sort((a, b) => a.start - b.start);
            for (let i = 1; i < list.length; i++) {
              expect(list[i - 1]!.end + itemGap).to.be.at.most(list[i]!.start);
            }
          }
          expect(byLane.size).to.be.at.most(scene.lanes);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('layout puts a label that would run off the end before its point mark', () => {
    const { dataset } = validateDataset({
      title: 'T',
      events: [
        { id: 'a', title: 'First', start: '2000' },
        { id: 'z', title: 'A long title at the very end of the axis', start: '2010-12-31' },
      ],
    });
    const scene = layout(dataset, { length: 600 });
    const z = scene.items.find((i) => i.id === 'z')!;
    expect(z.anchor).to.equal('end');
    expect(z.labelEnd).to.equal(z.x - DEFAULT_METRICS.markerSize / 2 - DEFAULT_METRICS.labelGap);
  });
});
