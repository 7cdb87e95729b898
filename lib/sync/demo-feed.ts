/**
 * The bundled demo library (public/demo-feed.json) is an ordinary feed with
 * source 'demo', read from the extension's own address by the same sync as
 * every other feed: one way for the demo to get into a database, real or
 * workshop.
 */
import type { RelaisDb } from '../db/db';
import type { FeedRecord } from '../db/records';
import { addFeed } from './feeds';
import { type SyncDeps, type SyncResult, syncFeed } from './sync-feed';

/** Where the demo library sits in the extension package. */
export const DEMO_FEED_PATH = '/demo-feed.json';

export type DemoSyncDeps = SyncDeps & { extensionOrigin: string };

export const demoFeedUrl = (extensionOrigin: string) => new URL(DEMO_FEED_PATH, extensionOrigin).href;

/** Adds the demo feed if it is not in the list yet, then syncs it. */
export async function installDemoFeed(
  db: RelaisDb,
  deps: DemoSyncDeps,
): Promise<{ result: SyncResult; feed?: FeedRecord }> {
  const url = demoFeedUrl(deps.extensionOrigin);
  await addFeed(db, url, { source: 'demo', extensionOrigin: deps.extensionOrigin, now: deps.now, locale: deps.locale });
  const result = await syncFeed(db, url, deps);
  return { result, feed: await db.feeds.get(url) };
}

/**
 * The real library shows the demo only while nothing else is configured:
 * which demo feeds to remove now that the employee or the organisation gave a
 * feed of their own.
 */
export function retiredDemoFeeds(feeds: readonly Pick<FeedRecord, 'url' | 'source'>[]): string[] {
  if (!feeds.some((feed) => feed.source !== 'demo')) return [];
  return feeds.filter((feed) => feed.source === 'demo').map((feed) => feed.url);
}
