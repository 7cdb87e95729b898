/**
 * What the background worker does with feeds, browser-free: follow the
 * organisation's policy, keep the demo library exactly while nothing else is
 * configured, sync on the worker's events, and answer the options page.
 * The worker passes the browser's pieces in (fetch, managed storage, the
 * announcement that the library changed); see entrypoints/background/feeds.ts.
 */
import type { RelaisDb } from '../db/db';
import type { FeedRecord } from '../db/records';
import type { Locale } from '../i18n/messages';
import { demoFeedUrl, retiredDemoFeeds } from './demo-feed';
import { addFeed, applyManagedPolicy, deleteFeedWithItems, type FeedChange, listFeeds, removeFeed } from './feeds';
import type { SyncError } from './errors';
import type { FetchLike } from './fetch-feed';
import { type ManagedPolicy, NO_POLICY, parseManagedPolicy } from './managed-policy';
import { type SyncDeps, type SyncResult, syncFeed } from './sync-feed';

export interface FeedServiceEnv {
  db: RelaisDb;
  fetch: FetchLike;
  /** The extension's own origin: the demo feed is one of its files. */
  extensionOrigin: string;
  /** What managed storage holds (undefined, or a throw, when there is no policy). */
  readPolicy: () => Promise<unknown>;
  /** The language of the messages stored in feed statuses. */
  locale: () => Promise<Locale>;
  /** Called once after anything in the list or the library changed. */
  announce: () => Promise<void>;
  now?: () => number;
}

/**
 * Syncs the worker starts by itself skip a feed tried this recently: a
 * browser start and the hourly alarm often wake the worker together.
 */
export const AUTOMATIC_SYNC_GAP_MS = 5 * 60_000;

export type InstallReason = 'install' | 'update' | string;

export interface FeedService {
  /** First install: the demo if nothing is configured, then a full sync. Update: a forced full sync (a newer parser may read the same bytes differently). */
  handleInstalled(reason: InstallReason): Promise<ManagedPolicy>;
  /** Browser start: follow the policy, sync what is due. */
  handleStartup(): Promise<ManagedPolicy>;
  /** The hourly alarm: sync what is due. */
  handleAlarm(): Promise<SyncResult[]>;
  /** The organisation changed its policy. */
  handlePolicyChange(): Promise<ManagedPolicy>;
  add(rawUrl: string): Promise<FeedChange>;
  remove(url: string): Promise<{ ok: true } | { ok: false; error: SyncError }>;
  /** "Sync now": every feed, or one; returns the list with fresh statuses. */
  syncNow(url?: string): Promise<FeedRecord[]>;
  list(): Promise<FeedRecord[]>;
  policy(): Promise<ManagedPolicy>;
}

export const isDueForAutomaticSync = (feed: FeedRecord, now: number) =>
  feed.status.lastAttemptAt === undefined || now - feed.status.lastAttemptAt >= AUTOMATIC_SYNC_GAP_MS;

export function createFeedService(env: FeedServiceEnv): FeedService {
  const { db } = env;
  const now = env.now ?? Date.now;

  const syncDeps = async (force = false): Promise<SyncDeps> => ({
    fetch: env.fetch,
    now,
    locale: await env.locale(),
    extensionOrigin: env.extensionOrigin,
    force,
  });

  async function policy(): Promise<ManagedPolicy> {
    let raw: unknown;
    try {
      raw = await env.readPolicy();
    } catch {
      // Firefox throws when no policy names the extension: that is "no policy".
      return NO_POLICY;
    }
    return parseManagedPolicy(raw, await env.locale()).policy;
  }

  /** Follows the policy; the demo stays exactly while no other feed is configured. Returns whether the list changed. */
  async function arrangeFeeds(current: ManagedPolicy): Promise<boolean> {
    const plan = await applyManagedPolicy(db, current, { now });
    let changed = plan.add.length + plan.promote.length + plan.remove.length > 0;
    const retired = retiredDemoFeeds(await db.feeds.toArray());
    if (retired.length > 0) {
      await db.transaction('rw', db.feeds, db.items, async () => {
        for (const url of retired) await deleteFeedWithItems(db, url);
      });
      changed = true;
    }
    if ((await db.feeds.count()) === 0) {
      const demo = await addFeed(db, demoFeedUrl(env.extensionOrigin), {
        source: 'demo',
        extensionOrigin: env.extensionOrigin,
        now,
      });
      changed ||= demo.ok;
    }
    return changed;
  }

  async function syncFeeds(
    options: { force?: boolean; automatic?: boolean; url?: string } = {},
  ): Promise<SyncResult[]> {
    const deps = await syncDeps(options.force);
    const at = now();
    const targets = (await db.feeds.toArray()).filter(
      (feed) =>
        (options.url === undefined || feed.url === options.url) &&
        (!options.automatic || isDueForAutomaticSync(feed, at)),
    );
    // syncFeed shares one download per feed, so a sync already under way is joined, not repeated.
    return Promise.all(targets.map((feed) => syncFeed(db, feed.url, deps)));
  }

  async function arrangeAndSync(options: { force?: boolean; automatic?: boolean }): Promise<ManagedPolicy> {
    const current = await policy();
    const changed = await arrangeFeeds(current);
    if (changed) await env.announce();
    const results = await syncFeeds(options);
    if (results.length > 0) await env.announce();
    return current;
  }

  return {
    handleInstalled: (reason) =>
      arrangeAndSync(reason === 'update' ? { force: true } : reason === 'install' ? {} : { automatic: true }),
    handleStartup: () => arrangeAndSync({ automatic: true }),
    handlePolicyChange: () => arrangeAndSync({ automatic: true }),
    async handleAlarm() {
      const results = await syncFeeds({ automatic: true });
      if (results.length > 0) await env.announce();
      return results;
    },
    async add(rawUrl) {
      const locale = await env.locale();
      const added = await addFeed(db, rawUrl, { policy: await policy(), locale, now });
      if (!added.ok) return added;
      await arrangeFeeds(await policy());
      await env.announce();
      await syncFeed(db, added.feed.url, await syncDeps());
      await env.announce();
      return { ok: true, feed: (await db.feeds.get(added.feed.url)) ?? added.feed };
    },
    async remove(url) {
      const current = await policy();
      const removed = await removeFeed(db, url, { policy: current, locale: await env.locale() });
      if (!removed.ok) return removed;
      // The last feed gone: the demo comes back, so the library is never silently empty.
      const demoBack = (await db.feeds.count()) === 0 && (await arrangeFeeds(current));
      await env.announce();
      if (demoBack) {
        await syncFeeds({ automatic: true });
        await env.announce();
      }
      return removed;
    },
    async syncNow(url) {
      const results = await syncFeeds({ url });
      if (results.length > 0) await env.announce();
      return listFeeds(db);
    },
    list: () => listFeeds(db),
    policy,
  };
}
