// The page side of the strict-CSP test: records every policy violation, loads the library and the
// flagship data (as a page that sets `data` would), and reports to the test in the parent frame.
const violations = [];
// Violations inside shadow roots do not all reach the document as events; the reporting API
// sees them all. Both are recorded.
window.addEventListener(
  'securitypolicyviolation',
  (e) =>
    violations.push(
      `event ${e.violatedDirective}: ${e.blockedURI || 'inline'} ${e.sample || ''}`.trim(),
    ),
  true,
);
new ReportingObserver(
  (reports) => {
    for (const r of reports)
      violations.push(
        `report ${r.body?.effectiveDirective}: ${r.body?.blockedURL || 'inline'} ${r.body?.sample || ''}`.trim(),
      );
  },
  { types: ['csp-violation'], buffered: true },
).observe();

async function main() {
  try {
    await import('/src/define.ts');
    const { kazakhstanTurkmenistan } = await import('/data/kazakhstan-turkmenistan.ts');
    const t = document.getElementById('t');
    t.data = kazakhstanTurkmenistan;
    await t.updateComplete;
    for (let i = 0; i < 20 && !t.shadowRoot.querySelector('[part~="event"]'); i++)
      await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    // Reports are delivered asynchronously.
    await new Promise((r) => setTimeout(r, 100));
    // The same library, fed by src (TimelineJS JSON, whose HTML text goes through DOMPurify
    // under Trusted Types) and by markup children.
    const s = document.getElementById('s');
    const m = document.getElementById('m');
    const c = document.getElementById('c');
    const w = document.getElementById('w');
    const drawn = (el) => el.shadowRoot?.querySelector('[part~="event"]');
    for (let i = 0; i < 100 && ![s, m, c, w].every(drawn); i++)
      await new Promise((r) => setTimeout(r, 50));
    // A body pasted from a word processor: its inline styles must not be reported while parsed.
    w.selected = 'pasted';
    await w.updateComplete;
    const pastedCard = w.shadowRoot.querySelector('annals-event-card');
    await pastedCard.updateComplete;
    for (let i = 0; i < 100 && !pastedCard.shadowRoot.querySelector('[part~="body"] a'); i++)
      await new Promise((r) => setTimeout(r, 20));
    s.selected = 'silk-way-rally-2009';
    await s.updateComplete;
    const card = s.shadowRoot.querySelector('annals-event-card');
    await card.updateComplete;
    // The body is sanitised once DOMPurify's chunk has loaded.
    const body = card.shadowRoot.querySelector('[part~="body"]');
    for (let i = 0; i < 100 && body && !body.querySelector('p'); i++)
      await new Promise((r) => setTimeout(r, 20));
    // A themed, Russian, right-to-left timeline: its export as SVG and PNG, and its print view.
    const x = document.getElementById('x');
    x.data = kazakhstanTurkmenistan;
    for (let i = 0; i < 40 && !drawn(x); i++) await new Promise(requestAnimationFrame);
    const svg = await x.toSVG();
    let png = 0;
    let pngError = '';
    try {
      png = (await x.toPNG()).size;
    } catch (e) {
      pngError = String(e);
    }
    dispatchEvent(new Event('beforeprint'));
    await x.updateComplete;
    const printed = x.shadowRoot.querySelectorAll('[part~="print-event"]').length;
    dispatchEvent(new Event('afterprint'));
    await x.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    const events = [...t.shadowRoot.querySelectorAll('[part~="event"]')];
    const widths = events.map((b) => b.getBoundingClientRect().width);
    const lefts = events.map((b) => Math.round(b.getBoundingClientRect().left));
    parent.postMessage(
      {
        csp: true,
        violations,
        events: events.length,
        zeroWidth: widths.filter((w) => !(w > 0)).length,
        distinctLefts: new Set(lefts).size,
        trustedTypes: typeof trustedTypes !== 'undefined',
        fromSrc: s.shadowRoot.querySelectorAll('[part~="event"]').length,
        fromMarkup: m.shadowRoot.querySelectorAll('[part~="event"]').length,
        fromCsv: c.shadowRoot.querySelectorAll('[part~="event"]').length,
        pastedLink: !!pastedCard.shadowRoot.querySelector('[part~="body"] a[href^="https:"]'),
        bodyParagraphs: body ? body.querySelectorAll('p').length : -1,
        bodyLinks: body ? body.querySelectorAll('a[href^="https:"]').length : -1,
        themedBackground: getComputedStyle(x).backgroundColor,
        svgEvents: (svg.match(/data-id=/g) ?? []).length,
        svgRussian: /Хронология/.test(svg),
        png,
        pngError,
        printed,
      },
      '*',
    );
  } catch (error) {
    parent.postMessage({ csp: true, violations, error: String(error) }, '*');
  }
}
void main();
