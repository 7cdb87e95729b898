import { describe, expect, it } from 'vitest';
import { prepareLibrary, queryWords, searchLibrary, type LibraryQuery } from './search';
import { libraryFacets } from './facets';
import { testItem } from '../../tests/helpers/library-items';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12);
const query = (text: string, extra: Partial<LibraryQuery> = {}): LibraryQuery => ({
  text,
  filters: {},
  sort: 'newest',
  now: NOW,
  ...extra,
});
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('queryWords', () => {
  it('folds case and accents and splits on punctuation', () => {
    expect(queryWords("  L'Évènement  2026! ")).toEqual(['l', 'evenement', '2026']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('searchLibrary', () => {
  const library = prepareLibrary([
    testItem({ id: 'accented', title: 'Notre Évènement annuel', publishedAt: NOW - 5 * DAY }),
    testItem({ id: 'plain', title: 'Evenement client', publishedAt: NOW - 6 * DAY }),
    testItem({ id: 'other', title: 'Quarterly results', text: 'Revenue grew.', publishedAt: NOW - DAY }),
  ]);

  it('finds accented text from an unaccented query and the other way round', () => {
    expect(ids(searchLibrary(library, query('evenement')))).toEqual(['accented', 'plain']);
    expect(ids(searchLibrary(library, query('ÉVÈNEMENT')))).toEqual(['accented', 'plain']);
  });

  it('matches as you type: a word prefix is enough', () => {
    expect(ids(searchLibrary(library, query('quart')))).toEqual(['other']);
  });

  it('requires every word of a multi-word query', () => {
    expect(ids(searchLibrary(library, query('évènement annuel')))).toEqual(['accented']);
    expect(ids(searchLibrary(library, query('evenement revenue')))).toEqual([]);
  });

  it('returns everything, newest first, for an empty query', () => {
    expect(ids(searchLibrary(library, query('')))).toEqual(['other', 'accented', 'plain']);
  });

  it('ranks title matches before tag matches before text matches, whatever the dates', () => {
    const ranked = prepareLibrary([
      testItem({ id: 'in-text', title: 'Monday news', text: 'We talk about hydrogen.', publishedAt: NOW - DAY }),
      testItem({ id: 'in-tags', title: 'Plant visit', tags: ['Hydrogène'], publishedAt: NOW - 2 * DAY }),
      testItem({ id: 'in-title', title: 'Hydrogen trucks', publishedAt: NOW - 30 * DAY }),
    ]);
    expect(ids(searchLibrary(ranked, query('hydrogen')))).toEqual(['in-title', 'in-tags', 'in-text']);
  });

  it('takes the weakest word for a multi-word query', () => {
    const ranked = prepareLibrary([
      testItem({ id: 'title-and-text', title: 'Hydrogen trucks', text: 'Built in Lyon.', publishedAt: NOW }),
      testItem({ id: 'title-only', title: 'Hydrogen trucks from Lyon', publishedAt: NOW - 9 * DAY }),
    ]);
    expect(ids(searchLibrary(ranked, query('hydrogen lyon')))).toEqual(['title-only', 'title-and-text']);
  });

  it('puts pinned items first among equals only', () => {
    const ranked = prepareLibrary([
      testItem({ id: 'recent', title: 'Solar farm', publishedAt: NOW }),
      testItem({ id: 'pinned', title: 'Solar roofs', pinned: true, publishedAt: NOW - 10 * DAY }),
      testItem({ id: 'pinned-text-match', title: 'Roofs', text: 'solar', pinned: true, publishedAt: NOW }),
    ]);
    expect(ids(searchLibrary(ranked, query('solar')))).toEqual(['pinned', 'recent', 'pinned-text-match']);
    expect(ids(searchLibrary(ranked, query('')))).toEqual(['pinned-text-match', 'pinned', 'recent']);
  });
});

describe('filters', () => {
  const library = prepareLibrary(
    [
      testItem({ id: 'fr-product', channel: 'corporate', category: 'product', language: 'fr-FR' }),
      testItem({ id: 'en-product', channel: 'corporate', category: 'product', language: 'en' }),
      testItem({ id: 'fr-culture', channel: 'careers', category: 'culture', language: 'fr' }),
      testItem({
        id: 'feed-language',
        channel: 'careers',
        category: 'product',
        feedUrl: 'https://fr.example.com/feed',
      }),
    ],
    new Map([['https://fr.example.com/feed', 'FR']]),
  );

  it('combine with AND', () => {
    expect(ids(searchLibrary(library, query('', { filters: { category: 'product', language: 'fr' } }))).sort()).toEqual(
      ['feed-language', 'fr-product'],
    );
    expect(ids(searchLibrary(library, query('', { filters: { channel: 'careers', category: 'product' } })))).toEqual([
      'feed-language',
    ]);
    expect(searchLibrary(library, query('', { filters: { channel: 'careers', language: 'en' } }))).toEqual([]);
  });

  it('combine with the search words', () => {
    const library2 = prepareLibrary([
      testItem({ id: 'a', title: 'Launch', channel: 'corporate' }),
      testItem({ id: 'b', title: 'Launch', channel: 'careers' }),
    ]);
    expect(ids(searchLibrary(library2, query('launch', { filters: { channel: 'careers' } })))).toEqual(['b']);
  });

  it('offers each channel, category and language present, with counts', () => {
    expect(libraryFacets(library)).toEqual({
      channels: [
        { value: 'careers', count: 2 },
        { value: 'corporate', count: 2 },
      ],
      categories: [
        { value: 'culture', count: 1 },
        { value: 'product', count: 3 },
      ],
      languages: [
        { value: 'en', count: 1 },
        { value: 'fr', count: 3 },
      ],
    });
  });
});

describe('sorting', () => {
  const library = prepareLibrary([
    testItem({ id: 'no-campaign-new', language: 'en', publishedAt: NOW }),
    testItem({
      id: 'ends-late',
      language: 'fr',
      publishedAt: NOW - 3 * DAY,
      campaign: { start: NOW - DAY, end: NOW + 20 * DAY },
    }),
    testItem({
      id: 'ends-soon',
      language: 'en',
      publishedAt: NOW - 9 * DAY,
      campaign: { start: NOW - DAY, end: NOW + 2 * DAY },
    }),
    testItem({
      id: 'ended',
      language: 'fr',
      publishedAt: NOW - DAY,
      campaign: { start: NOW - 9 * DAY, end: NOW - DAY },
    }),
  ]);

  it('sorts by newest', () => {
    expect(ids(searchLibrary(library, query('')))).toEqual(['no-campaign-new', 'ended', 'ends-late', 'ends-soon']);
  });

  it('sorts by campaign ending soon, items without a running campaign last (newest first among them)', () => {
    expect(ids(searchLibrary(library, query('', { sort: 'campaign-ending' })))).toEqual([
      'ends-soon',
      'ends-late',
      'no-campaign-new',
      'ended',
    ]);
  });

  it("shows the user's language first, keeping the sort within each group", () => {
    expect(ids(searchLibrary(library, query('', { sort: 'campaign-ending', preferLanguage: 'fr-CA' })))).toEqual([
      'ends-late',
      'ended',
      'ends-soon',
      'no-campaign-new',
    ]);
    expect(ids(searchLibrary(library, query('', { preferLanguage: 'en' })))).toEqual([
      'no-campaign-new',
      'ends-soon',
      'ended',
      'ends-late',
    ]);
  });
});
