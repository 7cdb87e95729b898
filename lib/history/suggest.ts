/**
 * "What could I share next?": library items the employee has not shared yet,
 * ordered so that sharing them brings their recent mix closer to the team's
 * target. Only visible items (not embargoed, not expired) are suggested.
 */
import type { RelaisDb } from '../db/db';
import { isVisibleAt, type LibraryItem } from '../feed/library-item';
import type { SharedItemSummary } from '../db/records';
import { readSharedItems } from './digest';
import { withStorageErrors } from './errors';
import { type CategoryMix, editorialMix } from './insights';

const DAY = 86_400_000;
/** The mix is judged over recent posts: what someone shared a year ago says little about balance now. */
export const DEFAULT_MIX_WINDOW_DAYS = 90;
/** A campaign ending within this many days is "ending soon". */
export const CAMPAIGN_ENDING_SOON_DAYS = 7;
/** An item published within this many days is "new". */
export const NEW_ITEM_DAYS = 7;

export type SuggestionReason = 'under-represented' | 'pinned' | 'campaign-ending' | 'new';

export interface Suggestion {
  item: LibraryItem;
  /** The item's category gap in the recent mix (target share − actual share); > 0 means under-represented. */
  gap: number;
  /** Why it is suggested, most important first. */
  reasons: SuggestionReason[];
}

export interface SuggestOptions {
  now: number;
  /** Start of the window the mix is measured over; `now - 90 days` by default. */
  from?: number;
  /** How many suggestions to return (3 by default). */
  limit?: number;
}

const activeCampaignEnd = (item: LibraryItem, now: number) =>
  item.campaign && item.campaign.start <= now && now < item.campaign.end ? item.campaign.end : Infinity;

/**
 * Orders candidates by: most under-represented category first, then pinned,
 * then active campaign ending soonest, then newest.
 */
export async function suggestNext(
  db: RelaisDb,
  items: readonly LibraryItem[],
  target: CategoryMix | undefined,
  options: SuggestOptions,
): Promise<Suggestion[]> {
  const { now, from = now - DEFAULT_MIX_WINDOW_DAYS * DAY, limit = 3 } = options;
  const visible = items.filter((item) => isVisibleAt(item, now));
  const [mix, shared] = await Promise.all([
    editorialMix(db, { from, to: now, target }),
    getSharedItems(
      db,
      visible.map((item) => item.key),
    ),
  ]);
  const gapOf = new Map(mix.entries.map((entry) => [entry.category, entry.gap]));
  const candidates = visible
    .filter((item) => !shared.has(item.key))
    .map((item) => ({ item, gap: gapOf.get(item.category) ?? 0, campaignEnd: activeCampaignEnd(item, now) }));
  candidates.sort(
    (a, b) =>
      b.gap - a.gap ||
      Number(b.item.pinned) - Number(a.item.pinned) ||
      a.campaignEnd - b.campaignEnd ||
      b.item.publishedAt - a.item.publishedAt ||
      a.item.key.localeCompare(b.item.key),
  );
  return candidates.slice(0, limit).map(({ item, gap, campaignEnd }) => ({
    item,
    gap,
    reasons: reasonsFor(item, gap, campaignEnd, now),
  }));
}

function reasonsFor(item: LibraryItem, gap: number, campaignEnd: number, now: number): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  if (gap > 0) reasons.push('under-represented');
  if (item.pinned) reasons.push('pinned');
  if (campaignEnd - now <= CAMPAIGN_ENDING_SOON_DAYS * DAY) reasons.push('campaign-ending');
  if (now - item.publishedAt <= NEW_ITEM_DAYS * DAY && item.publishedAt <= now) reasons.push('new');
  return reasons;
}

/** How often and when last the employee shared each of `itemKeys` (for "already shared" badges); unshared items are absent. */
export async function getSharedItems(
  db: RelaisDb,
  itemKeys: readonly string[],
): Promise<Map<string, SharedItemSummary>> {
  return withStorageErrors(() => readSharedItems(db, itemKeys));
}
