/**
 * Brings one feed's items up to date in the local library. Browser-free: the
 * background worker passes fetch, the clock and the database.
 *
 * A feed that cannot be used leaves the previous items in place and records
 * why; a usable feed replaces its items (writing only the rows that changed)
 * in one read-write transaction over feeds + items, so an interrupted sync
 * leaves the old library or the new one, never a mix.
 */
import type { RelaisDb } from '../db/db';
import type { FeedError, FeedRecord, FeedStatus } from '../db/records';
import type { Locale } from '../i18n/messages';
import { type FeedProblem, parseFeedText, toLibraryItems } from '../feed/parse';
import { feedProblemLine, feedTranslator } from '../feed/problems';
import { type SyncError, syncError, syncTranslator } from './errors';
import { type FetchLike, fetchFeed } from './fetch-feed';
import { replaceFeedItems } from './replace-items';

export interface SyncDeps {
  fetch: FetchLike;
  now?: () => number;
  /** Language of the messages stored in the feed's status. */
  locale?: Locale;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  /** The extension's own origin, so the bundled demo feed can be read. */
  extensionOrigin?: string;
  /**
   * Download even if unchanged (no If-None-Match / If-Modified-Since). Use it
   * after an extension update: a newer parser may read the same bytes differently.
   */
  force?: boolean;
}

export type SyncResult =
  | { url: string; outcome: 'updated'; itemCount: number; skipped: FeedProblem[]; warnings: FeedProblem[] }
  | { url: string; outcome: 'not-modified' }
  | {
      url: string;
      outcome: 'failed';
      error: FeedError;
      /** Every problem of a feed that cannot be used (the status keeps only the first, in `lastError`). */
      problems?: FeedProblem[];
    };

export type SyncFailure = Extract<SyncResult, { outcome: 'failed' }>;

const inFlight = new WeakMap<RelaisDb, Map<string, Promise<SyncResult>>>();

/** Syncs one feed. Two calls for the same feed at once share one download. Never throws. */
export function syncFeed(db: RelaisDb, feedUrl: string, deps: SyncDeps): Promise<SyncResult> {
  let running = inFlight.get(db);
  if (!running) {
    running = new Map();
    inFlight.set(db, running);
  }
  const current = running.get(feedUrl);
  if (current) return current;
  const started = runSync(db, feedUrl, deps)
    .catch((error: unknown) => {
      // The database itself failed (closed, blocked, quota): report it like any other failure.
      const detail = error instanceof Error ? error.message : String(error);
      return failed(feedUrl, syncError(syncTranslator(deps.locale), 'storage', { detail }), (deps.now ?? Date.now)());
    })
    .finally(() => running.delete(feedUrl));
  running.set(feedUrl, started);
  return started;
}

/** Syncs every feed, each on its own: one failing never stops the others. */
export async function syncAll(db: RelaisDb, deps: SyncDeps): Promise<SyncResult[]> {
  const feeds = await db.feeds.toArray();
  return Promise.all(feeds.map((feed) => syncFeed(db, feed.url, deps)));
}

class FeedRemovedDuringSync extends Error {}

async function runSync(db: RelaisDb, feedUrl: string, deps: SyncDeps): Promise<SyncResult> {
  const now = deps.now ?? Date.now;
  const t = syncTranslator(deps.locale);
  const record = await db.feeds.get(feedUrl);
  if (!record) return failed(feedUrl, syncError(t, 'unknown-feed'), now());

  const attemptAt = now();
  const hasLibrary = record.status.lastSuccessAt !== undefined && !deps.force;
  const download = await fetchFeed(feedUrl, {
    fetch: deps.fetch,
    etag: hasLibrary ? record.etag : undefined,
    lastModified: hasLibrary ? record.lastModified : undefined,
    timeoutMs: deps.timeoutMs,
    maxBytes: deps.maxBytes,
    signal: deps.signal,
    extensionOrigin: deps.extensionOrigin,
    locale: deps.locale,
  });

  if (download.status === 'error') return recordFailure(db, feedUrl, download.error, attemptAt);
  if (download.status === 'not-modified') {
    await updateStatus(db, feedUrl, (status) => ({
      ...status,
      lastAttemptAt: attemptAt,
      lastSuccessAt: attemptAt,
      lastError: undefined,
    }));
    return { url: feedUrl, outcome: 'not-modified' };
  }

  const parsed = parseFeedText(download.text, {
    locale: deps.locale,
    feedUrl: download.finalUrl,
    contentType: download.contentType,
  });
  if (!parsed.ok) {
    const [first] = parsed.problems;
    // The first problem is kept as data beside the code: the UI words both in the language it shows.
    const error = syncError(t, 'invalid-feed', {
      count: parsed.problems.length,
      first: first ? feedProblemLine(first, feedTranslator(t.locale)) : '',
    });
    const result = await recordFailure(db, feedUrl, error, attemptAt, first);
    return { ...result, problems: parsed.problems };
  }

  const rows = toLibraryItems(feedUrl, parsed.items, attemptAt, { articles: parsed.snapshot.plain });
  const undated = new Set(
    parsed.items
      .filter((item) => item.date_published === undefined && item.date_modified === undefined)
      .map((item) => item.id),
  );
  const status: FeedStatus = {
    lastAttemptAt: attemptAt,
    lastSuccessAt: attemptAt,
    itemCount: rows.length,
    skipped: parsed.skipped,
  };
  const fetchWarnings: FeedProblem[] = download.warnings.map((warning) => ({ path: '', ...warning }));
  try {
    await db.transaction('rw', db.feeds, db.items, async () => {
      const latest = await db.feeds.get(feedUrl);
      // Removed while downloading: writing now would bring it back.
      if (!latest) throw new FeedRemovedDuringSync();
      await replaceFeedItems(db, feedUrl, rows, undated);
      const updated: FeedRecord = {
        ...latest,
        snapshot: parsed.snapshot,
        status,
        etag: download.etag,
        lastModified: download.lastModified,
      };
      await db.feeds.put(updated);
    });
  } catch (error) {
    if (error instanceof FeedRemovedDuringSync) {
      return failed(feedUrl, syncError(t, 'removed-during-sync'), attemptAt);
    }
    const detail = error instanceof Error ? error.message : String(error);
    return recordFailure(db, feedUrl, syncError(t, 'storage', { detail }), attemptAt);
  }
  return {
    url: feedUrl,
    outcome: 'updated',
    itemCount: rows.length,
    skipped: parsed.skipped,
    warnings: [...fetchWarnings, ...parsed.warnings],
  };
}

/**
 * The problem is kept as code and params only: the UI words it in whatever language it shows then. An
 * `invalid-feed` keeps its first problem as data (`first`), not its sentence in the sync's language.
 */
function failed(url: string, { code, params }: SyncError, at: number, first?: FeedProblem): SyncFailure {
  const { first: _sentence, ...kept } = params ?? {};
  const storedParams = first !== undefined ? kept : params;
  return {
    url,
    outcome: 'failed',
    error: {
      code,
      ...(storedParams === undefined ? {} : { params: storedParams }),
      at,
      ...(first === undefined ? {} : { first }),
    },
  };
}

/** Keeps the items and validators of the last good sync; only the status learns what went wrong. */
async function recordFailure(
  db: RelaisDb,
  feedUrl: string,
  error: SyncError,
  at: number,
  first?: FeedProblem,
): Promise<SyncFailure> {
  const result = failed(feedUrl, error, at, first);
  const lastError = result.error;
  await updateStatus(db, feedUrl, (status) => ({ ...status, lastAttemptAt: at, lastError })).catch(() => undefined);
  return result;
}

async function updateStatus(db: RelaisDb, feedUrl: string, change: (status: FeedStatus) => FeedStatus): Promise<void> {
  await db.transaction('rw', db.feeds, async () => {
    const record = await db.feeds.get(feedUrl);
    if (record) await db.feeds.put({ ...record, status: change(record.status) });
  });
}
