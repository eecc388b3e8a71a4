/**
 * WCAG 3.1.2, Language of Parts: a timeline whose interface is in another language than the page
 * says so (`lang`) on its interface, in every shadow root it draws, so a screen reader reads the
 * Russian words in a Russian voice; the data and the dates keep their own language; and a
 * timeline in the page's language adds no `lang` at all.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import type { AnnalsEventCard } from '../../src/components/event-card/event-card.js';
import type { AnnalsLegend } from '../../src/components/legend/legend.js';
import { inheritedLang } from '../../src/components/locale.js';
import { ENGLISH, type Messages } from '../../src/core/messages/index.js';
import type { DatasetInput } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { warningsOf } from '../helpers/console.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** The language a node is read in: its nearest `lang`, through the shadow roots it is drawn in. */
const langOf = (node: Node) => inheritedLang(node instanceof Element ? node : node.parentElement!);

/** A dataset with no `lang` of its own: it is in the page's language. */
function synthetic(titles: { event: string; era: string; category: string }): DatasetInput {
  return {
    title: `${titles.event}: the dataset`,
    categories: [
      { id: 'a', label: `${titles.category} A` },
      { id: 'b', label: `${titles.category} B` },
    ],
    eras: [{ id: 'era', title: titles.era, start: '1990', end: '2000' }],
    events: [
      {
        id: 'open',
        title: `${titles.event} open`,
        start: '2005-05-10',
        category: 'a',
        summary: `${titles.event} summary.`,
        people: ['Nursultan Nazarbayev'],
        places: ['Astana'],
        sources: [{ title: `${titles.event} source`, url: 'https://example.org/' }],
      },
      { id: 'spring', title: `${titles.event} spring`, start: '2006', displayDate: 'Spring 2006' },
      // Crowded enough for clusters.
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `e${i}`,
        title: `${titles.event} ${i}`,
        start: `1995-${String(1 + (i % 12)).padStart(2, '0')}`,
        category: i % 2 ? 'a' : 'b',
      })),
      { id: 'bad', title: 'Broken', start: 'not a date' },
    ],
  };
}
const english = synthetic({ event: 'Event', era: 'Soviet years', category: 'Theme' });
const russian = synthetic({ event: 'Событие', era: 'Советские годы', category: 'Тема' });

/** A timeline with its card open and its problems listed, in a container of the page's language. */
async function mount(o: {
  page: string;
  locale?: string;
  data: DatasetInput;
  strings?: Partial<Messages>;
}) {
  let t!: TimelineHarness;
  // The console's warning of the event that is left out (listed under the timeline) is expected.
  await warningsOf(async () => {
    t = await TimelineHarness.mount(
      html`<div lang=${o.page} style="width:1280px">
        <annals-timeline
          locale=${ifDefined(o.locale)}
          group-by="category"
          show-problems
          .strings=${o.strings}
          .data=${o.data}
        ></annals-timeline>
      </div>`,
    );
  });
  await t.select('open');
  await t.cardElement().updateComplete;
  await t.legend()!.updateComplete;
  return t;
}

/** The parts of the interface, each the element whose language is asked, by a name to report. */
function interfaceParts(t: TimelineHarness): Record<string, Element | null | undefined> {
  const card = t.cardElement().shadowRoot!;
  const overview = t.root.querySelector('annals-overview')!.shadowRoot!;
  return {
    region: t.region(),
    'toolbar button': t.toolbarButtons()[0],
    'search field': t.searchInput(),
    'go-to field': t.root.querySelector('#goto'),
    'legend list': t.legend()!.shadowRoot!.querySelector('[part~="list"]'),
    'event list': t.eventList(),
    cluster: t.root.querySelector('[part~="cluster"]'),
    'problems summary': t.root.querySelector('[part~="problems"] summary'),
    'card close button': card.querySelector('[part~="close"]'),
    'card people heading': card.querySelector('dt'),
    'card sources heading': card.querySelector('.sources-title'),
    'overview strip': overview.querySelector('[part~="strip"]'),
    'live region': t.root.querySelector('[aria-live="polite"][aria-atomic]'),
  };
}

/** The parts that hold data. */
function dataParts(t: TimelineHarness, title: string): Record<string, Node | null | undefined> {
  const card = t.cardElement().shadowRoot!;
  const label = t.button('open').querySelector('[part~="label"]')!;
  return {
    heading: t.root.querySelector('[part~="title"]'),
    'event title': [...label.childNodes].find((n) => n.textContent!.includes(title)),
    'era label': t.root.querySelector('[part~="era-label"]'),
    'row label': t.root.querySelector('[part~="row-label"]'),
    'legend entry': t.legendButtons()[0],
    'card title': card.querySelector('[part~="title"]'),
    'card summary': card.querySelector('[part~="summary"]'),
    'card category': card.querySelector('[part~="category"]'),
    'card people': card.querySelector('dd'),
    'card source': card.querySelector('[part~="sources"] li'),
    'a date written in the data': t.button('spring').querySelector('time'),
  };
}

/** The dates in words, in the locale. */
function dateParts(t: TimelineHarness): Record<string, Element | null | undefined> {
  return {
    "an event's date": t.button('open').querySelector('time'),
    'card date': t.cardElement().shadowRoot!.querySelector('[part~="date"]'),
    'axis label': t.root.querySelector('annals-axis')!.shadowRoot!.querySelector('[part~="label"]'),
  };
}

function expectLanguage(parts: Record<string, Node | null | undefined>, lang: string) {
  for (const [name, node] of Object.entries(parts)) {
    expect(node, `${name} is drawn`).to.exist;
    expect(langOf(node!), name).to.equal(lang);
  }
}

/** Every `lang` in the timeline's shadow roots, but the developer's English problems'. */
function langsIn(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.hasAttribute('lang') && !el.matches('[part~="problems"] li'))
      found.push(`${el.localName}[lang=${el.getAttribute('lang')}]`);
    if (el.shadowRoot) found.push(...langsIn(el.shadowRoot));
  }
  return found;
}

describe('the language of each part (WCAG 3.1.2)', () => {
  beforeEach(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('locale="ru" on an English page: the interface is Russian, the data and the title stay English', async () => {
    const t = await mount({ page: 'en', locale: 'ru', data: english });
    expectLanguage(interfaceParts(t), 'ru');
    expectLanguage(dateParts(t), 'ru');
    expectLanguage(dataParts(t, 'Event open'), 'en');
    // The problems are the developer's English, in the Russian list.
    expect(langOf(t.root.querySelector('[part~="problems"] li')!)).to.equal('en');
  });

  it('locale="en" on a Russian page: the interface is English, the Russian data stays Russian', async () => {
    const t = await mount({ page: 'ru', locale: 'en', data: russian });
    expectLanguage(interfaceParts(t), 'en');
    expectLanguage(dataParts(t, 'Событие open'), 'ru');
    // English dates with English words.
    expectLanguage(dateParts(t), 'en');
  });

  it('the data’s own lang names its parts, whatever the page’s and the interface’s', async () => {
    const t = await mount({ page: 'en', locale: 'ru', data: { ...russian, lang: 'kk' } });
    expectLanguage(interfaceParts(t), 'ru');
    expectLanguage(dataParts(t, 'Событие open'), 'kk');
    expectLanguage(dateParts(t), 'ru');
  });

  it('a timeline in the page’s language adds no lang: by the page’s lang, or a locale of the same language', async () => {
    for (const o of [
      { page: 'ru' },
      { page: 'ru-RU', locale: 'ru' },
      { page: 'en', locale: 'en-GB' },
    ]) {
      const t = await mount({ ...o, data: o.page === 'en' ? english : russian });
      expect(langsIn(t.root), JSON.stringify(o)).to.deep.equal([]);
      t.element.parentElement!.remove();
    }
  });

  it('a timeline without locale on a page that names no language adds no lang, in its card and legend neither', async () => {
    expect(
      document.documentElement.hasAttribute('lang'),
      'the test page names a language',
    ).to.equal(false);
    let t!: TimelineHarness;
    await warningsOf(async () => {
      t = await TimelineHarness.mount(
        html`<div style="width:1280px">
          <annals-timeline group-by="category" .data=${english}></annals-timeline>
        </div>`,
      );
    });
    await t.select('open');
    await t.cardElement().updateComplete;
    await t.legend()!.updateComplete;
    expect(langsIn(t.root)).to.deep.equal([]);
  });

  it('locale="de" (dates in German, words in English, which Annals ships) tags the dates alone', async () => {
    const t = await mount({ page: 'en', locale: 'de', data: english });
    expectLanguage(interfaceParts(t), 'en');
    expectLanguage(dataParts(t, 'Event open'), 'en');
    expectLanguage(dateParts(t), 'de');
    expect(t.cardElement().shadowRoot!.querySelector('[part~="date"]')!.textContent).to.contain(
      'Mai',
    );
  });

  it('a page’s own words for a language Annals does not ship are in that language; a few are not', async () => {
    // Every text of the table, "translated".
    const french = Object.fromEntries(
      Object.entries(ENGLISH).map(([k, v]) => [
        k,
        typeof v === 'string'
          ? `«${v}»`
          : (...a: never[]) => `«${(v as (...a: never[]) => string)(...a)}»`,
      ]),
    ) as Partial<Messages>;
    const t = await mount({ page: 'fr', data: english, strings: french });
    expect(langsIn(t.root)).to.deep.equal([]);
    expectLanguage(interfaceParts(t), 'fr');
    t.element.parentElement!.remove();
    // A house style's few words: the rest is English, and said to be.
    const few = await mount({ page: 'fr', data: english, strings: { zoomIn: 'Zoomer' } });
    expectLanguage(interfaceParts(few), 'en');
    expectLanguage(dataParts(few, 'Event open'), 'fr');
    expectLanguage(dateParts(few), 'fr');
  });

  it('follows the page: once it is Russian too, the Russian timeline tags nothing', async () => {
    const t = await mount({ page: 'en', locale: 'ru', data: english });
    const container = t.element.parentElement!;
    container.setAttribute('lang', 'ru');
    await waitUntil(() => langsIn(t.root).length === 0, langsIn(t.root).join(', '));
    container.setAttribute('lang', 'en');
    await waitUntil(() => langOf(t.region()) === 'ru', 'the region is not Russian again');
    await waitUntil(
      () => langOf(t.cardElement().shadowRoot!.querySelector('[part~="close"]')!) === 'ru',
      'the card is not Russian again',
    );
    expectLanguage(dataParts(t, 'Event open'), 'en');
  });

  it('the selection is announced with its title in the data’s language', async () => {
    const t = await mount({ page: 'en', locale: 'ru', data: english });
    const live = t.root.querySelector('[aria-live="polite"][aria-atomic]')!;
    expect(live.textContent).to.contain('Event open');
    const title = [...live.querySelectorAll('*')].find((e) => e.textContent === 'Event open');
    expect(title, live.innerHTML).to.exist;
    expect(langOf(title!)).to.equal('en');
  });

  it('a Russian timeline on an English page has no axe violations', async () => {
    const t = await mount({ page: 'en', locale: 'ru', data: english });
    await expect(t.element).to.be.accessible();
  });
});

describe('the language of the card’s and the legend’s parts, alone', () => {
  const flagship = validateDataset(kazakhstanTurkmenistan).dataset;
  const event = flagship.events.find((e) => e.id === 'state-visit-2013')!;

  it('<annals-event-card locale="ru"> on an English page: its words Russian, the event English', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="en">
        <annals-event-card locale="ru" closable .event=${event}></annals-event-card>
      </div>`,
    );
    const card = box.querySelector<AnnalsEventCard>('annals-event-card')!;
    await card.updateComplete;
    const r = card.shadowRoot!;
    for (const sel of ['[part~="close"]', 'dt', '.sources-title', '[part~="date"]'])
      expect(langOf(r.querySelector(sel)!), sel).to.equal('ru');
    for (const sel of ['[part~="title"]', '[part~="summary"]', 'dd', '[part~="sources"] li'])
      expect(langOf(r.querySelector(sel)!), sel).to.equal('en');
    await expect(card).to.be.accessible();
  });

  it('<annals-event-card lang="kk" locale="ru">: the host’s lang is the event’s', async () => {
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card lang="kk" locale="ru" .event=${event}></annals-event-card>`,
    );
    const r = card.shadowRoot!;
    expect(langOf(r.querySelector('dt')!)).to.equal('ru');
    expect(langOf(r.querySelector('[part~="title"]')!)).to.equal('kk');
  });

  it('<annals-legend locale="ru"> on an English page: its name Russian, the categories English', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="en">
        <annals-legend locale="ru" .categories=${flagship.categories}></annals-legend>
        <annals-legend
          locale="ru"
          label="Themes"
          .categories=${flagship.categories}
        ></annals-legend>
      </div>`,
    );
    const [plain, labelled] = [...box.querySelectorAll<AnnalsLegend>('annals-legend')];
    await plain!.updateComplete;
    const list = (l: AnnalsLegend) => l.shadowRoot!.querySelector('[part~="list"]')!;
    const entry = (l: AnnalsLegend) => l.shadowRoot!.querySelector('[part~="item"]')!;
    expect(langOf(list(plain!))).to.equal('ru');
    expect(langOf(entry(plain!))).to.equal('en');
    // The page's own name for it is in the page's language.
    expect(langOf(list(labelled!))).to.equal('en');
    expect(langOf(entry(labelled!))).to.equal('en');
    await expect(plain!).to.be.accessible();
  });
});
