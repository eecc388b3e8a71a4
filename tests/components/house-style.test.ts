/**
 * A publication's own house style, set with tokens on the element as its stylesheet would (no
 * theme linked): what it sets reaches every piece it names, and larger type keeps the layout sound.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('a house style', () => {
  it('that sets only the text and background colours gets an axis in its text colour', async () => {
    await setViewport({ width: 1280, height: 800 });
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        style="--annals-color-text: #eeeeee; --annals-color-background: #101114"
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>`,
    );
    const axis = t.root.querySelector('annals-axis')!.shadowRoot!;
    const line = getComputedStyle(axis.querySelector('[part~="line"]')!);
    expect(line.borderTopColor).to.equal('rgb(238, 238, 238)');
    const tick = getComputedStyle(axis.querySelector('[part~="tick"]')!);
    expect(tick.borderLeftColor).to.equal('rgb(238, 238, 238)');
  });
});
