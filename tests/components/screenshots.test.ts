/**
 * Screenshots of the flagship timeline at a desktop and a phone width. Fonts are pinned to
 * DejaVu Sans (installed by .ci/run) and motion is off, so a run draws the same pixels each time.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

async function flagshipAt(width: number): Promise<HTMLElement> {
  await setViewport({ width, height: 900 });
  await resetMouse();
  await document.fonts.ready;
  const t = await TimelineHarness.mount(
    html`<annals-timeline
      locale="en-GB"
      style="--annals-font: 'DejaVu Sans'"
      .data=${kazakhstanTurkmenistan}
    ></annals-timeline>`,
  );
  await document.fonts.ready;
  await t.waitForRender();
  return t.element;
}

describe('screenshots of the flagship timeline', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await fixture(html`<div></div>`);
  });

  it('at 1280px wide', async () => {
    await visualDiff(await flagshipAt(1280), 'flagship-1280');
  });

  it('at 360px wide', async () => {
    await visualDiff(await flagshipAt(360), 'flagship-360');
  });
});
