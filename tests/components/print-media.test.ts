/**
 * Print media that holds from the start: a page opened in print media (a tool that renders the
 * page straight to paper or PDF, or a print preview emulated before the page loads) has no
 * `beforeprint` and no change of the media query, yet must print the chronology.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const data = {
  title: 'Printed',
  events: [
    { id: 'e1', title: 'Event 1', start: '2001-02-03', summary: 'Summary 1.' },
    { id: 'e2', title: 'Event 2', start: '2001-05' },
  ],
};

describe('print media from the start', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the chronology of a timeline connected while the page is already in print media', async () => {
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    const t = await TimelineHarness.mount(html`<annals-timeline .data=${data}></annals-timeline>`, {
      waitForScene: false,
    });
    await t.waitForRender();
    const entries = [...t.root.querySelectorAll('[part~="print-event"]')];
    expect(entries.length).to.equal(2);
    expect(entries[0]!.textContent).to.contain('Event 1');
    expect(entries[0]!.textContent).to.contain('Summary 1.');
  });
});
