import { expect } from '@open-wc/testing';
import { samePlainData } from '../../src/core/equal.js';
import { validateDataset } from '../../src/core/validate.js';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';

describe('samePlainData', () => {
  it('holds validated datasets of equal input equal, and any change different', () => {
    const a = validateDataset(structuredClone(kazakhstanTurkmenistan)).dataset;
    const b = validateDataset(structuredClone(kazakhstanTurkmenistan)).dataset;
    expect(a).to.not.equal(b);
    expect(samePlainData(a, b)).to.equal(true);
    const changed = structuredClone(kazakhstanTurkmenistan);
    changed.events[2]!.summary = 'Another summary.';
    expect(samePlainData(a, validateDataset(changed).dataset)).to.equal(false);
    const eras = { ...structuredClone(kazakhstanTurkmenistan), eras: [] };
    expect(samePlainData(a, validateDataset(eras).dataset)).to.equal(a.eras.length === 0);
  });

  it('compares arrays by item, objects by their own keys, the rest as Object.is does', () => {
    expect(samePlainData([1, [2, { a: 'x' }]], [1, [2, { a: 'x' }]])).to.equal(true);
    expect(samePlainData([1, 2], [1, 2, 3])).to.equal(false);
    expect(samePlainData({ a: 1 }, { a: 1, b: undefined })).to.equal(false);
    expect(samePlainData({ a: 1, b: 2 }, { b: 2, a: 1 })).to.equal(true);
    expect(samePlainData(NaN, NaN)).to.equal(true);
    expect(samePlainData(0, -0)).to.equal(false);
    expect(samePlainData([1], { 0: 1, length: 1 })).to.equal(false);
    expect(samePlainData(null, {})).to.equal(false);
    expect(samePlainData('1', 1)).to.equal(false);
  });
});
