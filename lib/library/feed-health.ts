/** What the library's banners say about the feeds: errors to show, and whether we are offline. */
import type { FeedError, FeedRecord } from '../db/records';

/** Sync error codes that mean "no network", not "the feed is broken". */
const NETWORK_ERROR_CODES = new Set(['network', 'offline', 'timeout', 'dns']);

export function isNetworkError(code: string): boolean {
  return NETWORK_ERROR_CODES.has(code);
}

/** The latest successful sync across feeds: the age of what the library shows. */
export function lastSuccessfulSync(feeds: readonly FeedRecord[]): number | undefined {
  let latest: number | undefined;
  for (const feed of feeds) {
    const at = feed.status.lastSuccessAt;
    if (at !== undefined && (latest === undefined || at > latest)) latest = at;
  }
  return latest;
}

/** The feed's last error, unless a later sync succeeded (a stale error is not news). */
export function currentError(feed: FeedRecord): FeedError | undefined {
  const error = feed.status.lastError;
  if (!error) return undefined;
  const success = feed.status.lastSuccessAt;
  return success !== undefined && success > error.at ? undefined : error;
}

/**
 * What the connection banner says. "offline" only when the browser itself says
 * so; when the browser is online but every feed's last attempt failed for lack
 * of network, it is the feed server that cannot be reached, and saying
 * "Offline" would send the employee to check a connection that works.
 */
export type LibraryReachability = 'online' | 'offline' | 'server-unreachable';

export function libraryReachability(feeds: readonly FeedRecord[], browserOnline: boolean): LibraryReachability {
  if (!browserOnline) return 'offline';
  if (feeds.length === 0) return 'online';
  const allUnreachable = feeds.every((feed) => {
    const error = currentError(feed);
    return error !== undefined && isNetworkError(error.code);
  });
  return allUnreachable ? 'server-unreachable' : 'online';
}

/**
 * Feeds whose last sync failed, for the error banners; when the connection banner
 * shows (offline or server unreachable), it already explains network errors.
 */
export function feedsWithErrors(feeds: readonly FeedRecord[], reachability: LibraryReachability): FeedRecord[] {
  return feeds.filter((feed) => {
    const error = currentError(feed);
    return error !== undefined && !(reachability !== 'online' && isNetworkError(error.code));
  });
}

/** Only the bundled demo feed is configured: the library says so instead of passing it off as the company's. */
export function isDemoOnly(feeds: readonly FeedRecord[]): boolean {
  return feeds.length > 0 && feeds.every((feed) => feed.source === 'demo');
}
