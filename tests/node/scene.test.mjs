// Scene geometry asserted in Node, with no page and no DOM: what the SVG export and the CLI draw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core } from './load-core.mjs';

const m = core.DEFAULT_METRICS;
const flagship = core.validateDataset(core.kazakhstanTurkmenistan).dataset;

describe('the core in Node', () => {
  it('runs without a DOM', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  it('lays out the flagship at 1280 px with every position a renderer needs', () => {
    const scene = core.layout(flagship, { length: 1280, gaps: true });
    assert.deepEqual(
      scene.items.map((i) => i.id),
      [
        'dissolution-of-the-soviet-union',
        'silk-way-rally-2009',
        'medicinal-plants-book-astana',
        'state-visit-2013',
      ],
    );
    for (const it of scene.items) {
      for (const r of [it.box, it.mark, it.label]) {
        for (const v of [r.x, r.y, r.width, r.height]) assert.ok(Number.isFinite(v), it.id);
      }
      assert.equal(it.box.y, it.lane * m.laneHeight + 4);
      assert.ok(it.lines.length === 1 && it.lines[0].length > 0);
    }
    assert.equal(scene.axis.y, scene.height - m.axisSize);
    assert.equal(scene.breaks.length, 1);
    assert.equal(scene.breaks[0].band.height, scene.height);
    assert.ok(scene.ticks.ticks.length > 3);
  });

  it('lays out Apollo at a phone width with each label beside its own marker or joined to it', () => {
    const apollo = core.validateDataset(core.apollo).dataset;
    const scene = core.layout(apollo, {
      length: core.drawingLength('vertical', 360, apollo.events.length),
      width: 360,
      orientation: 'vertical',
      gaps: true,
    });
    for (const it of scene.items) {
      const line = it.box.y + it.label.y + m.labelLine / 2;
      if (!it.connector) assert.ok(Math.abs(line - it.x) <= 1, it.id);
      else assert.ok(Math.abs(it.box.y + it.connector[0].y - it.x) <= m.markerSize / 2, it.id);
      assert.ok(
        it.box.y + it.label.y >= 0 && it.box.y + it.label.y + it.label.height <= scene.height,
      );
    }
  });

  it('writes a date-time in its own offset and in the locale, where the runtime has no offset zones (Node 20)', () => {
    const { dataset } = core.validateDataset({
      title: 'T',
      events: [
        { id: 'a', title: 'A', start: '2013-05-10T10:00+05:00', end: '2013-05-10T12:00+05:00' },
        { id: 'b', title: 'B', start: '2013-05-10T10:00+05:00' },
        { id: 'c', title: 'C', start: '2013-05-10T23:30-03:00' },
      ],
    });
    const [a, b, c] = ['a', 'b', 'c'].map((id) => dataset.events.find((e) => e.id === id));
    assert.equal(core.formatRange(a.start, a.end, 'en-GB'), '10 May 2013, 10:00–12:00 UTC+5');
    // (Intl puts a narrow no-break space before "г.")
    assert.equal(
      core.formatRange(a.start, a.end, 'ru').replace(/\s/g, ' '),
      '10 мая 2013 г., 10:00–12:00 UTC+5',
    );
    assert.equal(core.formatDate(b.start, 'en-GB'), '10 May 2013 at 10:00 UTC+5');
    // Its own day, not UTC's (02:30 on the 11th).
    assert.equal(core.formatDate(c.start, 'en-GB'), '10 May 2013 at 23:30 UTC\u22123');
  });

  it('gives the same scene in Node as the JSON it serialises to', () => {
    const scene = core.layout(flagship, { length: 800, gaps: true });
    assert.deepEqual(JSON.parse(JSON.stringify(scene)), scene);
  });
});
