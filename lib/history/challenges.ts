/**
 * Opt-in personal quality challenges for the current month. Progress comes
 * from the employee's own history only: nothing is ranked or compared with
 * colleagues. Which challenges are switched on is the caller's setting.
 */
import type { RelaisDb } from '../db/db';
import { SHARE_FLAG_CLEAN } from '../db/records';
import { type Period, periodContaining, systemTimeZone } from '../time/calendar';
import { readShareFacts } from './digest';
import { withStorageErrors } from './errors';
import { type CategoryMix, normaliseMix } from './insights';

export const CHALLENGE_IDS = ['own-words', 'every-category', 'clean-charter', 'beat-last-month'] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

/** "More than 60 % your own words". */
export const OWN_WORDS_THRESHOLD = 0.6;
export const OWN_WORDS_GOAL = 3;
export const CLEAN_CHARTER_GOAL = 3;

export interface ChallengeProgress {
  id: ChallengeId;
  /** The local month the challenge counts. */
  period: Period;
  /** False when the challenge cannot apply yet: no category mix, or nothing posted last month to beat. */
  available: boolean;
  /** Posts or categories so far; for `beat-last-month`, this month's average own words (0–1). */
  progress: number;
  /** Posts or categories needed; for `beat-last-month`, last month's average to exceed. */
  goal: number;
  unit: 'posts' | 'categories' | 'own-words';
  done: boolean;
}

export interface ChallengeQuery {
  now: number;
  timeZone?: string;
  /** The challenges the employee opted into; all of them by default. */
  challenges?: readonly ChallengeId[];
  /** The team's target mix: its categories are the ones `every-category` asks for. */
  target?: CategoryMix;
}

export async function challengeProgress(db: RelaisDb, query: ChallengeQuery): Promise<ChallengeProgress[]> {
  const timeZone = query.timeZone ?? systemTimeZone();
  const month = periodContaining(query.now, 'month', timeZone);
  const previous = periodContaining(month.start - 1, 'month', timeZone);
  const facts = await withStorageErrors(() => readShareFacts(db, { from: previous.start, to: month.end }));

  let ownWordsPosts = 0;
  let cleanPosts = 0;
  let thisMonthCount = 0;
  let thisMonthSum = 0;
  let lastMonthCount = 0;
  let lastMonthSum = 0;
  const categoriesThisMonth = new Set<string>();
  for (let i = 0; i < facts.count; i += 1) {
    const ownWords = facts.ownWords[i]!;
    if (facts.postedAt[i]! < month.start) {
      lastMonthCount += 1;
      lastMonthSum += ownWords;
      continue;
    }
    thisMonthCount += 1;
    thisMonthSum += ownWords;
    if (ownWords > OWN_WORDS_THRESHOLD) ownWordsPosts += 1;
    if (facts.flags[i]! & SHARE_FLAG_CLEAN) cleanPosts += 1;
    categoriesThisMonth.add(facts.category[i]!);
  }
  const targetCategories = Object.entries(normaliseMix(query.target))
    .filter(([, fraction]) => fraction > 0)
    .map(([category]) => category);
  const coveredCategories = targetCategories.filter((category) => categoriesThisMonth.has(category)).length;
  const thisMonthAverage = thisMonthCount > 0 ? thisMonthSum / thisMonthCount : 0;
  const lastMonthAverage = lastMonthCount > 0 ? lastMonthSum / lastMonthCount : 0;

  const all: Record<ChallengeId, Omit<ChallengeProgress, 'id' | 'period'>> = {
    'own-words': countChallenge(ownWordsPosts, OWN_WORDS_GOAL, 'posts'),
    'clean-charter': countChallenge(cleanPosts, CLEAN_CHARTER_GOAL, 'posts'),
    'every-category': {
      ...countChallenge(coveredCategories, targetCategories.length, 'categories'),
      available: targetCategories.length > 0,
      done: targetCategories.length > 0 && coveredCategories === targetCategories.length,
    },
    'beat-last-month': {
      available: lastMonthCount > 0,
      progress: thisMonthAverage,
      goal: lastMonthAverage,
      unit: 'own-words',
      done: lastMonthCount > 0 && thisMonthCount > 0 && thisMonthAverage > lastMonthAverage,
    },
  };
  return (query.challenges ?? CHALLENGE_IDS).map((id) => ({ id, period: month, ...all[id] }));
}

const countChallenge = (progress: number, goal: number, unit: 'posts' | 'categories') => ({
  available: true,
  progress,
  goal,
  unit,
  done: progress >= goal,
});
