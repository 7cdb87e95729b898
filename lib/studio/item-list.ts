/** The Studio's item list: titles as employees will see them, search and sort. */
import { foldText } from '../text/fold';
import type { JsonObject } from './document';

export type ItemSort = 'feed' | 'title' | 'date' | 'pinned';

export interface ListedItem {
  index: number;
  id: string;
  title: string | undefined;
  pinned: boolean;
  publishedAt: number | undefined;
  searchText: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function listItems(items: readonly JsonObject[]): ListedItem[] {
  return items.map((item, index) => {
    const relais = item._relais as JsonObject | undefined;
    const firstLine = text(item.content_text)
      .split('\n')
      .find((line) => line.trim() !== '');
    const title = text(item.title).trim() || firstLine?.slice(0, 90) || undefined;
    const published = Date.parse(text(item.date_published));
    return {
      index,
      id: String(item.id ?? ''),
      title,
      pinned: relais?.pinned === true,
      publishedAt: Number.isNaN(published) ? undefined : published,
      searchText: foldText(
        [title ?? '', text(item.content_text), text(item.summary), String(item.id ?? '')].join('\n'),
      ),
    };
  });
}

export function filterAndSort(items: readonly ListedItem[], query: string, sort: ItemSort): ListedItem[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const found = items.filter((item) => words.every((word) => item.searchText.includes(word)));
  const byTitle = (a: ListedItem, b: ListedItem) => (a.title ?? a.id).localeCompare(b.title ?? b.id);
  switch (sort) {
    case 'title':
      return [...found].sort(byTitle);
    case 'date':
      return [...found].sort((a, b) => (b.publishedAt ?? -Infinity) - (a.publishedAt ?? -Infinity));
    case 'pinned':
      // Stable: pinned items keep their feed order, which is the order employees see them in.
      return [...found].sort((a, b) => Number(b.pinned) - Number(a.pinned));
    default:
      return found;
  }
}

/** Where a pinned item moves to go one pinned place up (-1) or down (+1); undefined at the end. */
export function pinnedNeighbour(items: readonly ListedItem[], index: number, direction: -1 | 1): number | undefined {
  const pinned = items.filter((item) => item.pinned).map((item) => item.index);
  const position = pinned.indexOf(index);
  if (position < 0) return undefined;
  return pinned[position + direction];
}
