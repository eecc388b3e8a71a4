/**
 * Every theme, as a page links it: text at least 4.5:1 against what is behind it, markers, bars,
 * the selection and focus rings at least 3:1, computed from the colours Chromium rendered; no axe
 * violations; a screenshot at a desktop and a phone width. Then forced colours and print.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  setViewport,
} from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import { backdrop as behind, parentOf } from '../../src/components/contrast-check.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import { contrastRatio, luminance, over, parseRgb, type Rgba } from '../../src/core/contrast.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const THEMES = ['default', 'dark', 'publication', 'high-contrast'] as const;
const VISIT = 'state-visit-2013';
/** Fonts are pinned for screenshots: the publication theme's serif is DejaVu Serif here. */
const fontOf = (theme: string) => (theme === 'publication' ? 'DejaVu Serif' : 'DejaVu Sans');

/** Links a theme the way a page does; returns a function that unlinks it. */
async function useTheme(name: string): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/src/themes/${name}.css`;
  const loaded = new Promise((ok, fail) => {
    link.onload = ok;
    link.onerror = () => fail(new Error(`theme ${name} did not load`));
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

type RGBA = Rgba;

/** A computed colour (`rgb(…)`, `rgba(…)`, or any CSS colour text resolved by the browser). */
function rgba(text: string): RGBA {
  let found = parseRgb(text);
  if (!found) {
    const probe = document.createElement('i');
    probe.style.color = text;
    document.body.append(probe);
    found = parseRgb(getComputedStyle(probe).color);
    probe.remove();
  }
  if (!found) throw new Error(`unreadable colour ${text}`);
  return found;
}

const contrast = contrastRatio;

/** The opaque colour behind an element, as the element's own check finds it. */
function backdrop(el: Element): RGBA {
  const found = behind(el);
  if (!found) throw new Error(`unreadable background behind ${el.localName}`);
  return found;
}

function visible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  for (let e: Element | null = el; e; e = parentOf(e)) {
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) < 0.99) return false;
    if (e.classList.contains('sr-only')) return false;
  }
  return true;
}

/** Every element of the tree (shadow roots included) that shows text of its own. */
function textElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      const own = [...child.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      if (own && visible(child) && !(child as HTMLButtonElement).disabled) out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return out;
}

interface Failure {
  what: string;
  ratio: number;
}

/** Text under 4.5:1, and marks, rings under 3:1, in a mounted timeline. */
async function contrastFailures(
  t: TimelineHarness,
): Promise<{ failures: Failure[]; checked: number }> {
  const failures: Failure[] = [];
  let checked = 0;
  const check = (what: string, fg: RGBA, bg: RGBA, min: number) => {
    checked++;
    const ratio = contrast(over(fg, bg), bg);
    if (ratio < min) failures.push({ what, ratio: Math.round(ratio * 100) / 100 });
  };
  for (const el of textElements(t.element.shadowRoot!)) {
    const s = getComputedStyle(el);
    check(`text "${el.textContent!.trim().slice(0, 30)}"`, rgba(s.color), backdrop(el), 4.5);
  }
  for (const mark of t.root.querySelectorAll('[part~="marker"], [part~="bar"]')) {
    if (!visible(mark)) continue;
    check(
      `mark of ${mark.closest('button')!.dataset.id}`,
      rgba(getComputedStyle(mark).backgroundColor),
      backdrop(t.viewport()!),
      3,
    );
  }
  const host = getComputedStyle(t.element);
  const bg = backdrop(t.element);
  check('selection ring', rgba(host.getPropertyValue('--_selected').trim()), bg, 3);
  const button = t.buttons()[0]!;
  button.focus();
  check('focus ring', rgba(getComputedStyle(button).outlineColor), bg, 3);
  return { failures, checked };
}

async function mountThemed(width: number, font = 'DejaVu Sans'): Promise<TimelineHarness> {
  await setViewport({ width, height: 1000 });
  await resetMouse();
  const t = await TimelineHarness.mount(
    html`<annals-timeline
      locale="en-GB"
      style=${`--annals-font: '${font}'`}
      selected=${VISIT}
      .data=${kazakhstanTurkmenistan}
    ></annals-timeline>`,
  );
  await document.fonts.ready;
  await t.waitForRender();
  return t;
}

/** Resolves when the page has been idle once more, after any idle work already asked for. */
const idle = () => new Promise((ok) => requestIdleCallback(ok, { timeout: 3000 }));

/** The element's low-contrast warnings while `run` mounts a timeline, and once idle after. */
async function contrastWarnings<T>(
  run: () => Promise<T>,
): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('low contrast')) warnings.push(text);
    else warn(...args);
  };
  try {
    const result = await run();
    await idle();
    await idle();
    return { result, warnings };
  } finally {
    console.warn = warn;
  }
}

describe('themes', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light', media: 'screen' });
    await fixture(html`<div></div>`);
  });

  for (const theme of THEMES) {
    describe(theme, () => {
      let unlink: () => void = () => {};
      beforeEach(async () => {
        unlink = await useTheme(theme);
      });
      afterEach(() => unlink());

      it('meets 4.5:1 for text and 3:1 for marks and rings, and passes axe', async () => {
        const warned = await contrastWarnings(() => mountThemed(1280));
        const t = warned.result;
        expect(t.element.selected).to.equal(VISIT);
        const { failures, checked } = await contrastFailures(t);
        expect(checked, 'pieces checked').to.be.greaterThan(30);
        expect(failures).to.deep.equal([]);
        // And the element's own check of its colours agrees.
        expect(warned.warnings).to.deep.equal([]);
        await expect(t.element).to.be.accessible();
      });

      it('at 1280px', async () => {
        const t = await mountThemed(1280, fontOf(theme));
        await visualDiff(t.element, `theme-${theme}-1280`);
      });

      it('at 360px', async () => {
        const t = await mountThemed(360, fontOf(theme));
        await visualDiff(t.element, `theme-${theme}-360`);
      });
    });
  }

  it('a theme really changes the colours the timeline draws with', async () => {
    const plain = await mountThemed(1280);
    const before = getComputedStyle(plain.element).backgroundColor;
    const unlink = await useTheme('dark');
    expect(getComputedStyle(plain.element).backgroundColor).to.not.equal(before);
    expect(luminance(rgba(getComputedStyle(plain.element).backgroundColor))).to.be.lessThan(0.05);
    unlink();
  });

  describe('its own check of the colours a page gives it', () => {
    it('warns once for each colour a house style left too faint on its background', async () => {
      await setViewport({ width: 1280, height: 1000 });
      const { result: el, warnings } = await contrastWarnings(() =>
        fixture<AnnalsTimeline>(
          html`<annals-timeline
            style="--annals-color-text: #eee; --annals-color-background: #101114"
            .data=${kazakhstanTurkmenistan}
          ></annals-timeline>`,
        ),
      );
      const about = (token: string) => warnings.filter((w) => w.includes(` ${token} is `));
      for (const token of [
        '--annals-focus-ring',
        '--annals-selected-color',
        '--annals-color-muted',
        '--annals-category-0',
      ])
        expect(about(token), token).to.have.length(1);
      expect(about('--annals-color-text')).to.deep.equal([]);
      expect(about('--annals-focus-ring')[0]).to.equal(
        'annals-timeline: low contrast for focus rings: --annals-focus-ring is rgb(11, 87, 208), ' +
          '2.9:1 on rgb(16, 17, 20); WCAG 1.4.11 asks 3:1',
      );
      expect(about('--annals-category-0')[0]).to.contain(
        'the marks of category "Political relations"',
      );
      // Set right, nothing more is said; set again, nothing is said twice.
      const again = await contrastWarnings(async () => {
        el.style.setProperty('--annals-focus-ring', '#8ab4f8');
        el.data = { ...kazakhstanTurkmenistan, title: 'Again' };
        await el.updateComplete;
      });
      expect(again.warnings).to.deep.equal([]);
    });

    it('names a category whose own colour is too faint, and not the ones that are not', async () => {
      const { warnings } = await contrastWarnings(() =>
        fixture<AnnalsTimeline>(
          html`<annals-timeline
            .data=${{
              title: 'Colours',
              categories: [
                { id: 'pale', label: 'Pale', color: '#ffe9a0' },
                { id: 'ink', label: 'Ink', color: '#222' },
              ],
              events: [
                { id: 'a', title: 'A', start: '2001', category: 'pale' },
                { id: 'b', title: 'B', start: '2002', category: 'ink' },
              ],
            }}
          ></annals-timeline>`,
        ),
      );
      expect(warnings).to.deep.equal([
        'annals-timeline: low contrast for the marks of category "Pale": its color is ' +
          'rgb(255, 233, 160), 1.2:1 on rgb(255, 255, 255); WCAG 1.4.11 asks 3:1',
      ]);
    });

    it('says a warning once a page, however many timelines share the house style', async () => {
      await setViewport({ width: 1280, height: 1000 });
      const style = '--annals-color-background: #101114; --annals-color-text: #eee';
      const { warnings } = await contrastWarnings(() =>
        fixture(
          html`<div>
            ${[1, 2, 3].map(
              () =>
                html`<annals-timeline
                  style=${`${style}; --annals-focus-ring: #0b57d1`}
                  .data=${kazakhstanTurkmenistan}
                ></annals-timeline>`,
            )}
          </div>`,
        ),
      );
      const focus = warnings.filter((w) => w.includes(' --annals-focus-ring is rgb(11, 87, 209)'));
      expect(focus).to.have.length(1);
      expect(new Set(warnings).size).to.equal(warnings.length);
    });

    /** Light colours for a timeline with no background of its own, drawn on a dark one. */
    const LIGHT_ON_DARK =
      '--annals-color-background: transparent; --annals-color-text: #eee; ' +
      '--annals-color-muted: #bbb; --annals-focus-ring: #8ab4f8; --annals-selected-color: #8ab4f8; ' +
      '--annals-category-0: #8ab4f8; --annals-category-1: #f8b48a';

    it('finds the dark background of a container it is slotted into, in that container’s shadow root', async () => {
      if (!customElements.get('dark-frame'))
        customElements.define(
          'dark-frame',
          class extends HTMLElement {
            constructor() {
              super();
              this.attachShadow({ mode: 'open' }).innerHTML =
                '<div style="background: #111"><slot></slot></div>';
            }
          },
        );
      await setViewport({ width: 1280, height: 1000 });
      const { warnings } = await contrastWarnings(() =>
        fixture(
          html`<dark-frame
            ><annals-timeline
              style=${LIGHT_ON_DARK}
              .data=${kazakhstanTurkmenistan}
            ></annals-timeline
          ></dark-frame>`,
        ),
      );
      expect(warnings).to.deep.equal([]);
    });

    it('finds a background a page gives its base part', async () => {
      await setViewport({ width: 1280, height: 1000 });
      const style = document.createElement('style');
      style.textContent = '.dark-base::part(base) { background: #111; }';
      document.head.append(style);
      try {
        const { warnings } = await contrastWarnings(() =>
          fixture(
            html`<annals-timeline
              class="dark-base"
              style=${LIGHT_ON_DARK}
              .data=${kazakhstanTurkmenistan}
            ></annals-timeline>`,
          ),
        );
        expect(warnings).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });

    for (const [what, style] of [
      ['a gradient behind it', 'background-image: linear-gradient(#111, #222)'],
      ['a background in oklch()', 'background: oklch(0.2 0.01 260)'],
      ['a background in color-mix()', 'background: color-mix(in srgb, #000 90%, #fff)'],
    ])
      it(`says nothing where it cannot know what is behind it: ${what}`, async () => {
        await setViewport({ width: 1280, height: 1000 });
        const { warnings } = await contrastWarnings(() =>
          fixture(
            html`<div style=${style}>
              <annals-timeline
                style=${LIGHT_ON_DARK}
                .data=${kazakhstanTurkmenistan}
              ></annals-timeline>
            </div>`,
          ),
        );
        expect(warnings).to.deep.equal([]);
      });

    it('says nothing drawn for print, where its colours are the paper’s and the drawing is a list', async () => {
      await setViewport({ width: 1280, height: 1000 });
      await emulateMedia({ media: 'print' });
      try {
        const { warnings } = await contrastWarnings(() =>
          fixture(
            html`<annals-timeline
              style="--annals-color-text: #eee; --annals-color-background: #101114; --annals-focus-ring: #8ab4f8"
              .data=${kazakhstanTurkmenistan}
            ></annals-timeline>`,
          ),
        );
        expect(warnings).to.deep.equal([]);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('says nothing in forced-colors mode, where the reader’s colours are drawn, not the page’s', async () => {
      await setViewport({ width: 1280, height: 1000 });
      await executeServerCommand('emulate-forced-colors', true);
      try {
        const { warnings } = await contrastWarnings(() =>
          fixture(
            html`<annals-timeline
              style="--annals-color-text: #eee; --annals-color-background: #101114"
              .data=${kazakhstanTurkmenistan}
            ></annals-timeline>`,
          ),
        );
        expect(warnings).to.deep.equal([]);
      } finally {
        await executeServerCommand('emulate-forced-colors', false);
      }
    });
  });

  it('auto follows the reader’s colour scheme', async () => {
    const unlink = await useTheme('auto');
    try {
      const t = await mountThemed(1280);
      const light = rgba(getComputedStyle(t.element).backgroundColor);
      await emulateMedia({ colorScheme: 'dark' });
      const dark = rgba(getComputedStyle(t.element).backgroundColor);
      expect(luminance(light)).to.be.greaterThan(0.9);
      expect(luminance(dark)).to.be.lessThan(0.05);
      const { failures } = await contrastFailures(t);
      expect(failures).to.deep.equal([]);
      // Its own check, run again as the scheme changed, agrees.
      const { warnings } = await contrastWarnings(async () => {
        await emulateMedia({ colorScheme: 'light' });
        await emulateMedia({ colorScheme: 'dark' });
      });
      expect(warnings).to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      unlink();
    }
  });

  describe('forced colours', () => {
    after(async () => {
      await executeServerCommand('emulate-forced-colors', false);
    });

    it('keeps selected and unselected events, categories and clusters apart', async () => {
      await executeServerCommand('emulate-forced-colors', true);
      const t = await mountThemed(1280);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const marks = [...t.root.querySelectorAll<HTMLElement>('[part~="marker"]')];
      expect(marks.length).to.be.greaterThan(1);
      // Every mark keeps its ink (not the forced background).
      const bg = backdrop(t.viewport()!);
      for (const m of marks) {
        const ink = rgba(getComputedStyle(m).backgroundColor);
        const ring = rgba(getComputedStyle(m).borderTopColor);
        expect(Math.max(contrast(ink, bg), contrast(ring, bg)), 'mark visible').to.be.greaterThan(
          3,
        );
      }
      // The two categories' markers differ in shape.
      const shapes = new Set(
        marks.map((m) => {
          const s = getComputedStyle(m);
          return `${s.borderTopLeftRadius}|${s.transform}|${s.backgroundColor}`;
        }),
      );
      expect(shapes.size, 'categories are told apart by shape').to.be.greaterThan(1);
      // The selected event has an outline the others lack.
      const selected = t.button(VISIT).querySelector('[part~="marker"], [part~="bar"]')!;
      expect(getComputedStyle(selected).outlineStyle).to.equal('solid');
      const other = t.buttons().find((b) => b.dataset.id !== VISIT)!;
      const otherMark = other.querySelector('[part~="marker"], [part~="bar"]')!;
      expect(getComputedStyle(otherMark).outlineStyle).to.equal('none');
      await visualDiff(t.element, 'forced-colors-1280');
    });

    it('draws each era across its span, not only at edges that look like the grid’s lines, horizontal and down a phone’s column (WCAG 1.4.11)', async () => {
      await executeServerCommand('emulate-forced-colors', true);
      for (const width of [1280, 360]) {
        const t = await TimelineHarness.mountPinned(rome, width);
        const eras = [...t.root.querySelectorAll<HTMLElement>('[part~="era"]')];
        expect(eras.length, `eras at ${width}px`).to.be.greaterThan(1);
        const bg = backdrop(t.viewport()!);
        for (const era of eras) {
          const s = getComputedStyle(era);
          // Filled, or a bar along the axis over its whole span (the band's top edge).
          const fill = contrast(over(rgba(s.backgroundColor), bg), bg);
          const bar =
            parseFloat(s.borderTopWidth) >= 2 ? contrast(over(rgba(s.borderTopColor), bg), bg) : 1;
          expect(Math.max(fill, bar), `an era at ${width}px is seen`).to.be.at.least(3);
        }
      }
    });
  });

  describe('print', () => {
    after(async () => {
      dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    });

    it('is a chronology of every event, with no controls', async () => {
      const t = await mountThemed(1280);
      await emulateMedia({ media: 'print' });
      dispatchEvent(new Event('beforeprint'));
      await t.waitForRender();
      const entries = [...t.root.querySelectorAll('[part~="print-event"]')];
      expect(entries.length).to.equal(4);
      expect(getComputedStyle(t.root.querySelector('[part~="toolbar"]')!).display).to.equal('none');
      expect(getComputedStyle(t.viewport()!).display).to.equal('none');
      await visualDiff(t.element, 'print-1280');
      // A dark theme prints dark on white paper.
      const unlink = await useTheme('dark');
      await t.waitForRender();
      const entry = t.root.querySelector('[part~="print-event"]')!;
      expect(luminance(rgba(getComputedStyle(entry).color))).to.be.lessThan(0.05);
      unlink();
      dispatchEvent(new Event('afterprint'));
      await t.waitForRender();
      expect(t.root.querySelectorAll('[part~="print-event"]').length).to.equal(0);
    });

    it('prints the words of a body where an event has no summary (TimelineJS text), on white on a dark page', async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="width:1280px;background:#111">
          <annals-timeline
            .data=${{
              title: 'Bodies',
              events: [
                {
                  id: 'rally',
                  title: 'Silk Way Rally',
                  start: '2009-09',
                  body: '<p>The <b>rally</b> crossed the steppe.</p><p>Fuel &amp; water<script>x()</script></p>',
                },
                {
                  id: 'visit',
                  title: 'State visit',
                  start: '2013-05',
                  summary: 'A summary.',
                  body: '<p>Not printed</p>',
                },
              ],
            }}
          ></annals-timeline>
        </div>`,
      );
      const t = new TimelineHarness(box.querySelector<AnnalsTimeline>('annals-timeline')!);
      await t.waitForRender();
      await emulateMedia({ media: 'print' });
      dispatchEvent(new Event('beforeprint'));
      await t.waitForRender();
      const paragraphs = [...t.root.querySelectorAll('[part~="print-event"]')].map((li) =>
        [...li.querySelectorAll('p')].map((p) => p.textContent),
      );
      expect(paragraphs).to.deep.equal([
        ['The rally crossed the steppe.', 'Fuel & water'],
        ['A summary.'],
      ]);
      expect(getComputedStyle(t.element).backgroundColor).to.equal('rgb(255, 255, 255)');
      dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    });
  });
});

export type { AnnalsTimeline };
