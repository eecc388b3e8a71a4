import { expect } from '@open-wc/testing';
import { partLang, partLanguages, sameLanguage } from '../../src/core/part-language.js';

describe('partLanguages', () => {
  it('sameLanguage compares the language alone: a region or a script chooses no other voice', () => {
    expect(sameLanguage('ru', 'ru-RU')).to.equal(true);
    expect(sameLanguage('KK', 'kk-Cyrl-KZ')).to.equal(true);
    expect(sameLanguage('en_GB', 'en')).to.equal(true);
    expect(sameLanguage('ru', 'en')).to.equal(false);
    // A language not declared is not English, nor any other.
    expect(sameLanguage('', 'en')).to.equal(false);
    expect(sameLanguage('', '')).to.equal(true);
  });

  it('partLang tags a part only where its language is not the one around it, and is known', () => {
    expect(partLang('ru', 'en')).to.equal('ru');
    expect(partLang('ru-RU', 'ru')).to.equal(undefined);
    expect(partLang(undefined, 'en')).to.equal(undefined);
    expect(partLang('ru', '')).to.equal('ru');
    // Data of no known language inside a tagged interface is said to be of none.
    expect(partLang('', 'ru')).to.equal('');
  });

  it('a Russian interface on an English page: the interface is tagged, and the data given back its language', () => {
    expect(partLanguages({ around: 'en', words: 'ru', dates: 'ru' })).to.deep.equal({
      interface: 'ru',
      data: 'en',
      date: undefined,
      dateInData: 'ru',
    });
  });

  it('an interface in the page’s language tags nothing but what is not: data in its own, dates in theirs', () => {
    expect(partLanguages({ around: 'en-GB', words: 'en', dates: 'en-GB' })).to.deep.equal({
      interface: undefined,
      data: undefined,
      date: undefined,
      dateInData: undefined,
    });
    expect(partLanguages({ around: 'en', words: 'en', data: 'kk', dates: 'en' })).to.deep.equal({
      interface: undefined,
      data: 'kk',
      date: undefined,
      dateInData: 'en',
    });
    // German dates with English words (Annals ships no German) on a German page.
    expect(partLanguages({ around: 'de', words: 'en', dates: 'de' })).to.deep.equal({
      interface: 'en',
      data: 'de',
      date: 'de',
      dateInData: undefined,
    });
  });

  it('on a page that declares no language, the known interface is tagged and the data said to be unknown', () => {
    expect(partLanguages({ around: '', words: 'ru', dates: 'ru' })).to.deep.equal({
      interface: 'ru',
      data: '',
      date: undefined,
      dateInData: 'ru',
    });
  });
});
