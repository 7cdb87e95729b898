/**
 * Everything the insights page shows, computed in one pass so the page needs
 * one round trip to the background. The target mix is the charter's: see
 * `targetMixOf` for which feed it comes from.
 */
import type { RelaisDb } from '../db/db';
import type { FeedRecord, FeedSource } from '../db/records';
import { isVisibleAt, type LibraryItem } from '../feed/library-item';
import { type ChallengeId, type ChallengeProgress, challengeProgress } from './challenges';
import {
  type CategoryMix,
  editorialMix,
  type EditorialMix,
  normaliseMix,
  type OwnWordsPoint,
  ownWordsOverTime,
  type PeriodCount,
  postsPerWeek,
} from './insights';
import { type Suggestion, suggestNext } from './suggest';

export interface InsightsQuery {
  /** Epoch ms, [from, to): the range of the charts and of the editorial mix. */
  from: number;
  to: number;
  timeZone: string;
  /** The challenges the employee switched on. */
  challenges: readonly ChallengeId[];
  /** "Now" for suggestions and challenges; defaults to the clock. */
  now?: number;
  /** The UI's language, for the suggestions. */
  language?: string;
}

export interface InsightsReport {
  postsPerWeek: PeriodCount[];
  ownWordsOverTime: OwnWordsPoint[];
  editorialMix: EditorialMix;
  suggestions: Suggestion[];
  /** How many library items can be shared now (visible): tells "all shared" from "nothing to share". */
  shareableItems: number;
  challenges: ChallengeProgress[];
}

/** Company-managed feeds speak for the team before the employee's own subscriptions and the demo. */
const SOURCE_ORDER: Record<FeedSource, number> = { managed: 0, user: 1, demo: 2 };

/**
 * The team's target mix: the mix of the first feed that has one, managed feeds
 * first, then in subscription order. Mixes are not merged: two feeds' targets
 * describe different teams' plans, and averaging them would be nobody's plan.
 */
export function targetMixOf(feeds: readonly FeedRecord[]): CategoryMix | undefined {
  const ordered = [...feeds].sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.addedAt - b.addedAt);
  for (const feed of ordered) {
    const mix = normaliseMix(feed.snapshot?.mix);
    if (Object.keys(mix).length > 0) return mix;
  }
  return undefined;
}

export async function insightsReport(
  db: RelaisDb,
  library: { items: readonly LibraryItem[]; feeds: readonly FeedRecord[] },
  query: InsightsQuery,
): Promise<InsightsReport> {
  const { from, to, timeZone, challenges } = query;
  const now = query.now ?? Date.now();
  const target = targetMixOf(library.feeds);
  const visible = library.items.filter((item) => isVisibleAt(item, now));
  const [weeks, ownWords, mix, suggestions, progress] = await Promise.all([
    postsPerWeek(db, { from, to, timeZone }),
    ownWordsOverTime(db, { from, to, timeZone, granularity: 'week' }),
    editorialMix(db, { from, to, target }),
    suggestNext(db, visible, target, { now, language: query.language }),
    challenges.length > 0 ? challengeProgress(db, { now, timeZone, challenges, target }) : Promise.resolve([]),
  ]);
  return {
    postsPerWeek: weeks,
    ownWordsOverTime: ownWords,
    editorialMix: mix,
    suggestions,
    shareableItems: visible.length,
    challenges: progress,
  };
}
