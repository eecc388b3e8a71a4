import puppeteer from 'puppeteer-core';
const [n='100000', width='1280'] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: 900 });
await page.goto(`http://localhost:8123/examples/generated.html?n=${n}`, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
await page.tracing.start({ path: '/tmp/trace.json' });
const r = await page.evaluate(async () => {
  const t = document.getElementById('t');
  const out = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const p = t.zoomBy(i < 5 ? 2 : 0.5, { animate: false });
    await p;
    out.push(performance.now() - t0);
  }
  return out.map((x) => x.toFixed(1)).join(' ');
});
await page.tracing.stop();
console.log(r);
await browser.close();
