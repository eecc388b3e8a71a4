/**
 * A timeline in a real page: the page's own landmarks (a site search in the header, a second
 * timeline) and the timeline's must be told apart, as axe's landmark-unique rule asks.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('a timeline among the page’s landmarks', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('its search is named, apart from the site’s own search form', async () => {
    const t = await TimelineHarness.mount(
      html`<div>
        <form role="search" action="/search">
          <label>Search the site <input name="q" /></label><button>Go</button>
        </form>
        <annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    const search = t.root.querySelector('[role="search"]')!;
    expect(search.getAttribute('aria-label')).to.contain('Kazakhstan–Turkmenistan relations');
    await expect(t.element.parentElement).to.be.accessible();
  });

  it('two timelines on one page have searches of different names', async () => {
    const t = await TimelineHarness.mount(
      html`<div>
        <annals-timeline .data=${kazakhstanTurkmenistan}></annals-timeline>
        <annals-timeline .data=${rome}></annals-timeline>
      </div>`,
    );
    const second = new TimelineHarness(
      t.element.parentElement!.querySelectorAll('annals-timeline')[1] as typeof t.element,
    );
    await second.waitForScene();
    await second.waitForRender();
    await expect(t.element.parentElement).to.be.accessible();
  });
});
