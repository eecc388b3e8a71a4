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
      },
      '*',
    );
  } catch (error) {
    parent.postMessage({ csp: true, violations, error: String(error) }, '*');
  }
}
void main();
