// The benchmark's verdicts and its printed report: Annals-to-peer ratios, and each target as
// PASS or FAIL. A missed target is printed plainly; it does not fail the process.

const FRAME_MS = 16.7;
const KIB = 1024;
const MB = 1e6;

/** Annals ÷ peer for one quantity, or null when either side has none. */
const ratio = (a, b) => (a != null && b != null && b > 0 ? a / b : null);

const find = (runs, lib, n) => runs.find((r) => r.lib === lib && r.n === n);

/** Ratios for every N and peer that both ran, and the targets' verdicts. */
export function summarize(runs, bytes, timeoutMs) {
  const ratios = [];
  for (const a of runs.filter((r) => r.lib === 'annals' && r.status === 'ok')) {
    for (const p of runs.filter((r) => r.lib !== 'annals' && r.n === a.n && r.status === 'ok')) {
      ratios.push({
        n: a.n,
        peer: p.lib,
        firstRender: ratio(a.firstRenderMs, p.firstRenderMs),
        stepMedian: ratio(a.steps?.median, p.steps?.median),
        stepP95: ratio(a.steps?.p95, p.steps?.p95),
        domElements: ratio(a.dom?.max, p.dom?.max),
        heapGrowth: ratio(a.heap?.growth, p.heap?.growth),
      });
    }
  }
  for (const peer of Object.keys(bytes).filter((id) => id !== 'annals')) {
    if (!bytes.annals) break;
    ratios.push({
      peer,
      bytesMin: ratio(bytes.annals.min, bytes[peer].min),
      bytesGzip: ratio(bytes.annals.gzip, bytes[peer].gzip),
    });
  }
  return { ratios, targets: targets(runs, bytes, timeoutMs) };
}

function targets(runs, bytes, timeoutMs) {
  const out = [];
  const verdict = (name, pass, measured) =>
    out.push({
      target: name,
      result: pass == null ? 'NOT MEASURED' : pass ? 'PASS' : 'FAIL',
      measured,
    });

  {
    const name = 'first render at 10,000 events at least 20x faster than vis-timeline';
    const a = find(runs, 'annals', 10_000);
    const v = find(runs, 'vis-timeline', 10_000);
    if (a?.status !== 'ok' || !v || !['ok', 'timeout', 'skipped'].includes(v.status))
      verdict(name, null, 'needs Annals and vis-timeline at N = 10,000');
    else if (v.status === 'ok') {
      const x = v.firstRenderMs / a.firstRenderMs;
      const early = v.firstRenderMilestones?.firstRedraw;
      verdict(
        name,
        x >= 20,
        `${fmtX(x)} faster (${ms(a.firstRenderMs)} vs ${ms(v.firstRenderMs)}` +
          (early != null
            ? `; its first redraw, before fitting its window, at ${ms(early)}: ${fmtX(early / a.firstRenderMs)})`
            : ')'),
      );
    } else {
      // vis-timeline gave up: its time is at least the limit, so the factor is at least this.
      const atLeast = (v.firstRenderMs ?? timeoutMs) / a.firstRenderMs;
      verdict(
        name,
        atLeast >= 20,
        `at least ${fmtX(atLeast)} faster (vis-timeline ${v.error ?? 'timed out'})`,
      );
    }
  }
  {
    const name = 'first render at 100,000 events under 1 s';
    const a = find(runs, 'annals', 100_000);
    if (!a) verdict(name, null, 'N = 100,000 not run');
    else if (a.status !== 'ok') verdict(name, false, a.error ?? a.status);
    else verdict(name, a.firstRenderMs < 1000, ms(a.firstRenderMs));
  }
  {
    const name = `zoom or pan step at 100,000 events: p95 within ${FRAME_MS} ms`;
    const a = find(runs, 'annals', 100_000);
    if (!a) verdict(name, null, 'N = 100,000 not run');
    else if (a.status !== 'ok') verdict(name, false, a.error ?? a.status);
    else if (a.steps?.p95 == null) verdict(name, false, 'no step finished within the time limit');
    else
      verdict(
        name,
        a.steps.p95 <= FRAME_MS,
        `p95 ${ms(a.steps.p95, 1)} (median ${ms(a.steps.median, 1)})`,
      );
  }
  {
    const name = 'DOM elements at most 2,000 at any N';
    const measured = runs.filter((r) => r.lib === 'annals' && r.dom);
    if (!measured.length) verdict(name, null, 'no Annals run');
    else {
      const worst = measured.reduce((w, r) => (r.dom.max > w.dom.max ? r : w));
      verdict(
        name,
        worst.dom.max <= 2000,
        `max ${int(worst.dom.max)} at N = ${int(worst.n)} (${measured.map((r) => `${int(r.n)}: ${int(r.dom.max)}`).join(', ')})`,
      );
    }
  }
  {
    const name = "heap growth at 10,000 events at most a quarter of vis-timeline's";
    const a = find(runs, 'annals', 10_000);
    const v = find(runs, 'vis-timeline', 10_000);
    if (a?.heap && v?.heap) {
      const x = a.heap.growth / v.heap.growth;
      verdict(
        name,
        x <= 0.25,
        `${fmtX(x)} of vis-timeline's (${mb(a.heap.growth)} vs ${mb(v.heap.growth)})`,
      );
    } else verdict(name, null, 'needs Annals and vis-timeline at N = 10,000');
  }
  {
    const name = 'Annals single-file bundle at most 45 KiB min+gzip';
    const b = bytes.annals;
    if (!b) verdict(name, null, 'Annals not run');
    else verdict(name, b.gzip <= 45 * KIB, `${kib(b.gzip)} min+gzip (${kib(b.min)} minified)`);
  }
  return out;
}

const int = (x) => Math.round(x).toLocaleString('en-US');
const ms = (x, digits = 0) => `${x.toFixed(digits)} ms`;
const mb = (x) => `${(x / MB).toFixed(1)} MB`;
const kib = (x) => `${(x / KIB).toFixed(1)} KiB`;
const fmtX = (x) => (x >= 10 ? `${x.toFixed(0)}x` : `${x.toFixed(2)}x`);
const cellX = (x) => (x == null ? '' : fmtX(x));

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) =>
        i < 2 || i === cells.length - 1
          ? String(c).padEnd(widths[i])
          : String(c).padStart(widths[i]),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printReport({ runs, bytes, ratios, targets, config, machine }) {
  const labels = { annals: 'Annals', 'vis-timeline': 'vis-timeline', timelinejs: 'TimelineJS' };
  console.log(
    `\nAnnals vs peers: ${machine.browser}, ${machine.cpus} cores, Node ${machine.node}; ` +
      `${config.steps} steps (zoom in, pan right, pan left, zoom out); ` +
      `${config.timeoutMs / 1000} s to draw, ${(config.stepLimitMs ?? config.timeoutMs) / 1000} s of steps`,
  );
  console.log(
    "Ratios are Annals ÷ peer, on the peer's row: below 1 means Annals is faster or smaller.\n",
  );
  const rows = [];
  for (const n of config.ns) {
    for (const lib of config.libs) {
      const r = find(runs, lib, n);
      if (!r) continue;
      const name = labels[lib] ?? lib;
      if (r.status !== 'ok') {
        const note =
          r.status === 'skipped'
            ? `not run: ${r.lib} ${r.error}`
            : `${r.status === 'timeout' ? 'timed out' : r.status}: ${r.error}`;
        rows.push([int(n), name, '-', '-', '-', '-', '-', '', '', '', '', note]);
        continue;
      }
      const q = ratios.find((x) => x.n === n && x.peer === lib) ?? {};
      const steps = r.steps ?? { count: 0 };
      rows.push([
        int(n),
        name,
        r.firstRenderMs.toFixed(0),
        steps.median != null ? steps.median.toFixed(1) : '-',
        steps.p95 != null ? steps.p95.toFixed(1) : '-',
        int(r.dom.max),
        (r.heap.growth / MB).toFixed(1),
        cellX(q.firstRender),
        cellX(q.stepP95),
        cellX(q.domElements),
        cellX(q.heapGrowth),
        steps.timedOut ? `${steps.count} of ${config.steps} steps within the step limit` : '',
      ]);
    }
  }
  const header = ['N', 'library', 'render ms', 'step med ms', 'step p95 ms', 'DOM el.'];
  header.push('heap MB', 'render ÷', 'p95 ÷', 'DOM ÷', 'heap ÷', 'note');
  console.log(table(header, rows));
  const marked = runs.filter((r) => r.firstRenderMilestones);
  if (marked.length) {
    console.log('Milestones within the first render (ms from construction):');
    for (const r of marked) {
      const m = Object.entries(r.firstRenderMilestones).map(
        ([k, v]) => `${k} ${v == null ? '-' : v.toFixed(0)}`,
      );
      console.log(`  ${labels[r.lib] ?? r.lib} N=${int(r.n)}: ${m.join(', ')}`);
    }
  }

  console.log('');
  const byteRows = Object.entries(bytes).map(([lib, b]) => {
    const q = ratios.find((x) => x.peer === lib && x.bytesGzip != null) ?? {};
    return [
      labels[lib] ?? lib,
      b.files.map((f) => f.path.split('/').pop()).join(' + '),
      kib(b.min),
      kib(b.gzip),
      cellX(q.bytesMin),
      cellX(q.bytesGzip),
    ];
  });
  console.log(table(['library', 'files', 'minified', 'min+gzip', 'min ÷', 'gzip ÷'], byteRows));

  console.log('\nTargets (Annals):');
  for (const t of targets) console.log(`  ${t.result.padEnd(12)} ${t.target}: ${t.measured}`);

  const loads = runs.filter((r) => r.load != null).map((r) => r.load);
  if (loads.length)
    console.log(
      `\nLoad average (1 min) as each run started: ${Math.min(...loads).toFixed(1)} to ` +
        `${Math.max(...loads).toFixed(1)} on ${machine.cpus} cores` +
        (Math.max(...loads) > machine.cpus
          ? ': other work competed for the CPU, so times are noisy'
          : ''),
    );
  const idles = runs.filter((r) => r.idleAtStart != null).map((r) => r.idleAtStart);
  if (idles.length)
    console.log(
      `CPU idle in the half second before each run (runs wait up to 20 s for 90 %): ` +
        `${Math.round(Math.min(...idles) * 100)} % to ${Math.round(Math.max(...idles) * 100)} %`,
    );
  const settled = runs.filter((r) => r.idleBeforeRender != null).map((r) => r.idleBeforeRender);
  if (settled.length)
    console.log(
      `CPU idle in the half second before each first render, the page loaded (waited for as above): ` +
        `${Math.round(Math.min(...settled) * 100)} % to ${Math.round(Math.max(...settled) * 100)} %`,
    );
  const external = [...new Set(runs.flatMap((r) => r.externalRequests ?? []))];
  if (external.length) console.log(`\nBlocked requests to other hosts: ${external.join(', ')}`);
  const errors = runs.filter((r) => r.pageErrors?.length);
  for (const r of errors)
    console.log(`Page errors, ${r.lib} N=${r.n}: ${r.pageErrors.join(' | ')}`);
}
