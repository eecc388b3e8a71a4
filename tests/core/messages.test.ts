import { expect } from '@open-wc/testing';
import { kazakhstanTurkmenistan } from '../../data/kazakhstan-turkmenistan.js';
import { describeCluster } from '../../src/core/layout-horizontal.js';
import {
  ENGLISH,
  KAZAKH,
  RUSSIAN,
  messagesFor,
  messagesLanguage,
  plural,
  type Messages,
} from '../../src/core/messages/index.js';
import { goToDate } from '../../src/core/navigation.js';
import { datasetRows } from '../../src/core/rows.js';
import { fitAxis, fitRows, layout } from '../../src/core/scene.js';
import { utcTime } from '../../src/core/date.js';
import type { EventInput } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';

const KEYS = Object.keys(ENGLISH) as (keyof Messages)[];

/** Latin letters left once the names of file formats, the same in every language, are taken out. */
const latin = (text: string) => /[A-Za-z]/.test(text.replace(/\b(SVG|PNG)\b/g, ''));

/** Every text of a table, its functions called with sample arguments. */
function everyText(m: Messages): string[] {
  return KEYS.flatMap((key) => {
    const v = m[key] as unknown;
    if (typeof v === 'string') return [v];
    const f = v as (...args: unknown[]) => string;
    switch (key) {
      case 'failure':
        return (
          [
            'timeout',
            'http',
            'network',
            'too-large',
            'empty',
            'malformed-json',
            'no-events',
          ] as const
        ).flatMap((reason) => [f(reason, 500), f(reason, 404), f(reason)]);
      case 'found':
        return [f(0), f(3), f(3, 2), f(1, 1)];
      case 'exportFailed':
        return [f('SVG'), f('PNG')];
      case 'picture':
        return [f(0, '', ''), f(1, '1991', '1991'), f(4, '1991', '2013'), f(2, '2013', '2013')];
      case 'goToError':
        return [f('2013-02-30', 'day 30 does not exist in 2013-02 (it has 28 days)')];
      case 'nothingBetween':
        return [f('1992', '2008')];
      case 'showCluster':
        return [f('5, 1992', 5), f('1, 1992', 1)];
      case 'cluster':
      case 'nothingBefore':
      case 'nothingAfter':
        return [f(5, '1992')];
      default:
        return [0, 1, 2, 5, 21, 1234].map((n) => f(n));
    }
  });
}

describe('messages: the tables', () => {
  for (const [name, table] of [
    ['RUSSIAN', RUSSIAN],
    ['KAZAKH', KAZAKH],
  ] as const) {
    it(`${name} gives every message English has, of the same type`, () => {
      expect(Object.keys(table).sort()).to.deep.equal([...KEYS].sort());
      for (const key of KEYS) expect(typeof table[key], key).to.equal(typeof ENGLISH[key]);
    });

    it(`${name} leaves no English word behind: not one Latin letter in any message`, () => {
      for (const text of everyText(table)) {
        expect(text, text).to.be.a('string').and.not.equal('');
        expect(latin(text), text).to.equal(false);
      }
    });
  }

  it('the shipped tables are frozen, so a page cannot change them for every timeline', () => {
    for (const t of [ENGLISH, RUSSIAN, KAZAKH]) expect(Object.isFrozen(t)).to.equal(true);
  });

  it('English keeps the words of the earlier data notices', () => {
    expect(ENGLISH.loading).to.equal('Loading the timeline…');
    expect(ENGLISH.loaded(1)).to.equal('Timeline loaded: 1 event.');
    expect(ENGLISH.loaded(4)).to.equal('Timeline loaded: 4 events.');
    expect(ENGLISH.notShown(2)).to.equal('2 events could not be shown.');
    expect(ENGLISH.failure('http', 404)).to.equal('The timeline’s data could not be found.');
    expect(ENGLISH.failure('http')).to.equal(
      'The timeline’s data could not be loaded (error unknown).',
    );
    expect(ENGLISH.retry).to.equal('Try again');
  });
});

describe('messages: plural forms', () => {
  it('Russian counts events in the form each number takes: 1 событие, 2 события, 5 событий', () => {
    const cases: [number, string][] = [
      [1, '1 событие'],
      [2, '2 события'],
      [5, '5 событий'],
      [11, '11 событий'],
      [12, '12 событий'],
      [21, '21 событие'],
      [22, '22 события'],
      [25, '25 событий'],
      [101, '101 событие'],
      [111, '111 событий'],
    ];
    for (const [n, words] of cases) {
      expect(RUSSIAN.loaded(n), String(n)).to.equal(`Хронология загружена: ${words}.`);
      expect(RUSSIAN.cluster(n, 'май 2013 г.'), String(n)).to.equal(`${words}, май 2013 г.`);
    }
    expect(RUSSIAN.notShown(1)).to.equal('Не удалось показать 1 событие.');
    expect(RUSSIAN.notShown(3)).to.equal('Не удалось показать 3 события.');
    expect(RUSSIAN.notShown(11)).to.equal('Не удалось показать 11 событий.');
  });

  it('Russian counts matches and problems by the same rules', () => {
    expect(RUSSIAN.found(1)).to.equal('Найдено 1 совпадение');
    expect(RUSSIAN.found(3)).to.equal('Найдено 3 совпадения');
    expect(RUSSIAN.found(5)).to.equal('Найдено 5 совпадений');
    expect(RUSSIAN.found(21, 2)).to.equal('2 из 21 совпадения');
    expect(RUSSIAN.found(25, 2)).to.equal('2 из 25 совпадений');
    expect(RUSSIAN.problems(22)).to.match(/^22 проблемы в данных/);
    expect(RUSSIAN.problems(11)).to.match(/^11 проблем в данных/);
  });

  it('Kazakh keeps the noun unchanged after any numeral: 1 оқиға, 5 оқиға, 21 оқиға', () => {
    for (const n of [1, 2, 5, 11, 21, 22, 25]) {
      expect(KAZAKH.loaded(n)).to.equal(`Уақыт шкаласы жүктелді: ${n} оқиға.`);
      expect(KAZAKH.cluster(n, '2013 ж.')).to.equal(`${n} оқиға, 2013 ж.`);
    }
  });

  it('a cluster of one event is shown as it, not them, in each language', () => {
    expect(ENGLISH.showCluster('1 event, 1992', 1)).to.equal('1 event, 1992; show it');
    expect(ENGLISH.showCluster('5 events, 1992', 5)).to.equal('5 events, 1992; show them');
    expect(RUSSIAN.showCluster('1 событие, 1992 г.', 1)).to.equal(
      '1 событие, 1992 г.; показать его',
    );
    expect(RUSSIAN.showCluster('21 событие, 1992 г.', 21)).to.equal(
      '21 событие, 1992 г.; показать их',
    );
    expect(KAZAKH.showCluster('1 оқиға, 1992 ж.', 1)).to.equal('1 оқиға, 1992 ж.; оны көрсету');
    expect(KAZAKH.showCluster('5 оқиға, 1992 ж.', 5)).to.equal('5 оқиға, 1992 ж.; оларды көрсету');
  });

  it('plural picks the CLDR category of the language, and `other` where a form is missing', () => {
    const forms = { one: 'a', few: 'b', many: 'c', other: 'd' };
    expect([1, 2, 5, 11, 21, 22, 25, 1.5].map((n) => plural('ru', n, forms))).to.deep.equal([
      'a',
      'b',
      'c',
      'c',
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(plural('en', 1, forms)).to.equal('a');
    expect(plural('en', 2, forms)).to.equal('d');
    expect(plural('ru', 5, { other: 'x' })).to.equal('x');
  });
});

describe('messagesFor', () => {
  it('picks the table by language subtag: ru-RU is Russian, kk-KZ Kazakh, anything else English', () => {
    expect(messagesFor('ru')).to.equal(RUSSIAN);
    expect(messagesFor('ru-RU')).to.equal(RUSSIAN);
    expect(messagesFor('RU')).to.equal(RUSSIAN);
    expect(messagesFor('kk')).to.equal(KAZAKH);
    expect(messagesFor('kk-KZ')).to.equal(KAZAKH);
    expect(messagesFor('kk-Cyrl-KZ')).to.equal(KAZAKH);
    expect(messagesFor('kk_KZ')).to.equal(KAZAKH);
    for (const other of ['en', 'en-GB', 'de', 'uk', 'kkk', 'r', '', undefined, null])
      expect(messagesFor(other), String(other)).to.equal(ENGLISH);
    expect(messagesLanguage('ru-Latn')).to.equal('ru');
    expect(messagesLanguage('toString')).to.equal('en');
  });

  it("puts the page's words over the language's, one message at a time", () => {
    const m = messagesFor('ru', { zoomIn: 'Ближе', loaded: (n) => `${n}!` });
    expect(m.zoomIn).to.equal('Ближе');
    expect(m.loaded(3)).to.equal('3!');
    expect(m.zoomOut).to.equal(RUSSIAN.zoomOut);
    expect(m.found(5)).to.equal(RUSSIAN.found(5));
    expect(messagesFor(undefined, { retry: 'Reload' }).retry).to.equal('Reload');
    expect(messagesFor('kk', {}).close).to.equal(KAZAKH.close);
  });

  it('ignores a message of the wrong type, and words that are not an object', () => {
    const m = messagesFor('ru', {
      zoomIn: 42 as never,
      loaded: 'loaded' as never,
      retry: undefined,
    });
    expect(m.zoomIn).to.equal(RUSSIAN.zoomIn);
    expect(m.loaded(2)).to.equal(RUSSIAN.loaded(2));
    expect(m.retry).to.equal(RUSSIAN.retry);
    expect(messagesFor('ru', 'words' as never)).to.equal(RUSSIAN);
    expect(messagesFor('ru', null)).to.equal(RUSSIAN);
  });

  it('never changes the shipped table it starts from', () => {
    messagesFor('en', { zoomIn: 'Closer' });
    expect(ENGLISH.zoomIn).to.equal('Zoom in');
  });
});

describe('messages in the core', () => {
  const events = validateDataset(kazakhstanTurkmenistan).dataset.events;

  it('describeCluster writes the count in the messages given, the span in the locale', () => {
    const start = utcTime(2009, 2);
    const end = utcTime(2009, 4);
    expect(describeCluster(37, start, end, 'en-GB')).to.match(/^37 events, /);
    expect(describeCluster(37, start, end, 'ru', RUSSIAN)).to.match(/^37 событий, .*2009/);
    expect(describeCluster(1, start, end, 'ru', RUSSIAN)).to.match(/^1 событие, /);
    expect(describeCluster(37, start, end, 'kk', KAZAKH)).to.match(/^37 оқиға, \S/);
  });

  it('goToDate explains, and notes, in the messages given', () => {
    const bad = goToDate('2013-02-30', events, [], 'ru', RUSSIAN);
    expect(!bad.ok && bad.error).to.equal(
      'Не удаётся перейти к «2013-02-30»: введите дату в виде гггг, гггг-мм или гггг-мм-дд.',
    );
    const before = goToDate('1800', events, [], 'ru', RUSSIAN);
    // The year in ICU's Russian words ("1991" or "1991 г.", by the ICU's version).
    expect(before.ok && before.note).to.match(
      /^Первое событие — 1991( г\.)?, раньше ничего не записано: показано начало хронологии\.$/,
    );
    const after = goToDate('2030', events, [], 'kk', KAZAKH);
    expect(after.ok && after.note).to.match(
      /^Соңғы оқиға — .*2013.*, одан кейін ештеңе жазылмаған: /,
    );
    const axis = fitAxis(validateDataset(kazakhstanTurkmenistan).dataset, 1280, true);
    const gap = goToDate('2000', events, axis.breaks, 'ru', RUSSIAN);
    expect(gap.ok && gap.note).to.match(/: за эти годы ничего не записано/);
    // English stays the default.
    expect(goToDate('2030', events, [], 'en-GB')).to.deep.include({
      note: 'Nothing is recorded after May 2013: showing the end of the timeline.',
    });
  });

  it('the layout writes clusters and the untitled row in the messages given', () => {
    const input: EventInput[] = [];
    for (let i = 0; i < 60; i++)
      input.push({
        id: `e${i}`,
        title: `Event ${i}`,
        start: `2009-03-${String((i % 28) + 1).padStart(2, '0')}`,
      });
    input.push({ id: 'x', title: 'X', start: '2012', group: 'g' });
    const d = validateDataset({ title: 'T', events: input }).dataset;
    const axis = fitAxis(d, 800, true);
    const rows = fitRows(d, axis, { groupBy: 'group', messages: RUSSIAN });
    expect(rows.map((r) => r.title)).to.deep.equal(['g', 'Другое']);
    const s = layout(d, {
      length: 800,
      axis,
      rows,
      groupBy: 'group',
      locale: 'ru',
      messages: RUSSIAN,
    });
    expect(s.clusters.length).to.be.greaterThan(0);
    for (const c of s.clusters) expect(c.description).to.match(/^\d+ (событие|события|событий), /);
    const vertical = layout(d, {
      length: 600,
      width: 360,
      orientation: 'vertical',
      locale: 'kk',
      messages: KAZAKH,
    });
    expect(vertical.clusters.length).to.be.greaterThan(0);
    for (const c of vertical.clusters) expect(c.description).to.match(/^\d+ оқиға, /);
    // Without messages, English, as before.
    expect(datasetRows(d, 'group').map((r) => r.title)).to.deep.equal(['g', 'Other']);
    const en = layout(d, { length: 800, axis, groupBy: 'group' });
    for (const c of en.clusters) expect(c.description).to.match(/^\d+ events?, /);
  });

  it('a cluster of thousands shows a short count in each language', () => {
    expect(ENGLISH.clusterCount(999)).to.equal('999');
    expect(ENGLISH.clusterCount(1234)).to.equal('1.2k');
    expect(RUSSIAN.clusterCount(1234)).to.equal('1,2 тыс.');
    expect(KAZAKH.clusterCount(1234)).to.equal('1,2 мың');
    expect(RUSSIAN.clusterCount(2000)).to.equal('2 тыс.');
  });
});
