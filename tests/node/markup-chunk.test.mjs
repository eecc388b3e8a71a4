// A page written as <annals-event> children whose reader (dist/chunks/markup.js) cannot be loaded
// (offline, or dist/ copied without chunks/): the element hides the markup once defined, so it
// must say the data could not be loaded and offer Retry, not show "Loading" for ever.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoBrowser } from './demo-browser.mjs';

const demo = demoBrowser(8320);

describe('the reader of markup, a chunk', () => {
  it('that cannot be loaded: the timeline says so, with Retry, and draws the markup once it can', async () => {
    const page = await demo.browser.newPage();
    let blocked = true;
    await page.setRequestInterception(true);
    page.on('request', (r) =>
      blocked && r.url().includes('/chunks/markup.js') ? r.abort() : r.continue(),
    );
    await page.evaluateOnNewDocument(() => {
      window.failures = [];
      addEventListener('annals-error', (e) => window.failures.push(e.failure), true);
    });
    await page.goto(`${demo.url}embed/markup.html`, { waitUntil: 'networkidle0' });
    const shown = () =>
      page.evaluate(() => {
        const t = document.querySelector('annals-timeline');
        return {
          text: t.shadowRoot.textContent.replace(/\s+/g, ' '),
          events: t.shadowRoot.querySelectorAll('[part~="event"]').length,
        };
      });
    await page.waitForFunction(
      () =>
        !/Loading the timeline/.test(
          document.querySelector('annals-timeline').shadowRoot.textContent,
        ),
      { timeout: 3000 },
    );
    const failed = await shown();
    assert.match(failed.text, /could not be loaded/);
    assert.equal(failed.events, 0);
    assert.deepEqual(await page.evaluate(() => window.failures), ['network']);
    blocked = false;
    await page.evaluate(() =>
      document.querySelector('annals-timeline').shadowRoot.querySelector('[part~="retry"]').click(),
    );
    await page.waitForFunction(
      () => document.querySelector('annals-timeline').shadowRoot.querySelector('[part~="event"]'),
      { timeout: 3000 },
    );
    await page.close();
  });
});
