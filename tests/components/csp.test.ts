import { expect } from '@open-wc/testing';

interface Report {
  csp: true;
  violations: string[];
  events?: number;
  zeroWidth?: number;
  distinctLefts?: number;
  trustedTypes?: boolean;
  fromSrc?: number;
  fromMarkup?: number;
  fromCsv?: number;
  pastedLink?: boolean;
  bodyParagraphs?: number;
  bodyLinks?: number;
  themedBackground?: string;
  svgEvents?: number;
  svgRussian?: boolean;
  png?: number;
  pngError?: string;
  printed?: number;
  error?: string;
}

/** Loads tests/csp/strict.html (served with the strict policy) in a frame and waits for its report. */
function loadStrictPage(): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '700px';
    const timer = setTimeout(() => reject(new Error('the strict page sent no report')), 15_000);
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      if (!(e.data as Report | null)?.csp) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(e.data as Report);
    });
    frame.src = '/tests/csp/strict.html';
    document.body.append(frame);
  });
}

describe('a strict Content-Security-Policy', () => {
  it('the policy header is really sent with the page', async () => {
    const res = await fetch('/tests/csp/strict.html');
    expect(res.headers.get('content-security-policy')).to.contain("style-src 'self'");
    expect(res.headers.get('content-security-policy')).to.contain('trusted-types lit-html');
  });

  it('renders the flagship data with no violation: positions go through CSSOM, not style text', async function () {
    this.timeout(20_000);
    const r = await loadStrictPage();
    expect(r.error, r.error).to.equal(undefined);
    expect(r.violations, r.violations.join('\n')).to.deep.equal([]);
    expect(r.trustedTypes).to.equal(true);
    // The flagship's four events, each drawn with a width and at its own place: blocked style
    // attributes would leave them all at width 0, at one left edge.
    expect(r.events).to.equal(4);
    expect(r.zeroWidth).to.equal(0);
    expect(r.distinctLefts).to.equal(4);
  });

  it('loads src and markup children, and shows TimelineJS HTML text through DOMPurify under Trusted Types', async function () {
    this.timeout(20_000);
    const r = await loadStrictPage();
    expect(r.violations, r.violations.join('\n')).to.deep.equal([]);
    expect(r.fromSrc).to.equal(4);
    expect(r.fromMarkup).to.equal(2);
    // CSV is parsed without `new Function` (no 'unsafe-eval').
    expect(r.fromCsv).to.equal(4);
    expect(r.pastedLink).to.equal(true);
    expect(r.bodyParagraphs).to.equal(2);
    expect(r.bodyLinks).to.equal(1);
  });

  it('takes a linked theme, exports SVG and PNG and prints, in Russian and right to left, with no violation', async function () {
    this.timeout(20_000);
    const r = await loadStrictPage();
    expect(r.error, r.error).to.equal(undefined);
    expect(r.violations, r.violations.join('\n')).to.deep.equal([]);
    // dark.css, linked from the page's own origin.
    expect(r.themedBackground).to.equal('rgb(21, 23, 26)');
    expect(r.svgEvents).to.equal(4);
    expect(r.svgRussian).to.equal(true);
    // The PNG goes through a data: image, which this policy's img-src allows.
    expect(r.pngError).to.equal('');
    expect(r.png).to.be.greaterThan(1000);
    expect(r.printed).to.equal(4);
  });
});
