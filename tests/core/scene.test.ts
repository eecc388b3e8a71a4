import { expect } from '@open-wc/testing';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import { utcTime } from '../../src/core/date.js';
import { datasetDomain, fitAxis, layout, visibleRuns } from '../../src/core/scene.js';
import { validateDataset } from '../../src/core/validate.js';
import { windowOf } from '../../src/core/viewport.js';

const flagship = validateDataset(kazakhstanTurkmenistan).dataset;
const ids = [
  'dissolution-of-the-soviet-union',
  'silk-way-rally-2009',
  'medicinal-plants-book-astana',
  'state-visit-2013',
];

describe('layout of the flagship dataset', () => {
  it('layout at 1280 px draws the four events in date order, at x from the fitted scale', () => {
    const axis = fitAxis(flagship, 1280);
    const scene = layout(flagship, { length: 1280 });
    expect(scene.items.map((i) => i.id)).to.deep.equal(ids);
    for (const it of scene.items) {
      expect(it.x).to.be.closeTo(axis.scale(flagship.events[it.index]!.startTime), 1e-9);
    }
    const xs = scene.items.map((i) => i.x);
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    expect(scene.items[0]!.x).to.be.closeTo(axis.scale(utcTime(1991)), 1e-9);
  });

  it('layout draws the state visit from 10 May to the end of 11 May (x2 = scale(2013-05-12T00:00Z))', () => {
    for (const gaps of [false, true]) {
      const axis = fitAxis(flagship, 1280, gaps);
      const visit = layout(flagship, { length: 1280, gaps }).items.find(
        (i) => i.id === 'state-visit-2013',
      )!;
      expect(visit.x).to.be.closeTo(axis.scale(Date.UTC(2013, 4, 10)), 1e-9);
      expect(visit.x2).to.be.closeTo(axis.scale(Date.UTC(2013, 4, 12)), 1e-9);
    }
  });

  it('layout draws point events with x2 null', () => {
    const scene = layout(flagship, { length: 1280 });
    expect(scene.items.filter((i) => i.x2 === null).map((i) => i.id)).to.deep.equal(
      ids.filter((id) => id !== 'state-visit-2013'),
    );
  });

  it('layout with gaps compresses 1992–2009 into one 32 px break and gives the events more room', () => {
    const plain = layout(flagship, { length: 1280 });
    const broken = layout(flagship, { length: 1280, gaps: true });
    expect(plain.breaks).to.deep.equal([]);
    expect(broken.breaks).to.have.length(1);
    const b = broken.breaks[0]!;
    expect(b.x2 - b.x).to.be.closeTo(32, 1e-9);
    expect(b.start).to.be.greaterThan(utcTime(1992));
    expect(b.end).to.be.lessThan(utcTime(2009));
    const room = (s: typeof plain) => s.items[3]!.x - s.items[1]!.x; // 2009 to May 2013
    expect(room(broken)).to.be.greaterThan(2 * room(plain));
  });

  it('layout of the flagship keeps labels inside the axis at 360 and 1280 px', () => {
    for (const length of [360, 1280]) {
      for (const it of layout(flagship, { length }).items) {
        expect(it.labelStart).to.be.at.least(0);
        expect(it.labelEnd).to.be.at.most(length);
      }
    }
  });

  it('layout leaves out events of hidden categories', () => {
    const scene = layout(flagship, { length: 1280, hiddenCategories: new Set(['cultural']) });
    expect(scene.items.map((i) => i.id)).to.deep.equal([
      'dissolution-of-the-soviet-union',
      'state-visit-2013',
    ]);
  });

  it('layout of a zoomed window keeps only what reaches the window', () => {
    const axis = fitAxis(flagship, 1280);
    const a = axis.scale(utcTime(2013, 4));
    const b = axis.scale(utcTime(2013, 7));
    const k = 1280 / (b - a);
    const scene = layout(flagship, { length: 1280, transform: { k, x: -k * a }, axis });
    expect(scene.items.map((i) => i.id)).to.deep.equal([
      'medicinal-plants-book-astana',
      'state-visit-2013',
    ]);
    expect(scene.visible.start).to.be.closeTo(utcTime(2013, 4), 1);
    expect(scene.visible.end).to.be.closeTo(utcTime(2013, 7), 1);
    expect(scene.ticks.unit).to.be.oneOf(['day', 'month']);
  });

  it('layout marks the period of a point known only to its month or year, never a range', () => {
    const axis = fitAxis(flagship, 1280);
    const a = axis.scale(utcTime(2013, 4));
    const b = axis.scale(utcTime(2013, 7));
    const k = 1280 / (b - a);
    const t = { k, x: -k * a };
    const zoomed = layout(flagship, { length: 1280, transform: t, axis });
    const book = zoomed.items.find((i) => i.id === 'medicinal-plants-book-astana')!;
    // May 2013 runs to 1 June.
    expect(book.period).to.be.closeTo(k * axis.scale(utcTime(2013, 6)) + t.x, 1e-6);
    expect(zoomed.items.find((i) => i.id === 'state-visit-2013')!.period).to.equal(null);
    // At the whole span a month is narrower than the mark: no period is drawn for it.
    const whole = layout(flagship, { length: 1280 });
    expect(whole.items.find((i) => i.id === 'medicinal-plants-book-astana')!.period).to.equal(null);
    const year = whole.items.find((i) => i.id === 'dissolution-of-the-soviet-union')!;
    expect(year.period).to.be.closeTo(axis.scale(utcTime(1992)), 1e-6);
  });

  it('layout returns plain data that survives JSON', () => {
    const scene = layout(flagship, { length: 1280, gaps: true });
    expect(JSON.parse(JSON.stringify(scene))).to.deep.equal(scene);
  });

  it('layout of Rome draws its eras as bands between their dates', () => {
    const r = validateDataset(rome).dataset;
    const axis = fitAxis(r, 1280);
    const scene = layout(r, { length: 1280 });
    expect(scene.eras.map((e) => e.id)).to.deep.equal(['kingdom', 'republic', 'empire']);
    const empire = scene.eras[2]!;
    expect(empire.x).to.be.closeTo(axis.scale(utcTime(-26)), 1e-9);
    expect(empire.x2).to.be.closeTo(axis.scale(utcTime(477)), 1e-9);
    expect(scene.ticks.ticks.some((t) => t.label.endsWith('BCE'))).to.equal(true);
  });
});

describe('datasetDomain and visibleRuns', () => {
  it('datasetDomain pads the events’ span so no mark sits on the edge, and reports the finest precision', () => {
    const { domain, precision } = datasetDomain(flagship);
    expect(precision).to.equal('day');
    expect(domain[0]).to.be.lessThan(utcTime(1991));
    expect(domain[1]).to.be.greaterThan(utcTime(2013, 6));
    const pad = (utcTime(2013, 6) - utcTime(1991)) * 0.04;
    expect(domain[0]).to.be.closeTo(utcTime(1991) - pad, 1);
  });

  it('datasetDomain of an empty dataset is a fixed year, not the clock', () => {
    expect(datasetDomain({ events: [], eras: [] }).domain).to.deep.equal([
      Date.UTC(2000, 0, 1),
      Date.UTC(2001, 0, 1),
    ]);
  });

  it('visibleRuns splits the window at axis breaks', () => {
    const axis = fitAxis(flagship, 1280, true);
    const window = windowOf(axis, { k: 1, x: 0 }, 1280);
    const runs = visibleRuns(axis, { k: 1, x: 0 }, window, 1280);
    expect(runs).to.have.length(2);
    expect(runs[0]!.t1).to.equal(axis.breaks[0]!.start);
    expect(runs[1]!.t0).to.equal(axis.breaks[0]!.end);
    expect(runs[1]!.x0 - runs[0]!.x1).to.be.closeTo(32, 1e-9);
  });
});
