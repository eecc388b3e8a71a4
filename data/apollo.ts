/**
 * The crewed Apollo missions, 1968–1972, with the hours of Apollo 11's landing to the second:
 * dense, overlapping events for stories and tests. Times are UTC, from the mission articles
 * cited on each event.
 */
import type { DatasetInput, SourceInput } from '../src/core/types.js';

const wp = (title: string): SourceInput => ({
  title,
  publisher: 'Wikipedia',
  url: `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`,
});

const mission = (n: number, start: string, end: string, summary: string) => ({
  id: `apollo-${n}`,
  title: `Apollo ${n}`,
  start,
  end,
  summary,
  category: 'mission',
  sources: [wp(`Apollo ${n}`)],
});

const apollo11 = (id: string, title: string, start: string, summary: string) => ({
  id,
  title,
  start,
  summary,
  category: 'apollo-11',
  people: ['Neil Armstrong', 'Buzz Aldrin', 'Michael Collins'],
  sources: [wp('Apollo 11')],
});

export const apollo = {
  title: 'Crewed Apollo missions, 1968–1972',
  description:
    'Every crewed Apollo mission from launch to splashdown, and the key moments of Apollo 11.',
  lang: 'en',
  categories: [
    { id: 'mission', label: 'Missions' },
    { id: 'apollo-11', label: 'Apollo 11 moments' },
  ],
  events: [
    mission(
      7,
      '1968-10-11',
      '1968-10-22',
      'First crewed flight of the Apollo programme, in Earth orbit.',
    ),
    mission(8, '1968-12-21', '1968-12-27', 'First crewed flight to orbit the Moon.'),
    mission(9, '1969-03-03', '1969-03-13', 'Tested the lunar module in Earth orbit.'),
    mission(10, '1969-05-18', '1969-05-26', 'Dress rehearsal for the landing, in lunar orbit.'),
    mission(11, '1969-07-16', '1969-07-24', 'First crewed landing on the Moon.'),
    mission(12, '1969-11-14', '1969-11-24', 'Second crewed landing, near Surveyor 3.'),
    mission(
      13,
      '1970-04-11',
      '1970-04-17',
      'Landing aborted after an oxygen tank exploded; the crew returned safely.',
    ),
    mission(14, '1971-01-31', '1971-02-09', 'Third crewed landing, at Fra Mauro.'),
    mission(15, '1971-07-26', '1971-08-07', 'First mission with the Lunar Roving Vehicle.'),
    mission(16, '1972-04-16', '1972-04-27', 'Landing in the Descartes Highlands.'),
    mission(17, '1972-12-07', '1972-12-19', 'The last crewed landing on the Moon.'),
    apollo11(
      'a11-launch',
      'Launch from Kennedy Space Center',
      '1969-07-16T13:32:00Z',
      'Saturn V lifts off from Launch Complex 39A.',
    ),
    apollo11(
      'a11-descent',
      'Powered descent begins',
      '1969-07-20T20:05:05Z',
      'Eagle fires its descent engine for the landing.',
    ),
    apollo11(
      'a11-landing',
      'Eagle lands',
      '1969-07-20T20:17:40Z',
      'The lunar module lands in the Sea of Tranquillity.',
    ),
    apollo11(
      'a11-first-step',
      'Armstrong steps onto the Moon',
      '1969-07-21T02:56:15Z',
      'Neil Armstrong becomes the first person on the Moon.',
    ),
    apollo11(
      'a11-liftoff',
      'Eagle lifts off from the Moon',
      '1969-07-21T17:54:00Z',
      'The ascent stage leaves the lunar surface.',
    ),
    apollo11(
      'a11-splashdown',
      'Splashdown in the Pacific',
      '1969-07-24T16:50:35Z',
      'Columbia returns to Earth.',
    ),
  ],
} satisfies DatasetInput;

/** Apollo 11's landing night: hours, minutes and seconds. */
export const apollo11Landing = {
  title: 'Apollo 11: the landing, 20–21 July 1969 (UTC)',
  description: 'From the start of powered descent to lift-off from the Moon.',
  lang: 'en',
  categories: [{ id: 'apollo-11', label: 'Apollo 11 moments' }],
  events: apollo.events.filter(
    (e) => e.category === 'apollo-11' && !['a11-launch', 'a11-splashdown'].includes(e.id),
  ),
} satisfies DatasetInput;

export default apollo;
