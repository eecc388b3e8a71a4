/**
 * The flagship dataset: Kazakhstan–Turkmenistan relations, from the 1991 dissolution of the Soviet
 * Union to the May 2013 state visit. Every fact comes from the Wikipedia article
 * "Kazakhstan–Turkmenistan relations" (a copy is in the project's seed), at the precision the
 * article gives: a year where it says a year, a month where it says a month.
 * `kazakhstan-turkmenistan.json` is generated from this module by `npm run data`.
 */
import type { DatasetInput, SourceInput } from '../src/core/types.js';

const article: SourceInput = {
  title: 'Kazakhstan–Turkmenistan relations',
  publisher: 'Wikipedia',
  url: 'https://en.wikipedia.org/wiki/Kazakhstan%E2%80%93Turkmenistan_relations',
};

const section = (name: string, anchor: string): SourceInput => ({
  ...article,
  title: `Kazakhstan–Turkmenistan relations: ${name}`,
  url: `${article.url}#${anchor}`,
});

export const kazakhstanTurkmenistan = {
  title: 'Kazakhstan–Turkmenistan relations',
  description:
    'Bilateral relations between Kazakhstan and Turkmenistan, two former Soviet republics: from the dissolution of the Soviet Union in 1991 to the state visit of May 2013.',
  lang: 'en',
  categories: [
    { id: 'political', label: 'Political relations' },
    { id: 'cultural', label: 'Cultural cooperation' },
  ],
  events: [
    {
      id: 'dissolution-of-the-soviet-union',
      title: 'Dissolution of the Soviet Union',
      start: '1991',
      summary:
        'Kazakhstan and Turkmenistan had been republics of the Soviet Union, as the Kazakh Soviet Socialist Republic and the Turkmen Soviet Socialist Republic, until the dissolution of the Soviet Union in 1991.',
      category: 'political',
      tags: ['Soviet Union'],
      places: ['Soviet Union', 'Kazakh SSR', 'Turkmen SSR'],
      people: [],
      importance: 5,
      sources: [article],
    },
    {
      id: 'silk-way-rally-2009',
      title: 'Silk Way Rally',
      start: '2009',
      summary:
        'An international rally raid across Russia (Tatarstan and Orenburg Oblast), Kazakhstan and Turkmenistan, the only stage of the 2009 Dakar Series. It was organised on the initiative of the presidents of Russia, Kazakhstan and Turkmenistan, and was meant as a symbol of the friendship and good-neighbourly relations of their peoples.',
      category: 'cultural',
      tags: ['rally raid', 'Dakar Series', 'sport'],
      places: ['Russia', 'Tatarstan', 'Orenburg Oblast', 'Kazakhstan', 'Turkmenistan'],
      people: ['Dmitry Medvedev', 'Nursultan Nazarbayev', 'Gurbanguly Berdimuhamedow'],
      importance: 4,
      sources: [section('Cultural Cooperation', 'Cultural_Cooperation')],
    },
    {
      id: 'state-visit-2013',
      title: 'State visit of President Berdimuhamedow to Kazakhstan',
      start: '2013-05-10',
      end: '2013-05-11',
      summary:
        'President of Turkmenistan Gurbanguly Berdimuhamedow paid a state visit to Kazakhstan, met President Nursultan Nazarbayev, and took part in the official inauguration of the Turkmenistan–Kazakhstan section of the transnational International North–South railway.',
      category: 'political',
      tags: ['state visit', 'railway', 'International North–South railway'],
      places: [
        'Kazakhstan',
        'Turkmenistan–Kazakhstan section of the International North–South railway',
      ],
      people: ['Gurbanguly Berdimuhamedow', 'Nursultan Nazarbayev'],
      importance: 5,
      sources: [section('Political relations', 'Political_relations')],
    },
    {
      id: 'medicinal-plants-book-astana',
      title: 'Medicinal Plants of Turkmenistan presented in Kazakh',
      start: '2013-05',
      summary:
        'A presentation of Turkmen President Gurbanguly Berdimuhamedow’s book Medicinal Plants of Turkmenistan, translated into Kazakh, was held in Astana.',
      category: 'cultural',
      tags: ['book', 'translation', 'Kazakh language'],
      places: ['Astana'],
      people: ['Gurbanguly Berdimuhamedow'],
      importance: 3,
      sources: [section('Cultural Cooperation', 'Cultural_Cooperation')],
    },
  ],
  eras: [],
  sources: [article],
} satisfies DatasetInput;

export default kazakhstanTurkmenistan;
