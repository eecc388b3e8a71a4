import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { apollo } from '../../data/apollo.js';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import { placeLabels } from '../../src/core/label-placement.js';
import { estimateMeasure } from '../../src/core/measure.js';
import { DEFAULT_METRICS, metricsFrom } from '../../src/core/metrics.js';
import {
  drawingLength,
  fitAxis,
  layout,
  type Rect,
  type Scene,
  type SceneItem,
} from '../../src/core/scene.js';
import { ellipsize, fitText } from '../../src/core/text-fit.js';
import type { Dataset, EventInput } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { generatedDataset } from '../../stories/generated-data.js';
import { targetSizeFailures, type TargetBox } from '../helpers/target-size.js';

const flagship = validateDataset(kazakhstanTurkmenistan).dataset;
const apolloData = validateDataset(apollo).dataset;
const romeData = validateDataset(rome).dataset;
const m = DEFAULT_METRICS;
const half = m.markerSize / 2;

/** An item part in drawing coordinates. */
const abs = (it: SceneItem, r: Rect): Rect => ({ ...r, x: it.box.x + r.x, y: it.box.y + r.y });
/** Two boxes share some area (touching edges do not count). */
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The vertical scene of a dataset at a phone's width. */
function phone(dataset: Dataset, width = 360): Scene {
  return layout(dataset, {
    length: drawingLength('vertical', width, dataset.events.length),
    width,
    orientation: 'vertical',
    gaps: true,
  });
}

describe('Scene geometry, horizontal', () => {
  it('each item sits in its lane: top = lane × lane height + 4, and era titles push lanes down', () => {
    const scene = layout(flagship, { length: 1280, gaps: true });
    for (const it of scene.items) expect(it.box.y).to.equal(it.lane * m.laneHeight + 4);
    const r = layout(romeData, { length: 1280 });
    for (const it of r.items) expect(it.box.y).to.equal(m.eraBand + it.lane * m.laneHeight + 4);
  });

  it('a point’s marker is a square of the marker size centred on x; a range’s bar runs from x to x2', () => {
    const scene = layout(flagship, { length: 1280, gaps: true });
    for (const it of scene.items) {
      const mark = abs(it, it.mark);
      if (it.x2 === null) {
        expect(mark.width).to.equal(m.markerSize);
        expect(mark.height).to.equal(m.markerSize);
        expect(mark.x + mark.width / 2).to.be.closeTo(it.x, 1e-9);
      } else {
        expect(mark.x).to.be.closeTo(it.x, 1e-9);
        expect(mark.x + mark.width).to.be.closeTo(Math.max(it.x + 4, it.x2), 1e-9);
      }
    }
  });

  it('the label box runs from labelStart to labelEnd, under the mark, inside the item box', () => {
    const scene = layout(flagship, { length: 1280, gaps: true });
    for (const it of scene.items) {
      const label = abs(it, it.label);
      expect(label.x).to.be.closeTo(it.labelStart, 1e-9);
      expect(label.x + label.width).to.be.closeTo(it.labelEnd, 1e-9);
      expect(label.y).to.be.at.least(abs(it, it.mark).y + it.mark.height);
      expect(it.label.x).to.be.at.least(0);
      expect(it.label.x + it.label.width).to.be.at.most(it.box.width + 1e-9);
    }
  });

  it('the drawing is tall enough for every lane and the axis, which sits at its bottom', () => {
    const scene = layout(flagship, { length: 1280 });
    expect(scene.height).to.equal(Math.max(1, scene.lanes) * m.laneHeight + m.axisGap + m.axisSize);
    expect(scene.axis).to.deep.equal({
      x: 0,
      y: scene.height - m.axisSize,
      width: 1280,
      height: m.axisSize,
    });
    for (const it of scene.items) expect(it.box.y + it.box.height).to.be.at.most(scene.axis.y);
  });

  it('panning away from every era keeps the era row, so the drawing’s height does not jump', () => {
    const axis = fitAxis(romeData, 1280);
    const whole = layout(romeData, { length: 1280, axis });
    // Far into the empire: zoom 20× on the last stretch, where no era starts.
    const zoomed = layout(romeData, { length: 1280, axis, transform: { k: 20, x: -19 * 1280 } });
    expect(zoomed.items[0]!.box.y - zoomed.items[0]!.lane * m.laneHeight).to.equal(
      whole.items[0]!.box.y - whole.items[0]!.lane * m.laneHeight,
    );
  });

  it('a lane height from the metrics moves every lane by that much', () => {
    const tall = { ...m, laneHeight: 60 };
    const scene = layout(flagship, { length: 360 }, tall);
    for (const it of scene.items) expect(it.box.y).to.equal(it.lane * 60 + 4);
    expect(scene.height).to.equal(Math.max(1, scene.lanes) * 60 + m.axisGap + m.axisSize);
  });

  it('eras are bands from their start to their end, with their title inside the band', () => {
    const scene = layout(romeData, { length: 1280 });
    for (const e of scene.eras) {
      expect(e.band.y).to.equal(0);
      expect(e.band.height).to.equal(scene.height);
      expect(e.label.x).to.be.at.least(e.band.x);
      expect(e.label.x + e.label.width).to.be.at.most(e.band.x + e.band.width);
    }
  });

  it('the titles of eras that overlap never overlap: each ends where a later era’s begins', () => {
    const d = validateDataset({
      events: [
        { id: 'e1', title: 'Synthetic event 1', start: '1900' },
        { id: 'e2', title: 'Synthetic event 2', start: '1990' },
      ],
      eras: [
        {
          id: 'a',
          title: 'Synthetic era A with a long title that runs on',
          start: '1900',
          end: '1960',
        },
        { id: 'b', title: 'Synthetic era B overlapping A, also long', start: '1920', end: '1990' },
        { id: 'c', title: 'Synthetic era C inside B', start: '1930', end: '1950' },
        { id: 'all', title: 'Synthetic era over all', start: '1850', end: '2050' },
      ],
    }).dataset;
    const scene = layout(d, { length: 1280 });
    const labels = scene.eras.map((e) => e.label).filter((l) => l.width > 0);
    expect(labels).to.have.length(4);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect(overlap(a, b), `${a.x} and ${b.x}`).to.equal(false);
    for (const e of scene.eras)
      expect(e.label.x + e.label.width).to.be.at.most(e.band.x + e.band.width);
  });

  it('the Scene holds the overview: a mark per shown event and the visible window as fractions', () => {
    const axis = fitAxis(flagship, 1280);
    const scene = layout(flagship, { length: 1280, axis, transform: { k: 4, x: -1280 } });
    expect(scene.overview!.marks).to.have.length(flagship.events.length);
    expect(scene.overview!.window.start).to.be.closeTo(0.25, 1e-9);
    expect(scene.overview!.window.end).to.be.closeTo(0.5, 1e-9);
    const hidden = layout(flagship, {
      length: 1280,
      axis,
      hiddenCategories: new Set(['cultural']),
    });
    expect(hidden.overview!.marks).to.have.length(2);
  });

  it('each label’s text is cut to its box with an ellipsis, never wider than the box', () => {
    const { dataset } = validateDataset({
      title: 'T',
      events: [
        { id: 'a', title: 'A very long title that cannot fit a narrow axis at all', start: '2000' },
      ],
    });
    const it = layout(dataset, { length: 200 }).items[0]!;
    expect(it.lines).to.have.length(1);
    expect(it.lines[0]!.endsWith('…')).to.equal(true);
    expect(estimateMeasure(it.lines[0]!)).to.be.at.most(it.label.width);
  });
});

describe('Scene geometry, vertical (phone)', () => {
  for (const [name, data] of [
    ['flagship', flagship],
    ['Apollo', apolloData],
    ['Rome', romeData],
  ] as const) {
    it(`${name} at 360 px: every label sits beside its own marker or is joined to it by its own connector`, () => {
      const scene = phone(data);
      expect(scene.items).to.have.length(data.events.length);
      for (const it of scene.items) {
        const label = abs(it, it.label);
        const firstLine = label.y + m.labelLine / 2;
        if (it.connector === null) {
          expect(Math.abs(firstLine - it.x), it.id).to.be.at.most(1);
        } else {
          const [a, b] = [it.connector[0]!, it.connector.at(-1)!];
          expect(it.box.x + a.x).to.be.closeTo(m.gutter + half, 1e-9);
          // Connectors of events on one date leave their shared marker a little apart.
          expect(it.box.y + a.y).to.be.closeTo(it.x, half);
          expect(it.box.x + b.x).to.be.below(label.x);
          expect(it.box.y + b.y).to.be.closeTo(firstLine, 1e-9);
        }
      }
    });

    it(`${name} at 360 px: nothing is clipped, top or bottom, left or right`, () => {
      const scene = phone(data);
      for (const it of scene.items) {
        const label = abs(it, it.label);
        expect(label.y, it.id).to.be.at.least(0);
        expect(label.y + label.height, it.id).to.be.at.most(scene.height);
        expect(label.x + label.width).to.be.at.most(360);
        const mark = abs(it, it.mark);
        expect(mark.y + mark.height / 2).to.be.within(0, scene.height);
      }
    });
  }

  it('Rome at 360 px: era titles take their own slot in the label column, clear of every event label', () => {
    const scene = phone(romeData);
    const boxes = [
      ...scene.items.map((it) => abs(it, it.label)),
      ...scene.eras.map((e) => e.label),
    ].sort((a, b) => a.y - b.y);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.y).to.be.at.least(boxes[i - 1]!.y + boxes[i - 1]!.height);
    // The era bands stay in the axis column: no era line runs through the labels.
    for (const e of scene.eras) expect(e.band.x + e.band.width).to.be.at.most(m.gutter);
  });

  it('vertical labels keep date order, never overlap, and no two connectors cross or merge (random datasets)', () => {
    const eventArb = fc.record({
      day: fc.integer({ min: 0, max: 4000 }),
      length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      title: fc.string({ minLength: 1, maxLength: 90 }).filter((s) => s.trim() !== ''),
    });
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 300, max: 700 }),
        (raw, width) => {
          const iso = (d: number) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
          const events = raw.map((e, i): EventInput => ({
            id: `e${i}`,
            title: e.title,
            start: iso(e.day),
            ...(e.length !== undefined ? { end: iso(e.day + e.length) } : {}),
          }));
          const { dataset } = validateDataset({ title: 'R', events });
          const scene = phone(dataset, width);
          const labels = scene.items.map((it) => abs(it, it.label));
          for (let i = 1; i < labels.length; i++) {
            expect(labels[i]!.y).to.be.at.least(labels[i - 1]!.y + labels[i - 1]!.height);
            expect(scene.items[i]!.x).to.be.at.least(scene.items[i - 1]!.x);
          }
          // Every connector spans the same column, so two cross or merge unless both their ends
          // keep one strict order.
          const ends = scene.items
            .filter((it) => it.connector)
            .map((it) => ({
              left: it.box.y + it.connector![0]!.y,
              right: it.box.y + it.connector!.at(-1)!.y,
            }));
          for (let i = 1; i < ends.length; i++) {
            expect(ends[i]!.left).to.be.above(ends[i - 1]!.left);
            expect(ends[i]!.right).to.be.above(ends[i - 1]!.right);
            expect(
              ends[i]!.left !== ends[i - 1]!.left || ends[i]!.right !== ends[i - 1]!.right,
            ).to.equal(true);
          }
          for (const l of labels) expect(l.y).to.be.at.least(0);
          expect(Math.max(...labels.map((l) => l.y + l.height))).to.be.at.most(scene.height);
        },
      ),
      { numRuns: 80 },
    );
  });
});

/**
 * What a finger presses down a phone's column: each event's label and each cluster. (A marker is
 * a second hold on its event's button, on the axis at its true time, so events days apart share
 * its place; the label is the target that is kept clear.)
 */
function phoneTargets(scene: Scene): TargetBox[] {
  return [
    ...scene.items.map((it) => ({ owner: `label ${it.id}`, ...abs(it, it.label) })),
    ...scene.clusters.map((k) => ({ owner: `cluster ${k.id}`, ...k.box })),
  ];
}

describe('Scene geometry, vertical (phone): targets a finger can press (WCAG 2.2 SC 2.5.8)', () => {
  const generated = (n: number, seed: number) => validateDataset(generatedDataset(n, seed)).dataset;
  const cases: [string, Dataset][] = [
    ['the flagship', flagship],
    ['Apollo', apolloData],
    ['Rome', romeData],
    ['300 generated events', generated(300, 3)],
    ['3,000 generated events', generated(3000, 7)],
  ];
  for (const [name, data] of cases)
    it(`${name} at 360 px, fitted and zoomed in: every label and cluster is 24 px or has a 24 px circle to itself`, () => {
      const length = drawingLength('vertical', 360, data.events.length);
      const axis = fitAxis(data, length, true);
      for (const [k, at] of [
        [1, 0],
        [3, 0.5],
        [12, 0.8],
      ] as const) {
        const scene = layout(data, {
          length,
          width: 360,
          orientation: 'vertical',
          gaps: true,
          axis,
          transform: { k, x: -(k - 1) * length * at },
        });
        if (k === 1) expect(scene.items.length + scene.clusters.length).to.be.above(0);
        expect(targetSizeFailures(phoneTargets(scene)), `×${k}`).to.deep.equal([]);
      }
    });

  it('every label and cluster keeps its 24 px, whatever the events, titles and width (random datasets)', () => {
    const iso = (d: number) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 4000 }),
            length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
            title: fc.string({ minLength: 1, maxLength: 90 }).filter((s) => s.trim() !== ''),
          }),
          { minLength: 1, maxLength: 120 },
        ),
        fc.integer({ min: 300, max: 700 }),
        fc.constantFrom(13, 16, 20),
        (raw, width, fontSize) => {
          const events = raw.map((e, i): EventInput => ({
            id: `e${i}`,
            title: e.title,
            start: iso(e.day),
            ...(e.length !== undefined ? { end: iso(e.day + e.length) } : {}),
          }));
          const { dataset } = validateDataset({ title: 'R', events });
          // A larger house font grows the label line, as the element's tokens do.
          const metrics = metricsFrom(() => '', DEFAULT_METRICS, fontSize);
          const scene = layout(
            dataset,
            {
              length: drawingLength('vertical', width, dataset.events.length),
              width,
              orientation: 'vertical',
              gaps: true,
            },
            metrics,
          );
          expect(targetSizeFailures(phoneTargets(scene))).to.deep.equal([]);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('Scene geometry, vertical (phone): era titles', () => {
  /** The title's box meets the part of its band the drawing shows. */
  const besideBand = (scene: Scene, e: Scene['eras'][number]) => {
    const from = Math.max(0, Math.min(scene.length, e.x));
    const to = Math.max(from, Math.min(scene.length, e.x2));
    return e.label.y <= to && e.label.y + e.label.height >= from;
  };
  /** Event labels and era titles, top to bottom, each clear of the one before. */
  const expectClearColumn = (scene: Scene) => {
    const boxes = [
      ...scene.items.map((it) => abs(it, it.label)),
      // A title left out has an empty box.
      ...scene.eras.map((e) => e.label).filter((l) => l.height > 0),
    ].sort((a, b) => a.y - b.y);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.y).to.be.at.least(boxes[i - 1]!.y + boxes[i - 1]!.height - 1e-9);
  };

  for (const width of [400, 360])
    it(`at ${width} px, era titles sit beside their bands when a crowd of event labels fills the column (30 events in one month, a compressed gap)`, () => {
      const { dataset, problems } = validateDataset({
        title: 'T',
        eras: [
          { id: 'one', title: 'Era One', start: '1994', end: '1999' },
          { id: 'two', title: 'Era Two', start: '2000', end: '2002' },
        ],
        events: [
          ...Array.from({ length: 30 }, (_, i) => ({
            id: `e${i}`,
            title: `Event ${i + 1}`,
            start: `2001-03-${String(i + 1).padStart(2, '0')}`,
          })),
          { id: 'range', title: 'A range', start: '1995-02-01', end: '1995-09-30' },
          { id: 'early', title: 'Early event', start: '1900' },
        ],
      });
      expect(problems).to.deep.equal([]);
      const scene = phone(dataset, width);
      expect(scene.breaks.length, 'the axis has a compressed gap').to.be.at.least(1);
      expect(scene.eras.map((e) => e.id)).to.deep.equal(['one', 'two']);
      for (const e of scene.eras) {
        expect(besideBand(scene, e), `${e.id}: title ${e.label.y}, band ${e.x}–${e.x2}`).to.equal(
          true,
        );
        // Not just touching: its middle lies within the band.
        const middle = e.label.y + e.label.height / 2;
        expect(middle, e.id).to.be.within(e.x, e.x2);
      }
      expectClearColumn(scene);
      expect(scene.items).to.have.length(32);
      expect(scene.height).to.equal(scene.length);
    });

  it('titles that cannot all lie beside one short band are left out, not stacked away from it; every band is still drawn', () => {
    const { dataset } = validateDataset({
      title: 'T',
      eras: Array.from({ length: 20 }, (_, i) => ({
        id: `era${i}`,
        title: `Era ${i + 1}`,
        start: '2001-03-01',
        end: '2001-03-05',
      })),
      events: [
        { id: 'a', title: 'Event A', start: '1990' },
        { id: 'b', title: 'Event B', start: '2001-03-03' },
        { id: 'c', title: 'Event C', start: '2010' },
      ],
    });
    const scene = phone(dataset);
    expect(scene.eras).to.have.length(20);
    const shown = scene.eras.filter((e) => e.label.height > 0);
    expect(shown.length).to.be.within(1, 19);
    for (const e of scene.eras) {
      expect(besideBand(scene, e), e.id).to.equal(true);
      if (e.label.height === 0) expect(e.label.width).to.equal(0);
    }
    expectClearColumn(scene);
  });

  it('every era title drawn meets its band, and no event label overlaps one (random datasets with eras)', () => {
    const iso = (d: number) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 4000 }),
            length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.array(
          fc.record({
            day: fc.integer({ min: -400, max: 4200 }),
            length: fc.integer({ min: 0, max: 2000 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.boolean(),
        fc.integer({ min: 300, max: 700 }),
        (raw, rawEras, early, width) => {
          const events: EventInput[] = raw.map((e, i) => ({
            id: `e${i}`,
            title: `Event ${i + 1}`,
            start: iso(e.day),
            ...(e.length !== undefined ? { end: iso(e.day + e.length) } : {}),
          }));
          // A far earlier event gives the axis a compressed gap.
          if (early) events.push({ id: 'early', title: 'Early event', start: '1900' });
          const eras = rawEras.map((e, i) => ({
            id: `era${i}`,
            title: `Era ${i + 1}`,
            start: iso(e.day),
            end: iso(e.day + e.length),
          }));
          const { dataset } = validateDataset({ title: 'R', events, eras });
          const scene = phone(dataset, width);
          for (const e of scene.eras)
            expect(
              besideBand(scene, e),
              `${e.id}: title ${e.label.y}, band ${e.x}–${e.x2}`,
            ).to.equal(true);
          expectClearColumn(scene);
          for (const it of scene.items) expect(abs(it, it.label).y).to.be.at.least(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('placeLabels', () => {
  it('leaves labels that do not touch where they want to be', () => {
    expect(
      placeLabels(
        [
          { ideal: 0, height: 10 },
          { ideal: 50, height: 10 },
        ],
        4,
      ),
    ).to.deep.equal([0, 50]);
  });

  it('spreads a crowd around the mean of what its labels want', () => {
    const tops = placeLabels(
      [
        { ideal: 100, height: 10 },
        { ideal: 100, height: 10 },
        { ideal: 100, height: 10 },
      ],
      0,
    );
    expect(tops).to.deep.equal([90, 100, 110]);
  });

  it('never places a label above the top', () => {
    const tops = placeLabels(
      [
        { ideal: 0, height: 16 },
        { ideal: 0, height: 16 },
      ],
      4,
      0,
    );
    expect(tops).to.deep.equal([0, 20]);
  });

  it('keeps labels above the bottom when they fit, in order and apart, else lets the last run past it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            ideal: fc.integer({ min: -50, max: 600 }),
            height: fc.integer({ min: 1, max: 40 }),
          }),
          {
            maxLength: 30,
          },
        ),
        (raw) => {
          const slots = [...raw].sort((a, b) => a.ideal - b.ideal);
          const max = 500;
          const tops = placeLabels(slots, 4, 0, max);
          const total = slots.reduce((sum, s) => sum + s.height + 4, -4);
          slots.forEach((s, i) => {
            expect(tops[i]).to.be.at.least(0);
            if (i > 0)
              expect(tops[i]).to.be.at.least(tops[i - 1]! + slots[i - 1]!.height + 4 - 1e-9);
            if (total <= max) expect(tops[i]! + s.height).to.be.at.most(max + 1e-9);
          });
        },
      ),
    );
    expect(
      placeLabels(
        [
          { ideal: 490, height: 16 },
          { ideal: 495, height: 16 },
        ],
        4,
        0,
        500,
      ),
    ).to.deep.equal([464, 484]);
  });

  it('keeps a slot within its own bounds, moving the labels around it instead', () => {
    // Alone, three labels wanting 100 would centre on it; the middle one may not rise above 110.
    expect(
      placeLabels(
        [
          { ideal: 100, height: 10 },
          { ideal: 100, height: 10, min: 110 },
          { ideal: 100, height: 10 },
        ],
        4,
      ),
    ).to.deep.equal([96, 110, 124]);
  });
});

describe('fitText and metricsFrom', () => {
  it('fitText breaks at spaces into at most the lines asked for, the last ending in an ellipsis', () => {
    const lines = fitText(
      'one two three four five six seven eight nine ten',
      60,
      estimateMeasure,
      2,
    );
    expect(lines).to.have.length(2);
    expect(lines[1]!.endsWith('…')).to.equal(true);
    for (const l of lines) expect(estimateMeasure(l)).to.be.at.most(60);
  });

  it('fitText breaks a word too long for a line where the line ends, and goes on with it on the next', () => {
    const measure = (t: string) => 10 * [...t].length;
    const lines = fitText('Visit of Berdimuhamedow to Kazakhstan', 80, measure, 4);
    expect(lines).to.deep.equal(['Visit of', 'Berdimuh', 'amedow', 'to Kaza…']);
    // The pieces of a broken word are joined without a space on the last line too.
    expect(fitText('Berdimuhamedowich and more', 80, measure, 2)).to.deep.equal([
      'Berdimuh',
      'amedowi…',
    ]);
    for (const l of lines) expect(measure(l)).to.be.at.most(80);
    // A word is broken between characters as a reader sees them, never inside an emoji.
    const family = '👨‍👩‍👧';
    const broken = fitText(
      family.repeat(6),
      30,
      (t) => 10 * [...new Intl.Segmenter().segment(t)].length,
      3,
    );
    for (const l of broken) expect(l.startsWith('\u200d'), l).to.equal(false);
    expect(broken[0]).to.equal(family.repeat(3));
    // An enormous word costs what the lines shown need, not its length.
    let calls = 0;
    fitText('x'.repeat(20_000), 80, (t) => (calls++, 10 * t.length), 2);
    expect(calls).to.be.below(200);
  });

  it('ellipsize keeps a text that fits as it is', () => {
    expect(ellipsize('Apollo 11', 200, estimateMeasure)).to.equal('Apollo 11');
  });

  it('metricsFrom takes readable px values and keeps the default for anything else', () => {
    const tokens: Record<string, string> = {
      '--annals-lane-height': ' 60px',
      '--annals-marker-size': 'banana',
      '--annals-gutter': '-3px',
    };
    const metrics = metricsFrom((t) => tokens[t] ?? '');
    expect(metrics.laneHeight).to.equal(60);
    expect(metrics.markerSize).to.equal(m.markerSize);
    expect(metrics.gutter).to.equal(m.gutter);
  });
});
