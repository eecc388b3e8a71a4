/* global TL */
// TimelineJS3 in the benchmark page: its dist script and stylesheet, `new TL.Timeline(container,
// data, options)` with its JSON format and default options, except `script_path`, which points at
// the local copy of its dist/js/ (the default is its CDN, which the benchmark does not reach).

export const id = 'timelinejs';
export const label = 'TimelineJS';

export const assets = {
  modules: [],
  scripts: ['/lib/timelinejs/dist/js/timeline.js'],
  styles: ['/lib/timelinejs/dist/css/timeline.css'],
};

// Its docs embed it in a container with a height.
export const containerStyle = 'width: 1280px; height: 650px';

// Slide changes animate for `duration` (1000 ms by default): a step waits that long before the
// next one starts, outside the timed part, so animations never overlap the next step.
export const settleMs = 1100;

const date = (iso) => {
  const [year, month, day] = iso.split('-');
  return { year, month: String(Number(month)), day: String(Number(day)) };
};

export function prepare(events, categories) {
  const labels = new Map(categories.map((c) => [c.id, c.label]));
  return {
    events: events.map((e) => {
      const event = {
        unique_id: e.id,
        start_date: date(e.start),
        text: { headline: e.title },
        group: labels.get(e.category),
      };
      if (e.end) event.end_date = date(e.end);
      return event;
    }),
  };
}

export function create(container, data) {
  const timeline = new TL.Timeline(container, data, {
    script_path: new URL('/lib/timelinejs/dist/js/', location.href).href,
  });
  const handle = { timeline, loaded: false };
  // Its documented 'loaded' event: the story slider and the time navigator are built.
  timeline.on('loaded', () => (handle.loaded = true));
  return handle;
}

/** It has loaded, and its time navigator has markers and its story slider has slides. */
export function drawn(handle, container) {
  return (
    handle.loaded &&
    !!container.querySelector('.tl-timemarker') &&
    !!container.querySelector('.tl-slide')
  );
}

// Its navigator zooms through a fixed sequence of scale factors; its documented navigation moves
// from slide to slide.
export function step({ timeline }, kind) {
  if (kind === 'in') return timeline.zoomIn();
  if (kind === 'out') return timeline.zoomOut();
  if (kind === 'right') return timeline.goToNext();
  return timeline.goToPrev();
}
