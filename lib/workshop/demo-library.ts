/**
 * The workshop library: the bundled demo feed (or a trainer's own feed file)
 * stored in the workshop database only, so practice never touches the
 * employee's real library or history. Both arrive through the sync library,
 * as the demo feed record (lib/sync/demo-feed.ts).
 */
import type { RelaisDb } from '../db/db';
import type { FeedRecord } from '../db/records';
import { ProblemError, problem } from '../problems/problem';
import { DEMO_FEED_PATH, type DemoSyncDeps, demoFeedUrl, installDemoFeed } from '../sync/demo-feed';
import { deleteFeedWithItems } from '../sync/feeds';
import { syncFeed } from '../sync/sync-feed';

export interface WorkshopLibrary {
  feed: FeedRecord;
  /** False when the workshop library was already there and nothing was written. */
  installed: boolean;
}

/**
 * One change at a time per database: switching workshop mode on and loading a
 * file right away must end with the file's library, whatever finishes first.
 */
const queues = new WeakMap<RelaisDb, Promise<unknown>>();
function serialised<T>(db: RelaisDb, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(db) ?? Promise.resolve()).then(task, task);
  queues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/** Installs the bundled demo feed unless the workshop library already holds one. */
export function ensureWorkshopLibrary(db: RelaisDb, deps: DemoSyncDeps): Promise<WorkshopLibrary> {
  return serialised(db, async () => {
    const existing = await db.feeds.get(demoFeedUrl(deps.extensionOrigin));
    if (existing?.status.lastSuccessAt !== undefined) return { feed: existing, installed: false };
    const { result, feed } = await installDemoFeed(db, deps);
    if (result.outcome === 'failed' || !feed) {
      // Nothing half-installed stays behind: the trainer can load a file instead.
      await db.transaction('rw', db.feeds, db.items, () => deleteFeedWithItems(db, demoFeedUrl(deps.extensionOrigin)));
      // The UI words the sync's own problem after its frame (`cause` is its code, its params come along).
      const cause = result.outcome === 'failed' ? result.error : undefined;
      throw new ProblemError(
        problem('demo-feed-missing', {
          path: DEMO_FEED_PATH,
          ...cause?.params,
          ...(cause ? { cause: cause.code } : {}),
        }),
        `The bundled demo feed (${DEMO_FEED_PATH}) could not be read: ${cause?.code ?? 'no feed record'}`,
      );
    }
    return { feed, installed: true };
  });
}

/**
 * A trainer's own feed file replaces the workshop library. A file that cannot
 * be used is refused with its first problem, and the previous library stays.
 */
export function loadWorkshopFeed(
  db: RelaisDb,
  feedText: string,
  fileName: string,
  deps: DemoSyncDeps,
): Promise<FeedRecord> {
  return serialised(db, async () => {
    const url = demoFeedUrl(deps.extensionOrigin);
    if (!(await db.feeds.get(url))) {
      await db.feeds.add({
        url,
        source: 'demo',
        addedAt: (deps.now ?? Date.now)(),
        status: { itemCount: 0, skipped: [] },
      });
    }
    const serveFile = async () => new Response(feedText, { headers: { 'content-type': 'application/feed+json' } });
    const result = await syncFeed(db, url, { ...deps, fetch: serveFile, force: true });
    if (result.outcome === 'failed')
      throw new ProblemError(
        {
          ...problem('workshop-feed-invalid', { file: fileName, ...result.error.params, cause: result.error.code }),
          // An unusable file: its first problem as data, worded by the page with the rest.
          ...(result.error.first ? { first: result.error.first } : {}),
        },
        `${fileName}: ${result.error.code}`,
      );
    const feed = await db.feeds.get(url);
    if (!feed)
      throw new ProblemError(
        problem('workshop-feed-cleared', { file: fileName }),
        `${fileName}: cleared while loading`,
      );
    return feed;
  });
}
