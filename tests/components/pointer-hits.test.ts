/**
 * Where a reader presses on a mark or a cluster, the press lands on a mark or a cluster: an
 * item's box (which can reach far over its neighbours, as a connector's diagonal does down a
 * phone's column) takes no press of its own.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { generatedDataset } from '../../stories/generated-data.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('presses on the drawing', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('down a phone’s column, every mark and cluster takes the press at its centre, not an item’s box', async () => {
    await setViewport({ width: 360, height: 800 });
    const h = await TimelineHarness.mount(
      html`<annals-timeline
        locale="en-GB"
        style="--annals-font: 'DejaVu Sans'"
        .data=${generatedDataset(300, 3)}
      ></annals-timeline>`,
    );
    expect(h.element.orientation).to.equal('vertical');
    const boxes: string[] = [];
    for (const period of ['2005', '2010-06']) {
      await h.element.goTo(period, { animate: false });
      await h.waitForRender();
      const targets = [
        ...h.root.querySelectorAll<HTMLElement>(
          '[part~="marker"], [part~="bar"], [part~="cluster"]',
        ),
      ];
      expect(targets.length, period).to.be.above(5);
      for (const t of targets) {
        t.scrollIntoView({ block: 'center' });
        const r = t.getBoundingClientRect();
        const hit = h.root.elementFromPoint(r.x + Math.min(r.width, 12) / 2, r.y + r.height / 2);
        if (hit?.localName === 'li')
          boxes.push(`${period}: ${t.closest('button')?.dataset.id ?? t.title}`);
      }
    }
    expect(boxes, 'presses taken by an item’s box').to.deep.equal([]);
  });
});
