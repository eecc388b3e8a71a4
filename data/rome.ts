/**
 * Ancient Rome, 753 BCE – 476 CE: a span of more than twelve centuries across the era boundary,
 * for stories and tests of BCE dates and years 0–99. Dates are astronomical (year 0 = 1 BCE), so
 * 753 BCE is -000752. Each fact cites the Wikipedia article it comes from.
 *
 * The day dates are those of the Julian calendar, as the sources give them; Annals places every
 * date on the proleptic Gregorian calendar, so a Julian day sits off its astronomical instant by
 * two days around the turn of the era and by eight in 753 BCE. The labels read as the sources do.
 */
import type { DatasetInput, SourceInput } from '../src/core/types.js';

const wp = (title: string): SourceInput => ({
  title,
  publisher: 'Wikipedia',
  url: `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`,
});

export const rome = {
  title: 'Ancient Rome, 753 BCE – 476 CE',
  description: 'From the traditional founding of Rome to the end of the Western Roman Empire.',
  lang: 'en',
  categories: [
    { id: 'politics', label: 'Politics' },
    { id: 'disaster', label: 'Disasters' },
  ],
  eras: [
    {
      id: 'kingdom',
      title: 'Roman Kingdom',
      start: '-000752',
      end: '-000508',
      sources: [wp('Roman Kingdom')],
    },
    {
      id: 'republic',
      title: 'Roman Republic',
      start: '-000508',
      end: '-000026',
      sources: [wp('Roman Republic')],
    },
    {
      id: 'empire',
      title: 'Roman Empire',
      start: '-000026',
      end: '0476',
      sources: [wp('Roman Empire')],
    },
  ],
  events: [
    {
      id: 'founding-of-rome',
      title: 'Traditional founding of Rome',
      start: '-000752-04-21',
      summary: 'By tradition, Romulus founded Rome on 21 April 753 BCE.',
      category: 'politics',
      people: ['Romulus'],
      places: ['Rome'],
      sources: [wp('Founding of Rome')],
    },
    {
      id: 'republic-founded',
      title: 'Roman Republic established',
      start: '-000508',
      summary:
        'The last king, Lucius Tarquinius Superbus, was overthrown in 509 BCE and the Republic established.',
      category: 'politics',
      people: ['Lucius Tarquinius Superbus'],
      places: ['Rome'],
      sources: [wp('Roman Republic')],
    },
    {
      id: 'caesar-assassinated',
      title: 'Assassination of Julius Caesar',
      start: '-000043-03-15',
      summary:
        'Julius Caesar was stabbed to death at a meeting of the Senate on the Ides of March, 44 BCE.',
      category: 'politics',
      people: ['Julius Caesar'],
      places: ['Rome'],
      importance: 5,
      sources: [wp('Assassination of Julius Caesar')],
    },
    {
      id: 'augustus',
      title: 'Octavian receives the title Augustus',
      start: '-000026-01-16',
      summary:
        'The Senate granted Octavian the title Augustus on 16 January 27 BCE, the conventional start of the Empire.',
      category: 'politics',
      people: ['Augustus'],
      places: ['Rome'],
      sources: [wp('Augustus')],
    },
    {
      id: 'great-fire',
      title: 'Great Fire of Rome',
      start: '0064-07',
      summary: 'A fire burned for six days in July 64 CE and destroyed much of the city.',
      category: 'disaster',
      people: ['Nero'],
      places: ['Rome'],
      sources: [wp('Great Fire of Rome')],
    },
    {
      id: 'vesuvius',
      title: 'Eruption of Mount Vesuvius',
      start: '0079',
      summary: 'Mount Vesuvius erupted in 79 CE and buried Pompeii and Herculaneum.',
      category: 'disaster',
      places: ['Pompeii', 'Herculaneum'],
      sources: [wp('Eruption of Mount Vesuvius in 79 AD')],
    },
    {
      id: 'fall-of-the-west',
      title: 'Romulus Augustulus deposed',
      start: '0476-09-04',
      summary:
        'Odoacer deposed Romulus Augustulus on 4 September 476, ending the Western Roman Empire.',
      category: 'politics',
      people: ['Romulus Augustulus', 'Odoacer'],
      places: ['Ravenna'],
      importance: 5,
      sources: [wp('Fall of the Western Roman Empire')],
    },
  ],
} satisfies DatasetInput;

export default rome;
