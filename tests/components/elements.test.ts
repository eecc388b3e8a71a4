/** The presentational elements: each draws what it is given and reports the reader's intent. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AnnalsAxis } from '../../src/components/axis/axis.js';
import type { AnnalsEventCard } from '../../src/components/event-card/event-card.js';
import type { AnnalsLegend } from '../../src/components/legend/legend.js';
import type { AnnalsOverview } from '../../src/components/overview/overview.js';
import type { Tick } from '../../src/core/ticks.js';
import { validateDataset } from '../../src/core/validate.js';
import {
  AnnalsCategoryToggleEvent,
  AnnalsCloseEvent,
  AnnalsWindowRequestEvent,
} from '../../src/events.js';
import '../../src/define.js';

const categories = [
  { id: 'political', label: 'Political relations' },
  { id: 'cultural', label: 'Cultural cooperation' },
];

describe('<annals-legend>', () => {
  it('emits annals-category-toggle asking to hide a shown category and to show a hidden one', async () => {
    const legend = await fixture<AnnalsLegend>(
      html`<annals-legend
        .categories=${categories}
        .hiddenCategories=${['cultural']}
      ></annals-legend>`,
    );
    const buttons = [
      ...legend.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="item"]'),
    ];
    expect(
      buttons.map((b) => [b.textContent!.trim(), b.getAttribute('aria-pressed')]),
    ).to.deep.equal([
      ['Political relations', 'true'],
      ['Cultural cooperation', 'false'],
    ]);
    const received: AnnalsCategoryToggleEvent[] = [];
    legend.addEventListener('annals-category-toggle', (e) => received.push(e));
    buttons[0]!.click();
    buttons[1]!.click();
    expect(received.map((e) => [e.category, e.visible])).to.deep.equal([
      ['political', false],
      ['cultural', true],
    ]);
    expect(received[0]).to.be.instanceOf(AnnalsCategoryToggleEvent);
    expect(received[0]!.composed, 'crosses shadow roots').to.be.true;
  });
});

describe('<annals-overview>', () => {
  afterEach(() => resetMouse());

  /** Clicks a 800 px overview (window 0.2–0.4) at a fraction of its strip; returns the requests. */
  async function clickOverviewAt(fraction: number): Promise<AnnalsWindowRequestEvent[]> {
    const overview = await fixture<AnnalsOverview>(
      html`<annals-overview
        style="width:800px"
        .marks=${[0.1, 0.5]}
        .window=${{ start: 0.2, end: 0.4 }}
      ></annals-overview>`,
    );
    const strip = overview
      .shadowRoot!.querySelector<HTMLElement>('[part~="strip"]')!
      .getBoundingClientRect();
    const received: AnnalsWindowRequestEvent[] = [];
    overview.addEventListener('annals-window-request', (e) => received.push(e));
    await sendMouse({
      type: 'click',
      position: [
        Math.round(Math.min(strip.right - 2, strip.left + fraction * strip.width)),
        Math.round(strip.top + strip.height / 2),
      ],
    });
    return received;
  }

  it('emits annals-window-request centring the window where the strip is clicked', async () => {
    await setViewport({ width: 1000, height: 600 });
    const received = await clickOverviewAt(0.7);
    expect(received.length).to.be.at.least(1);
    expect(received[0]).to.be.instanceOf(AnnalsWindowRequestEvent);
    expect(received[0]!.window.start).to.be.closeTo(0.6, 0.01);
    expect(received[0]!.window.end).to.be.closeTo(0.8, 0.01);
  });

  it('keeps a requested window inside the strip', async () => {
    const received = await clickOverviewAt(1);
    expect(received[0]!.window.end).to.be.closeTo(1, 1e-9);
    expect(received[0]!.window.start).to.be.closeTo(0.8, 1e-9);
  });

  it('draws the window at the fractions it is given', async () => {
    const overview = await fixture<AnnalsOverview>(
      html`<annals-overview
        style="width:800px"
        .window=${{ start: 0.25, end: 0.5 }}
      ></annals-overview>`,
    );
    const strip = overview.shadowRoot!.querySelector('[part~="strip"]')!.getBoundingClientRect();
    const win = overview.shadowRoot!.querySelector('[part~="window"]')!.getBoundingClientRect();
    expect(win.left - strip.left).to.be.closeTo(200, 1);
    expect(win.width).to.be.closeTo(200, 1);
  });

  it('draws its marks at their fractions, again when they change, in the colour CSS gives them', async () => {
    const overview = await fixture<AnnalsOverview>(
      html`<annals-overview style="width:402px" .marks=${[0.5]}></annals-overview>`,
    );
    const frame = () => new Promise(requestAnimationFrame);
    const path = () => overview.shadowRoot!.querySelector<SVGPathElement>('.marks path')!;
    /** The columns (CSS px from the strip's left) that the marks cover. */
    const inked = () => {
      const svg = path().ownerSVGElement!;
      // The path's units are the strip's px.
      expect(svg.viewBox.baseVal.width).to.equal(svg.getBoundingClientRect().width);
      expect(svg.getBoundingClientRect().width).to.equal(402);
      const d = path().getAttribute('d')!;
      return [...d.matchAll(/M(\d+) 1h2v2h-2z/g)].flatMap((m) => [+m[1]!, +m[1]! + 1]);
    };
    await frame();
    await frame();
    // 0.5 of the 400 px the marks use (the width less a mark's 2 px): columns 200 and 201.
    expect(inked()).to.deep.equal([200, 201]);
    overview.marks = [0, 1];
    await overview.updateComplete;
    expect(inked()).to.deep.equal([0, 1, 400, 401]);
    // A stylesheet that comes later recolours them.
    expect(getComputedStyle(path()).fill).to.equal('rgb(92, 95, 102)');
    overview.style.setProperty('--annals-overview-mark', 'rgb(200, 0, 200)');
    expect(getComputedStyle(path()).fill).to.equal('rgb(200, 0, 200)');
  });
});

describe('<annals-event-card>', () => {
  const { dataset, problems } = validateDataset({
    title: 'Card test',
    categories,
    events: [
      {
        id: 'visit',
        title: 'State visit',
        start: '2013-05-10',
        end: '2013-05-11',
        summary: 'A visit.',
        category: 'political',
        people: ['A. Person'],
        places: ['Astana'],
        media: [
          {
            url: '/__annals-test/portrait',
            alt: 'Two presidents shaking hands',
            credit: 'Press office',
          },
        ],
        sources: [
          { title: 'Secure source', url: 'https://example.org/a', publisher: 'Example' },
          { title: 'Plain source', url: 'http://example.org/b' },
          { title: 'Scripted source', url: 'javascript:alert(1)' },
          { title: 'Data source', url: 'data:text/html,<b>hi</b>' },
          { title: 'Book without a link' },
        ],
      },
    ],
  });
  const event = dataset.events[0]!;

  it('renders sources as links, and only those with http(s) URLs', async () => {
    expect(problems.map((p) => p.field)).to.deep.equal(['sources[2].url', 'sources[3].url']);
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card
        locale="en-GB"
        .event=${event}
        .categories=${dataset.categories}
      ></annals-event-card>`,
    );
    const root = card.shadowRoot!;
    const items = [...root.querySelectorAll('[part~="sources"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      'Secure source, Example',
      'Plain source',
      'Scripted source',
      'Data source',
      'Book without a link',
    ]);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
      ['Secure source', 'https://example.org/a'],
      ['Plain source', 'http://example.org/b'],
    ]);
    for (const a of links) expect(new URL(a.href).protocol).to.match(/^https?:$/);
  });

  it('wraps a long word, a URL and a pasted string within its width on a phone', async () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt';
    const long = validateDataset({
      title: 'T',
      events: [
        {
          id: 'w',
          title: word,
          start: '2013',
          summary: `See https://example.org/${'a'.repeat(300)} and ${'x'.repeat(2000)}`,
          people: [word],
        },
      ],
    }).dataset.events[0]!;
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 328px">
        <annals-event-card closable .event=${long}></annals-event-card>
      </div>`,
    );
    const card = box.querySelector<AnnalsEventCard>('annals-event-card')!;
    await card.updateComplete;
    const article = card.shadowRoot!.querySelector('article')!;
    expect(card.getBoundingClientRect().width).to.be.at.most(328);
    expect(article.scrollWidth).to.be.at.most(article.clientWidth);
    const title = card.shadowRoot!.querySelector('[part~="title"]')!.getBoundingClientRect();
    const close = card.shadowRoot!.querySelector('.close')!.getBoundingClientRect();
    expect(title.right).to.be.at.most(close.left + 1);
  });

  it('gives its media their alt text and credit', async () => {
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card .event=${event}></annals-event-card>`,
    );
    const img = card.shadowRoot!.querySelector<HTMLImageElement>('[part~="media"] img')!;
    expect(img.getAttribute('alt')).to.equal('Two presidents shaking hands');
    expect(
      card.shadowRoot!.querySelector('[part~="media"] figcaption')!.textContent!.trim(),
    ).to.equal('Press office');
    // Told apart from a caption: a part of its own, on a line of its own.
    const credit = card.shadowRoot!.querySelector<HTMLElement>('[part~="credit"]')!;
    expect(credit.textContent).to.equal('Press office');
    expect(getComputedStyle(credit).display).to.equal('block');
  });

  it('leaves out an image that fails to load, rather than a broken-image icon over its alt text', async () => {
    const { dataset } = validateDataset({
      title: 'Images',
      events: [
        {
          id: 'pictures',
          title: 'Synthetic pictures',
          start: '2013',
          media: [
            {
              url: '/__annals-test/missing',
              alt: 'Synthetic caption',
              caption: 'Synthetic caption',
            },
            { url: '/__annals-test/portrait', alt: 'Synthetic portrait', caption: 'Shown' },
          ],
        },
      ],
    });
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card .event=${dataset.events[0]}></annals-event-card>`,
    );
    const figures = () => [...card.shadowRoot!.querySelectorAll('[part~="media"]')];
    await waitUntil(
      () => figures().length === 1,
      'the figure of the image that failed stayed, its alt text shown twice with its caption',
    );
    const img = figures()[0]!.querySelector('img')!;
    expect(img.alt).to.equal('Synthetic portrait');
    expect(figures()[0]!.textContent!.trim()).to.equal('Shown');
  });

  it('fits a portrait image in the window with its caption, at its own proportions', async () => {
    await setViewport({ width: 360, height: 740 });
    const { dataset } = validateDataset({
      title: 'Images',
      events: [
        {
          id: 'portrait',
          title: 'Synthetic portrait',
          start: '2013',
          media: [{ url: '/__annals-test/portrait', alt: 'Synthetic portrait', caption: 'Tall' }],
        },
      ],
    });
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card .event=${dataset.events[0]}></annals-event-card>`,
    );
    const img = card.shadowRoot!.querySelector('img')!;
    await waitUntil(() => img.complete && img.naturalHeight > 0, 'the portrait never loaded');
    const box = img.getBoundingClientRect();
    // 300 × 900 drew 900 px tall: a phone's reader scrolled past more than a screen of it.
    expect(box.height, 'the image is taller than most of the window').to.be.at.most(740 * 0.7 + 1);
    expect(box.width / box.height).to.be.closeTo(1 / 3, 0.01);
  });

  it('shows the title at the requested heading level, the category and the date', async () => {
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card
        heading-level="4"
        locale="en-GB"
        .event=${event}
        .categories=${dataset.categories}
      ></annals-event-card>`,
    );
    const root = card.shadowRoot!;
    expect(root.querySelector('[part~="title"]')!.localName).to.equal('h4');
    expect(root.querySelector('.category')!.textContent!.trim()).to.equal('Political relations');
    expect(root.querySelector('[part~="date"]')!.textContent!.trim()).to.match(
      /^10\s?–\s?11 May 2013$/,
    );
  });

  it("names the event's group with its people and places, where rows are not drawn (a phone)", async () => {
    const grouped = validateDataset({
      title: 'Groups',
      events: [
        { id: 'g', title: 'Madrasa', start: '1420', group: 'Architecture', places: ['Samarkand'] },
      ],
    }).dataset.events[0]!;
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card locale="en-GB" .event=${grouped}></annals-event-card>`,
    );
    const details = card.shadowRoot!.querySelector('[part~="details"]')!;
    const rows = [...details.querySelectorAll('dt')].map((dt) => [
      dt.textContent!.trim(),
      dt.nextElementSibling!.textContent!.trim(),
    ]);
    expect(rows).to.deep.equal([
      ['Group', 'Architecture'],
      ['Places', 'Samarkand'],
    ]);
    // No group, no row for it.
    card.event = event;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.not.contain('Group');
  });

  it('renders nothing without an event, and a close button only when closable', async () => {
    const empty = await fixture<AnnalsEventCard>(html`<annals-event-card></annals-event-card>`);
    expect(empty.shadowRoot!.querySelector('article')).to.equal(null);
    const card = await fixture<AnnalsEventCard>(
      html`<annals-event-card closable .event=${event}></annals-event-card>`,
    );
    let closed: AnnalsCloseEvent | null = null;
    card.addEventListener('annals-close', (e) => (closed = e));
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    expect(closed).to.be.instanceOf(AnnalsCloseEvent);
  });
});

describe('<annals-axis>', () => {
  const ticks: Tick[] = ['2010', '2011', '2012', '2013', '2014'].map((label, i) => ({
    time: Date.UTC(2010 + i, 0, 1),
    x: 50 + i * 150,
    label,
    labelStart: 35 + i * 150,
    labelEnd: 65 + i * 150,
    major: false,
    boundary: false,
  }));

  it('renders one label per tick, at the tick’s label position', async () => {
    const axis = await fixture<AnnalsAxis>(
      html`<annals-axis style="width:800px" .ticks=${ticks}></annals-axis>`,
    );
    const labels = [...axis.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"]')];
    expect(labels.map((l) => l.textContent!.trim())).to.deep.equal([
      '2010',
      '2011',
      '2012',
      '2013',
      '2014',
    ]);
    const left = axis.getBoundingClientRect().left;
    expect(labels.map((l) => Math.round(l.getBoundingClientRect().left - left))).to.deep.equal([
      35, 185, 335, 485, 635,
    ]);
    expect(axis.shadowRoot!.querySelectorAll('[part~="tick"]')).to.have.length(5);
  });

  it('draws a break for each compressed gap and follows its orientation', async () => {
    const axis = await fixture<AnnalsAxis>(
      html`<annals-axis
        orientation="vertical"
        .ticks=${ticks}
        .breaks=${[{ start: 0, end: 1, x: 120, x2: 152 }]}
      ></annals-axis>`,
    );
    expect(axis.shadowRoot!.querySelectorAll('[part~="break"]')).to.have.length(1);
    expect(axis.shadowRoot!.querySelectorAll('[part~="label"]')).to.have.length(5);
    expect(axis.getAttribute('orientation')).to.equal('vertical');
  });
});
