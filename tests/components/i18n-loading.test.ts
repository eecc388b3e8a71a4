/**
 * Russian and Kazakh are not in the bundle: each timeline loads its language's words when its
 * locale first asks for them, shows English until they arrive, then draws again in its language.
 * Every test here begins before its language has loaded (this file's page loads each only once).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import { ENGLISH, KAZAKH, RUSSIAN } from '../../src/core/messages/index.js';
import { messagesLoaded } from '../../src/core/messages/load.js';
import { MessagesController } from '../../src/controllers/messages-controller.js';
import { warningsOf } from '../helpers/console.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** The titles of the scene's rows (`group-by="group"` on data without groups: one, "Other"). */
const rowTitles = (el: AnnalsTimeline) => el.scene!.rows.map((r) => r.title);

/** Lit's own update, without the wait for the words that the elements add to `updateComplete`. */
const litUpdate = (el: LitElement) =>
  (
    LitElement.prototype as unknown as { getUpdateComplete(): Promise<boolean> }
  ).getUpdateComplete.call(el);

/** Latin letters left once the names of file formats, the same in every language, are taken out. */
const latin = (text: string) => /[A-Za-z]/.test(text.replace(/\b(SVG|PNG)\b/g, ''));

/** An element a MessagesController can serve, that counts the updates it is asked for. */
const fakeHost = (requestUpdate: () => void) =>
  Object.assign(document.createElement('div'), {
    addController() {},
    removeController() {},
    requestUpdate,
    updateComplete: Promise.resolve(true),
  }) as never;

describe('the words of a language load when a timeline first needs them', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('a table that cannot be loaded leaves the element shown, in English, with one warning', async () => {
    expect(messagesLoaded('kk'), 'Kazakh was loaded before the test').to.equal(false);
    const requested: unknown[] = [];
    const warnings = await warningsOf(async () => {
      const host = fakeHost(() => requested.push('update'));
      const words = new MessagesController(host, {
        locale: () => 'kk',
        strings: () => null,
        load: () => Promise.reject(new Error('offline')),
      });
      words.hostConnected();
      expect(words.pending, 'no load started').to.not.equal(null);
      await words.pending!.catch(() => {});
      await Promise.resolve();
      expect(words.pending, 'still waiting after the load failed').to.equal(null);
      expect(requested, 'not drawn again to be shown').to.deep.equal(['update']);
      expect(words.messages.zoomIn).to.equal(ENGLISH.zoomIn);
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('offline');
  });

  it('words slower than the hold show the element in English meanwhile, never hidden for good', async () => {
    const requested: unknown[] = [];
    const host = fakeHost(() => requested.push('update'));
    const words = new MessagesController(host, {
      locale: () => 'ru',
      strings: () => null,
      // A network that never answers.
      load: () => new Promise<void>(() => {}),
      holdMs: 50,
    });
    words.hostConnected();
    expect(words.holding, 'not kept from view while the words load').to.equal(true);
    await new Promise((r) => setTimeout(r, 120));
    expect(words.holding, 'still kept from view past the hold').to.equal(false);
    expect(requested, 'not drawn again to be shown').to.deep.equal(['update']);
    // Still on their way: updateComplete waits for them, and they show when they come.
    expect(words.pending).to.not.equal(null);
  });

  it('a lang="kk" timeline written in HTML before its data arrives ends up fully in Kazakh', async () => {
    expect(messagesLoaded('kk'), 'Kazakh was loaded before the test').to.equal(false);
    const box = await fixture<HTMLElement>(
      html`<div lang="kk" style="width:1280px">
        <annals-timeline
          src="/data/kazakhstan-turkmenistan.json"
          selected="state-visit-2013"
          group-by="group"
          downloads
        ></annals-timeline>
      </div>`,
    );
    const t = new TimelineHarness(box.querySelector<AnnalsTimeline>('annals-timeline')!);
    await waitUntil(() => t.buttons().length === 4, 'the data was never drawn', { timeout: 5000 });
    await waitUntil(() => t.card().visible, 'the card never opened');
    await t.waitForRender();
    await t.cardElement().updateComplete;
    expect(messagesLoaded('kk')).to.equal(true);
    const texts = t.interfaceTexts();
    expect(texts).to.include.members([
      KAZAKH.timeline,
      KAZAKH.zoomIn,
      KAZAKH.categories,
      KAZAKH.people,
      KAZAKH.close,
    ]);
    for (const text of texts) expect(latin(text), `"${text}" is not Kazakh`).to.equal(false);
    expect(rowTitles(t.element)).to.deep.equal([KAZAKH.otherRow]);
    expect(t.announcement()).to.equal(KAZAKH.loaded(4));
  });

  it('locale="ru" with the data at once: drawn in English but not shown (navigable at once), then shown in Russian, rows and announcement too; updateComplete and toSVG wait for it', async () => {
    expect(messagesLoaded('ru'), 'Russian was loaded before the test').to.equal(false);
    const el = document.createElement('annals-timeline');
    el.style.width = '1280px';
    el.locale = 'ru';
    el.groupBy = 'group';
    el.data = kazakhstanTurkmenistan;
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.append(el);
    // The first drawing is English: the words are still on their way.
    await litUpdate(el);
    const t = new TimelineHarness(el);
    expect(el.scene, 'the first update laid out no scene').to.not.equal(null);
    expect(t.region().getAttribute('aria-roledescription')).to.equal(ENGLISH.timeline);
    expect(rowTitles(el)).to.deep.equal([ENGLISH.otherRow]);
    // Not shown in English: the reader sees the page's language or nothing.
    const shown = () => getComputedStyle(t.region()).visibility;
    expect(shown(), 'English shown while the Russian words load').to.equal('hidden');
    // Meanwhile the reader can already move: navigation waits for the drawing, not the words.
    const span = (r: { start: Date; end: Date }) => +r.end - +r.start;
    const before = span(el.visibleRange!);
    await el.zoomBy(2, { animate: false });
    await el.goTo('silk-way-rally-2009', { animate: false });
    expect(messagesLoaded('ru'), 'navigation waited for the words').to.equal(false);
    expect(span(el.visibleRange!)).to.be.lessThan(before);
    // An export asked for now waits for them: one language in the picture, not two.
    const picture = el.toSVG();
    await el.updateComplete;
    expect(t.region().getAttribute('aria-roledescription')).to.equal(RUSSIAN.timeline);
    expect(shown(), 'not shown once the Russian words came').to.equal('visible');
    const svg = await picture;
    const described = RUSSIAN.picture(4, '\u0000', '\u0000').split('\u0000')[0]!;
    expect(svg).to.include(`<desc id="annals-desc">${described}`);
    expect(t.toolbarButton(RUSSIAN.zoomIn)).to.exist;
    expect(rowTitles(el)).to.deep.equal([RUSSIAN.otherRow]);
    expect(t.interfaceTexts()).to.not.include(ENGLISH.zoomIn);
  });

  it('a timeline in English waits for no words', async () => {
    const el = await fixture<AnnalsTimeline>(
      html`<annals-timeline locale="fr" .data=${kazakhstanTurkmenistan}></annals-timeline>`,
    );
    expect(messagesLoaded('fr')).to.equal(true);
    expect(new TimelineHarness(el).region().getAttribute('aria-roledescription')).to.equal(
      ENGLISH.timeline,
    );
  });
});
