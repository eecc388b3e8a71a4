// Printing the demo page: headless Chromium prints examples/index.html to PDF, and the PDF's text
// must hold every event's title and its date at its precision, with no toolbar. The PDF is read
// with pdf.js, so the test sees what the paper shows, not the DOM.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { core } from './load-core.mjs';
import { demoBrowser } from './demo-browser.mjs';

const demo = demoBrowser(8300);

/** The text of every page of a PDF, one string per page, whitespace collapsed. */
async function pdfText(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => item.str + (item.hasEOL ? ' ' : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

describe('printing the demo page', () => {
  it('prints every event with its title and date, and no controls', async () => {
    const page = await demo.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(demo.url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() =>
      document.querySelector('annals-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const text = (await pdfText(pdf)).join(' ');
    const { dataset } = core.validateDataset(core.kazakhstanTurkmenistan);
    assert.ok(dataset.events.length >= 4);
    for (const e of dataset.events) {
      assert.ok(text.includes(e.title), `the PDF has "${e.title}"`);
      const date = (e.displayDate || core.formatRange(e.start, e.end, 'en-GB')).replace(
        /\s+/g,
        ' ',
      );
      assert.ok(text.includes(date), `the PDF has ${e.title}'s date "${date}"`);
    }
    // The chronology replaces the controls: none of the toolbar's words are printed.
    for (const control of ['Previous', 'Go to', 'Fit']) assert.ok(!text.includes(control), control);
    // The screen is unchanged after printing: the chronology is gone again.
    const printed = await page.evaluate(
      () => document.querySelector('annals-timeline').shadowRoot.querySelectorAll('.print').length,
    );
    assert.equal(printed, 0);
    await page.close();
  });

  it('breaks pages between events, never through one', async () => {
    const page = await demo.browser.newPage();
    await page.goto(demo.url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() =>
      document.querySelector('annals-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
    );
    // 300 events make several pages; every entry must lie on one page.
    await page.evaluate(async () => {
      const el = document.querySelector('annals-timeline');
      const events = Array.from({ length: 300 }, (_, i) => ({
        id: `e${i}`,
        title: `Event number ${i} of the long chronology`,
        start: `${1950 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
        summary:
          'A summary long enough to take several lines on paper, so that an entry has real height. ' +
          'It goes on for a while, as the summaries of encyclopedia entries do, naming people, ' +
          'places and treaties, and so an entry could be cut by a page break if the print styles allowed it.',
      }));
      el.data = { title: 'Long chronology', events };
      await el.updateComplete;
    });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = await pdfText(pdf);
    assert.ok(pages.length > 3, `${pages.length} pages`);
    for (let i = 0; i < 300; i++) {
      const title = `Event number ${i} of the long chronology`;
      const on = pages.filter((p) => p.includes(title));
      assert.equal(on.length, 1, `${title} is on one page`);
      // Its summary is on the same page as its title: the entry was not split.
      const at = on[0].indexOf(title);
      const next = on[0].indexOf('Event number ', at + title.length);
      const entry = on[0].slice(at, next < 0 ? undefined : next);
      assert.ok(entry.includes('if the print styles allowed it'), `${title} whole`);
    }
    await page.close();
  });
});
