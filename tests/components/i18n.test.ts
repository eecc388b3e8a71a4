import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { rome } from '../../data/rome.js';
import type { AnnalsEventCard } from '../../src/components/event-card/event-card.js';
import type { AnnalsLegend } from '../../src/components/legend/legend.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import { ENGLISH, KAZAKH, RUSSIAN } from '../../src/core/messages/index.js';
import { validateDataset } from '../../src/core/validate.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** The flagship in a 1280 px container, with the state visit's card open. */
const flagship = (attrs: { locale?: string; lang?: string; strings?: object } = {}) =>
  TimelineHarness.mount(
    html`<div style="width:1280px" lang=${attrs.lang ?? 'en'}>
      <annals-timeline
        locale=${ifDefined(attrs.locale)}
        selected="state-visit-2013"
        .strings=${attrs.strings}
        .data=${kazakhstanTurkmenistan}
      ></annals-timeline>
    </div>`,
  );

/** Latin letters left once the names of file formats, the same in every language, are taken out. */
const latin = (text: string) => /[A-Za-z]/.test(text.replace(/\b(SVG|PNG)\b/g, ''));

/** Waits for the card, a child element, to draw the selected event. */
async function openCard(t: TimelineHarness) {
  await waitUntil(() => t.card().details && Object.keys(t.card().details).length > 0, 'no card');
}

describe('<annals-timeline> speaks the language of its locale', () => {
  beforeEach(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('locale="ru": not one Latin letter in the toolbar, the card, the legend or any accessible name', async () => {
    const t = await flagship({ locale: 'ru' });
    await openCard(t);
    await t.search('zzz');
    const texts = t.interfaceTexts();
    expect(texts).to.include.members([
      RUSSIAN.timeline,
      RUSSIAN.eventsGroup,
      RUSSIAN.previousEvent,
      RUSSIAN.zoomIn,
      `${RUSSIAN.zoomIn} (+)`,
      `${RUSSIAN.fitAll} (0)`,
      RUSSIAN.fit,
      RUSSIAN.goTo,
      RUSSIAN.datePlaceholder,
      RUSSIAN.searchLabel,
      RUSSIAN.nextMatch,
      RUSSIAN.found(0),
      RUSSIAN.categories,
      RUSSIAN.eventList,
      RUSSIAN.people,
      RUSSIAN.places,
      RUSSIAN.sources,
      RUSSIAN.close,
    ]);
    for (const text of texts) expect(latin(text), `"${text}" is not Russian`).to.equal(false);
  });

  it('the nearest lang="kk" gives Kazakh, and the go-to box answers in it', async () => {
    const t = await flagship({ lang: 'kk' });
    await openCard(t);
    const input = t.root.querySelector<HTMLInputElement>('#goto')!;
    input.value = '2013-02-30';
    input.form!.requestSubmit();
    await t.waitForRender();
    const texts = t.interfaceTexts();
    expect(texts).to.include.members([KAZAKH.zoomOut, KAZAKH.categories, KAZAKH.close]);
    expect(texts).to.include(KAZAKH.goToError('2013-02-30', ''));
    for (const text of texts) expect(latin(text), `"${text}" is not Kazakh`).to.equal(false);
  });

  it('a page changes one toolbar label with `strings`; the rest stay in the language', async () => {
    const en = await flagship({ strings: { zoomIn: 'Closer' } });
    expect(en.toolbarButton('Closer').title).to.equal('Closer (+)');
    expect(en.toolbarButton(ENGLISH.zoomOut)).to.exist;
    const ru = await flagship({ locale: 'ru', strings: { zoomIn: 'Ближе', zoomOut: 7 } });
    expect(ru.toolbarButton('Ближе')).to.exist;
    // A message of the wrong type is ignored.
    expect(ru.toolbarButton(RUSSIAN.zoomOut)).to.exist;
    expect(ru.interfaceTexts()).to.not.include(ENGLISH.zoomIn);
  });

  it('follows a change of locale at once, words and dates', async () => {
    const t = await flagship({ locale: 'en-GB' });
    expect(t.toolbarButton(ENGLISH.zoomIn)).to.exist;
    t.element.locale = 'ru';
    await t.waitForRender();
    expect(t.toolbarButton(RUSSIAN.zoomIn)).to.exist;
    expect(t.region().getAttribute('aria-roledescription')).to.equal('хронология');
    await openCard(t);
    expect(t.card().date).to.match(/2013/);
    expect(t.card().details).to.have.keys(RUSSIAN.people, RUSSIAN.places);
  });

  it('an empty locale, as Vue sets a bound locale that becomes undefined, is none: the nearest lang speaks', async () => {
    const t = await flagship({ locale: 'en', lang: 'ru' });
    expect(t.toolbarButton(ENGLISH.zoomIn)).to.exist;
    t.element.locale = '';
    await t.waitForRender();
    expect(t.toolbarButton(RUSSIAN.zoomIn)).to.exist;
    await openCard(t);
    expect(t.card().details).to.have.keys(RUSSIAN.people, RUSSIAN.places);
    expect(t.card().date).to.contain('мая');
  });

  it('follows a change of the nearest lang, or of the page’s, at once: words, axis and dates', async () => {
    const t = await flagship({ lang: 'en' });
    const container = t.element.parentElement!;
    const has = (name: string) =>
      t
        .toolbarButtons()
        .some((b) => b.getAttribute('aria-label') === name || b.textContent!.trim() === name);
    const dates = () =>
      [...t.root.querySelectorAll('[part~="label"] time')].map((e) => e.textContent!).join(' ');
    const ticks = () =>
      [...t.root.querySelector('annals-axis')!.shadowRoot!.querySelectorAll('[part~="label"]')]
        .map((e) => e.textContent!)
        .join(' ');
    expect(dates()).to.contain('May');
    container.setAttribute('lang', 'ru');
    await waitUntil(() => has(RUSSIAN.zoomIn), 'no Russian toolbar');
    await t.element.updateComplete;
    expect(dates()).to.not.match(/[A-Za-z]/);
    expect(dates()).to.contain('мая');
    expect(latin(ticks()), ticks()).to.equal(false);
    // A timeline with no lang of its own but the page's: <html lang> set by a language switcher.
    container.removeAttribute('lang');
    const page = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'kk');
      await waitUntil(() => has(KAZAKH.zoomIn), 'no Kazakh toolbar');
      await t.element.updateComplete;
      expect(latin(dates()), dates()).to.equal(false);
    } finally {
      if (page === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', page);
    }
  });

  it('in another element’s shadow root, follows the lang around that element, as the browser does', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="ru" style="width:1280px"><div></div></div>`,
    );
    const shadow = box.firstElementChild!.attachShadow({ mode: 'open' });
    const el = document.createElement('annals-timeline');
    el.data = kazakhstanTurkmenistan;
    shadow.append(el);
    const t = new TimelineHarness(el);
    await t.waitForScene();
    expect(t.toolbarButton(RUSSIAN.zoomIn)).to.exist;
  });

  it('the empty timeline and its data notices speak Russian too', async () => {
    const el = await fixture<AnnalsTimeline>(
      html`<annals-timeline locale="ru" .data=${{ events: [] }}></annals-timeline>`,
    );
    const t = new TimelineHarness(el);
    await t.waitForRender();
    expect(t.emptyMessage()).to.equal(RUSSIAN.noEvents);
    expect(t.region().getAttribute('aria-label')).to.equal(RUSSIAN.untitled);
  });

  it('in a Russian timeline, the developer’s English problems say they are English (lang), the summary stays Russian', async () => {
    const t = await TimelineHarness.mount(
      html`<div lang="ru">
        <annals-timeline
          show-problems
          .data=${{
            title: 'Синтетика',
            events: [
              { id: 'a', title: 'Событие A', start: '2001-02-03' },
              { id: 'b', title: 'Событие B', start: 'not a date' },
            ],
          }}
        ></annals-timeline>
      </div>`,
    );
    const list = t.root.querySelector('[part~="problems"]')!;
    const langOf = (el: Element) =>
      el.closest('[lang]')?.getAttribute('lang') ??
      t.element.closest('[lang]')!.getAttribute('lang');
    expect(langOf(list.querySelector('summary')!)).to.equal('ru');
    const items = [...list.querySelectorAll('li')];
    expect(items).to.have.length(1);
    expect(items[0]!.textContent).to.match(/[A-Za-z]/);
    expect(langOf(items[0]!)).to.equal('en');
  });
});

describe('the phone’s axis in other languages', () => {
  it('BCE years in Russian and Kazakh fit the column: no axis label is cut', async () => {
    await setViewport({ width: 400, height: 800 });
    for (const locale of ['ru', 'kk', 'en']) {
      const t = await TimelineHarness.mount(
        html`<div style="width:360px">
          <annals-timeline locale=${locale} .data=${rome}></annals-timeline>
        </div>`,
      );
      expect(t.element.scene!.orientation).to.equal('vertical');
      await t.element.updateComplete;
      const axis = t.root.querySelector('annals-axis')!;
      const box = axis.getBoundingClientRect();
      const labels = [...axis.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"]')];
      expect(labels.length, locale).to.be.greaterThan(3);
      expect(
        labels.some((l) => /\d/.test(l.textContent!)),
        locale,
      ).to.equal(true);
      for (const l of labels) {
        const r = l.getBoundingClientRect();
        expect(r.left, `${locale}: "${l.textContent}" is cut`).to.be.at.least(box.left - 0.5);
      }
      // The events' labels start beyond the wider column.
      for (const it of t.element.scene!.items)
        expect(it.box.x + it.label.x, it.id).to.be.at.least(t.element.scene!.axis.width);
      t.element.parentElement!.remove();
    }
  });
});

describe('the card and the legend alone', () => {
  const event = validateDataset(kazakhstanTurkmenistan).dataset.events.find(
    (e) => e.id === 'state-visit-2013',
  )!;

  it('<annals-event-card locale="kk"> heads its lists and names its close button in Kazakh', async () => {
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card locale="kk" closable .event=${event}></annals-event-card>`,
    );
    const r = card.shadowRoot!;
    expect([...r.querySelectorAll('dt')].map((d) => d.textContent!.trim())).to.deep.equal([
      KAZAKH.people,
      KAZAKH.places,
    ]);
    expect(r.querySelector('[part~="close"]')!.getAttribute('aria-label')).to.equal(KAZAKH.close);
  });

  it('<annals-legend> names itself in the language of the nearest lang, unless given a label', async () => {
    const categories = validateDataset(kazakhstanTurkmenistan).dataset.categories;
    const box = await fixture<HTMLElement>(
      html`<div lang="ru-RU">
        <annals-legend .categories=${categories}></annals-legend>
        <annals-legend label="Темы" .categories=${categories}></annals-legend>
      </div>`,
    );
    const [plain, labelled] = [...box.querySelectorAll<AnnalsLegend>('annals-legend')];
    await plain!.updateComplete;
    const name = (l: AnnalsLegend) => l.shadowRoot!.querySelector('ul')!.getAttribute('aria-label');
    expect(name(plain!)).to.equal(RUSSIAN.categories);
    expect(name(labelled!)).to.equal('Темы');
  });
});
