// The events a page can hear from <annals-timeline> are documented on it (`@fires`), so the
// custom-elements manifest, Storybook and the framework types (annals/react-types,
// annals/vue-types) let a page listen to them: a legend toggle in its shadow root is composed,
// and reaches the page as the timeline's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fires = (file) =>
  [...readFileSync(`${root}${file}`, 'utf8').matchAll(/@fires\s+\{(\w+)\}\s+([\w-]+)/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );

describe('<annals-timeline> events', () => {
  it('documents the legend’s annals-category-toggle, which reaches the page from the timeline', () => {
    const legend = fires('src/components/legend/legend.ts');
    assert.deepEqual(legend, ['AnnalsCategoryToggleEvent annals-category-toggle']);
    const timeline = fires('src/components/timeline/timeline.ts');
    assert.ok(timeline.includes(legend[0]), `the timeline documents only ${timeline.join(', ')}`);
  });
});
