/**
 * Personal insights over the employee's own history: rhythm, own words and
 * editorial mix. Everything reads the share digest (see digest.ts), never the
 * full rows, so each query stays fast on very long histories. Nothing here is
 * compared with anyone else.
 */
import type { RelaisDb } from '../db/db';
import { type Granularity, type Period, periodIndexOf, periodsBetween, systemTimeZone } from '../time/calendar';
import type { ShareKind } from '../db/records';
import { kindOfFlags, readShareFacts, type TimeRange } from './digest';
import { withStorageErrors } from './errors';

export interface CalendarQuery {
  /** Epoch ms. Every whole local period overlapping [from, to) is returned. */
  from: number;
  to: number;
  /** IANA zone whose weeks and months are used; the system's by default. */
  timeZone?: string;
}

export interface PeriodCount extends Period {
  count: number;
}

/** Posts per ISO week (Monday to Sunday, local time), every week present, empty ones at 0. */
export async function postsPerWeek(db: RelaisDb, query: CalendarQuery): Promise<PeriodCount[]> {
  const periods = periodsBetween(query.from, query.to, 'week', query.timeZone ?? systemTimeZone());
  const counts = new Array<number>(periods.length).fill(0);
  if (periods.length > 0) {
    const facts = await withStorageErrors(() => readShareFacts(db, spanOf(periods)));
    for (const postedAt of facts.postedAt) {
      const index = periodIndexOf(periods, postedAt);
      if (index >= 0) counts[index]! += 1;
    }
  }
  return periods.map((period, i) => ({ ...period, count: counts[i]! }));
}

export interface OwnWordsPoint extends Period {
  count: number;
  /** Mean share of own words (0–1) of the period's posts; null when there were none. */
  averageOwnWords: number | null;
}

/** Average share of own words per week or month, every period present. */
export async function ownWordsOverTime(
  db: RelaisDb,
  query: CalendarQuery & { granularity?: Granularity },
): Promise<OwnWordsPoint[]> {
  const periods = periodsBetween(query.from, query.to, query.granularity ?? 'week', query.timeZone ?? systemTimeZone());
  const counts = new Array<number>(periods.length).fill(0);
  const sums = new Array<number>(periods.length).fill(0);
  if (periods.length > 0) {
    const facts = await withStorageErrors(() => readShareFacts(db, spanOf(periods)));
    for (let i = 0; i < facts.count; i += 1) {
      const index = periodIndexOf(periods, facts.postedAt[i]!);
      if (index < 0) continue;
      counts[index]! += 1;
      sums[index]! += facts.ownWords[i]!;
    }
  }
  return periods.map((period, i) => ({
    ...period,
    count: counts[i]!,
    averageOwnWords: counts[i]! > 0 ? sums[i]! / counts[i]! : null,
  }));
}

const spanOf = (periods: readonly Period[]): TimeRange => ({ from: periods[0]!.start, to: periods.at(-1)!.end });

/** Category → weight, in percent (`{"product": 20, …}`) or fractions (`{"product": 0.2, …}`). */
export type CategoryMix = Record<string, number>;

/**
 * Turns a target mix into fractions that sum to 1, whatever its unit. Negative
 * or non-finite weights are dropped; an all-zero mix means no target (`{}`).
 */
export function normaliseMix(mix: CategoryMix | undefined): CategoryMix {
  const entries = Object.entries(mix ?? {}).filter(([, weight]) => Number.isFinite(weight) && weight >= 0);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  if (total <= 0) return {};
  return Object.fromEntries(entries.map(([category, weight]) => [category, weight / total]));
}

export interface MixEntry {
  category: string;
  count: number;
  /** Share of the period's posts in this category, 0–1 (0 when there were no posts). */
  fraction: number;
  /** The category's share of the target, 0–1; 0 for a category the target does not name. */
  targetFraction: number;
  /** `targetFraction - fraction`: positive when under-represented. */
  gap: number;
}

export interface EditorialMix {
  total: number;
  /** Posts, reposts with thoughts and comments among the period's shares. */
  kinds: Record<ShareKind, number>;
  /** False when no target was given (or it was all zeros): then every `targetFraction` is 0. */
  hasTarget: boolean;
  /** Every category posted in or targeted, most under-represented first. */
  entries: MixEntry[];
}

/** Compares post counts per category with a target mix. */
export function compareMix(
  counts: ReadonlyMap<string, number>,
  target: CategoryMix | undefined,
): Omit<EditorialMix, 'kinds'> {
  const targetFractions = normaliseMix(target);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const categories = new Set([...counts.keys(), ...Object.keys(targetFractions)]);
  const entries = [...categories].map((category): MixEntry => {
    const count = counts.get(category) ?? 0;
    const fraction = total > 0 ? count / total : 0;
    const targetFraction = targetFractions[category] ?? 0;
    return { category, count, fraction, targetFraction, gap: targetFraction - fraction };
  });
  entries.sort((a, b) => b.gap - a.gap || b.targetFraction - a.targetFraction || a.category.localeCompare(b.category));
  return { total, hasTarget: Object.keys(targetFractions).length > 0, entries };
}

/** Posts per category in [from, to) (all history by default) against the team's target mix. */
export async function editorialMix(
  db: RelaisDb,
  query: TimeRange & { target?: CategoryMix } = {},
): Promise<EditorialMix> {
  const facts = await withStorageErrors(() => readShareFacts(db, query));
  const counts = new Map<string, number>();
  for (const category of facts.category) counts.set(category, (counts.get(category) ?? 0) + 1);
  const kinds: Record<ShareKind, number> = { post: 0, repost: 0, comment: 0 };
  for (const flags of facts.flags) kinds[kindOfFlags(flags)] += 1;
  return { ...compareMix(counts, query.target), kinds };
}
