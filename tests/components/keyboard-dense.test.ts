/**
 * The arrow keys where long ranges fill every lane: the next event is out of view and can only be
 * drawn as the focused one, and the event focused before it was itself drawn only as the focused
 * one. Focus must reach the next event, not fall back to another event on the way.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { DatasetInput, EventInput } from '../../src/core/types.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/**
 * Eight major ranges over 2000–2004 (more than the lanes) and a minor one to 2005; then a minor
 * day in January 2000 among eight major events of that day.
 */
function crowded(): DatasetInput {
  const many = (prefix: string, title: string, e: Partial<EventInput>) =>
    Array.from({ length: 8 }, (_, i) => ({
      id: `${prefix}${i + 1}`,
      title: `${title} ${i + 1}`,
      start: '2000',
      importance: 5,
      ...e,
    }));
  return {
    title: 'Ranges fill the lanes',
    events: [
      ...many('r', 'Range', { end: '2004' }),
      { id: 'a', title: 'Longest range', start: '2000', end: '2005', importance: 1 },
      { id: 'p', title: 'A minor day in January', start: '2000-01-07', importance: 1 },
      ...many('q', 'Major day in January', { start: '2000-01-07' }),
      { id: 'z', title: 'Much later', start: '2010-06-01' },
    ],
  };
}

/** A timeline 1280 px wide, in English dates, of `data`. */
async function mountWide(data: DatasetInput): Promise<TimelineHarness> {
  await setViewport({ width: 1300, height: 900 });
  return TimelineHarness.mount(
    html`<annals-timeline locale="en-GB" style="width: 1280px" .data=${data}></annals-timeline>`,
  );
}

describe('the arrow keys among ranges that fill every lane', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('step from a focused range to the next event out of view, and on past it', async () => {
    const h = await mountWide(crowded());
    const order = h.element.normalized.events.map((e) => e.id);
    expect(order.slice(8, 11)).to.deep.equal(['a', 'p', 'q1']);
    h.focusEvents();
    await h.key('Home');
    for (let i = 1; i < order.indexOf('a') + 1; i++) await h.key('ArrowRight');
    expect(h.focusedId()).to.equal('a');
    // Three days around New Year 2000: the range is drawn (as the focused one), 7 January is not.
    await h.element.zoomTo('1999-12-31', '2000-01-02', { animate: false });
    await h.waitForRender();
    expect(h.focusedId()).to.equal('a');
    await h.key('ArrowRight');
    await h.waitForRender();
    expect(h.focusedId(), 'after a').to.equal('p');
    await h.key('ArrowRight');
    await h.waitForRender();
    expect(h.focusedId(), 'after p').to.equal('q1');
  });
});

describe('bringing an event into view', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('moves the view to an event that starts where the view ends, so its mark shows', async () => {
    const h = await mountWide({
      title: 'At the edge',
      events: [
        { id: 'before', title: 'Before', start: '2013-04-01' },
        { id: 'in', title: 'In view', start: '2013-05-01' },
        { id: 'edge', title: 'At the edge', start: '2013-05-02T23:58Z', end: '2013-05-10' },
        { id: 'after', title: 'After', start: '2013-06-30' },
      ],
    });
    await h.element.zoomTo('2013-04-29', '2013-05-02', { animate: false });
    await h.waitForRender();
    expect(h.visibleRange().end.toISOString()).to.equal('2013-05-03T00:00:00.000Z');
    await h.element.goTo('edge', { animate: false });
    await h.waitForRender();
    const view = h.root.querySelector('[part~="viewport"]')!.getBoundingClientRect();
    const bar = h.button('edge').querySelector('[part~="bar"]')!.getBoundingClientRect();
    expect(bar.left, 'the bar starts inside the view').to.be.below(view.right - 8);
  });
});

describe('a key pressed again while the view moves', () => {
  it('the later step wins: focus never goes back to the earlier one when its move ends', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const h = await mountWide({
      title: 'Two steps',
      events: [
        { id: 'june', title: 'In June', start: '2000-06-15' },
        { id: 'at-the-edge', title: 'At the edge', start: '2000-06-30T23:58Z' },
        { id: 'july', title: 'Early in July', start: '2000-07-01T00:10Z' },
        { id: 'later', title: 'Later', start: '2003-01-01' },
      ],
    });
    await h.element.zoomTo('2000-06-01', '2000-06-30', { animate: false });
    await h.waitForRender();
    h.focusEvents();
    expect(h.focusedId()).to.equal('june');
    // The first step pans to the event drawn at the very edge (animated, 320 ms); the second
    // comes while it pans, with the next event already in view, so it is focused at once.
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((r) => setTimeout(r, 200));
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => h.focusedId() === 'july', 'the second step never focused', {
      timeout: 3000,
    });
    // And keeps it once the first step's pan (320 ms) has ended.
    await new Promise((r) => setTimeout(r, 700));
    await h.waitForRender();
    expect(h.focusedId()).to.equal('july');
  });
});
