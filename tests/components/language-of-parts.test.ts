/**
 * WCAG 3.1.2, Language of Parts: an element whose words are in another language than the one
 * around it says so (`lang`), so a screen reader reads the Russian words in a Russian voice; the
 * data and the dates keep their own language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import type { AnnalsEventCard } from '../../src/components/event-card/event-card.js';
import type { AnnalsLegend } from '../../src/components/legend/legend.js';
import { inheritedLang } from '../../src/components/locale.js';
import { validateDataset } from '../../src/core/validate.js';
import '../../src/define.js';

/** The language a node is read in: its nearest `lang`, through the shadow roots it is drawn in. */
const langOf = (node: Node) => inheritedLang(node instanceof Element ? node : node.parentElement!);

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
