/** What the insights page says in words about its charts. */
import type { EditorialMix, MixEntry, OwnWordsPoint } from '@/lib/history';

/** Gaps smaller than this (five points) are noise on a handful of posts: not worth calling out. */
export const NOTABLE_GAP = 0.05;

/**
 * The category furthest from the team's target, over or under, to say in
 * words; undefined when there is no target, no post, or every category is
 * within `NOTABLE_GAP` of it.
 */
export function biggestGap(mix: EditorialMix): MixEntry | undefined {
  if (!mix.hasTarget || mix.total === 0) return undefined;
  let biggest: MixEntry | undefined;
  for (const entry of mix.entries) {
    if (Math.abs(entry.gap) >= NOTABLE_GAP && (!biggest || Math.abs(entry.gap) > Math.abs(biggest.gap)))
      biggest = entry;
  }
  return biggest;
}

/** The share of own words over every post of the range (weekly averages weighted by their posts); null without posts. */
export function overallOwnWords(points: readonly OwnWordsPoint[]): number | null {
  let posts = 0;
  let sum = 0;
  for (const point of points) {
    if (point.averageOwnWords === null) continue;
    posts += point.count;
    sum += point.averageOwnWords * point.count;
  }
  return posts > 0 ? sum / posts : null;
}

/**
 * A category's name for sentences and rows: the known label, else the feed's id with a capital
 * ("people" → "People"), so a category the library does not name still reads as a name.
 */
export function categoryName(label: (id: string) => string, id: string, locale: string): string {
  const named = label(id);
  return named === id && id.length > 0 ? id.charAt(0).toLocaleUpperCase(locale) + id.slice(1) : named;
}
