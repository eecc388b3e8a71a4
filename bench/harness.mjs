// The benchmark's page side: builds one library's input from the seeded data, then times its
// first render and its zoom and pan steps when bench/run.mjs asks (window.bench).
// The page URL names the library and N: /page?lib=annals&n=10000&steps=20&timeout=60000&stepLimit=30000
import { CATEGORIES, generate } from './data.mjs';

const params = new URLSearchParams(location.search);
const lib = await import(`./libs/${params.get('lib')}.mjs`);
const n = Number(params.get('n'));
const stepCount = Number(params.get('steps') ?? 20);
const timeout = Number(params.get('timeout') ?? 60_000);
const stepLimit = Number(params.get('stepLimit') ?? 30_000);

// Only the library's own input stays alive: the generated events are garbage before the heap is read.
let input = await lib.prepare(generate(n), CATEGORIES);
const container = document.getElementById('stage');
let handle;

const frame = () => new Promise(requestAnimationFrame);

/**
 * Resolves at the end of the next frame: in a requestAnimationFrame callback a message is posted,
 * and it is delivered once that frame's style, layout and paint are done.
 */
function frameEnd() {
  const state = { rafRan: false };
  state.done = new Promise((resolve) =>
    requestAnimationFrame(() => {
      state.rafRan = true;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
  return state;
}

/** Elements in the document and, recursively, in every open shadow root. */
function countElements(root = document) {
  let elements = 0;
  let shadowRoots = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      elements++;
      if (el.shadowRoot) {
        shadowRoots++;
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  return { elements, shadowRoots };
}

/** Construction to two animation frames after the library has drawn (polled once a frame). */
async function render() {
  const t0 = performance.now();
  handle = lib.create(container, input);
  input = undefined;
  while (!lib.drawn(handle, container)) {
    if (performance.now() - t0 > timeout) throw new Error(`not drawn within ${timeout} ms`);
    await frame();
  }
  await frame();
  await frame();
  const ms = performance.now() - t0;
  const marks = Object.entries(lib.milestones?.(handle) ?? {}).map(([k, t]) => [
    k,
    t == null ? null : t - t0,
  ]);
  return { ms, milestones: Object.fromEntries(marks) };
}

/** One step: from the call to the end of the frame that shows it. */
async function timeStep(kind) {
  const t0 = performance.now();
  const result = lib.step(handle, kind);
  // Registered after the call, so this frame also runs any frame callback the call scheduled.
  const end = frameEnd();
  await result;
  // A step that settled only after that frame began drew in a later one: wait for the next end.
  if (end.rafRan) await frameEnd().done;
  await end.done;
  return performance.now() - t0;
}

/** Zoom in, pan right, pan left, zoom out: a quarter of `count` steps each. */
function plan(count) {
  const kinds = ['in', 'right', 'left', 'out'];
  return Array.from({ length: count }, (_, i) => kinds[Math.floor((i * kinds.length) / count)]);
}

async function steps() {
  const started = performance.now();
  const times = [];
  const kinds = [];
  let maxElements = 0;
  for (const kind of plan(stepCount)) {
    if (performance.now() - started > stepLimit) break;
    times.push(await timeStep(kind));
    kinds.push(kind);
    // Reported as it goes, so a run that is stopped in a later step keeps the ones it finished.
    window.benchStepDone?.(times.at(-1), kind);
    maxElements = Math.max(maxElements, countElements().elements);
    if (lib.settleMs) await new Promise((r) => setTimeout(r, lib.settleMs));
    await frame();
  }
  return { times, kinds, maxElements, timedOut: times.length < stepCount };
}

window.bench = { n, render, steps, countElements, handle: () => handle };
window.benchReady = true;
