import type { RelaisDb } from '@/lib/db/db';
import { isVisibleAt } from '@/lib/feed/library-item';
import type { LibrarySnapshot } from '@/lib/messages/protocol';

/** The library as the employee sees it now: embargoed and expired items left out. */
export async function readLibrary(db: RelaisDb, now: number = Date.now()): Promise<LibrarySnapshot> {
  const [items, feeds] = await Promise.all([db.items.toArray(), db.feeds.toArray()]);
  return { items: items.filter((item) => isVisibleAt(item, now)), feeds };
}
