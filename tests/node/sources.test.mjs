// The data readers in Node, with no DOM: what a CLI or a CMS build step uses to read TimelineJS
// JSON and spreadsheets exported as CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { core } from './load-core.mjs';

const fixture = (name) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

describe('the data readers in Node', () => {
  for (const [file, as] of [
    ['kazakhstan-turkmenistan.timelinejs.json', 'timelinejs-json'],
    ['kazakhstan-turkmenistan.timelinejs.csv', 'timelinejs-csv'],
    ['kazakhstan-turkmenistan.csv', 'annals-csv'],
    ['kazakhstan-turkmenistan.json', 'annals-json'],
  ]) {
    it(`reads ${file} as ${as}, with the flagship's four events and no problem`, () => {
      const read = core.readSource(fixture(file), { url: file });
      assert.equal(read.ok, true);
      assert.equal(read.as, as);
      const { dataset, problems } = core.validateDataset(read.input);
      assert.deepEqual([...read.problems, ...problems], []);
      assert.equal(dataset.events.length, 4);
      const visit = dataset.events.find((e) => e.start.iso === '2013-05-10');
      assert.equal(visit.end.iso, '2013-05-11');
    });
  }
});
