/**
 * Right to left: with `dir="rtl"` on the page or the element, the horizontal timeline runs
 * leftwards (later events to the left), text reads normally, the arrow keys follow the direction,
 * and a drag moves the drawing with the pointer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  emulateMedia,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const FIRST = 'dissolution-of-the-soviet-union';
const SECOND = 'silk-way-rally-2009';

async function mount(dir: 'rtl' | 'ltr', width = 1280): Promise<TimelineHarness> {
  await setViewport({ width, height: 900 });
  await resetMouse();
  return TimelineHarness.mount(
    html`<div dir=${dir}>
      <annals-timeline
        locale="en-GB"
        style="--annals-font: 'DejaVu Sans'"
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>
    </div>`,
  );
}

const centreX = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.left + r.width / 2;
};

describe('right to left', () => {
  after(async () => {
    await resetMouse();
    await fixture(html`<div></div>`);
  });

  it('keeps English messages in their own order in an Arabic page (no Arabic table)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const t = await TimelineHarness.mount(
      html`<div dir="rtl" lang="ar">
        <annals-timeline
          show-problems
          .data=${{
            title: 'تجربة',
            events: [
              { id: 'a', title: 'حدث', start: '2009' },
              { id: 'b', title: 'خطأ', start: 'not a date' },
            ],
          }}
        ></annals-timeline>
      </div>`,
    );
    const notice = t.root.querySelector('[part~="notice"]')!;
    const text = notice.firstChild!.nodeType === 3 ? notice.firstChild! : notice.childNodes[1]!;
    const content = text.textContent!;
    expect(content).to.match(/^1 event/);
    // Where the browser drew its first character and the word after it.
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    expect(at(0), `"${content}" drawn out of order`).to.be.lessThan(at(content.indexOf('event')));
  });

  it("draws the card's date in its own order in a right-to-left page ('3 February 2001', not 'February 2001 3')", async () => {
    await setViewport({ width: 1280, height: 900 });
    const t = await TimelineHarness.mount(
      html`<div dir="rtl">
        <annals-timeline
          locale="en-GB"
          selected="e1"
          .data=${{ title: 'Dates', events: [{ id: 'e1', title: 'Event 1', start: '2001-02-03' }] }}
        ></annals-timeline>
      </div>`,
    );
    await t.waitForRender();
    const date = t.cardElement().shadowRoot!.querySelector('[part~="date"]')!;
    const text = date.firstChild!.nodeType === 3 ? date.firstChild! : date.childNodes[1]!;
    const content = text.textContent!;
    expect(content).to.match(/^3 February 2001/);
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    // The day before the month, the month before the year, as the words read.
    expect(at(0), `"${content}" drawn out of order`).to.be.lessThan(
      at(content.indexOf('February')),
    );
    expect(at(content.indexOf('February')), `"${content}" drawn out of order`).to.be.lessThan(
      at(content.indexOf('2001')),
    );
    // And on paper.
    await emulateMedia({ media: 'print' });
    dispatchEvent(new Event('beforeprint'));
    try {
      await t.waitForRender();
      const printed = [...t.root.querySelector('[part~="print-event"] time')!.childNodes].find(
        (n) => n.nodeType === 3,
      )!;
      const p = (i: number) => {
        const r = document.createRange();
        r.setStart(printed, i);
        r.setEnd(printed, i + 1);
        return r.getBoundingClientRect().left;
      };
      expect(printed.textContent).to.match(/^3 February 2001/);
      expect(p(0), `printed "${printed.textContent}" out of order`).to.be.lessThan(p(2));
    } finally {
      dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
  });

  it('runs time leftwards: the first event is at the right, the last at the left', async () => {
    const ltr = await mount('ltr');
    const ltrFirst = centreX(ltr.button(FIRST).querySelector('[part~="marker"], [part~="bar"]')!);
    const rtl = await mount('rtl');
    const viewport = rtl.viewport()!.getBoundingClientRect();
    const first = centreX(rtl.button(FIRST).querySelector('[part~="marker"], [part~="bar"]')!);
    const second = centreX(rtl.button(SECOND).querySelector('[part~="marker"], [part~="bar"]')!);
    expect(first).to.be.greaterThan(second);
    // Mirrored exactly: as far from the right edge as it was from the left.
    expect(viewport.right - first).to.be.closeTo(ltrFirst - viewport.left, 1.5);
    // Labels read normally: turned back inside the mirrored drawing.
    const label = rtl.button(FIRST).querySelector('[part~="label"]')!;
    expect(getComputedStyle(label).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    // And the label sits beside its own mark, not across the drawing.
    expect(Math.abs(centreX(label) - first)).to.be.lessThan(200);
  });

  it('steps to the next event with ←, the previous with →', async () => {
    const t = await mount('rtl');
    t.button(FIRST).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await t.waitForRender();
    expect((t.root.activeElement as HTMLElement).dataset.id).to.equal(SECOND);
    await sendKeys({ press: 'ArrowRight' });
    await t.waitForRender();
    expect((t.root.activeElement as HTMLElement).dataset.id).to.equal(FIRST);
  });

  it('moves the drawing with the pointer: dragging left shows earlier times', async () => {
    const t = await mount('rtl');
    await t.element.zoomBy(4, { animate: false });
    await t.element.goTo('2009-06-01', { animate: false });
    await t.waitForRender();
    const before = t.element.visibleRange!;
    const v = t.viewport()!.getBoundingClientRect();
    const y = Math.round(v.top + v.height - 60);
    const x = Math.round(v.left + v.width / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 100, y] });
    await sendMouse({ type: 'move', position: [x - 200, y] });
    await sendMouse({ type: 'up' });
    await t.waitForRender();
    const after = t.element.visibleRange!;
    expect(after.start.getTime()).to.be.lessThan(before.start.getTime());
    expect(after.end.getTime()).to.be.lessThan(before.end.getTime());
  });

  it('keeps a label’s punctuation where its own language puts it ("шіл.", not ".шіл")', async () => {
    await setViewport({ width: 1280, height: 900 });
    const t = await TimelineHarness.mount(
      html`<div dir="rtl">
        <annals-timeline locale="kk" .data=${kazakhstanTurkmenistan}></annals-timeline>
      </div>`,
    );
    const axis = t.root.querySelector('annals-axis')!.shadowRoot!;
    const label = [...axis.querySelectorAll('.label')].find((l) =>
      /\.$/.test(l.textContent!.trim()),
    )!;
    expect(label, 'an abbreviated month').to.exist;
    const text = [...label.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('.'),
    )!;
    const raw = text.textContent!;
    const rect = (at: number) => {
      const r = document.createRange();
      r.setStart(text, at);
      r.setEnd(text, at + 1);
      return r.getBoundingClientRect();
    };
    const dot = rect(raw.lastIndexOf('.'));
    const first = rect(raw.search(/\S/));
    // On screen the period follows the word, to its right.
    expect(dot.left).to.be.greaterThan(first.left);
  });

  it('keeps a Latin title in its own order in a right-to-left page', async () => {
    const t = await TimelineHarness.mount(
      html`<div dir="rtl">
        <annals-timeline
          .data=${{ title: '300 generated events', events: kazakhstanTurkmenistan.events }}
        ></annals-timeline>
      </div>`,
    );
    const title = t.root.querySelector('[part~="title"]')!;
    const text = [...title.childNodes].find((n) => n.textContent!.includes('300'))!;
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    const raw = text.textContent!;
    // "300" comes first, at the left, as its own language writes it.
    expect(at(raw.indexOf('3'))).to.be.lessThan(at(raw.indexOf('g')));
  });

  it('keeps the title and the card’s short lines to the page’s side, whatever their text’s direction', async () => {
    await setViewport({ width: 1280, height: 900 });
    const edges = async (dir: 'rtl' | 'ltr') => {
      const t = await TimelineHarness.mount(
        html`<div dir=${dir}>
          <annals-timeline
            locale="en-GB"
            selected="e1"
            .data=${{
              title: 'Dates',
              events: [{ id: 'e1', title: 'Event 1', start: '2001-02-03', summary: 'Short.' }],
            }}
          ></annals-timeline>
        </div>`,
      );
      await t.waitForRender();
      const card = t.cardElement().shadowRoot!;
      const article = card.querySelector('article')!;
      const box = article.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(article).paddingRight);
      /** The text's own left and right edges, and its box's. */
      const text = (el: Element) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return { text: r.getBoundingClientRect(), box: el.getBoundingClientRect() };
      };
      return {
        box,
        pad,
        title: text(t.root.querySelector('[part~="title"]')!),
        host: t.element.getBoundingClientRect(),
        lines: ['title', 'date', 'summary'].map((p) => text(card.querySelector(`[part~="${p}"]`)!)),
      };
    };
    const rtl = await edges('rtl');
    // Right to left: each ends at the right, where the card and the timeline do.
    for (const line of rtl.lines)
      expect(Math.abs(line.text.right - (rtl.box.right - rtl.pad))).to.be.lessThan(2);
    expect(Math.abs(rtl.title.text.right - rtl.host.right)).to.be.lessThan(2);
    const ltr = await edges('ltr');
    for (const line of ltr.lines)
      expect(Math.abs(line.text.left - line.box.left)).to.be.lessThan(2);
    expect(Math.abs(ltr.title.text.left - ltr.host.left)).to.be.lessThan(2);
  });

  it('at 1280px (screenshot)', async () => {
    const t = await mount('rtl');
    await visualDiff(t.element, 'rtl-1280');
  });

  it('down a phone’s column: the axis at the right, the labels to its left (screenshot)', async () => {
    const t = await mount('rtl', 360);
    expect(t.element.orientation).to.equal('vertical');
    const axis = t.root.querySelector('annals-axis')!.getBoundingClientRect();
    const label = t.button(FIRST).querySelector('[part~="label"]')!.getBoundingClientRect();
    expect(label.right).to.be.lessThan(axis.left);
    await visualDiff(t.element, 'rtl-360');
  });
});
