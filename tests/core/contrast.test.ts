import { expect } from '@open-wc/testing';
import { contrastRatio, lowContrast, over, parseRgb } from '../../src/core/contrast.js';

describe('contrast', () => {
  it('reads the colours a browser computes, and nothing it would have to guess', () => {
    expect(parseRgb('rgb(26, 26, 26)')).to.deep.equal([26, 26, 26, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0.5)')).to.deep.equal([0, 0, 0, 0.5]);
    expect(parseRgb(' rgb(26 26 26 / 50%) ')).to.deep.equal([26, 26, 26, 0.5]);
    expect(parseRgb('rgb(100%, 0%, 0%)')).to.deep.equal([255, 0, 0, 1]);
    for (const text of [
      'oklch(0.5 0.1 200)',
      'color(display-p3 1 0 0)',
      '#fff',
      'red',
      '',
      'rgb(1, 2)',
    ])
      expect(parseRgb(text), text).to.equal(null);
  });

  it('measures as WCAG 2 does', () => {
    const white = [255, 255, 255, 1] as const;
    expect(contrastRatio([0, 0, 0, 1], white)).to.equal(21);
    expect(contrastRatio(white, white)).to.equal(1);
    // The grey often quoted as the lightest that passes 4.5:1 on white.
    expect(contrastRatio([118, 118, 118, 1], white)).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio(white, [118, 118, 118, 1])).to.be.closeTo(4.54, 0.01);
    // Half-transparent black over white is mid grey.
    expect(over([0, 0, 0, 0.5], white)).to.deep.equal([127.5, 127.5, 127.5, 1]);
  });

  it('says which colour is below its ratio, by how much, and what WCAG asks', () => {
    const white = [255, 255, 255, 1] as const;
    const needs = [
      {
        what: 'text',
        token: '--t',
        colour: [118, 118, 118, 1] as const,
        against: white,
        need: 4.5,
      },
      { what: 'rings', token: '--r', colour: [150, 150, 150, 1] as const, against: white, need: 3 },
      { what: 'faint', token: '--f', colour: [0, 0, 0, 0.3] as const, against: white, need: 4.5 },
    ];
    expect(lowContrast(needs)).to.deep.equal([
      // 2.96:1 is cut, never rounded up to the 3:1 it misses.
      'low contrast for rings: --r is rgb(150, 150, 150), 2.9:1 on rgb(255, 255, 255); WCAG 1.4.11 asks 3:1',
      // Laid over its background before it is measured.
      'low contrast for faint: --f is rgba(0, 0, 0, 0.3), 2.1:1 on rgb(255, 255, 255); WCAG 1.4.3 asks 4.5:1',
    ]);
  });
});
