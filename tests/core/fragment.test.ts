import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_YEAR, MIN_YEAR, utcTime } from '../../src/core/date.js';
import {
  fragmentAnchors,
  fragmentText,
  fragmentValue,
  withFragmentValues,
} from '../../src/core/fragment.js';
import { pixelSlack, rangeText, timeOf } from '../../src/core/navigation.js';
import { createTimeAxis, project, unproject } from '../../src/core/scale.js';

describe('URL fragments shared with the page', () => {
  it('fragmentValue(fragment, name) reads a decoded value by its decoded name, the first of its name', () => {
    const f = '#notes&a=b&my%20k.selected=x%26y&my+k.from=2009&a=c';
    expect(fragmentValue(f, 'a')).to.equal('b');
    expect(fragmentValue(f, 'my k.selected')).to.equal('x&y');
    expect(fragmentValue(f, 'my k.from')).to.equal('2009');
    expect(fragmentValue(f, 'notes')).to.equal(null);
    expect(fragmentValue('', 'a')).to.equal(null);
  });

  it('fragmentValue skips a part it cannot decode', () => {
    expect(fragmentValue('#k=%E0%A4%A&k=ok', 'k')).to.equal('ok');
  });

  it('withFragmentValues leaves every other part byte for byte, in its place', () => {
    const f = '#notes&a=b&x=%2Fy+z&k.selected=old&=&&c=%E0%A4%A';
    expect(withFragmentValues(f, { 'k.selected': 'new one' })).to.equal(
      '#notes&a=b&x=%2Fy+z&k.selected=new%20one&=&&c=%E0%A4%A',
    );
    expect(withFragmentValues(f, { 'k.selected': null })).to.equal(
      '#notes&a=b&x=%2Fy+z&=&&c=%E0%A4%A',
    );
    expect(withFragmentValues('#notes', { 'k.from': '2009-01-01T00:00Z', 'k.to': null })).to.equal(
      '#notes&k.from=2009-01-01T00:00Z',
    );
  });

  it('withFragmentValues encodes names and values, keeps one part a name, and leaves nothing as ""', () => {
    expect(withFragmentValues('', { 'a&b=c d.selected': 'x=1&y' })).to.equal(
      '#a%26b%3Dc%20d.selected=x%3D1%26y',
    );
    expect(withFragmentValues('#k.to=1&k.to=2', { 'k.to': '3' })).to.equal('#k.to=3');
    expect(withFragmentValues('#k.to=1', { 'k.to': null })).to.equal('');
    expect(withFragmentValues('#', {})).to.equal('');
  });

  it('a value written is read back as it was', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (page, name, value) => {
        const f = withFragmentValues(`#${page}`, { [`${name}.selected`]: value });
        return fragmentValue(f, `${name}.selected`) === value;
      }),
    );
  });

  it('fragmentAnchors lists the parts that may name an element; fragmentText decodes the whole', () => {
    expect(fragmentAnchors('#notes&k.selected=e5&caf%C3%A9')).to.deep.equal(['notes', 'café']);
    expect(fragmentAnchors('#k.selected=e5')).to.deep.equal([]);
    expect(fragmentText('#a%20b&c')).to.equal('a b&c');
    expect(fragmentText('#%E0')).to.equal('%E0');
  });
});

describe('rangeText(window)', () => {
  const Z = (iso: string) => Date.parse(iso);

  it('writes each end in the coarsest exact form, `to` as the last period shown', () => {
    expect(rangeText({ start: Z('2009-01-01T00:00Z'), end: Z('2010-01-01T00:00Z') })).to.deep.equal(
      {
        from: '2009',
        to: '2009',
      },
    );
    expect(rangeText({ start: Z('2009-03-10T00:00Z'), end: Z('2012-07-21T00:00Z') })).to.deep.equal(
      {
        from: '2009-03-10',
        to: '2012-07-20',
      },
    );
    expect(
      rangeText({ start: Z('2009-03-10T06:30Z'), end: Z('2009-03-10T12:00:05Z') }),
    ).to.deep.equal({
      from: '2009-03-10T06:30Z',
      to: '2009-03-10T12:00:04Z',
    });
  });

  it('takes both ends to the nearest second, so a view a hair off a boundary reads as it', () => {
    const end = utcTime(51) - 0.0004;
    expect(rangeText({ start: utcTime(14) + 0.0004, end })).to.deep.equal({
      from: '0014',
      to: '0050',
    });
  });

  it('with slack, writes each end as the coarsest date within it', () => {
    const w = { start: Z('2009-03-02T08:38:24Z'), end: Z('2011-07-29T17:02:11Z') };
    const DAY = 864e5;
    // Half a pixel of a view of two years in 1,000 px: about nine hours.
    expect(rangeText(w, { from: 0.4 * DAY, to: 0.4 * DAY })).to.deep.equal({
      from: '2009-03-02',
      to: '2011-07-29',
    });
    // Of twenty years: the nearest month (the start is nearer March than April; the end, August).
    expect(rangeText(w, { from: 4 * DAY, to: 4 * DAY })).to.deep.equal({
      from: '2009-03',
      to: '2011-07',
    });
    expect(rangeText(w, { from: 400 * DAY, to: 400 * DAY })).to.deep.equal({
      from: '2009',
      to: '2011',
    });
    // Each end by its own slack; none gives the exact text, to the second.
    expect(rangeText(w, { from: 0, to: 4 * DAY })).to.deep.equal({
      from: '2009-03-02T08:38:24Z',
      to: '2011-07',
    });
    expect(rangeText(w)).to.deep.equal(rangeText(w, { from: 0, to: 0 }));
  });

  it('with slack, reads back to a window within the slack, never an empty one', () => {
    const t = fc.integer({ min: utcTime(-2000), max: utcTime(3000) });
    const slack = fc.integer({ min: 0, max: 400 * 864e5 });
    fc.assert(
      fc.property(t, t, slack, (a, b, s) => {
        const w = { start: Math.min(a, b), end: Math.max(a, b) + 1000 };
        const text = rangeText(w, { from: s, to: s });
        const start = timeOf(text.from, 'from');
        const end = timeOf(text.to, 'to', true);
        expect(end).to.be.above(start);
        // Rounded to the second first, then moved by at most the slack.
        expect(Math.abs(start - w.start)).to.be.at.most(s + 500);
        expect(Math.abs(end - w.end)).to.be.at.most(s + 500);
      }),
    );
  });

  it('with a pixel’s slack beside an axis break, reads back to within a pixel of the view', () => {
    // A break compresses 360 years into 32 px; outside it a pixel is some 94 days at ×1.
    const gap = { start: utcTime(1520, 5, 17, 7), end: utcTime(1880, 8, 3, 13) };
    const axis = createTimeAxis([utcTime(1396), utcTime(2004)], [0, 1000], [gap], 32);
    const [b] = axis.breaks;
    for (const k of [1, 16, 256])
      for (const edge of [b!.x, b!.x2])
        for (const off of [-0.9, -0.5, -0.15, 0.15, 0.5, 0.9]) {
          // The view's start a fraction of a pixel either side of an edge of the break.
          const t = { k, x: -(k * edge + off) };
          const w = { start: unproject(axis, t, 0), end: unproject(axis, t, 1000) };
          const text = rangeText(w, pixelSlack(axis, t, w));
          const from = project(axis, t, timeOf(text.from, 'from'));
          const to = project(axis, t, timeOf(text.to, 'to', true));
          expect(Math.abs(from), `×${k}, ${off} px from ${edge}: ${text.from}`).to.be.at.most(1);
          expect(Math.abs(to - 1000), `×${k}: ${text.to}`).to.be.at.most(1);
        }
  });

  it('reads back through zoomTo’s rules to a window whose text is the same', () => {
    // Every instant of the years a date may have (but the last second's later half, which
    // rounds to a start in a year after the last).
    const t = fc.integer({ min: utcTime(MIN_YEAR), max: utcTime(MAX_YEAR + 1) - 1500 });
    fc.assert(
      fc.property(t, t, (a, b) => {
        const text = rangeText({ start: Math.min(a, b), end: Math.max(a, b) });
        const again = rangeText({
          start: timeOf(text.from, 'from'),
          end: timeOf(text.to, 'to', true),
        });
        expect(again).to.deep.equal(text);
      }),
    );
  });
});
