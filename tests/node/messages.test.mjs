// The message tables in Node, with no DOM: what the CLI's `--locale ru` draws with.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core, importForNode } from './load-core.mjs';

describe('messages in Node', () => {
  it('messagesFor picks the table by language and puts the page words over it', () => {
    assert.equal(core.messagesFor('ru-RU'), core.RUSSIAN);
    assert.equal(core.messagesFor('kk-KZ'), core.KAZAKH);
    assert.equal(core.messagesFor('fr'), core.ENGLISH);
    assert.equal(core.messagesFor(undefined), core.ENGLISH);
    const m = core.messagesFor('kk', { zoomIn: 'Жақындату', zoomOut: 3 });
    assert.equal(m.zoomIn, 'Жақындату');
    assert.equal(m.zoomOut, core.KAZAKH.zoomOut);
  });

  it('the elements’ loader: English until loadMessages brings a language’s table, then that table', async () => {
    const m = await importForNode(`export * from './src/core/messages/load.ts';
      export { ENGLISH, RUSSIAN } from './src/core/messages/index.ts';`);
    assert.equal(m.messagesLoaded('ru'), false);
    assert.equal(m.loadedMessagesFor('ru-RU'), m.ENGLISH);
    const load = m.loadMessages('ru-RU');
    assert.equal(m.loadMessages('ru'), load, 'a second call shares the first load');
    await load;
    assert.equal(m.messagesLoaded('ru'), true);
    assert.equal(m.loadedMessagesFor('ru-RU'), m.RUSSIAN);
    assert.equal(m.loadedMessagesFor('ru', { retry: 'Ещё раз' }).retry, 'Ещё раз');
    assert.equal(m.loadedMessagesFor('kk'), m.ENGLISH, 'Kazakh was not asked for');
    await m.loadMessages('fr');
    assert.equal(m.messagesLoaded('fr'), true, 'other languages are English, always here');
  });

  it("Node's Intl gives the Russian plural forms: 1 событие, 2 события, 5 событий, 21 событие", () => {
    const forms = [1, 2, 5, 11, 21, 22, 25].map((n) => core.RUSSIAN.loaded(n));
    assert.deepEqual(forms, [
      'Хронология загружена: 1 событие.',
      'Хронология загружена: 2 события.',
      'Хронология загружена: 5 событий.',
      'Хронология загружена: 11 событий.',
      'Хронология загружена: 21 событие.',
      'Хронология загружена: 22 события.',
      'Хронология загружена: 25 событий.',
    ]);
    assert.equal(core.KAZAKH.notShown(5), '5 оқиғаны көрсету мүмкін болмады.');
  });

  it('a layout for `--locale ru` describes its clusters in Russian', () => {
    const events = [];
    for (let i = 0; i < 80; i++)
      events.push({
        id: `e${i}`,
        title: `Event ${i}`,
        start: `2009-03-${String((i % 28) + 1).padStart(2, '0')}`,
      });
    events.push({ id: 'late', title: 'Late', start: '2015' });
    const dataset = core.validateDataset({ title: 'T', events }).dataset;
    const locale = 'ru';
    const scene = core.layout(dataset, {
      length: 600,
      gaps: true,
      locale,
      messages: core.messagesFor(locale),
    });
    assert.ok(scene.clusters.length > 0);
    for (const c of scene.clusters) assert.match(c.description, /^\d+ (событие|события|событий), /);
    const english = core.layout(dataset, { length: 600, gaps: true, locale });
    for (const c of english.clusters) assert.match(c.description, /^\d+ events?, /);
  });
});
