/** The slim list form of library items, sent to the sidebar instead of whole items, and their search texts. */
import type { LibraryItem, LibraryListItem } from '../feed/library-item';
import { QUERY_WORD_SEPARATOR } from './search';

/**
 * The distinct words of already folded text, space-separated. A query word is
 * made of letters and digits only, so it can only occur inside one such run:
 * a substring check on the compact text matches exactly when it does on the
 * full text, at a fraction of the size (repeated words are kept once).
 */
export function compactSearchText(foldedText: string): string {
  return [...new Set(foldedText.split(QUERY_WORD_SEPARATOR))].filter((word) => word !== '').join(' ');
}

export function toListItem(item: LibraryItem): LibraryListItem {
  return {
    key: item.key,
    feedUrl: item.feedUrl,
    title: item.title,
    summary: item.summary,
    image: item.image,
    publishedAt: item.publishedAt,
    tags: item.tags,
    hashtags: item.hashtags,
    language: item.language,
    channel: item.channel,
    category: item.category,
    notBefore: item.notBefore,
    expiresAt: item.expiresAt,
    campaign: item.campaign,
    pinned: item.pinned,
  };
}

/** List items as sent, grouped by feed: the feed URL once, and the id the key is made of (`${feedUrl}#${id}`). */
export interface PackedFeedItems {
  feedUrl: string;
  items: PackedListItem[];
}

export type PackedListItem = Omit<LibraryListItem, 'key' | 'feedUrl'> & { id: string };

export function packListItems(items: readonly LibraryListItem[]): PackedFeedItems[] {
  const groups = new Map<string, PackedListItem[]>();
  for (const { key, feedUrl, ...rest } of items) {
    let group = groups.get(feedUrl);
    if (!group) groups.set(feedUrl, (group = []));
    group.push({ ...rest, id: key.slice(feedUrl.length + 1) });
  }
  return [...groups].map(([feedUrl, packed]) => ({ feedUrl, items: packed }));
}

export function unpackListItems(groups: readonly PackedFeedItems[]): LibraryListItem[] {
  return groups.flatMap(({ feedUrl, items }) =>
    items.map(({ id, ...rest }) => ({ ...rest, key: `${feedUrl}#${id}`, feedUrl })),
  );
}
