import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AnnalsTimeline } from '../../src/components/timeline/timeline.js';
import type { AnnalsErrorEvent, AnnalsLoadEvent } from '../../src/events.js';
import { generatedDataset } from '../../stories/generated-data.js';
import { warningsOf } from '../helpers/console.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const DATA = '/data';
const FLAGSHIP_IDS = [
  'dissolution-of-the-soviet-union',
  'silk-way-rally-2009',
  'medicinal-plants-book-astana',
  'state-visit-2013',
];

/** Mounts a timeline from a template and waits until it has drawn events. */
async function drawn(template: ReturnType<typeof html>): Promise<TimelineHarness> {
  const t = await TimelineHarness.mount(template, { waitForScene: false });
  await waitUntil(() => t.buttons().length > 0, 'no events were drawn', { timeout: 5000 });
  await t.waitForRender();
  return t;
}

/** Mounts a timeline that must fail, and waits for its error state. */
async function failed(template: ReturnType<typeof html>) {
  const errors: AnnalsErrorEvent[] = [];
  const logged: string[] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    const root = await fixture<HTMLElement>(template);
    const el = (
      root.localName === 'annals-timeline' ? root : root.querySelector('annals-timeline')!
    ) as AnnalsTimeline;
    el.addEventListener('annals-error', (e) => errors.push(e));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', {
      timeout: 8000,
    });
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    return { el, box, errors, logged, text: box.textContent!.replace(/\s+/g, ' ').trim() };
  } finally {
    console.error = error;
  }
}

describe('data from src, inline JSON and markup', () => {
  before(async () => {
    await setViewport({ width: 1300, height: 900 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  it('src: Annals JSON, with annals-load naming the format', async () => {
    const loads: AnnalsLoadEvent[] = [];
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline
          src="${DATA}/kazakhstan-turkmenistan.json"
          @annals-load=${(e: AnnalsLoadEvent) => loads.push(e)}
        ></annals-timeline>
      </div>`,
    );
    expect(t.ids().sort()).to.deep.equal([...FLAGSHIP_IDS].sort());
    expect(loads.map((e) => e.detail.as)).to.deep.equal(['annals-json']);
  });

  it('src: TimelineJS JSON; the card keeps paragraphs, emphasis and links of its HTML text', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline src="${DATA}/kazakhstan-turkmenistan.timelinejs.json"></annals-timeline>
      </div>`,
    );
    expect(t.root.querySelector('[part~="title"]')!.textContent).to.equal(
      'Kazakhstan–Turkmenistan relations',
    );
    // The title slide's text is the description under the title, as TimelineJS shows it.
    expect(t.root.querySelector('[part~="description"]')!.textContent!.trim()).to.match(
      /^Two former Soviet republics, from 1991 to the state visit of May 2013\.$/,
    );
    t.element.selected = 'silk-way-rally-2009';
    await t.waitForRender();
    const card = t.root.querySelector('annals-event-card')!;
    await card.updateComplete;
    const body = card.shadowRoot!.querySelector('[part~="body"]')!;
    // Sanitised once DOMPurify's chunk has loaded.
    await waitUntil(() => body.querySelector('p'), 'the body was never filled');
    expect(body.querySelectorAll('p')).to.have.length(2);
    const link = body.querySelector('a')!;
    expect(link.href).to.match(/^https:\/\/en\.wikipedia\.org\/wiki\//);
    expect(link.rel).to.equal('noopener noreferrer');
    expect(card.shadowRoot!.querySelector('[part~="date"]')!.textContent).to.contain(
      'Dakar Series',
    );
  });

  it('src: a TimelineJS spreadsheet exported as CSV renders as it is', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline src="${DATA}/kazakhstan-turkmenistan.timelinejs.csv"></annals-timeline>
      </div>`,
    );
    expect(t.buttons()).to.have.length(4);
    expect(t.root.querySelector('[part~="title"]')!.textContent).to.equal(
      'Kazakhstan–Turkmenistan relations',
    );
    // TimelineJS draws its groups as rows, and so does Annals unless group-by says otherwise.
    expect(t.element.scene!.rows.map((r) => r.title)).to.deep.equal([
      'Political relations',
      'Cultural cooperation',
    ]);
    t.element.setAttribute('group-by', 'none');
    await t.waitForRender();
    expect(t.element.scene!.rows).to.have.length(1);
    // Removing the attribute brings back the default (rows, for TimelineJS groups), quietly.
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      t.element.removeAttribute('group-by');
      for (const [name, value] of Object.entries({
        'max-lanes': '2',
        layout: 'vertical',
        gaps: 'none',
        'min-zoom': '2',
        'max-zoom': '8',
        breakpoint: '300',
        'heading-level': '3',
      })) {
        t.element.setAttribute(name, value);
        await t.waitForRender();
        t.element.removeAttribute(name);
      }
      await t.waitForRender();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
    expect(t.element.scene!.rows.map((r) => r.title)).to.deep.equal([
      'Political relations',
      'Cultural cooperation',
    ]);
    expect(t.element.scene!.orientation).to.equal('horizontal');
    expect(t.root.querySelector('[part~="title"]')!.localName).to.equal('h2');
  });

  it('src: CSV in Annals’ own columns; and content without type or extension is sniffed', async () => {
    const a = await drawn(
      html`<annals-timeline
        src="${DATA}/kazakhstan-turkmenistan.csv"
        label="Flagship"
      ></annals-timeline>`,
    );
    expect(a.ids().sort()).to.deep.equal([...FLAGSHIP_IDS].sort());
    // CSV has no title: the label is shown as one.
    expect(a.root.querySelector('[part~="title"]')!.textContent).to.equal('Flagship');
    const b = await drawn(html`<annals-timeline src="/__annals-test/no-type"></annals-timeline>`);
    expect(b.buttons()).to.have.length(4);
  });

  it('an unknown format ("TimelineJS", "json") is told from the file, as no format is, with one warning', async () => {
    const warnings = await warningsOf(async () => {
      const csv = await drawn(
        html`<annals-timeline
          src="${DATA}/kazakhstan-turkmenistan.timelinejs.csv"
          format="TimelineJS"
        ></annals-timeline>`,
      );
      expect(csv.buttons()).to.have.length(4);
      const json = await drawn(
        html`<annals-timeline
          src="${DATA}/kazakhstan-turkmenistan.timelinejs.json"
          format="json"
        ></annals-timeline>`,
      );
      expect(json.ids().sort()).to.deep.equal([...FLAGSHIP_IDS].sort());
    });
    expect(warnings).to.deep.equal([
      'annals-timeline: format="TimelineJS" is not one of annals, timelinejs, csv; the format is told from the file',
      'annals-timeline: format="json" is not one of annals, timelinejs, csv; the format is told from the file',
    ]);
  });

  it('an inline <script type="application/json"> child', async () => {
    const json = await (await fetch(`${DATA}/kazakhstan-turkmenistan.timelinejs.json`)).text();
    const host = document.createElement('div');
    host.style.width = '1280px';
    const el = document.createElement('annals-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    host.append(el);
    document.body.append(host);
    try {
      const t = new TimelineHarness(el);
      await waitUntil(() => t.buttons().length === 4, 'inline JSON not drawn', { timeout: 4000 });
    } finally {
      host.remove();
    }
  });

  it('<annals-event> and <annals-era> children, and later changes to them', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Kazakhstan–Turkmenistan relations">
          <annals-event id="dissolution" start="1991" category="political" importance="5">
            <h3>Dissolution of the Soviet Union</h3>
            <p>Kazakhstan and Turkmenistan had been republics of the Soviet Union.</p>
          </annals-event>
          <annals-event id="visit" start="2013-05-10" end="2013-05-11" category="political">
            <h3>State visit of President Berdimuhamedow to Kazakhstan</h3>
            <p>He met President Nursultan Nazarbayev.</p>
            <a href="https://en.wikipedia.org/wiki/Kazakhstan%E2%80%93Turkmenistan_relations"
              >Wikipedia</a
            >
          </annals-event>
        </annals-timeline>
      </div>`,
    );
    expect(t.ids()).to.deep.equal(['dissolution', 'visit']);
    const visit = t.element.normalized.events.find((e) => e.id === 'visit')!;
    expect(visit.summary).to.equal('He met President Nursultan Nazarbayev.');
    expect(visit.sources[0]!.title).to.equal('Wikipedia');
    // The markup itself is not shown once the element has taken it over.
    expect(t.element.querySelector('annals-event')!.getBoundingClientRect().height).to.equal(0);
    // A CMS adding an event later is drawn too.
    const later = document.createElement('annals-event');
    later.id = 'rally';
    later.setAttribute('start', '2009');
    later.innerHTML = '<h3>Silk Way Rally</h3>';
    t.element.append(later);
    await waitUntil(() => t.ids().includes('rally'), 'added markup not drawn');
    later.setAttribute('start', '2010');
    await waitUntil(
      () => t.element.normalized.events.find((e) => e.id === 'rally')?.start.iso === '2010',
      'changed attribute not read',
    );
  });

  it('<annals-category> children name, colour and check the categories the events give', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Synthetic">
          <annals-category id="political" color="#7a1f2b">Political</annals-category>
          <annals-category id="economic" label="Economic and trade"></annals-category>
          <annals-event id="a" start="2001" category="political"><h3>Event A</h3></annals-event>
          <annals-event id="b" start="2002" category="politcal"><h3>Event B</h3></annals-event>
          <annals-event id="c" start="2003" category="economic"><h3>Event C</h3></annals-event>
        </annals-timeline>
      </div>`,
    );
    expect(t.ids()).to.deep.equal(['a', 'b', 'c']);
    expect(t.element.normalized.categories).to.deep.equal([
      { id: 'political', label: 'Political', color: '#7a1f2b' },
      { id: 'economic', label: 'Economic and trade' },
    ]);
    // The misspelt category is reported by the event's id; the event is drawn without one.
    expect(t.element.problems.map((p) => `${p.item} ${p.field}: ${p.message}`)).to.deep.equal([
      '"b" category: unknown category "politcal"; the event is shown without one',
    ]);
    expect(t.element.normalized.events.find((e) => e.id === 'b')!.category).to.equal(undefined);
    expect(t.legendButtons().map((b) => b.textContent!.trim())).to.deep.equal([
      'Political',
      'Economic and trade',
    ]);
    // The markup is not shown once the element has taken it over.
    expect(t.element.querySelector('annals-category')!.getBoundingClientRect().height).to.equal(0);
    // A change to a category's label is drawn.
    t.element.querySelector('annals-category')!.setAttribute('label', 'Politics');
    await waitUntil(
      () => t.legendButtons()[0]?.textContent?.trim() === 'Politics',
      'changed label not drawn',
    );
  });

  it('<annals-event>, <annals-era> and <annals-category> made by a framework that sets properties, as React 19 does, write them to their attributes', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Synthetic">
          <annals-event id="a" start="2001"><h3>Event A</h3></annals-event>
        </annals-timeline>
      </div>`,
    );
    // React 19 sets a prop as a property when the element has one: a getter alone threw.
    const category = document.createElement('annals-category');
    category.id = 'political';
    category.label = 'Political';
    category.color = '#7a1f2b';
    const event = document.createElement('annals-event');
    event.id = 'b';
    event.start = '2013-05-10';
    event.end = '2013-05-11';
    event.category = 'political';
    event.importance = 5;
    event.displayDate = '10–11 May 2013';
    event.group = 'visits';
    event.innerHTML = '<h3>Event B</h3>';
    const era = document.createElement('annals-era');
    era.start = '2010';
    era.end = '2014';
    era.title = 'An era';
    t.element.append(category, event, era);
    expect(event.getAttribute('start')).to.equal('2013-05-10');
    expect(event.getAttribute('importance')).to.equal('5');
    expect(event.getAttribute('display-date')).to.equal('10–11 May 2013');
    await waitUntil(() => t.ids().includes('b'), 'markup set as properties not drawn');
    const b = t.element.normalized.events.find((e) => e.id === 'b')!;
    expect([
      b.start.iso,
      b.end?.iso,
      b.category,
      b.importance,
      b.displayDate,
      b.group,
    ]).to.deep.equal(['2013-05-10', '2013-05-11', 'political', 5, '10–11 May 2013', 'visits']);
    expect(t.element.normalized.categories).to.deep.equal([
      { id: 'political', label: 'Political', color: '#7a1f2b' },
    ]);
    expect(t.element.normalized.eras.map((e) => [e.start.iso, e.end.iso])).to.deep.equal([
      ['2010', '2014'],
    ]);
    // null removes the attribute, as React does for a prop it no longer passes.
    event.end = null;
    expect(event.hasAttribute('end')).to.equal(false);
    await waitUntil(
      () => t.element.normalized.events.find((e) => e.id === 'b')?.end === undefined,
      'removed end not read',
    );
  });

  it('<annals-event> children written with a list or a figure keep them: the list in the body, the caption with its image', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Conquests" selected="mongols">
          <annals-event id="mongols" start="1220-03">
            <h3>The Mongols take Transoxiana</h3>
            <p>The cities fell one after another.</p>
            <ul>
              <li>Bukhara fell in February</li>
              <li>Samarkand in March</li>
            </ul>
            <p><time datetime="1220-03">March 1220</time></p>
            <figure>
              <img src="portrait.jpg" alt="A portrait" />
              <figcaption>Yuan-era portrait</figcaption>
            </figure>
          </annals-event>
          <annals-event id="plain" start="1221"
            ><h3>Plain</h3>
            <p>Only a paragraph.</p></annals-event
          >
        </annals-timeline>
      </div>`,
    );
    const events = t.element.normalized.events;
    const mongols = events.find((e) => e.id === 'mongols')!;
    expect(mongols.media[0]).to.include({ alt: 'A portrait', caption: 'Yuan-era portrait' });
    const body = new DOMParser().parseFromString(mongols.body!, 'text/html').body;
    expect([...body.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Bukhara fell in February',
      'Samarkand in March',
    ]);
    expect(body.textContent).to.contain('The cities fell one after another.');
    // The heading is the title, the date is the event's, the figure is its media: not the body.
    expect(body.querySelector('h3, figure, time')).to.equal(null);
    // The card shows the list.
    await waitUntil(
      () => t.cardElement().shadowRoot!.querySelectorAll('[part~="body"] li').length === 2,
      'the card does not show the list',
    );
    // Paragraphs alone stay a summary.
    expect(events.find((e) => e.id === 'plain')!.summary).to.equal('Only a paragraph.');
  });

  it('<annals-event> children written with several paragraphs show them as paragraphs, in the card and in print', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Paragraphs" selected="e1">
          <annals-event id="e1" start="2001-02-03"
            ><h3>Event 1</h3>
            <p>Paragraph one.</p>
            <p>Paragraph two.</p></annals-event
          >
        </annals-timeline>
      </div>`,
    );
    const paragraphs = () =>
      [...t.cardElement().shadowRoot!.querySelectorAll('[part~="summary"]')].map((p) =>
        p.textContent!.trim(),
      );
    await waitUntil(() => paragraphs().length > 0, 'the card shows no summary');
    expect(paragraphs()).to.deep.equal(['Paragraph one.', 'Paragraph two.']);
    dispatchEvent(new Event('beforeprint'));
    try {
      await t.element.updateComplete;
      const printed = [...t.root.querySelectorAll('[part~="print-event"] p')].map((p) =>
        p.textContent!.trim(),
      );
      expect(printed).to.deep.equal(['Paragraph one.', 'Paragraph two.']);
    } finally {
      dispatchEvent(new Event('afterprint'));
    }
  });

  it('<annals-event> children with a repeated id: the one dropped is named by its position and title', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Meetings">
          <annals-event id="a" start="2012"><h3>Meeting A</h3></annals-event>
          <annals-event id="y" start="2013"><h3>Year</h3></annals-event>
          <annals-event id="y" start="2014"><h3>Dup</h3></annals-event>
        </annals-timeline>
      </div>`,
    );
    expect(t.ids()).to.deep.equal(['a', 'y']);
    expect(t.element.problems.map((p) => `${p.item} ${p.field}: ${p.message}`)).to.deep.equal([
      '#3 ("Dup") id: duplicate id "y", already used by #2 ("Year"); the event was dropped',
    ]);
  });

  it('an attribute of <annals-event>, <annals-era> or <annals-category> that is not read (a misspelt end) is reported, as an unknown field of JSON is', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Meetings">
          <annals-category id="p" colour="red" class="x">Political</annals-category>
          <annals-era start="2010" end="2011" strat="2009">Talks</annals-era>
          <annals-event id="a" start="2012" edn="2013" category="p" data-x="1" lang="en"
            ><h3>Meeting A</h3></annals-event
          >
          <annals-event start="2013" aria-label="B" tags="x;y"><h3>Meeting B</h3></annals-event>
        </annals-timeline>
      </div>`,
    );
    expect(t.ids()).to.deep.equal(['a', 'event-2']);
    expect(
      t.element.problems.map((p) => `${p.item} ${p.field}: ${p.message} (${p.value})`),
    ).to.deep.equal([
      '"p" colour: unknown attribute "colour" was ignored (<annals-category> reads label and color) (red)',
      '"era-1" strat: unknown attribute "strat" was ignored (<annals-era> reads start, end and title) (2009)',
      '"a" edn: unknown attribute "edn" was ignored (<annals-event> reads start, end, category, group, importance, title and display-date) (2013)',
      '#2 ("Meeting B") tags: unknown attribute "tags" was ignored (<annals-event> reads start, end, category, group, importance, title and display-date) (x;y)',
      '#2 ("Meeting B") id: the event has no id; it was given the id "event-2" ((missing))',
    ]);
  });

  it('<annals-event> without an id is given one by its position and told, as in JSON', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Meetings">
          <annals-event id="a" start="2012"><h3>Meeting A</h3></annals-event>
          <annals-event start="2013"><h3>Meeting B</h3></annals-event>
        </annals-timeline>
      </div>`,
    );
    expect(t.ids()).to.deep.equal(['a', 'event-2']);
    expect(t.element.problems.map((p) => `${p.item} ${p.field}: ${p.message}`)).to.deep.equal([
      '#2 ("Meeting B") id: the event has no id; it was given the id "event-2"',
    ]);
  });

  it('<annals-event> with a link whose only text is a javascript: URL: the source is dropped, not shown as text', async () => {
    const t = await drawn(
      html`<div style="width:1280px">
        <annals-timeline label="Meetings">
          <annals-event id="a" start="2012"
            ><h3>Meeting A</h3>
            <a href="javascript:alert(1)"></a
          ></annals-event>
        </annals-timeline>
      </div>`,
    );
    expect(t.element.normalized.events[0]!.sources).to.deep.equal([]);
    expect(t.element.problems.map((p) => `${p.item} ${p.field}`)).to.deep.equal([
      '"a" sources[0].url',
    ]);
  });

  it('sends no cookies unless credentials asks', async () => {
    document.cookie = 'annals-test=1; path=/';
    try {
      const a = await drawn(html`<annals-timeline src="/__annals-test/cookie"></annals-timeline>`);
      expect(a.element.normalized.title).to.equal('no cookies were sent');
      const b = await drawn(
        html`<annals-timeline
          src="/__annals-test/cookie"
          credentials="same-origin"
        ></annals-timeline>`,
      );
      expect(b.element.normalized.title).to.equal('cookies were sent');
    } finally {
      document.cookie = 'annals-test=; path=/; max-age=0';
    }
  });
});

describe('loading and failure, as a reader sees them', () => {
  before(async () => {
    await setViewport({ width: 1300, height: 900 });
  });

  it('while loading, a placeholder keeps the height the timeline then takes', async () => {
    // 300 events fill the default six lanes, so the final height is known in advance.
    const data = JSON.stringify(generatedDataset(300, 1));
    const url = URL.createObjectURL(new Blob([data], { type: 'application/json' }));
    const root = await fixture<HTMLElement>(
      html`<div style="width:1280px">
        <annals-timeline src="/__annals-test/slow?ms=600"></annals-timeline>
      </div>`,
    );
    const el = root.querySelector('annals-timeline')!;
    await el.updateComplete;
    const loading = el.shadowRoot!.querySelector<HTMLElement>('[part~="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Loading');
    const during = el.getBoundingClientRect().height;
    const placeholder = loading.getBoundingClientRect().height;
    // The same placeholder for the 300-event file: its drawing must be as tall.
    el.src = url;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'not drawn', {
      timeout: 5000,
    });
    await new TimelineHarness(el).waitForRender();
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
    const after = el.getBoundingClientRect().height;
    expect(Math.abs(placeholder - during)).to.be.below(1);
    expect(viewport.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(Math.abs(after - during)).to.be.below(1);
    URL.revokeObjectURL(url);
  });

  const cases: [string, string, RegExp, string?][] = [
    ['a 404', '/__annals-test/missing', /could not be found/, 'http'],
    ['a server error', '/__annals-test/error', /could not be loaded \(error 500\)/, 'http'],
    [
      'a network or CORS failure',
      'http://127.0.0.1:1/x.json',
      /could not be loaded\. Check/,
      'network',
    ],
    ['malformed JSON', '/__annals-test/bad-json', /could not be read/, 'malformed-json'],
    ['malformed CSV', '/__annals-test/bad-csv', /could not be read/, 'malformed-csv'],
    ['an empty file', '/__annals-test/empty', /file is empty/, 'empty'],
    [
      'a file with no valid events',
      '/__annals-test/no-events',
      /no events that can be shown/,
      'no-events',
    ],
  ];
  for (const [name, src, text, failure] of cases) {
    it(`${name}: a clear message, announced, with Retry, and the full reason for developers`, async () => {
      const f = await failed(html`<annals-timeline src=${src}></annals-timeline>`);
      expect(f.text).to.match(text);
      // The sentence alone is the alert: the Try again button's words are not read with it.
      const alert = f.box.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.match(text);
      expect(alert.querySelector('button')).to.equal(null);
      expect(f.box.querySelector('button')!.textContent!.trim()).to.equal('Try again');
      expect(f.errors.map((e) => e.detail.failure)).to.deep.equal([failure]);
      expect(f.logged.join('\n')).to.contain(src.replace(/^http:\/\/[^/]+/, ''));
      // No developer text reaches the reader.
      expect(f.text).to.not.match(/JSON|HTTP|CORS|Unexpected/);
    });
  }

  it('a slow answer ends after `timeout` ms, and Retry loads it once it comes', async () => {
    const f = await failed(
      html`<annals-timeline src="/__annals-test/slow?ms=1500" timeout="300"></annals-timeline>`,
    );
    expect(f.text).to.match(/took too long/);
    expect(f.errors[0]!.detail.failure).to.equal('timeout');
    f.el.timeout = 5000;
    await f.el.updateComplete;
    await waitUntil(
      () => f.el.shadowRoot!.querySelector('[part~="event"]'),
      'not loaded after a longer timeout',
      {
        timeout: 5000,
      },
    );
  });

  it('a file that answers but arrives too slowly says so: it is not "did not answer"', async () => {
    const f = await failed(
      html`<annals-timeline src="/__annals-test/trickle?ms=1500" timeout="300"></annals-timeline>`,
    );
    expect(f.errors[0]!.detail.failure).to.equal('timeout');
    expect(f.errors[0]!.detail.message).to.equal(
      '/__annals-test/trickle?ms=1500 answered, but the file had not arrived whole within 300 ms (100 bytes received)',
    );
  });

  it('a response over max-bytes is cut off', async () => {
    const f = await failed(
      html`<annals-timeline
        src="/__annals-test/big?bytes=50000"
        max-bytes="10000"
      ></annals-timeline>`,
    );
    expect(f.text).to.match(/too large/);
    expect(f.errors[0]!.detail.failure).to.equal('too-large');
  });

  it('reads a file of 100,000 events’ size (17 MB) under the default max-bytes', async () => {
    const f = await failed(
      html`<annals-timeline src="/__annals-test/big?bytes=17000000"></annals-timeline>`,
    );
    // Read whole: what is wrong with it is that it has no events, not its size.
    expect(f.errors[0]!.detail.failure).to.equal('no-events');
  });

  it('Retry loads again: a server that failed once then answers is drawn', async () => {
    const f = await failed(
      html`<annals-timeline src="/__annals-test/flaky?key=${Math.random()}"></annals-timeline>`,
    );
    expect(f.errors[0]!.detail.status).to.equal(503);
    f.box.querySelector('button')!.click();
    await waitUntil(() => f.el.shadowRoot!.querySelector('[part~="event"]'), 'retry did not load', {
      timeout: 5000,
    });
  });
});

describe('loading and failure, for keyboard and screen-reader users', () => {
  before(async () => {
    await setViewport({ width: 1300, height: 900 });
  });

  it('announces the loading, then how many events arrived', async () => {
    const el = await fixture<AnnalsTimeline>(
      html`<annals-timeline src="/__annals-test/slow?ms=500"></annals-timeline>`,
    );
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector('section > [aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('Loading the timeline…');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'not loaded', {
      timeout: 5000,
    });
    // The same live region, now saying what arrived.
    expect(el.shadowRoot!.querySelector('section > [aria-live="polite"]') === live).to.equal(true);
    expect(live.textContent!.trim()).to.equal('Timeline loaded: 4 events.');
  });

  it('a load that fails, or that data set meanwhile replaces, no longer says it is loading', async () => {
    const f = await failed(html`<annals-timeline src="/__annals-test/missing"></annals-timeline>`);
    const live = () =>
      f.el.shadowRoot!.querySelector('section > [aria-live="polite"]')?.textContent!.trim();
    // The error says what happened, in its own alert; the status does not go on saying "Loading".
    expect(live()).to.equal('');
    f.el.src = '/__annals-test/slow?ms=500';
    await f.el.updateComplete;
    expect(live()).to.equal('Loading the timeline…');
    f.el.data = { title: 'Given', events: [{ id: 'a', title: 'A', start: '2000' }] };
    await f.el.updateComplete;
    expect(live()).to.equal('');
  });

  it('Try again keeps the keyboard focus: on the timeline when it loads', async () => {
    const f = await failed(
      html`<annals-timeline src="/__annals-test/flaky?key=${Math.random()}"></annals-timeline>`,
    );
    f.box.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => f.el.shadowRoot!.querySelector('[part~="event"]'), 'retry did not load', {
      timeout: 5000,
    });
    await waitUntil(
      () => f.el.shadowRoot!.activeElement !== null,
      'focus was lost after Try again',
    );
    expect(document.activeElement === f.el).to.equal(true);
  });

  it('Try again keeps the keyboard focus: on Try again when it fails again', async () => {
    const f = await failed(html`<annals-timeline src="/__annals-test/missing"></annals-timeline>`);
    f.box.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 300));
    expect(f.el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('retry');
  });

  it('a page gives its own words for the notices, whole or in part', async () => {
    const strings = {
      retry: 'Reload',
      failure: (f: string, status?: number) => `Sorry (${f}${status ? ` ${status}` : ''})`,
      notShown: (n: number) => `${n} left out`,
      loading: 42, // Not text: ignored, the English stays.
    };
    const f = await failed(
      html`<annals-timeline
        src="/__annals-test/missing"
        .strings=${strings as never}
      ></annals-timeline>`,
    );
    expect(f.text).to.equal('Sorry (http 404) Reload');
    const t = await TimelineHarness.mount(
      html`<annals-timeline
        .strings=${strings as never}
        .data=${{
          title: 'T',
          events: [
            { id: 'a', title: 'A', start: '2009' },
            { id: 'b', title: 'B', start: 'no' },
          ],
        }}
      ></annals-timeline>`,
    );
    expect(t.root.querySelector('[part~="notice"]')!.textContent!.trim()).to.equal('1 left out');
  });

  it('show-problems names a sheet’s rows and columns as the sheet does, in row order, whoever found the problem', async () => {
    const csv =
      'Year,Month,Day,Headline,Background\n2013,2,30,Impossible Feb 30,\n2013,5,,Fine,red';
    const src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    try {
      const t = await drawn(html`<annals-timeline src=${src} show-problems></annals-timeline>`);
      const items = [...t.root.querySelectorAll('[part~="problems"] li')].map((li) =>
        li.textContent!.replace(/:.*/, ''),
      );
      expect(items).to.deep.equal([
        'event row 2 ("Impossible Feb 30"), Year/Month/Day/Time',
        'event row 3 ("Fine"), Background',
      ]);
    } finally {
      URL.revokeObjectURL(src);
    }
  });

  it('show-problems lists an era row’s problem before a later event row’s, when validation found both', async () => {
    const csv =
      'Year,Month,Day,End Year,End Month,Headline,Type\n' +
      '2009,6,,2008,1,Era backwards,era\n2013,2,30,,,Impossible Feb 30,\n2013,5,,,,Fine,';
    const src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    try {
      const t = await drawn(html`<annals-timeline src=${src} show-problems></annals-timeline>`);
      const rows = [...t.root.querySelectorAll('[part~="problems"] li')].map(
        (li) => /row (\d+)/.exec(li.textContent!)?.[1],
      );
      expect(rows).to.deep.equal(['2', '3']);
    } finally {
      URL.revokeObjectURL(src);
    }
  });

  it('a sheet Excel saved as Windows-1252 reads right, and the author is told it was not UTF-8', async () => {
    const t = await drawn(
      html`<annals-timeline src="/__annals-test/ansi-csv" show-problems></annals-timeline>`,
    );
    expect(t.element.normalized.events[0]!.title).to.equal('Café in São Paulo, 5 €');
    expect(t.root.querySelector('[part~="problems"]')!.textContent).to.match(
      /not UTF-8.*read as Windows-1252/,
    );
    const named = await drawn(
      html`<annals-timeline
        src="/__annals-test/ansi-csv?charset=windows-1252"
        show-problems
      ></annals-timeline>`,
    );
    expect(named.element.normalized.events[0]!.title).to.equal('Café in São Paulo, 5 €');
    expect(named.root.querySelector('[part~="problems"]')).to.equal(null);
  });

  it('a file with no valid event: annals-error, no annals-load, and show-problems says why', async () => {
    const loads: string[] = [];
    const f = await failed(
      html`<annals-timeline
        src="/__annals-test/no-events"
        show-problems
        @annals-load=${(e: AnnalsLoadEvent) => loads.push(e.detail.url)}
      ></annals-timeline>`,
    );
    expect(f.errors.map((e) => e.detail.failure)).to.deep.equal(['no-events']);
    expect(loads).to.deep.equal([]);
    const list = f.el.shadowRoot!.querySelector('[part~="problems"]');
    expect(list?.textContent).to.contain('start');
  });
});

describe('hostile data in every field of every source', () => {
  const X = 'window.__xss = (window.__xss || 0) + 1';
  const payloads = [
    `<img src=x onerror="${X}">`,
    `<script>${X}</script>`,
    `<svg onload="${X}"></svg>`,
    `<iframe src="javascript:${X}"></iframe>`,
    `<a href="javascript:${X}">link</a>`,
    `<a href="//evil.example/x">far</a>`,
    `<p style="position:fixed;inset:0">cover</p>`,
    `"><img src=x onerror="${X}">`,
  ].join('');
  const win = window as unknown as { __xss?: number };

  const timelinejs = {
    title: { text: { headline: payloads, text: payloads } },
    events: [0, 1, 2].map((i) => ({
      unique_id: `e${i}${payloads}`,
      start_date: { year: 2000 + i, display_date: payloads },
      text: { headline: `Event ${i} ${payloads}`, text: payloads },
      display_date: payloads,
      group: payloads,
      media: {
        url: `javascript:${X}`,
        caption: payloads,
        credit: payloads,
        thumbnail: `javascript:${X}`,
      },
      background: { url: `javascript:${X}` },
    })),
    eras: [{ start_date: { year: 2000 }, end_date: { year: 2001 }, text: { headline: payloads } }],
  };
  const csvCell = `"${payloads.replace(/"/g, '""')}"`;
  const timelinejsCsv = [
    'Year,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Group,Background',
    ...[0, 1, 2].map(
      (i) =>
        `${2000 + i},${csvCell},"Event ${i} ${payloads.replace(/"/g, '""')}",${csvCell},javascript:${X.replace(/[,"]/g, '')},${csvCell},${csvCell},javascript:x,${csvCell},javascript:x`,
    ),
  ].join('\n');
  const annalsCsv = [
    'id,title,start,summary,body,displayDate,category,group,tags,people,places,media_url,media_alt,source_title,source_url',
    ...[0, 1, 2].map(
      (i) =>
        `e${i},"Event ${i} ${payloads.replace(/"/g, '""')}",${2000 + i},${csvCell},${csvCell},${csvCell},${csvCell},${csvCell},${csvCell},${csvCell},${csvCell},javascript:x,${csvCell},${csvCell},//evil.example/x`,
    ),
  ].join('\n');
  const annalsJson = {
    title: payloads,
    description: payloads,
    categories: [{ id: 'c', label: payloads, color: `red;background:url(javascript:${X})` }],
    events: [0, 1, 2].map((i) => ({
      id: `e${i}`,
      title: `Event ${i} ${payloads}`,
      start: `${2000 + i}`,
      summary: payloads,
      body: payloads,
      displayDate: payloads,
      category: 'c',
      group: payloads,
      tags: [payloads],
      people: [payloads],
      places: [payloads],
      media: [{ url: `javascript:${X}`, alt: payloads, caption: payloads, credit: payloads }],
      sources: [{ title: payloads, url: '\\\\evil.example\\x', publisher: payloads }],
    })),
    eras: [{ id: 'era', title: payloads, start: '2000', end: '2001' }],
  };

  const sources: [string, string, string][] = [
    ['TimelineJS JSON', JSON.stringify(timelinejs), 'application/json'],
    ['TimelineJS CSV', timelinejsCsv, 'text/csv'],
    ['Annals CSV', annalsCsv, 'text/csv'],
    ['Annals JSON', JSON.stringify(annalsJson), 'application/json'],
  ];

  /** Every node in the timeline, its card and their shadow roots. */
  function allNodes(root: Element | ShadowRoot): Element[] {
    const out: Element[] = [];
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) out.push(...allNodes(el.shadowRoot));
    }
    return out;
  }

  for (const [name, body, type] of sources) {
    it(`${name}: no payload runs, and nothing dangerous reaches the page`, async () => {
      win.__xss = 0;
      const url = URL.createObjectURL(new Blob([body], { type }));
      const warn = console.warn;
      console.warn = () => {};
      try {
        const t = await drawn(
          html`<div style="width:1280px"><annals-timeline src=${url}></annals-timeline></div>`,
        );
        expect(t.buttons().length).to.equal(3);
        // Open every card: the body is sanitised HTML, everything else text.
        for (const id of t.ids()) {
          t.element.selected = id;
          await t.waitForRender();
          await t.root.querySelector('annals-event-card')!.updateComplete;
        }
        const cardRoot = t.root.querySelector('annals-event-card')!.shadowRoot!;
        await waitUntil(
          () => cardRoot.querySelector('[part~="body"]')?.textContent?.includes('cover'),
          'the last body was never shown',
        );
        await new Promise((r) => setTimeout(r, 300));
        expect(win.__xss, 'a payload ran').to.equal(0);
        const nodes = allNodes(t.root);
        for (const el of nodes) {
          expect(
            ['script', 'iframe', 'svg', 'object', 'embed'].includes(el.localName) &&
              // The drawing's own: connectors, and the overview strip's marks.
              !el.closest?.('.connector') &&
              (el.getRootNode() as ShadowRoot).host?.localName !== 'annals-overview',
            `<${el.localName}>`,
          ).to.equal(false);
          for (const attr of el.getAttributeNames())
            expect(/^on/i.test(attr), `${el.localName}[${attr}]`).to.equal(false);
          const href = el.getAttribute('href') ?? el.getAttribute('src');
          if (href !== null && el.localName !== 'slot') {
            expect(href, `${el.localName} ${href}`).to.not.match(/^\s*javascript:/i);
            expect(href, `${el.localName} ${href}`).to.not.contain('evil.example');
          }
        }
        // The body kept its harmless text and link, and lost the style attribute.
        const card = t.root.querySelector('annals-event-card')!.shadowRoot!;
        const bodyEl = card.querySelector('[part~="body"]');
        if (bodyEl) {
          expect(bodyEl.textContent).to.contain('cover');
          expect(bodyEl.querySelector('[style]')).to.equal(null);
        }
      } finally {
        console.warn = warn;
        URL.revokeObjectURL(url);
      }
    });
  }
});
