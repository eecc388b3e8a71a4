/**
 * Kazakh, in Cyrillic. Nouns keep their singular after a numeral (5 оқиға), so the plural rules
 * change no word here. Where each word was checked is in SOURCES.md, next to this file.
 */
import { plural } from './plural.js';
import type { Messages } from './types.js';

/** 1 оқиға, 5 оқиға: one form for every number, kept in a table should a word ever need two. */
const events = (n: number) => `${n} ${plural('kk', n, { other: 'оқиға' })}`;

/** "1,2" for 1234: a decimal comma, one decimal, as CLDR's short compact form writes it. */
const thousands = (n: number) => String(Math.round(n / 100) / 10).replace('.', ',');

export const KAZAKH: Messages = Object.freeze<Messages>({
  loading: 'Уақыт шкаласы жүктелуде…',
  loaded: (n: number) => `Уақыт шкаласы жүктелді: ${events(n)}.`,
  // The accusative оқиғаны, after the numeral as every form is.
  notShown: (n: number) => `${n} оқиғаны көрсету мүмкін болмады.`,
  failure: (failure, status) => {
    switch (failure) {
      case 'timeout':
        return 'Уақыт шкаласының деректерін жүктеу күтілгеннен ұзағырақ уақыт алды.';
      case 'http':
        return status === 404
          ? 'Уақыт шкаласының деректері табылмады.'
          : `Уақыт шкаласының деректерін жүктеу мүмкін болмады (қате ${status ?? 'белгісіз'}).`;
      case 'network':
        return 'Уақыт шкаласының деректерін жүктеу мүмкін болмады. Желі байланысын тексеріп, қайталап көріңіз.';
      case 'too-large':
        return 'Уақыт шкаласының деректері көрсету үшін тым үлкен.';
      case 'empty':
        return 'Уақыт шкаласының деректер файлы бос.';
      case 'malformed-json':
      case 'malformed-csv':
      case 'not-data':
        return 'Уақыт шкаласының деректерін оқу мүмкін болмады.';
      case 'no-events':
        return 'Уақыт шкаласының деректерінде көрсетуге болатын оқиға жоқ.';
    }
  },
  retry: 'Қайтадан көру',

  timeline: 'уақыт шкаласы',
  untitled: 'Уақыт шкаласы',
  noEvents: 'Көрсету үшін оқиғалар жоқ.',

  eventsGroup: 'Оқиғалар',
  previous: 'Алдыңғы',
  next: 'Келесі',
  previousEvent: 'Алдыңғы оқиға',
  nextEvent: 'Келесі оқиға',
  zoomGroup: 'Масштаб',
  zoomIn: 'Үлкейту',
  zoomOut: 'Кішірейту',
  fit: 'Барлығын көрсету',
  fitAll: 'Барлығын көрсету',
  goTo: 'Күнге өту',
  go: 'Өту',
  datePlaceholder: 'жжжж-аа-кк',
  searchLabel: 'Оқиғаларды іздеу',
  searchPlaceholder: 'Іздеу',
  previousMatch: 'Алдыңғы сәйкестік',
  nextMatch: 'Келесі сәйкестік',
  found: (count: number, current?: number) =>
    count === 0
      ? 'Сөз(дер) табылмады'
      : current === undefined
        ? `${count} сәйкестік табылды`
        : `${current} сәйкестік, барлығы ${count}`,

  categories: 'Санаттар',

  group: 'Топ',
  people: 'Адамдар',
  places: 'Орындар',
  sources: 'Дереккөздер',
  close: 'Жабу',

  eventList: 'Оқиғалар хронологиялық ретпен',
  clusterList: 'Бөлек көрсетуге тым жақын оқиғалар топтары',
  showCluster: (description: string, count: number) =>
    `${description}; ${count === 1 ? 'оны көрсету' : 'оларды көрсету'}`,
  noneInView: 'Көрініп тұрған бөлікте оқиға жоқ; келесісіне көрсеткі пернелерімен өтіңіз',
  allHidden: 'Барлық санаттар жасырылған; санаттар тізімінен біреуін көрсетіңіз',

  download: 'Жүктеп алу',
  downloadSvg: 'SVG жүктеп алу',
  downloadPng: 'PNG жүктеп алу',
  exportFailed: (format: string) => `${format} суретін жасау мүмкін болмады`,

  // Composed from checked terms (SOURCES.md): the title word, the count, the dates in Intl's words.
  picture: (n: number, from: string, to: string) =>
    n === 0
      ? 'Көрсету үшін оқиғалар жоқ.'
      : `Уақыт шкаласы: ${events(n)}, ${from === to ? from : `${from} – ${to}`}`,
  pictureShown: (span: string) => `Көрсетілген: ${span}`,
  cluster: (count: number, when: string) => `${events(count)}, ${when}`,
  clusterCount: (n: number) => (n > 999 ? `${thousands(n)} мың` : String(n)),
  otherRow: 'Басқа',
  // The parser's reason is English: say how to write a date instead.
  goToError: (text: string) =>
    `«${text}» күніне өту мүмкін емес: күнді жжжж, жжжж-аа немесе жжжж-аа-кк түрінде енгізіңіз.`,
  // A date in words would need a case ending after it; "—" keeps it in the nominative.
  nothingBefore: (date: string) =>
    `Алғашқы оқиға — ${date}, одан бұрын ештеңе жазылмаған: уақыт шкаласының басы көрсетілді.`,
  nothingAfter: (date: string) =>
    `Соңғы оқиға — ${date}, одан кейін ештеңе жазылмаған: уақыт шкаласының соңы көрсетілді.`,
  nothingBetween: (from: string, to: string) =>
    `${from} – ${to}: бұл жылдары ештеңе жазылмаған, осьтегі штрихталған үзіліс сол жылдарды білдіреді.`,

  problems: (n: number) =>
    `Деректерде ${n} мәселе бар: кейбір элементтер алынып тасталды немесе өзгертілді`,
  moreProblems: (n: number) => `және тағы ${n}`,
});
