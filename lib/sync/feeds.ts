/**
 * The employee's list of feeds: adding (address rules, no duplicates, not
 * while the organisation locks the list), removing (with the feed's items, in
 * one transaction), listing, and following the organisation's policy.
 */
import type { RelaisDb } from '../db/db';
import type { FeedRecord, FeedSource } from '../db/records';
import type { Locale } from '../i18n/messages';
import { type SyncError, syncError, syncTranslator } from './errors';
import {
  canAddFeeds,
  canRemoveFeed,
  type ManagedFeedsPlan,
  type ManagedPolicy,
  planManagedFeeds,
} from './managed-policy';
import { checkFeedUrl } from './url-rules';

export type FeedChange = { ok: true; feed: FeedRecord } | { ok: false; error: SyncError };

export interface AddFeedOptions {
  source?: FeedSource;
  now?: () => number;
  /** Needed to add the demo feed, which is one of the extension's own files. */
  extensionOrigin?: string;
  /** The organisation's policy, when there is one: a locked list refuses the employee's additions. */
  policy?: ManagedPolicy;
  locale?: Locale;
}

export async function addFeed(db: RelaisDb, rawUrl: string, options: AddFeedOptions = {}): Promise<FeedChange> {
  const t = syncTranslator(options.locale);
  const source = options.source ?? 'user';
  if (source === 'user' && options.policy && !canAddFeeds(options.policy)) {
    return { ok: false, error: syncError(t, 'locked') };
  }
  const checked = checkFeedUrl(rawUrl, {
    locale: options.locale,
    extensionOrigin: source === 'demo' ? options.extensionOrigin : undefined,
  });
  if (!checked.ok) return checked;
  const feed: FeedRecord = {
    url: checked.url,
    source,
    addedAt: (options.now ?? Date.now)(),
    status: { itemCount: 0, skipped: [] },
  };
  const added = await db.transaction('rw', db.feeds, async () => {
    if (await db.feeds.get(feed.url)) return false;
    await db.feeds.add(feed);
    return true;
  });
  return added ? { ok: true, feed } : { ok: false, error: syncError(t, 'duplicate') };
}

export interface RemoveFeedOptions {
  policy?: ManagedPolicy;
  locale?: Locale;
}

/** Removes a feed and its items together; drafts and share history are the employee's and stay. */
export async function removeFeed(
  db: RelaisDb,
  url: string,
  options: RemoveFeedOptions = {},
): Promise<{ ok: true } | { ok: false; error: SyncError }> {
  const t = syncTranslator(options.locale);
  return db.transaction('rw', db.feeds, db.items, async () => {
    const feed = await db.feeds.get(url);
    if (!feed) return { ok: false as const, error: syncError(t, 'unknown-feed') };
    const verdict = canRemoveFeed(feed, options.policy);
    if (!verdict.ok) {
      const error: SyncError = verdict.reason === 'managed' ? syncError(t, 'managed-feed') : syncError(t, 'locked');
      return { ok: false as const, error };
    }
    await deleteFeedWithItems(db, url);
    return { ok: true as const };
  });
}

/** Call inside a transaction over feeds and items. */
export async function deleteFeedWithItems(db: RelaisDb, url: string): Promise<void> {
  await db.items.where('feedUrl').equals(url).delete();
  await db.feeds.delete(url);
}

/**
 * Makes the list follow the organisation's policy, in one transaction, and
 * returns what changed: sync the added feeds next.
 */
export async function applyManagedPolicy(
  db: RelaisDb,
  policy: ManagedPolicy,
  options: { now?: () => number } = {},
): Promise<ManagedFeedsPlan> {
  const now = options.now ?? Date.now;
  return db.transaction('rw', db.feeds, db.items, async () => {
    const plan = planManagedFeeds(await db.feeds.toArray(), policy);
    for (const url of plan.remove) await deleteFeedWithItems(db, url);
    for (const url of plan.promote) await db.feeds.update(url, { source: 'managed' });
    const addedAt = now();
    await db.feeds.bulkAdd(
      plan.add.map((url) => ({ url, source: 'managed' as const, addedAt, status: { itemCount: 0, skipped: [] } })),
    );
    return plan;
  });
}

const SOURCE_ORDER: Record<FeedSource, number> = { managed: 0, user: 1, demo: 2 };

/** The organisation's feeds first, then the employee's, then the demo; oldest first within each. */
export async function listFeeds(db: RelaisDb): Promise<FeedRecord[]> {
  const feeds = await db.feeds.toArray();
  return feeds.sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.addedAt - b.addedAt);
}
