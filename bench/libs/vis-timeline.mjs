/* global vis */
// vis-timeline in the benchmark page: its standalone UMD build and its stylesheet, as its README
// shows, with default options. Categories are its groups.

export const id = 'vis-timeline';
export const label = 'vis-timeline';

export const assets = {
  modules: [],
  scripts: ['/lib/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
  styles: ['/lib/vis-timeline/styles/vis-timeline-graph2d.min.css'],
};

export const containerStyle = 'width: 1280px';

export function prepare(events, categories) {
  const items = events.map((e) => {
    const item = { id: e.id, content: e.title, start: e.start, group: e.category };
    if (e.end) item.end = e.end;
    return item;
  });
  const groups = categories.map((c) => ({ id: c.id, content: c.label }));
  return { items, groups };
}

export function create(container, { items, groups }) {
  const timeline = new vis.Timeline(container, items, groups, {});
  const handle = {
    timeline,
    fitted: false,
    sameTask: false,
    firstRedraw: null,
    fittedRedraw: null,
  };
  // Its constructor draws at its default window (around today); the first redraw's 'changed'
  // event fits the window to the items, in that same event. The fitted view is drawn by a later
  // redraw (in practice its 1 s resize watcher's), so count only a 'changed' from a later task.
  timeline.on('rangechange', () => {
    handle.fitted = true;
    handle.sameTask = true;
    queueMicrotask(() => (handle.sameTask = false));
  });
  timeline.on('changed', () => {
    handle.firstRedraw ??= performance.now();
    if (handle.fitted && !handle.sameTask) handle.fittedRedraw ??= performance.now();
  });
  return handle;
}

/** It has redrawn after fitting its window to the items, and shows them. */
export function drawn(handle, container) {
  return handle.fittedRedraw != null && !!container.querySelector('.vis-item');
}

/** When it first redrew (before fitting) and when it drew the fitted view. */
export function milestones(handle) {
  return { firstRedraw: handle.firstRedraw, fittedRedraw: handle.fittedRedraw };
}

// zoomIn(1) halves the visible interval and zoomOut(1) doubles it: the same steps as Annals'
// zoomBy(2) and zoomBy(0.5).
export function step({ timeline }, kind) {
  if (kind === 'in') return timeline.zoomIn(1, { animation: false });
  if (kind === 'out') return timeline.zoomOut(1, { animation: false });
  const w = timeline.getWindow();
  const start = w.start.valueOf();
  const end = w.end.valueOf();
  const shift = ((end - start) / 4) * (kind === 'right' ? 1 : -1);
  timeline.setWindow(start + shift, end + shift, { animation: false });
}
