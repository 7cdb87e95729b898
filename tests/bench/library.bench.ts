/**
 * Library search per keystroke over 5,000 items: our filter + rank + sort
 * against the cheapest possible search (Array.filter + includes on the same
 * folded text, no ranking, no sort). The budget is one frame, 16 ms.
 */
import { type BenchFigure, compareMs, defineBench, medianMs } from './harness';
import type { LibraryItem } from '../../lib/feed/library-item';
import { prepareLibrary, queryWords, searchLibrary, type LibraryQuery } from '../../lib/library/search';
import { testItem } from '../helpers/library-items';

const ITEM_COUNT = 5_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15);
const TOPICS = [
  'Évènement client',
  'Hydrogène vert',
  'Quarterly results',
  'Nouvelle usine',
  'Careers fair',
  'Cloud launch',
  'Sécurité',
  'Recrutement',
];
const CHANNELS = ['corporate', 'careers', 'product', 'news-watch'];
const CATEGORIES = ['product', 'culture', 'industry'];
const PARAGRAPH =
  "Notre équipe a présenté aujourd'hui les résultats d'un projet mené pendant deux ans avec nos partenaires. " +
  'We are proud of what the teams achieved together and of the customers who trusted us along the way. ';

function generateItems(count: number): LibraryItem[] {
  return Array.from({ length: count }, (_, index) =>
    testItem({
      id: String(index),
      title: `${TOPICS[index % TOPICS.length]} n°${index}`,
      text: `${PARAGRAPH.repeat(1 + (index % 4))}Référence ${index}.`,
      tags: [TOPICS[(index * 7) % TOPICS.length] ?? '', `tag${index % 50}`],
      language: index % 3 === 0 ? 'en' : 'fr',
      channel: CHANNELS[index % CHANNELS.length],
      category: CATEGORIES[index % CATEGORIES.length],
      pinned: index % 97 === 0,
      publishedAt: NOW - (index % 400) * DAY,
      campaign: index % 5 === 0 ? { start: NOW - DAY, end: NOW + (index % 30) * DAY } : undefined,
    }),
  );
}

/** What a user types, keystroke by keystroke. */
const KEYSTROKES = ['e', 'ev', 'eve', 'even', 'evene', 'evenem', 'evenement', 'evenement c', 'evenement cl'];

export default defineBench({
  name: 'library search',
  async run(): Promise<BenchFigure[]> {
    const items = generateItems(ITEM_COUNT);
    const library = prepareLibrary(items);
    const base: Omit<LibraryQuery, 'text'> = { filters: {}, sort: 'newest', now: NOW, preferLanguage: 'fr' };
    const filtered: Omit<LibraryQuery, 'text'> = {
      ...base,
      sort: 'campaign-ending',
      filters: { language: 'fr', channel: 'corporate' },
    };

    let shown = 0;
    const subject = () => {
      for (const text of KEYSTROKES) shown = searchLibrary(library, { ...base, text }).length;
      for (const text of KEYSTROKES) searchLibrary(library, { ...filtered, text });
    };
    const baseline = () => {
      for (const text of [...KEYSTROKES, ...KEYSTROKES]) {
        const words = queryWords(text);
        items.filter((item) => words.every((word) => item.searchText.includes(word)));
      }
    };
    const emptyQuery = () => searchLibrary(library, { ...base, text: '' });

    const perKeystrokes = KEYSTROKES.length * 2;
    const comparison = await compareMs(subject, baseline, 15);
    const emptyComparison = await compareMs(
      emptyQuery,
      () => [...items].sort((a, b) => b.publishedAt - a.publishedAt),
      15,
    );
    const figures: BenchFigure[] = [
      {
        name: `search ${ITEM_COUNT.toLocaleString('en')} items per keystroke (filter + rank + sort)`,
        value: comparison.subject / perKeystrokes,
        unit: 'ms',
        target: 16,
        details: { baselineMs: comparison.baseline / perKeystrokes, ratio: comparison.ratio, lastResultCount: shown },
      },
      {
        name: 'search vs Array.filter + includes on the same folded text',
        value: comparison.ratio,
        unit: '×',
        target: 4,
        details: { subjectMs: comparison.subject / perKeystrokes, baselineMs: comparison.baseline / perKeystrokes },
      },
      {
        name: `empty query (all ${ITEM_COUNT.toLocaleString('en')} items, pinned first, sorted)`,
        value: emptyComparison.subject,
        unit: 'ms',
        target: 16,
        details: { plainSortMs: emptyComparison.baseline, ratio: emptyComparison.ratio },
      },
      {
        name: `prepare ${ITEM_COUNT.toLocaleString('en')} items (once per library load)`,
        value: await medianMs(() => prepareLibrary(items), 7, 2),
        unit: 'ms',
        target: 100,
      },
    ];
    return figures;
  },
});
