/** Russian. Where each word was checked is in SOURCES.md, next to this file. */
import { plural } from './plural.js';
import type { Messages } from './types.js';

/** 1 событие, 2 события, 5 событий (the accusative after a verb has the same forms). */
const events = (n: number) =>
  `${n} ${plural('ru', n, { one: 'событие', few: 'события', many: 'событий', other: 'события' })}`;

/** "1,2" for 1234: a decimal comma, one decimal, as CLDR's short compact form writes it. */
const thousands = (n: number) => String(Math.round(n / 100) / 10).replace('.', ',');

export const RUSSIAN: Messages = Object.freeze<Messages>({
  loading: 'Загрузка хронологии…',
  loaded: (n: number) => `Хронология загружена: ${events(n)}.`,
  notShown: (n: number) => `Не удалось показать ${events(n)}.`,
  failure: (failure, status) => {
    switch (failure) {
      case 'timeout':
        return 'Данные хронологии загружались дольше, чем ожидалось.';
      case 'http':
        return status === 404
          ? 'Данные хронологии не найдены.'
          : `Не удалось загрузить данные хронологии (ошибка ${status ?? 'неизвестна'}).`;
      case 'network':
        return 'Не удалось загрузить данные хронологии. Проверьте подключение к сети и попробуйте снова.';
      case 'too-large':
        return 'Данные хронологии слишком велики, чтобы их показать.';
      case 'empty':
        return 'Файл данных хронологии пуст.';
      case 'malformed-json':
      case 'malformed-csv':
      case 'not-data':
        return 'Не удалось прочитать данные хронологии.';
      case 'no-events':
        return 'В данных хронологии нет событий, которые можно показать.';
    }
  },
  retry: 'Попробовать снова',

  timeline: 'хронология',
  untitled: 'Хронология',
  noEvents: 'Нет событий для отображения.',

  eventsGroup: 'События',
  previous: 'Предыдущее',
  next: 'Следующее',
  previousEvent: 'Предыдущее событие',
  nextEvent: 'Следующее событие',
  zoomGroup: 'Масштаб',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  fit: 'Показать все',
  fitAll: 'Показать все события',
  goTo: 'Перейти к дате',
  go: 'Перейти',
  datePlaceholder: 'гггг-мм-дд',
  searchLabel: 'Поиск событий',
  searchPlaceholder: 'Поиск',
  previousMatch: 'Предыдущее совпадение',
  nextMatch: 'Следующее совпадение',
  found: (count: number, current?: number) =>
    count === 0
      ? 'Фраза не найдена'
      : current === undefined
        ? `Найдено ${count} ${plural('ru', count, { one: 'совпадение', few: 'совпадения', many: 'совпадений', other: 'совпадения' })}`
        : `${current} из ${count} ${plural('ru', count, { one: 'совпадения', other: 'совпадений' })}`,

  categories: 'Категории',

  group: 'Группа',
  people: 'Люди',
  places: 'Места',
  sources: 'Источники',
  close: 'Закрыть',

  eventList: 'События в хронологическом порядке',
  clusterList: 'Группы событий, слишком близких, чтобы показать их по отдельности',
  showCluster: (description: string, count: number) =>
    `${description}; ${count === 1 ? 'показать его' : 'показать их'}`,
  noneInView: 'В этой части событий нет; перейдите к следующему клавишами со стрелками',
  allHidden: 'Все категории скрыты; включите одну из них в легенде',

  download: 'Загрузить',
  downloadSvg: 'Загрузить SVG',
  downloadPng: 'Загрузить PNG',
  exportFailed: (format: string) => `Не удалось создать изображение ${format}`,

  // Composed from checked terms (SOURCES.md): the title word, the count, the dates in Intl's words.
  picture: (n: number, from: string, to: string) =>
    n === 0
      ? 'Нет событий для отображения.'
      : `Хронология: ${events(n)}, ${from === to ? from : `${from} – ${to}`}`,
  pictureShown: (span: string) => `Показано: ${span}`,
  cluster: (count: number, when: string) => `${events(count)}, ${when}`,
  clusterCount: (n: number) => (n > 999 ? `${thousands(n)} тыс.` : String(n)),
  otherRow: 'Другое',
  // The parser's reason is English: say how to write a date instead.
  goToError: (text: string) =>
    `Не удаётся перейти к «${text}»: введите дату в виде гггг, гггг-мм или гггг-мм-дд.`,
  // Dates come in the nominative ("май 2013 г."), so no preposition governs them.
  nothingBefore: (date: string) =>
    `Первое событие — ${date}, раньше ничего не записано: показано начало хронологии.`,
  nothingAfter: (date: string) =>
    `Последнее событие — ${date}, позже ничего не записано: показан конец хронологии.`,
  nothingBetween: (from: string, to: string) =>
    `${from} – ${to}: за эти годы ничего не записано, их заменяет заштрихованный разрыв на оси.`,

  problems: (n: number) =>
    `${n} ${plural('ru', n, { one: 'проблема', few: 'проблемы', many: 'проблем', other: 'проблемы' })} в данных: часть элементов пропущена или изменена`,
  moreProblems: (n: number) => `и ещё ${n}`,
});
