import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import apollo from '../../data/apollo.js';
import kazakhstanTurkmenistan from '../../data/kazakhstan-turkmenistan.js';
import rome from '../../data/rome.js';
import { parseDate } from '../../src/core/date.js';
import type {
  CategoryInput,
  DatasetInput,
  EraInput,
  EventInput,
  MediaInput,
  SourceInput,
} from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';

const DATASETS: Record<string, DatasetInput> = {
  'kazakhstan-turkmenistan': kazakhstanTurkmenistan,
  rome,
  apollo,
};

/** The test server serves the repository root. */
async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(path);
  expect(res.ok, `${path}: HTTP ${res.status}`).to.equal(true);
  return res.json();
}

/** A JSON document that tests read and break freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const schema = async () => (await fetchJson('/data/timeline.schema.json')) as Schema & Loose;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('datasets', () => {
  for (const [name, input] of Object.entries(DATASETS)) {
    it(`${name} validates with no problems`, () => {
      const { dataset, problems } = validateDataset(input);
      expect(problems).to.deep.equal([]);
      expect(dataset.events.length).to.equal(input.events.length);
    });

    it(`${name}: every event cites a source with an https link`, () => {
      for (const e of validateDataset(input).dataset.events) {
        expect(e.sources.length, e.id).to.be.greaterThan(0);
        for (const s of e.sources) expect(s.url, e.id).to.match(/^https:\/\//);
      }
    });

    it(`data/${name}.json equals data/${name}.ts (npm run data is up to date)`, async () => {
      const json = (await fetchJson(`/data/${name}.json`)) as Record<string, unknown>;
      expect(Object.keys(json)[0]).to.equal('$schema');
      expect(json.$schema).to.equal('./timeline.schema.json');
      const { $schema: _, ...rest } = json;
      expect(rest).to.deep.equal(clone(input));
    });

    it(`the schema accepts data/${name}.json`, async () => {
      const json = await fetchJson(`/data/${name}.json`);
      const result = new Validator(await schema(), '2020-12', false).validate(json);
      expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
      expect(result.valid).to.equal(true);
    });
  }
});

describe('the flagship dataset (Kazakhstan–Turkmenistan relations)', () => {
  const { dataset } = validateDataset(kazakhstanTurkmenistan);
  const byId = (id: string) => dataset.events.find((e) => e.id === id)!;

  it('holds exactly the four events of the article, in date order', () => {
    expect(dataset.events.map((e) => e.id)).to.deep.equal([
      'dissolution-of-the-soviet-union',
      'silk-way-rally-2009',
      'medicinal-plants-book-astana',
      'state-visit-2013',
    ]);
  });

  it('keeps each date at the precision the article gives', () => {
    const at = (id: string) => {
      const e = byId(id);
      return [e.start.iso, e.start.precision, e.end?.iso ?? null, e.end?.precision ?? null];
    };
    expect(at('dissolution-of-the-soviet-union')).to.deep.equal(['1991', 'year', null, null]);
    expect(at('silk-way-rally-2009')).to.deep.equal(['2009', 'year', null, null]);
    expect(at('state-visit-2013')).to.deep.equal(['2013-05-10', 'day', '2013-05-11', 'day']);
    expect(at('medicinal-plants-book-astana')).to.deep.equal(['2013-05', 'month', null, null]);
  });

  it('draws the state visit over all of 10 and 11 May 2013', () => {
    const visit = byId('state-visit-2013');
    expect(visit.startTime).to.equal(Date.UTC(2013, 4, 10));
    expect(visit.endTime).to.equal(Date.UTC(2013, 4, 12));
  });

  it('names the people and places of the article', () => {
    const visit = byId('state-visit-2013');
    expect(visit.people).to.have.members(['Gurbanguly Berdimuhamedow', 'Nursultan Nazarbayev']);
    expect(visit.places).to.include('Kazakhstan');
    const rally = byId('silk-way-rally-2009');
    expect(rally.title).to.equal('Silk Way Rally');
    expect(rally.people).to.have.members([
      'Dmitry Medvedev',
      'Nursultan Nazarbayev',
      'Gurbanguly Berdimuhamedow',
    ]);
    expect(rally.places).to.have.members([
      'Russia',
      'Tatarstan',
      'Orenburg Oblast',
      'Kazakhstan',
      'Turkmenistan',
    ]);
    const book = byId('medicinal-plants-book-astana');
    expect(book.people).to.deep.equal(['Gurbanguly Berdimuhamedow']);
    expect(book.places).to.deep.equal(['Astana']);
    expect(book.summary).to.contain('Medicinal Plants of Turkmenistan');
    const ussr = byId('dissolution-of-the-soviet-union');
    expect(ussr.places).to.include.members(['Kazakh SSR', 'Turkmen SSR']);
  });

  it('cites the Wikipedia article, by section, for every event', () => {
    const article = 'https://en.wikipedia.org/wiki/Kazakhstan%E2%80%93Turkmenistan_relations';
    for (const e of dataset.events) {
      expect(e.sources.length, e.id).to.be.greaterThan(0);
      for (const s of e.sources) {
        expect(s.url!.startsWith(article), e.id).to.equal(true);
        expect(s.publisher).to.equal('Wikipedia');
      }
    }
    expect(byId('state-visit-2013').sources[0]!.url).to.equal(`${article}#Political_relations`);
    expect(byId('silk-way-rally-2009').sources[0]!.url).to.equal(`${article}#Cultural_Cooperation`);
  });
});

describe('other datasets', () => {
  it('rome keeps years 0–99 and BCE years: Vesuvius in 79, Caesar in 44 BCE', () => {
    const { dataset } = validateDataset(rome);
    const vesuvius = dataset.events.find((e) => e.id === 'vesuvius')!;
    expect(new Date(vesuvius.startTime).getUTCFullYear()).to.equal(79);
    const caesar = dataset.events.find((e) => e.id === 'caesar-assassinated')!;
    expect(caesar.start).to.include({ year: -43, month: 3, day: 15 });
  });

  it('apollo keeps Apollo 11’s landing to the second', () => {
    const { dataset } = validateDataset(apollo);
    const landing = dataset.events.find((e) => e.id === 'a11-landing')!;
    expect(landing.start.precision).to.equal('second');
    expect(landing.startTime).to.equal(Date.UTC(1969, 6, 20, 20, 17, 40));
  });
});

describe('timeline.schema.json', () => {
  const valid = () => clone(kazakhstanTurkmenistan) as unknown as Loose;

  async function check(instance: unknown) {
    return new Validator(await schema(), '2020-12', false).validate(instance);
  }

  it('is a draft 2020-12 schema that allows "$schema" in a dataset', async () => {
    const s = await schema();
    expect(s.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(
      (await check({ $schema: './timeline.schema.json', title: 'T', events: [] })).valid,
    ).to.equal(true);
  });

  const broken: [string, (d: Loose) => void][] = [
    ['a dataset without a title', (d) => delete d.title],
    ['a dataset without events', (d) => delete d.events],
    ['an event without a title', (d) => delete d.events[0].title],
    ['an event without a start', (d) => delete d.events[0].start],
    ['a date in the wrong form (10/05/2013)', (d) => (d.events[0].start = '10/05/2013')],
    ['a month 13', (d) => (d.events[0].start = '2013-13')],
    ['a date-time without a zone', (d) => (d.events[0].start = '2013-05-10T09:00')],
    ['an hour 24', (d) => (d.events[0].start = '2013-05-10T24:00Z')],
    ['the year -000000', (d) => (d.events[0].start = '-000000')],
    ['importance 9', (d) => (d.events[0].importance = 9)],
    ['importance 2.5', (d) => (d.events[0].importance = 2.5)],
    ['an extra event field', (d) => (d.events[0].colour = 'red')],
    ['an extra dataset field', (d) => (d.evnets = [])],
    ['an era without an end', (d) => (d.eras = [{ id: 'e', title: 'E', start: '2000' }])],
    ['a category without a label', (d) => d.categories.push({ id: 'x' })],
    [
      'a media item without alt text',
      (d) => (d.events[0].media = [{ url: 'https://example.org/a.png' }]),
    ],
    [
      'a javascript: media URL',
      (d) => (d.events[0].media = [{ url: 'javascript:alert(1)', alt: 'x' }]),
    ],
    [
      'an obfuscated java\\tscript: source URL',
      (d) => (d.events[0].sources[0].url = 'java\tscript:alert(1)'),
    ],
    ['a data: source URL', (d) => (d.events[0].sources[0].url = 'data:text/html,hi')],
    ['events that are not a list', (d) => (d.events = {})],
  ];
  for (const [what, breakIt] of broken) {
    it(`rejects ${what}`, async () => {
      const d = valid();
      breakIt(d);
      const result = await check(d);
      expect(result.valid).to.equal(false);
    });
  }

  it('accepts every date form parseDate accepts', async () => {
    const forms = [
      '2009',
      '2013-05',
      '2013-05-10',
      '2013-05-10T09:00Z',
      '2013-05-10T09:00:30+05:00',
      '2013-05-10T09:00-05:30',
      '2013-05-10T09:30:00.000Z',
      '2013-05-10T09:30:00.25+0500',
      '-000043',
      '+012345',
      '0000',
      '-0043',
    ];
    for (const start of forms) {
      expect(parseDate(start).ok, start).to.equal(true);
      const d = valid();
      d.events[0].start = start;
      expect((await check(d)).valid, start).to.equal(true);
    }
  });

  it('accepts http, https and relative URLs', async () => {
    for (const url of [
      'https://example.org/a',
      'HTTP://example.org',
      '/a.png',
      'img/a.png',
      '#x',
      '?q=1',
    ]) {
      const d = valid();
      d.events[0].media = [{ url, alt: 'x' }];
      expect((await check(d)).valid, url).to.equal(true);
    }
  });

  // Every field of the authored types, marked as TypeScript declares it: adding, removing or
  // making a field optional in src/core/types.ts fails `npm run typecheck` until this is updated,
  // and the test below then fails until the schema is.
  type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
  type Fields<T> = { [K in keyof T]-?: K extends RequiredKeys<T> ? 'required' : 'optional' };

  const datasetFields = {
    title: 'required',
    description: 'optional',
    lang: 'optional',
    events: 'required',
    eras: 'optional',
    categories: 'optional',
    sources: 'optional',
  } as const satisfies Fields<DatasetInput>;
  const eventFields = {
    id: 'required',
    title: 'required',
    start: 'required',
    end: 'optional',
    summary: 'optional',
    body: 'optional',
    displayDate: 'optional',
    category: 'optional',
    group: 'optional',
    tags: 'optional',
    places: 'optional',
    people: 'optional',
    importance: 'optional',
    media: 'optional',
    sources: 'optional',
  } as const satisfies Fields<EventInput>;
  const eraFields = {
    id: 'required',
    title: 'required',
    start: 'required',
    end: 'required',
    sources: 'optional',
  } as const satisfies Fields<EraInput>;
  const categoryFields = {
    id: 'required',
    label: 'required',
    color: 'optional',
  } as const satisfies Fields<CategoryInput>;
  const mediaFields = {
    url: 'required',
    alt: 'required',
    credit: 'optional',
    caption: 'optional',
  } as const satisfies Fields<MediaInput>;
  const sourceFields = {
    title: 'required',
    url: 'optional',
    publisher: 'optional',
    accessed: 'optional',
  } as const satisfies Fields<SourceInput>;

  const cases: [string, (s: Loose) => Loose, Record<string, string>][] = [
    ['DatasetInput', (s) => s, datasetFields],
    ['EventInput', (s) => s.$defs.event, eventFields],
    ['EraInput', (s) => s.$defs.era, eraFields],
    ['CategoryInput', (s) => s.$defs.category, categoryFields],
    ['MediaInput', (s) => s.$defs.media, mediaFields],
    ['SourceInput', (s) => s.$defs.source, sourceFields],
  ];
  for (const [type, pick, fields] of cases) {
    it(`names exactly the fields of ${type}, with the same required ones, and no others`, async () => {
      const def = pick(await schema());
      const properties = Object.keys(def.properties).filter((k) => k !== '$schema');
      expect(properties).to.have.members(Object.keys(fields));
      const required = Object.keys(fields).filter((k) => fields[k] === 'required');
      expect(def.required).to.have.members(required);
      expect(def.additionalProperties).to.equal(false);
      for (const k of properties)
        expect(def.properties[k].description, `${type}.${k}`).to.be.a('string');
    });
  }

  it('and validateDataset knows the same fields: none of them is reported as unknown', () => {
    const event = Object.fromEntries(Object.keys(eventFields).map((k) => [k, undefined]));
    const era = Object.fromEntries(Object.keys(eraFields).map((k) => [k, undefined]));
    const category = Object.fromEntries(Object.keys(categoryFields).map((k) => [k, undefined]));
    const dataset = {
      ...Object.fromEntries(Object.keys(datasetFields).map((k) => [k, undefined])),
      $schema: 'x',
    };
    const { problems } = validateDataset({
      ...dataset,
      events: [event],
      eras: [era],
      categories: [category],
    });
    expect(problems.filter((p) => p.message.startsWith('unknown field'))).to.deep.equal([]);
    expect(problems.length).to.be.greaterThan(0); // the empty items are reported, so they were read
  });
});
