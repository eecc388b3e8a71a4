/**
 * Screenshots of the three datasets at a desktop and a phone width. Fonts are pinned to DejaVu
 * Sans (installed by .ci/run) and motion is off, so a run draws the same pixels each time.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { apollo } from '../../data/apollo.js';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import type { DatasetInput } from '../../src/core/types.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

async function timelineAt(data: DatasetInput, width: number): Promise<HTMLElement> {
  return (await TimelineHarness.mountPinned(data, width)).element;
}

describe('screenshots', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await fixture(html`<div></div>`);
  });

  it('the flagship at 1280px wide', async () => {
    await visualDiff(await timelineAt(kazakhstanTurkmenistan, 1280), 'flagship-1280');
  });

  it('the flagship at 360px wide', async () => {
    await visualDiff(await timelineAt(kazakhstanTurkmenistan, 360), 'flagship-360');
  });

  it('Apollo at 360px wide: each label beside its marker or joined to it, months and years on the axis', async () => {
    await visualDiff(await timelineAt(apollo, 360), 'apollo-360');
  });

  it('Rome at 360px wide: era titles in the label column, no era line through a label', async () => {
    await visualDiff(await timelineAt(rome, 360), 'rome-360');
  });

  it('Rome at 1280px wide', async () => {
    await visualDiff(await timelineAt(rome, 1280), 'rome-1280');
  });
});
