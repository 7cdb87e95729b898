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
  /** The UI's language: items in it come first, and of one story told in several languages, this one is offered. */
  language?: string;
}

const baseLanguage = (tag: string | undefined) => tag?.toLowerCase().split(/[-_]/)[0];

/**
 * The story an item tells, whatever its language: a feed that publishes one
 * story in several languages gives the versions ids that differ only by a
 * language suffix ("launch-fr", "launch-en"), as the demo library does. JSON
 * Feed has no field linking translations, so this is the one signal there is.
 */
export function storyKey(item: Pick<LibraryItem, 'feedUrl' | 'id' | 'language'>): string {
  const language = baseLanguage(item.language);
  const suffix = language ? new RegExp(`[-_.]${language}$`, 'i') : undefined;
  return `${item.feedUrl}#${suffix ? item.id.replace(suffix, '') : item.id}`;
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
  const language = baseLanguage(options.language);
  const inOtherLanguage = (item: LibraryItem) =>
    language !== undefined && item.language !== undefined && baseLanguage(item.language) !== language ? 1 : 0;
  const visible = items.filter((item) => isVisibleAt(item, now));
  const [mix, shared] = await Promise.all([
    editorialMix(db, { from, to: now, target }),
    getSharedItems(
      db,
      visible.map((item) => item.key),
    ),
  ]);
  const gapOf = new Map(mix.entries.map((entry) => [entry.category, entry.gap]));
  // A story shared in one language is shared; of the others, one version each, the UI's language first.
  const sharedStories = new Set(visible.filter((item) => shared.has(item.key)).map(storyKey));
  const versions = new Map<string, LibraryItem>();
  for (const item of visible) {
    const story = storyKey(item);
    if (sharedStories.has(story)) continue;
    const kept = versions.get(story);
    if (!kept || inOtherLanguage(item) < inOtherLanguage(kept)) versions.set(story, item);
  }
  const candidates = [...versions.values()].map((item) => ({
    item,
    gap: gapOf.get(item.category) ?? 0,
    campaignEnd: activeCampaignEnd(item, now),
  }));
  candidates.sort(
    (a, b) =>
      inOtherLanguage(a.item) - inOtherLanguage(b.item) ||
      b.gap - a.gap ||
      Number(b.item.pinned) - Number(a.item.pinned) ||
      a.campaignEnd - b.campaignEnd ||
      b.item.publishedAt - a.item.publishedAt ||
      a.item.key.localeCompare(b.item.key),
  );
  return candidates.slice(0, limit).map(({ item, gap, campaignEnd }) => ({
    item,
    gap,
    // With nothing shared in the window, every category with a target is "under-represented": saying so explains nothing.
    reasons: reasonsFor(item, mix.total > 0 ? gap : 0, campaignEnd, now),
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

/**
 * What "Share next" can truthfully say. `start`: nothing shared yet, here are
 * first picks; `next`: the usual suggestions; `all-shared`: every shareable
 * item is shared; `nothing-shareable`: the library has nothing visible to
 * share (empty, expired or embargoed), whether or not anything was shared.
 */
export type SuggestionsStatus = 'start' | 'next' | 'all-shared' | 'nothing-shareable';

export function suggestionsStatus(facts: {
  suggestions: number;
  /** Library items visible now (not embargoed, not expired). */
  shareable: number;
  /** Whether the history holds any share at all. */
  hasShares: boolean;
}): SuggestionsStatus {
  if (facts.suggestions > 0) return facts.hasShares ? 'next' : 'start';
  return facts.shareable > 0 && facts.hasShares ? 'all-shared' : 'nothing-shareable';
}

/** How often and when last the employee shared each of `itemKeys` (for "already shared" badges); unshared items are absent. */
export async function getSharedItems(
  db: RelaisDb,
  itemKeys: readonly string[],
): Promise<Map<string, SharedItemSummary>> {
  return withStorageErrors(() => readSharedItems(db, itemKeys));
}
