import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isCssColor, NAMED_COLORS } from '../../src/core/color.js';

/** What the browser itself takes as a colour: the oracle isCssColor must never exceed. */
const browserColor = (text: string) => CSS.supports('color', text);

const ACCEPTED = [
  '#abc',
  '#abcd',
  '#8c1c13',
  '#8C1C13CC',
  'rgb(140, 28, 19)',
  'rgba(140,28,19,0.5)',
  'rgb(55%, 10%, 7%)',
  'rgba(55%, 10%, 7%, 50%)',
  'rgb(140 28 19)',
  'rgb(140 28 19 / 0.5)',
  'RGB(140 28 19/50%)',
  'rgb(none 28 19)',
  'rgb(1e2 .5 +3)',
  'hsl(4, 76%, 31%)',
  'hsla(4deg, 76%, 31%, .8)',
  'hsl(4 76% 31%)',
  'hsl(0.5turn 76 31 / none)',
  'hwb(4 5% 45%)',
  'hwb(-1.2rad 5% 45% / 0.7)',
  'lab(29.2345% 39.3825 20.0664)',
  'lch(52.2345% 72.2 56.2grad)',
  'oklab(40.1% 0.1143 0.045)',
  'oklch(59.69% 0.156 49.77 / .5)',
  'color(display-p3 0.5 0.1 0.1)',
  'color(srgb-linear 50% 10% none / 0.5)',
  'color(xyz-d65 0.2 0.1 0.05)',
  'color(rec2020 0 1 0)',
  'transparent',
  'currentcolor',
  'CurrentColor',
  'RebeccaPurple',
  'burlywood',
];

const REFUSED = [
  'red;position:fixed;inset:0;z-index:2147483647;background:url(/beacon.png)',
  'red; background: url(x)',
  'url(/beacon.png)',
  'var(--x)',
  'var(--x, red)',
  'calc(1px)',
  'rgb(calc(1) 2 3)',
  'rgb(var(--r) 2 3)',
  'rgb(from red r g b)',
  'color-mix(in srgb, red, blue)',
  'light-dark(red, blue)',
  'rgb(1, 2 3)',
  'rgb(1, 2%, 3)',
  'rgb(none, 2, 3)',
  'rgb(1 2)',
  'rgb(1 2 3 4)',
  'rgb(1 2 3 / 0.5 / 1)',
  'rgb(1 2 3',
  'rgb 1 2 3',
  'rgb(1deg 2 3)',
  'hsl(4, 76, 31)',
  'color(unknown 1 2 3)',
  'color(1 2 3)',
  'lab(1 2 3) red',
  ' red',
  'red ',
  'redd',
  'inherit',
  'initial',
  'none',
  '',
  '#',
  '#ab',
  '#abcde',
  '#abcdefg',
  '#ggg',
  'red}body{display:none',
  'red{',
  '"red"',
  "'red'",
  're\\64',
  'red/**/',
  '\u00a0red',
  `rgb(${'1'.repeat(50)} ${'2'.repeat(50)} 3)`,
];

describe('isCssColor', () => {
  it('isCssColor accepts every CSS named colour (148 of them), transparent and currentcolor, as the browser does', () => {
    expect(NAMED_COLORS.size).to.equal(150);
    for (const name of NAMED_COLORS) {
      expect(browserColor(name), name).to.equal(true);
      expect(isCssColor(name), name).to.equal(true);
      expect(isCssColor(name.toUpperCase()), name).to.equal(true);
    }
  });

  for (const text of ACCEPTED) {
    it(`isCssColor(${JSON.stringify(text)}) is true, as it is for the browser`, () => {
      expect(isCssColor(text)).to.equal(true);
      expect(browserColor(text)).to.equal(true);
    });
  }

  for (const text of REFUSED) {
    it(`isCssColor(${JSON.stringify(text)}) is false`, () => {
      expect(isCssColor(text)).to.equal(false);
    });
  }

  it('isCssColor refuses anything longer than 100 characters, even a colour', () => {
    const padded = `rgb(1${' '.repeat(95)}2 3)`;
    expect(padded.length).to.be.above(100);
    expect(browserColor(padded)).to.equal(true);
    expect(isCssColor(padded)).to.equal(false);
  });

  it('isCssColor refuses what is not a string', () => {
    for (const value of [undefined, null, 0xff0000, ['red'], { toString: () => 'red' }]) {
      expect(isCssColor(value as unknown as string)).to.equal(false);
    }
  });

  it('isCssColor never accepts a string containing ; { } : quotes, a backslash or url(', () => {
    const unsafe = fc.constantFrom(';', '{', '}', ':', '"', "'", '\\', 'url(', 'URL(');
    fc.assert(
      fc.property(fc.string(), unsafe, fc.string(), (before, bad, after) => {
        expect(isCssColor(before + bad + after)).to.equal(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('isCssColor accepts nothing the browser would not take as a colour', () => {
    // Strings over the alphabet of colours, so that some are colours and many nearly are.
    const piece = fc.constantFrom(
      ...'0123456789.+-e%#/, ()abcdefABCDEF'.split(''),
      ...['rgb(', 'rgba(', 'hsl(', 'hwb(', 'lab(', 'oklch(', 'color(', 'srgb ', 'none'],
      ...['deg', 'turn', 'red', ' / ', ', ', 'calc(', 'var(--a'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        if (isCssColor(text)) expect(browserColor(text), text).to.equal(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('isCssColor accepts the colours its notations describe, as the browser does', () => {
    const num = fc
      .tuple(fc.integer({ min: -999, max: 999 }), fc.nat(99))
      .map(([i, f]) => `${i}.${f}`);
    const component = fc.oneof(
      num,
      num.map((n) => `${n}%`),
      fc.constant('none'),
    );
    const hue = fc.oneof(
      component.filter((c) => !c.endsWith('%')),
      fc.tuple(num, fc.constantFrom('deg', 'rad', 'grad', 'turn')).map(([n, u]) => n + u),
    );
    const alpha = fc.option(
      component.map((a) => ` / ${a}`),
      { nil: '' },
    );
    const modern = fc.oneof(
      fc
        .tuple(fc.constantFrom('rgb', 'rgba', 'lab', 'oklab'), component, component, component)
        .map(([f, a, b, c]) => `${f}(${a} ${b} ${c}`),
      fc
        .tuple(fc.constantFrom('hsl', 'hsla', 'hwb'), hue, component, component)
        .map(([f, a, b, c]) => `${f}(${a} ${b} ${c}`),
      fc
        .tuple(fc.constantFrom('lch', 'oklch'), component, component, hue)
        .map(([f, a, b, c]) => `${f}(${a} ${b} ${c}`),
      fc
        .tuple(fc.constantFrom('srgb', 'display-p3', 'xyz'), component, component, component)
        .map(([s, a, b, c]) => `color(${s} ${a} ${b} ${c}`),
    );
    fc.assert(
      fc.property(modern, alpha, (body, a) => {
        const text = `${body}${a})`;
        expect(browserColor(text), text).to.equal(true);
        expect(isCssColor(text), text).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });
});
