/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum), measured on the page: down a phone's vertical
 * column, every event's label and every cluster is at least 24 × 24 CSS px or has a circle of
 * 24 px across, centred on it, that no other target and no other such circle meets; at 1280 px,
 * so is every marker drawn without its label.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { apollo } from '../../data/apollo.js';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import type { DatasetInput } from '../../src/core/types.js';
import { generatedDataset } from '../../stories/generated-data.js';
import { targetSizeFailures, type TargetBox } from '../helpers/target-size.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/**
 * What a finger presses: each event's label and each cluster, as drawn. An event's button takes
 * no press itself (its box reaches along a range's bar and a connector's diagonal); its marker is
 * a second hold on the same button, at its true time on the axis, where events days apart share a
 * place, so the label is the target kept clear.
 */
function targets(h: TimelineHarness): TargetBox[] {
  const box = (owner: string, e: Element): TargetBox => {
    const r = e.getBoundingClientRect();
    return { owner, x: r.x, y: r.y, width: r.width, height: r.height };
  };
  const labels = h
    .buttons()
    .map((b) => box(`label ${b.dataset.id}`, b.querySelector('[part~="label"]')!));
  const clusters = [...h.root.querySelectorAll<HTMLElement>('[part~="cluster"]')].map((c) =>
    box(`cluster "${c.title}"`, c),
  );
  return [...labels, ...clusters];
}

/**
 * Each dataset at `width` px, fitted and then shown at each of its periods: no target that
 * `collect` finds is smaller than 24 px without a 24 px circle of its own.
 */
async function expectTargetsClear(
  data: DatasetInput,
  width: number,
  orientation: 'horizontal' | 'vertical',
  periods: readonly string[],
  collect: (h: TimelineHarness) => TargetBox[],
) {
  const h = await TimelineHarness.mountPinned(data, width);
  expect(h.element.orientation).to.equal(orientation);
  for (const period of ['fitted', ...periods]) {
    if (period !== 'fitted') {
      await h.element.goTo(period, { animate: false });
      await h.waitForRender();
    }
    const boxes = collect(h);
    expect(boxes.length, period).to.be.above(1);
    // A 64th of a px: positions on the page are rounded to Chromium's layout units.
    expect(targetSizeFailures(boxes, 1 / 32), period).to.deep.equal([]);
  }
}

describe('targets a finger can press (WCAG 2.2 SC 2.5.8)', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  const datasets: [string, DatasetInput, string[]][] = [
    ['the flagship', kazakhstanTurkmenistan, ['2013']],
    ['Apollo', apollo, ['1969-07']],
    ['300 generated events', generatedDataset(300, 3), ['2005', '2010-06']],
  ];
  for (const [name, data, periods] of datasets)
    it(`${name} at 360 px: every label and cluster is 24 px or keeps a 24 px circle to itself, fitted and zoomed in`, () =>
      expectTargetsClear(data, 360, 'vertical', periods, targets));
});

/**
 * At 1280 px, what a pointer presses of each event: its marker or bar, and its label where the
 * label is shown (a mark-only event's label shows on hover, over its neighbours); and each cluster.
 */
function horizontalTargets(h: TimelineHarness): TargetBox[] {
  const out: TargetBox[] = [];
  const add = (owner: string, e: Element | null) => {
    if (!e) return;
    const r = e.getBoundingClientRect();
    if (r.width && r.height) out.push({ owner, x: r.x, y: r.y, width: r.width, height: r.height });
  };
  for (const b of h.buttons()) {
    const owner = `event ${b.dataset.id}`;
    add(owner, b.querySelector('[part~="marker"], [part~="bar"]'));
    if (!b.classList.contains('mark-only')) add(owner, b.querySelector('[part~="label"]'));
  }
  for (const c of h.root.querySelectorAll<HTMLElement>('[part~="cluster"]'))
    add(`cluster "${c.title}"`, c);
  return out;
}

describe('targets a pointer can press at 1280 px (WCAG 2.2 SC 2.5.8)', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  const datasets: [string, DatasetInput, string[]][] = [
    ['the flagship', kazakhstanTurkmenistan, ['2013']],
    ['300 generated events', generatedDataset(300, 3), ['2005', '2010-06']],
  ];
  for (const [name, data, periods] of datasets)
    it(`${name}: every marker, label and cluster is 24 px or keeps a 24 px circle to itself, fitted and zoomed in`, () =>
      expectTargetsClear(data, 1280, 'horizontal', periods, horizontalTargets));
});
