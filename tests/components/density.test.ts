/** Many events: bounded height, clusters, windowed DOM, and every event reachable by keyboard. */
import { expect, waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { generatedDataset } from '../../stories/generated-data.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** Elements in the element's shadow DOM, nested shadow roots included. */
function shadowElements(root: ShadowRoot): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += 1 + shadowElements(el.shadowRoot);
  }
  return n;
}

async function mountGenerated(n: number, width: number, attrs = '') {
  const root = document.createElement('div');
  root.style.width = `${width}px`;
  root.innerHTML = `<annals-timeline locale="en-GB" style="--annals-font: 'DejaVu Sans'" ${attrs}></annals-timeline><p id="below">Below</p>`;
  document.body.append(root);
  const el = root.querySelector('annals-timeline')!;
  el.data = generatedDataset(n, 3);
  const h = new TimelineHarness(el);
  await h.waitForScene();
  return { h, root };
}

describe('<annals-timeline> with many events', () => {
  const roots: HTMLElement[] = [];
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => {
    for (const r of roots.splice(0)) r.remove();
  });

  it('10,000 events keep the shadow DOM under 2,000 elements, zoomed out and in', async () => {
    await setViewport({ width: 1300, height: 900 });
    const { h, root } = await mountGenerated(10_000, 1280);
    roots.push(root);
    expect(shadowElements(h.root)).to.be.below(2000);
    for (const k of [2, 8, 64]) {
      await h.element.zoomBy(k, { animate: false });
      await h.waitForRender();
      expect(shadowElements(h.root), `after zooming ×${k}`).to.be.below(2000);
    }
  });

  it('zooming and panning never move the page below the timeline', async () => {
    await setViewport({ width: 1300, height: 900 });
    const { h, root } = await mountGenerated(300, 1280);
    roots.push(root);
    const below = () => root.querySelector('#below')!.getBoundingClientRect().top;
    const at = below();
    for (const f of [2, 4, 0.5, 16]) {
      await h.element.zoomBy(f, { animate: false });
      await h.waitForRender();
      expect(below()).to.equal(at);
    }
    await h.element.zoomTo('2001-01-01', '2001-03-01', { animate: false });
    await h.waitForRender();
    expect(below()).to.equal(at);
  });

  it('on a phone too, zooming never moves the page below, and no label is cut without an ellipsis', async () => {
    await setViewport({ width: 360, height: 900 });
    const { h, root } = await mountGenerated(10_000, 344);
    roots.push(root);
    expect(h.element.orientation).to.equal('vertical');
    const below = () => root.querySelector('#below')!.getBoundingClientRect().top;
    const at = below();
    for (const f of [2, 4, 0.5, 16, 64]) {
      await h.element.zoomBy(f, { animate: false });
      await h.waitForRender();
      expect(below(), `after zooming ×${f}`).to.equal(at);
      // A wrapped label is clamped, with an ellipsis, to the lines its box holds.
      for (const label of h.root.querySelectorAll<HTMLElement>('[part~="label"]')) {
        const style = getComputedStyle(label);
        const lines = Math.max(1, Math.round(label.clientHeight / parseFloat(style.lineHeight)));
        expect(style.webkitLineClamp, label.textContent!).to.equal(String(lines));
      }
    }
  });

  it('activating a cluster, by click or Enter, zooms to its span', async () => {
    await setViewport({ width: 1300, height: 900 });
    const { h, root } = await mountGenerated(300, 1280);
    roots.push(root);
    const cluster = h.element.scene!.clusters[3]!;
    const button = h.root.querySelectorAll<HTMLButtonElement>('[part~="cluster"]')[3]!;
    expect(button.getAttribute('aria-label')).to.contain(cluster.description);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await h.waitForRender();
    await h.waitForRender();
    const r = h.visibleRange();
    expect(r.start.getTime()).to.be.at.most(cluster.start + 1);
    expect(r.end.getTime()).to.be.at.least(cluster.end - 1);
    expect(r.end.getTime() - r.start.getTime()).to.be.below((cluster.end - cluster.start) * 1.5);
  });

  it('while Enter on a cluster zooms (animated), focus never rests on a button that has become another cluster', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      await setViewport({ width: 1300, height: 900 });
      const { h, root } = await mountGenerated(300, 1280);
      roots.push(root);
      const button = h.root.querySelectorAll<HTMLButtonElement>('[part~="cluster"]')[3]!;
      const label = button.getAttribute('aria-label');
      button.focus();
      // What the focused element says, each frame of the zoom.
      const heard = new Set<string>();
      let watching = true;
      const watch = () => {
        const focused = h.root.activeElement;
        if (focused?.matches('[part~="cluster"]')) heard.add(focused.getAttribute('aria-label')!);
        if (watching) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => h.root.activeElement?.matches('[part~="event"]'), 'no event focused', {
        timeout: 3000,
      });
      watching = false;
      heard.delete(label!);
      expect([...heard], 'other clusters heard on the way').to.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('a cluster of events that share a day, at the finest zoom, opens its first event: Enter and Next then go through them', async () => {
    await setViewport({ width: 1300, height: 900 });
    const root = document.createElement('div');
    root.style.width = '1280px';
    document.body.append(root);
    roots.push(root);
    const el = document.createElement('annals-timeline');
    el.setAttribute('max-lanes', '2');
    root.append(el);
    const same = Array.from({ length: 30 }, (_, i) => ({
      id: `m${String(i).padStart(2, '0')}`,
      title: `Meeting ${i + 1}`,
      start: '2009-03-15',
    }));
    el.data = {
      title: 'One day',
      events: [
        { id: 'before', title: 'Before', start: '2008-01-01' },
        ...same,
        { id: 'after', title: 'After', start: '2010-06-01' },
      ],
    };
    const h = new TimelineHarness(el);
    await h.waitForScene();
    const cluster = () => h.root.querySelector<HTMLButtonElement>('[part~="cluster"]')!;
    // Enter zooms as far as it can (four days), where the cluster still stands; so it opens the
    // first event it holds, focused.
    cluster().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.selected !== null, 'no event was opened');
    await h.waitForRender();
    const r = h.visibleRange();
    expect(+r.end - +r.start).to.be.at.most(4.5 * 864e5);
    const k = h.element.scene!.clusters.find((c) => c.start <= Date.UTC(2009, 2, 15, 12))!;
    expect(k.count).to.be.greaterThan(20);
    const drawn = new Set(h.element.scene!.items.map((i) => i.id));
    const first = same.find((e) => !drawn.has(e.id) || e.id === el.selected)!.id;
    expect(el.selected).to.equal(first);
    expect(h.focusedId()).to.equal(first);
    expect(h.card().visible).to.equal(true);
    // Pressed again and again, the cluster goes on through the events it holds, never back.
    const opened = [first];
    for (let i = 0; i < 4; i++) {
      const before = el.selected;
      const k = h.root.querySelector<HTMLButtonElement>('[part~="cluster"]')!;
      k.click();
      await waitUntil(() => el.selected !== before, `press ${i + 2} opened nothing new`);
      await h.waitForRender();
      opened.push(el.selected!);
    }
    const order = opened.map((id) => same.findIndex((e) => e.id === id));
    expect(order, opened.join(' ')).to.deep.equal([...order].sort((a, b) => a - b));
    expect(new Set(opened).size).to.equal(opened.length);
    // The arrow key steps on through the day's events.
    await h.key('ArrowRight');
    expect(h.focusedId()).to.equal(same[same.findIndex((e) => e.id === el.selected) + 1]!.id);
  });

  it('+ and − on a focused cluster zoom around it, not around the events’ tab stop', async () => {
    await setViewport({ width: 1300, height: 900 });
    const { h, root } = await mountGenerated(10_000, 1280);
    roots.push(root);
    const buttons = () => [...h.root.querySelectorAll<HTMLButtonElement>('[part~="cluster"]')];
    buttons()[0]!.focus();
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowRight' });
    const k = h.element.scene!.clusters[8]!;
    const middle = (k.start + k.end) / 2;
    const x = (t: number) => {
      const r = h.visibleRange();
      return (t - +r.start) / (+r.end - +r.start);
    };
    const at = x(middle);
    await sendKeys({ press: '+' });
    await h.waitForRender();
    await h.waitForRender();
    // The cluster's middle stays where it was on screen (within a pixel or so of 1280).
    expect(x(middle)).to.be.closeTo(at, 0.002);
    // Focus stays on the cluster drawn where the middle was (the zoom keeps it there on screen).
    const focused = h.root.activeElement as HTMLButtonElement | null;
    expect(focused?.getAttribute('part'), 'focus left the clusters').to.equal('cluster');
    const held = h.element.scene!.clusters[buttons().indexOf(focused!)]!;
    const px = (k.x + k.x2) / 2;
    const gap = px < held.x ? held.x - px : px >= held.x2 ? px - held.x2 : 0;
    expect(gap, 'the cluster focused is where the middle was').to.be.at.most(k.x2 - k.x);
    // Home and End go to the first and last cluster.
    await sendKeys({ press: 'End' });
    expect(h.root.activeElement).to.equal(buttons().at(-1));
    await sendKeys({ press: 'Home' });
    expect(h.root.activeElement).to.equal(buttons()[0]);
    buttons()[8]!.focus();
    // Zoomed in until the list is shorter than where its tab stop was: still one tab stop.
    for (let i = 0; i < 6 && h.root.activeElement?.getAttribute('part') === 'cluster'; i++) {
      await sendKeys({ press: '+' });
      await h.waitForRender();
      await h.waitForRender();
    }
    const stops = buttons().filter((b) => b.tabIndex === 0);
    if (buttons().length) expect(stops.length, 'tab stops among the clusters').to.equal(1);
    expect(h.element.matches(':focus-within'), 'focus left the timeline').to.equal(true);
  });

  it('the clusters keep one tab stop when the arrow keys have moved it and the view changes', async () => {
    await setViewport({ width: 1300, height: 900 });
    const { h, root } = await mountGenerated(300, 1280);
    roots.push(root);
    const clusters = () => [...h.root.querySelectorAll<HTMLButtonElement>('[part~="cluster"]')];
    const stops = () => clusters().filter((b) => b.tabIndex === 0);
    expect(clusters().length).to.be.at.least(10);
    clusters()[0]!.focus();
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowRight' });
    expect(h.root.activeElement).to.equal(clusters()[6]);
    expect(stops()).to.deep.equal([clusters()[6]]);
    // Panned a little: most clusters stay, a few leave and others come into view.
    for (const shift of [0.04, -0.08, 0.04]) {
      const { start, end } = h.element.visibleRange!;
      const by = (+end - +start) * shift;
      await h.element.zoomTo(new Date(+start + by), new Date(+end + by), { animate: false });
      await h.waitForRender();
      expect(stops().length, `tab stops among the clusters after a pan by ${shift}`).to.equal(1);
    }
    await h.element.zoomBy(1.5, { animate: false });
    await h.waitForRender();
    expect(stops().length, 'tab stops among the clusters after a zoom').to.equal(1);
  });

  it('at 10,000 events, Home and then the arrow keys reach events in date order, each drawn when focused', async () => {
    await setViewport({ width: 1300, height: 900 });
    const { h, root } = await mountGenerated(10_000, 1280);
    roots.push(root);
    const events = h.element.normalized.events;
    h.focusEvents();
    await h.key('Home');
    expect(h.focusedId()).to.equal(events[0]!.id);
    for (let i = 1; i <= 12; i++) {
      await h.key('ArrowRight');
      expect(h.focusedId(), `step ${i}`).to.equal(events[i]!.id);
      const b = h.button(events[i]!.id);
      expect(b.closest('li')!.getAttribute('aria-posinset')).to.equal(String(i + 1));
      expect(b.closest('li')!.getAttribute('aria-setsize')).to.equal('10000');
    }
    await h.key('End');
    expect(h.focusedId()).to.equal(events.at(-1)!.id);
  });

  it('a press on a mark whose label did not fit selects it, in any lane, and moves no other mark', async () => {
    const { h, root } = await mountGenerated(300, 1280);
    try {
      await h.element.zoomBy(4, { animate: false });
      await h.waitForRender();
      const marks = h.buttons().filter((b) => b.classList.contains('mark-only'));
      const deeper = marks.filter((b) => {
        const it = h.element.scene!.items.find((i) => i.id === b.dataset.id)!;
        return it.lane > 0;
      });
      expect(deeper.length, 'unlabelled marks below the first lane').to.be.at.least(3);
      for (const button of deeper.slice(0, 5)) {
        const id = button.dataset.id!;
        const lanes = () => new Map(h.element.scene!.items.map((i) => [i.id, `${i.lane}:${i.x}`]));
        const before = lanes();
        const dot = button
          .querySelector('[part~="marker"], [part~="bar"]')!
          .getBoundingClientRect();
        // A real press and release, as a reader's click or tap is: focus comes on the press.
        await sendMouse({
          type: 'click',
          position: [
            Math.round(dot.x + Math.min(dot.width, 14) / 2),
            Math.round(dot.y + dot.height / 2),
          ],
        });
        await h.waitForRender();
        expect(h.element.selected, `a press on ${id}`).to.equal(id);
        const after = lanes();
        for (const [other, place] of before) expect(after.get(other), other).to.equal(place);
        await sendKeys({ press: 'Escape' });
        await h.waitForRender();
      }
    } finally {
      await resetMouse();
      root.remove();
    }
  });

  it('300 events, with marks whose labels show only on hover, clusters and rows, have no axe violations', async function () {
    this.timeout(20_000);
    await setViewport({ width: 1300, height: 900 });
    const { h, root } = await mountGenerated(300, 1280, 'group-by="category"');
    roots.push(root);
    expect(h.root.querySelector('.mark-only')).to.not.equal(null);
    await expect(h.element).to.be.accessible();
  });

  it('drawn in rows taller than the window, the axis stays at the window’s foot, then rests under the last row', async () => {
    await setViewport({ width: 1300, height: 600 });
    const { h, root } = await mountGenerated(300, 1280, 'group-by="category"');
    roots.push(root);
    const axis = h.root.querySelector<HTMLElement>('annals-axis')!;
    const viewport = h.viewport()!;
    const rows = h.element.scene!.rows;
    expect(rows.length).to.be.greaterThan(2);
    expect(viewport.getBoundingClientRect().bottom).to.be.greaterThan(window.innerHeight + 100);
    try {
      // The first row in view: the axis is at the window's foot, over the rows below.
      h.element.scrollIntoView({ block: 'start' });
      await h.waitForRender();
      const stuck = axis.getBoundingClientRect();
      expect(Math.abs(stuck.bottom - window.innerHeight)).to.be.lessThan(1);
      expect(stuck.top).to.be.lessThan(viewport.getBoundingClientRect().bottom - 100);
      expect(getComputedStyle(axis).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      // Above a page's fixed footer, when the page says how tall it is.
      h.element.style.setProperty('--annals-axis-sticky-offset', '50px');
      await h.waitForRender();
      expect(
        Math.abs(axis.getBoundingClientRect().bottom - (window.innerHeight - 50)),
      ).to.be.lessThan(1);
      h.element.style.removeProperty('--annals-axis-sticky-offset');
      // Scrolled past: it is where the Scene puts it, under the last row.
      root.querySelector('#below')!.scrollIntoView({ block: 'end' });
      await h.waitForRender();
      const resting = axis.getBoundingClientRect();
      const top = viewport.getBoundingClientRect().top + viewport.clientTop;
      expect(Math.abs(resting.top - (top + h.element.scene!.axis.y))).to.be.lessThan(1);
      expect(
        Math.abs(resting.left - (viewport.getBoundingClientRect().left + h.element.scene!.axis.x)),
      ).to.be.lessThan(1);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('drawn in rows, an event focused at the window’s foot is scrolled clear of the stuck axis', async () => {
    await setViewport({ width: 1300, height: 600 });
    const { h, root } = await mountGenerated(300, 1280, 'group-by="category"');
    roots.push(root);
    const axis = h.root.querySelector<HTMLElement>('annals-axis')!;
    try {
      h.element.scrollIntoView({ block: 'start' });
      await h.waitForRender();
      const below = [...h.root.querySelectorAll<HTMLElement>('[part~="event"]')].filter(
        (b) => b.getBoundingClientRect().top > window.innerHeight + 50,
      );
      expect(below.length).to.be.greaterThan(5);
      for (const b of below.slice(0, 5)) {
        const mark = () => b.querySelector('.mark, .bar')!.getBoundingClientRect();
        // The page scrolled so that the event is in the window, under the stuck axis, or just
        // below it: focus scrolls no more than it must.
        for (const under of [4, -4]) {
          b.blur();
          window.scrollBy(0, mark().top - (axis.getBoundingClientRect().top + under));
          b.focus();
          expect(
            mark().bottom,
            `${b.dataset.id} focused under the axis (${mark().bottom} > ${axis.getBoundingClientRect().top})`,
          ).to.be.at.most(axis.getBoundingClientRect().top);
        }
      }
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('in one row, the axis is where the Scene puts it, wherever the page is scrolled', async () => {
    await setViewport({ width: 1300, height: 200 });
    const { h, root } = await mountGenerated(300, 1280);
    roots.push(root);
    const axis = h.root.querySelector<HTMLElement>('annals-axis')!;
    const viewport = h.viewport()!;
    try {
      h.element.scrollIntoView({ block: 'start' });
      await h.waitForRender();
      const top = viewport.getBoundingClientRect().top + viewport.clientTop;
      expect(
        Math.abs(axis.getBoundingClientRect().top - (top + h.element.scene!.axis.y)),
      ).to.be.lessThan(1);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('300 events at 1280 px: six lanes and clusters, no overlapping labels (screenshot)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { h, root } = await mountGenerated(300, 1248);
    roots.push(root);
    await document.fonts.ready;
    await h.waitForRender();
    await visualDiff(h.element, 'generated-300-1280');
  });

  it('300 events at 360 px: the bounded vertical drawing with clusters (screenshot)', async () => {
    await setViewport({ width: 360, height: 900 });
    const { h, root } = await mountGenerated(300, 344);
    roots.push(root);
    expect(h.element.orientation).to.equal('vertical');
    await document.fonts.ready;
    await h.waitForRender();
    await visualDiff(h.element, 'generated-300-360');
  });
});
