// Annals in the benchmark page: the <annals-timeline> element, driven only through its public
// API (the `data` property, zoomBy, zoomTo and the annals-range-* events), so the harness keeps
// working whatever the element draws inside.

export const id = 'annals';
export const label = 'Annals';

/** What the page loads: the single-file bundle of src/define.ts (built by bench/run.mjs). */
export const assets = { modules: ['/lib/annals/annals.js'], scripts: [], styles: [] };

export const containerStyle = 'width: 1280px';

export async function prepare(events, categories) {
  await customElements.whenDefined('annals-timeline');
  return { title: 'Benchmark', categories, events };
}

export function create(container, input) {
  const el = document.createElement('annals-timeline');
  const handle = { el, window: null };
  // The visible window, as the element reports it; pans shift it.
  const track = (e) => (handle.window = { start: +e.detail.start, end: +e.detail.end });
  el.addEventListener('annals-range-change', track);
  el.addEventListener('annals-range-settle', track);
  el.data = input;
  container.append(el);
  return handle;
}

/** Its first event mark (or cluster, once the element draws clusters) is in the DOM. */
export function drawn({ el }) {
  return !!el.shadowRoot?.querySelector('[part~="event"], [part~="cluster"]');
}

export function step(handle, kind) {
  const { el } = handle;
  if (kind === 'in') return el.zoomBy(2, { animate: false });
  if (kind === 'out') return el.zoomBy(0.5, { animate: false });
  const w = handle.window;
  if (!w) throw new Error('annals-timeline reported no visible window to pan');
  const shift = ((w.end - w.start) / 4) * (kind === 'right' ? 1 : -1);
  return el.zoomTo(new Date(w.start + shift), new Date(w.end + shift), { animate: false });
}
