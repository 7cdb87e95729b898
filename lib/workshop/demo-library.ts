/**
 * The workshop library: the bundled demo feed (or a trainer's own feed file)
 * stored in the workshop database only, so practice never touches the
 * employee's real library or history.
 */
import type { RelaisDb } from '../db/db';
import type { FeedRecord } from '../db/records';
import { parseFeedText, toLibraryItems } from '../feed/parse';
import { HandledError } from '../messages/router';

/** Where the demo feed ships inside the extension (public/demo-feed.json). */
export const DEMO_FEED_PATH = '/demo-feed.json';
/** The key the workshop library is stored under; stable across installs (extension URLs are not on Firefox). */
export const DEMO_FEED_URL = 'relais:demo-feed';

export interface WorkshopLibrary {
  feed: FeedRecord;
  /** False when the workshop library was already there and nothing was written. */
  installed: boolean;
}

/**
 * Replaces the workshop library with the feed in `feedText`, items and feed
 * record in one transaction: a bad feed leaves the previous library intact.
 */
export async function installDemoFeed(db: RelaisDb, feedText: string, origin: string, now = Date.now()): Promise<FeedRecord> {
  const parsed = parseFeedText(feedText);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    const where = first?.path ? ` at ${first.path}` : '';
    throw new HandledError('demo-feed-invalid', `The demo feed from ${origin} is not a valid Relais feed${where}: ${first?.message ?? 'unknown problem'}`);
  }
  const items = toLibraryItems(DEMO_FEED_URL, parsed.items, now);
  const feed: FeedRecord = {
    url: DEMO_FEED_URL,
    source: 'demo',
    addedAt: now,
    snapshot: parsed.snapshot,
    status: { lastAttemptAt: now, lastSuccessAt: now, itemCount: items.length, skipped: parsed.skipped },
  };
  await db.transaction('rw', db.feeds, db.items, async () => {
    await db.items.where('feedUrl').equals(DEMO_FEED_URL).delete();
    await db.items.bulkPut(items);
    await db.feeds.put(feed);
  });
  return feed;
}

/** Installs the bundled demo feed unless the workshop library already holds a demo feed. */
export async function ensureWorkshopLibrary(
  db: RelaisDb,
  loadBundledFeed: () => Promise<string>,
  now = Date.now(),
): Promise<WorkshopLibrary> {
  const existing = await db.feeds.get(DEMO_FEED_URL);
  if (existing) return { feed: existing, installed: false };
  let text: string;
  try {
    text = await loadBundledFeed();
  } catch (error) {
    throw new HandledError(
      'demo-feed-missing',
      `The bundled demo feed (${DEMO_FEED_PATH}) could not be read: ${(error as Error).message}. Load a feed file in the options' workshop section instead.`,
    );
  }
  return { feed: await installDemoFeed(db, text, DEMO_FEED_PATH, now), installed: true };
}
