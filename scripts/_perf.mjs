import puppeteer from 'puppeteer-core';
const [n='10000', width='1280'] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage();
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('console', (m) => { const t = m.text(); if (!t.includes('dev mode')) console.log('console:', t.slice(0, 200)); });
await page.setViewport({ width: Number(width), height: 900 });
await page.goto(`http://localhost:8123/examples/generated.html?n=${n}`, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
const r = await page.evaluate(async () => {
  const t = document.getElementById('t');
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const count = (root) => { let c = 0; for (const el of root.querySelectorAll('*')) { c++; if (el.shadowRoot) c += 1 + count(el.shadowRoot); } return c; };
  const steps = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    if (i % 4 === 3) { const r = t.visibleRange; const d = (r.end - r.start) / 3; await t.zoomTo(new Date(+r.start + d), new Date(+r.end + d), { animate: false }); }
    else await t.zoomBy(i < 10 ? 2 : 0.5, { animate: false });
    await frame();
    steps.push(performance.now() - t0);
  }
  steps.sort((a, b) => a - b);
  return { dom: count(document), median: steps[10], p95: steps[18], items: t.scene.items.length, clusters: t.scene.clusters.length, height: t.getBoundingClientRect().height };
});
console.log(JSON.stringify(r));
await browser.close();
