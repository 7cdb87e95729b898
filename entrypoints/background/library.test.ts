import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/db';
import { unpackListItems } from '@/lib/library/list-item';
import { TEST_FEED_URL, testItem } from '../../tests/helpers/library-items';
import { readLibraryCounts, readLibraryItem, readLibraryList, readLibrarySearchTexts } from './library';

const NOW = Date.UTC(2026, 5, 15, 12);
const db = getDb('real');

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
  await db.open();
});

describe('the library list and items the sidebar reads', () => {
  it('lists visible items in their list form and gives an item whole on request', async () => {
    await db.items.bulkPut([
      testItem({ id: 'visible', text: 'The whole message.' }),
      testItem({ id: 'expired', expiresAt: NOW - 1 }),
    ]);
    const list = { items: unpackListItems((await readLibraryList(db, NOW, async () => 1)).itemsByFeed) };
    expect(list.items.map((item) => item.title)).toEqual(['Item visible']);
    expect(list.items[0]).not.toHaveProperty('text');
    expect(list.items[0]).not.toHaveProperty('searchText');
    // Expired items' words stay out of the search texts too.
    expect(await readLibrarySearchTexts(db, NOW, async () => 1)).toEqual({
      [list.items[0]!.key]: 'item visible the whole message',
    });

    const key = list.items[0]!.key;
    expect(await readLibraryItem(db, key, NOW)).toMatchObject({ id: 'visible', text: 'The whole message.' });
    expect(await readLibraryItem(db, `${key.slice(0, -'visible'.length)}expired`, NOW)).toBeNull();
    expect(await readLibraryItem(db, 'https://nowhere.example/feed.json#x', NOW)).toBeNull();
  });

  it('reads the stored items again only after a change', async () => {
    await db.items.put(testItem({ id: 'first' }));
    const read = vi.spyOn(db.items, 'toArray');
    let version = 1;
    const readVersion = async () => version;

    await readLibraryList(db, NOW, readVersion);
    await readLibraryList(db, NOW, readVersion);
    expect(read).toHaveBeenCalledTimes(1);

    // A write through Dexie in the worker drops the cached list at once.
    await db.items.put(testItem({ id: 'second' }));
    const { itemsByFeed } = await readLibraryList(db, NOW, readVersion);
    expect(
      unpackListItems(itemsByFeed)
        .map((item) => item.title)
        .sort(),
    ).toEqual(['Item first', 'Item second']);
    expect(read).toHaveBeenCalledTimes(2);

    // A newer library version (a change made elsewhere) too.
    version = 2;
    await readLibraryList(db, NOW, readVersion);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("counts each feed's items as the list decides: shown, not yet published, expired", async () => {
    const other = 'https://other.example/feed.json';
    await db.items.bulkPut([
      testItem({ id: 'a' }),
      testItem({ id: 'b', expiresAt: NOW + 1 }),
      testItem({ id: 'gone', expiresAt: NOW }),
      { ...testItem({ id: 'later' }), notBefore: NOW + 1 },
      testItem({ id: 'c', feedUrl: other }),
    ]);
    const counts = await readLibraryCounts(db, NOW, async () => 1);
    const shown = unpackListItems((await readLibraryList(db, NOW, async () => 1)).itemsByFeed);
    expect(
      [...counts].sort((x, y) => (x.feedUrl === TEST_FEED_URL ? -1 : y.feedUrl === TEST_FEED_URL ? 1 : 0)),
    ).toEqual([
      { feedUrl: TEST_FEED_URL, shown: 2, upcoming: 1, expired: 1 },
      { feedUrl: other, shown: 1, upcoming: 0, expired: 0 },
    ]);
    // The same rule as the list: the shown counts add up to the list's length.
    expect(counts.reduce((sum, feed) => sum + feed.shown, 0)).toBe(shown.length);
  });
});
