/**
 * What to subscribe to when someone pastes an address: the address itself when
 * it is a feed, else the feeds the page announces. Runs in the background
 * worker (the options page has no network of its own for other sites), with
 * the sync's download rules.
 */
import type { AnnouncedFeed } from '../feed/discover';
import { parseFeedText } from '../feed/parse';
import type { Locale } from '../i18n/messages';
import type { SyncError } from './errors';
import { type FetchLike, fetchFeed } from './fetch-feed';

export type Discovery =
  | { ok: true; isFeed: true; url: string }
  | { ok: true; isFeed: false; feeds: AnnouncedFeed[] }
  | { ok: false; error: SyncError };

export async function discoverFeeds(url: string, deps: { fetch: FetchLike; locale?: Locale }): Promise<Discovery> {
  const download = await fetchFeed(url, { fetch: deps.fetch, locale: deps.locale, acceptHtml: true });
  if (download.status === 'error') return { ok: false, error: download.error };
  if (download.status === 'not-modified') return { ok: true, isFeed: true, url };
  const parsed = parseFeedText(download.text, { locale: deps.locale, feedUrl: download.finalUrl });
  if (parsed.ok) return { ok: true, isFeed: true, url };
  if (parsed.announced) return { ok: true, isFeed: false, feeds: parsed.announced };
  const [first] = parsed.problems;
  return { ok: false, error: { code: 'invalid-feed', message: first?.message ?? '' } };
}
