import { describe, expect, it } from 'vitest';
import { filterAndSort, listItems, pinnedNeighbour } from './item-list';

const items = listItems([
  { id: 'a', title: 'Énergie solaire', content_text: 'x', date_published: '2027-01-01T00:00:00Z' },
  { id: 'b', content_text: 'Open day\nin Nantes', _relais: { pinned: true }, date_published: '2027-02-01T00:00:00Z' },
  { id: 'c', title: 'Careers', content_text: 'y', _relais: { pinned: true } },
]);

describe('the Studio item list', () => {
  it('titles items as employees see them and searches ignoring accents and case', () => {
    expect(items.map((item) => item.title)).toEqual(['Énergie solaire', 'Open day', 'Careers']);
    expect(filterAndSort(items, 'energie', 'feed').map((item) => item.id)).toEqual(['a']);
  });

  it('sorts by title, date, or pinned first in feed order', () => {
    expect(filterAndSort(items, '', 'title').map((item) => item.id)).toEqual(['c', 'a', 'b']);
    expect(filterAndSort(items, '', 'date').map((item) => item.id)).toEqual(['b', 'a', 'c']);
    expect(filterAndSort(items, '', 'pinned').map((item) => item.id)).toEqual(['b', 'c', 'a']);
  });

  it('moves pinned items among pinned items', () => {
    expect(pinnedNeighbour(items, 2, -1)).toBe(1);
    expect(pinnedNeighbour(items, 1, -1)).toBeUndefined();
    expect(pinnedNeighbour(items, 0, 1)).toBeUndefined();
  });
});
