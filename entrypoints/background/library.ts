import Dexie from 'dexie';
import type { RelaisDb } from '@/lib/db/db';
import { isVisibleAt, type LibraryItem, type LibraryListItem, visibilityAt } from '@/lib/feed/library-item';
import { compactSearchText, packListItems, toListItem } from '@/lib/library/list-item';
import type { FeedItemCounts, PackedLibrarySnapshot } from '@/lib/protocol/protocol';
import { readLibraryVersion } from '@/lib/sync/library-version';

/** The library as the employee sees it now, whole items: embargoed and expired items left out. */
export async function readLibrary(
  db: RelaisDb,
  now: number = Date.now(),
): Promise<{ items: LibraryItem[]; feeds: PackedLibrarySnapshot['feeds'] }> {
  const [items, feeds] = await Promise.all([db.items.toArray(), db.feeds.toArray()]);
  return { items: items.filter((item) => isVisibleAt(item, now)), feeds };
}

interface CachedList {
  version: number | undefined;
  entries: { item: LibraryListItem; searchText: string }[];
}

/**
 * The list form and search text of every stored item, per database, as of a
 * library version (none stored yet: not cached).
 * Reading and slimming 5,000 items takes longer than anything else in opening
 * the sidebar, and the library rarely changes between two openings. Only an
 * optimisation: a restarted worker starts empty. Any change bumps the library
 * version (lib/sync/library-version.ts); writes made through Dexie in this
 * worker also drop the cache at once, in case one forgot to.
 */
const listCache = new Map<RelaisDb, CachedList>();
Dexie.on('storagemutated', () => listCache.clear());

/** The library list as the employee sees it now (embargoed and expired items left out), in its slim form. */
export async function readLibraryList(
  db: RelaisDb,
  now: number = Date.now(),
  readVersion: () => Promise<number | undefined> = readLibraryVersion,
): Promise<PackedLibrarySnapshot> {
  const [entries, feeds, shared] = await Promise.all([
    visibleEntries(db, now, readVersion),
    db.feeds.toArray(),
    // One small row per item ever shared (the share digest), not the share history.
    db.sharedItems.toArray(),
  ]);
  const lastShared = Object.fromEntries(shared.map((row) => [row.itemKey, row.lastPostedAt]));
  return { itemsByFeed: packListItems(entries.map((entry) => entry.item)), feeds, lastShared };
}

/** The search text of each item of the list, by key: distinct folded words (`compactSearchText`). */
export async function readLibrarySearchTexts(
  db: RelaisDb,
  now: number = Date.now(),
  readVersion: () => Promise<number | undefined> = readLibraryVersion,
): Promise<Record<string, string>> {
  const entries = await visibleEntries(db, now, readVersion);
  return Object.fromEntries(entries.map((entry) => [entry.item.key, entry.searchText]));
}

/**
 * Per feed, how many stored items the library shows now and why the others are
 * hidden, decided as the list decides (`visibilityAt`): the options explain the counts.
 */
export async function readLibraryCounts(
  db: RelaisDb,
  now: number = Date.now(),
  readVersion: () => Promise<number | undefined> = readLibraryVersion,
): Promise<FeedItemCounts[]> {
  const counts = new Map<string, FeedItemCounts>();
  for (const { item } of await cachedEntries(db, readVersion)) {
    const feed = counts.get(item.feedUrl) ?? { feedUrl: item.feedUrl, shown: 0, upcoming: 0, expired: 0 };
    feed[visibilityAt(item, now)] += 1;
    counts.set(item.feedUrl, feed);
  }
  return [...counts.values()];
}

async function visibleEntries(db: RelaisDb, now: number, readVersion: () => Promise<number | undefined>) {
  return (await cachedEntries(db, readVersion)).filter((entry) => isVisibleAt(entry.item, now));
}

async function cachedEntries(db: RelaisDb, readVersion: () => Promise<number | undefined>) {
  const version = await readVersion();
  let cached = listCache.get(db);
  if (!cached || cached.version === undefined || cached.version !== version) {
    const items = await db.items.toArray();
    cached = {
      version,
      entries: items.map((item) => ({
        item: toListItem(item),
        searchText: compactSearchText(item.searchText),
      })),
    };
    listCache.set(db, cached);
  }
  return cached.entries;
}

/** One whole item, if it is visible now: what the open item's detail and personalisation need. */
export async function readLibraryItem(
  db: RelaisDb,
  key: string,
  now: number = Date.now(),
): Promise<LibraryItem | null> {
  const item = await db.items.get(key);
  return item && isVisibleAt(item, now) ? item : null;
}
