/**
 * The organisation's policy (enterprise managed storage, see docs/admin.md and
 * public/managed_schema.json): which feeds every employee gets, and whether
 * the list is locked. Pure functions; lib/sync/feeds.ts applies them.
 *
 * Rules: a feed named by the policy is always in the list (source 'managed')
 * and the employee cannot remove it — the next policy read would bring it back
 * anyway. `lockFeeds` makes the list exactly the policy's: the employee's own
 * feeds and the demo are removed and no feed can be added.
 */
import { z } from 'zod';
import type { FeedRecord } from '../db/records';
import type { Locale } from '../i18n/messages';
import { createTranslator } from '../i18n/messages';
import { checkFeedUrl } from './url-rules';
import { messagesOf } from '../i18n/catalog';

export interface ManagedPolicy {
  /** Normalised feed addresses. */
  feeds: string[];
  /** Effective lock: only true when the policy also names at least one usable feed. */
  lockFeeds: boolean;
  /** Start in workshop mode (practice workspace, demo library) — for training rooms. */
  workshopMode: boolean;
}

export const NO_POLICY: ManagedPolicy = { feeds: [], lockFeeds: false, workshopMode: false };

export interface PolicyProblem {
  /** e.g. `feeds[2]`. */
  path: string;
  message: string;
}

/** What storage.managed may hold. Chrome enforces public/managed_schema.json; Firefox enforces nothing, hence the leniency. */
const policyFeedsSchema = z.union([z.array(z.unknown()), z.string()]).optional();

/**
 * Reads what `storage.managed.get()` returned (undefined when the browser has
 * no policy). Never fails: what is unusable is dropped and reported.
 */
export function parseManagedPolicy(
  raw: unknown,
  locale: Locale = 'en',
): { policy: ManagedPolicy; problems: PolicyProblem[] } {
  const t = createTranslator(messagesOf('policy'), locale);
  const problems: PolicyProblem[] = [];
  if (raw === undefined || raw === null) return { policy: NO_POLICY, problems };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { policy: NO_POLICY, problems: [{ path: '', message: t('notAnObject') }] };
  const data = raw as Record<string, unknown>;
  const parsedFeeds = policyFeedsSchema.safeParse(data.feeds);
  if (!parsedFeeds.success)
    problems.push({ path: 'feeds', message: t('wrongType', { path: 'feeds', expected: t('typeList') }) });
  const rawFeeds = parsedFeeds.success ? parsedFeeds.data : undefined;
  // A single address where a list was expected is what it obviously means.
  const listed = typeof rawFeeds === 'string' ? [rawFeeds] : (rawFeeds ?? []);
  const feeds: string[] = [];
  listed.forEach((entry, index) => {
    const path = `feeds[${index}]`;
    if (typeof entry !== 'string') {
      problems.push({ path, message: t('wrongType', { path, expected: t('typeUrl') }) });
      return;
    }
    const checked = checkFeedUrl(entry, { locale });
    if (!checked.ok) {
      problems.push({ path, message: t('badFeed', { path, reason: checked.error.message }) });
      return;
    }
    if (!feeds.includes(checked.url)) feeds.push(checked.url);
  });
  const flag = (key: 'lockFeeds' | 'workshopMode'): boolean => {
    const value = data[key];
    if (value === undefined || typeof value === 'boolean') return value ?? false;
    problems.push({ path: key, message: t('wrongType', { path: key, expected: t('typeBoolean') }) });
    return false;
  };
  let lockFeeds = flag('lockFeeds');
  if (lockFeeds && feeds.length === 0) {
    problems.push({ path: 'lockFeeds', message: t('lockWithoutFeeds') });
    lockFeeds = false;
  }
  return { policy: { feeds, lockFeeds, workshopMode: flag('workshopMode') }, problems };
}

export interface ManagedFeedsPlan {
  /** Named by the policy, not in the list yet. */
  add: string[];
  /** Already in the list as the employee's or the demo: they become managed and keep their items. */
  promote: string[];
  /** Managed feeds the policy no longer names, and — when locked — every feed it does not name. */
  remove: string[];
}

/** What to change in the list so it follows the policy. */
export function planManagedFeeds(existing: readonly FeedRecord[], policy: ManagedPolicy): ManagedFeedsPlan {
  const named = new Set(policy.feeds);
  const present = new Set(existing.map((feed) => feed.url));
  return {
    add: policy.feeds.filter((url) => !present.has(url)),
    promote: existing.filter((feed) => named.has(feed.url) && feed.source !== 'managed').map((feed) => feed.url),
    remove: existing
      .filter((feed) => !named.has(feed.url) && (feed.source === 'managed' || policy.lockFeeds))
      .map((feed) => feed.url),
  };
}

export const canAddFeeds = (policy: ManagedPolicy = NO_POLICY) => !policy.lockFeeds;

export function canRemoveFeed(
  feed: Pick<FeedRecord, 'source'>,
  policy: ManagedPolicy = NO_POLICY,
): { ok: true } | { ok: false; reason: 'managed' | 'locked' } {
  if (feed.source === 'managed') return { ok: false, reason: 'managed' };
  if (policy.lockFeeds) return { ok: false, reason: 'locked' };
  return { ok: true };
}
