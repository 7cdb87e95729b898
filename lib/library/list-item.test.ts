import { describe, expect, it } from 'vitest';
import { compactSearchText, packListItems, toListItem, unpackListItems } from './list-item';
import { prepareLibrary, searchLibrary, type LibraryQuery } from './search';
import { testItem } from '../../tests/helpers/library-items';

const NOW = Date.UTC(2026, 5, 15, 12);
const query = (text: string): LibraryQuery => ({ text, filters: {}, sort: 'newest', now: NOW });

describe('compactSearchText', () => {
  it('keeps each word once, whatever separated them', () => {
    expect(compactSearchText("l'evenement, l'evenement!\nco-working 2026 2026")).toBe('l evenement co working 2026');
  });
});

describe('the list form of library items', () => {
  const whole = [
    testItem({
      id: 'event',
      title: 'Notre Évènement annuel',
      text: "Rendez-vous à l’Évènement : l'équipe présente 2026. L'équipe vous attend, l'équipe répond.",
      tags: ['Co-working', 'énergie'],
    }),
    testItem({ id: 'results', title: 'Quarterly results', text: 'Revenue grew 12% in Q2; revenue per client too.' }),
    testItem({ id: 'hiring', title: 'We are hiring', text: 'Join the data-science team in Lyon.', tags: ['jobs'] }),
  ];
  const list = whole.map(toListItem);
  const searchTexts = Object.fromEntries(whole.map((item) => [item.key, compactSearchText(item.searchText)]));

  it('travels packed by feed and unpacks to the same items', () => {
    const other = toListItem(testItem({ id: 'a#b', feedUrl: 'https://other.example/feed.json#x' }));
    const items = [...list, other];
    const packed = packListItems(items);
    expect(packed.map((group) => group.feedUrl)).toEqual([list[0]!.feedUrl, other.feedUrl]);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(items).length);
    expect(unpackListItems(JSON.parse(JSON.stringify(packed)))).toEqual(JSON.parse(JSON.stringify(items)));
  });

  it('leaves out the message, angles and prompts', () => {
    expect(list[0]).not.toHaveProperty('text');
    expect(list[0]).not.toHaveProperty('angles');
    expect(list[0]).not.toHaveProperty('prompts');
    expect(list[0]).not.toHaveProperty('searchText');
  });

  it('finds exactly what the whole items find, for every kind of query', () => {
    const queries = [
      'evenement',
      "l'equipe",
      'quipe present',
      'co-working',
      'rendez vous',
      '12%',
      'q2 revenue',
      'science lyon',
      'énergie',
      'team lyon jobs',
      'absent',
      'ann',
    ];
    const fromWhole = prepareLibrary(whole);
    const fromList = prepareLibrary(list, new Map(), searchTexts);
    for (const text of queries) {
      expect(
        searchLibrary(fromList, query(text)).map((item) => item.key),
        text,
      ).toEqual(searchLibrary(fromWhole, query(text)).map((item) => item.key));
    }
    expect(searchLibrary(fromList, query("l'équipe 2026")).map((item) => item.key)).toEqual([whole[0]!.key]);
  });
});
