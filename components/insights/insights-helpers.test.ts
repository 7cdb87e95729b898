import { describe, expect, it } from 'vitest';
import type { EditorialMix, MixEntry, OwnWordsPoint } from '@/lib/history';
import { countTicks, layoutBars, niceCeiling } from './chart-scale';
import { challengesFrom, readChallenges, writeChallenges } from './challenge-setting';
import { historyFileName, historyMimeType } from './download';
import { biggestGap, categoryName, overallOwnWords } from './summaries';

describe('categoryName', () => {
  it('keeps a known label and capitalises an id the library does not name', () => {
    const label = (id: string) => ({ product: 'Produit' })[id] ?? id;
    expect(categoryName(label, 'product', 'fr')).toBe('Produit');
    expect(categoryName(label, 'people', 'fr')).toBe('People');
    expect(categoryName(label, 'équipe', 'fr')).toBe('Équipe');
  });
});

describe('chart scales', () => {
  it('rounds the top of a count axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 26, 480].map(niceCeiling)).toEqual([1, 1, 2, 5, 10, 10, 20, 50, 500]);
  });

  it('draws bars bottom-up, proportional to the top, clipped to the box', () => {
    const bars = layoutBars([0, 1, 2, 9], { width: 400, height: 100, gap: 10 }, 2);
    expect(bars.map((bar) => bar.height)).toEqual([0, 50, 100, 100]);
    expect(bars.map((bar) => bar.y)).toEqual([100, 50, 0, 0]);
    expect(bars.map((bar) => bar.x)).toEqual([5, 105, 205, 305]);
    expect(bars.every((bar) => bar.width === 90)).toBe(true);
  });

  it('gives round ticks from 0 up to and including the top', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(countTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(countTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(countTicks(50)).toEqual([0, 10, 20, 30, 40, 50]);
  });
});

const entry = (category: string, fraction: number, targetFraction: number): MixEntry => ({
  category,
  count: Math.round(fraction * 10),
  fraction,
  targetFraction,
  gap: targetFraction - fraction,
});
const mixOf = (entries: MixEntry[], hasTarget = true): EditorialMix => ({
  total: 10,
  kinds: { post: 10, repost: 0, comment: 0 },
  hasTarget,
  entries,
});

describe('what the page says about the mix', () => {
  it('calls out the biggest gap, over or under the target', () => {
    expect(biggestGap(mixOf([entry('product', 0.2, 0.3), entry('culture', 0.8, 0.4)]))?.category).toBe('culture');
    expect(biggestGap(mixOf([entry('product', 0.1, 0.5), entry('culture', 0.9, 0.5)]))?.category).toBe('product');
  });

  it('says nothing when every gap is small, or there is no target or no post', () => {
    expect(biggestGap(mixOf([entry('product', 0.48, 0.5), entry('culture', 0.52, 0.5)]))).toBeUndefined();
    expect(biggestGap(mixOf([entry('product', 1, 0)], false))).toBeUndefined();
    expect(
      biggestGap({
        total: 0,
        kinds: { post: 0, repost: 0, comment: 0 },
        hasTarget: true,
        entries: [entry('product', 0, 1)],
      }),
    ).toBeUndefined();
  });

  it('averages own words over every post, not over weeks', () => {
    const week = (count: number, averageOwnWords: number | null): OwnWordsPoint => ({
      label: '',
      start: 0,
      end: 0,
      count,
      averageOwnWords,
    });
    expect(overallOwnWords([week(3, 0.8), week(0, null), week(1, 0.4)])).toBeCloseTo(0.7);
    expect(overallOwnWords([week(0, null)])).toBeNull();
  });
});

describe('downloads', () => {
  it('names files by local day and says when they are workshop data', () => {
    const day = new Date(2026, 2, 1, 23, 30);
    expect(historyFileName('json', 'real', day)).toBe('relais-history-2026-03-01.json');
    expect(historyFileName('csv', 'workshop', day)).toBe('relais-workshop-history-2026-03-01.csv');
    expect(historyMimeType('csv')).toBe('text/csv;charset=utf-8');
  });
});

describe('the challenges setting', () => {
  it('is off until the employee opts in, and ignores anything unknown', async () => {
    expect(await readChallenges()).toEqual([]);
    expect(challengesFrom(['clean-charter', 'leaderboard', 3, 'own-words'])).toEqual(['own-words', 'clean-charter']);
    expect(challengesFrom('own-words')).toEqual([]);
    await writeChallenges(['beat-last-month']);
    expect(await readChallenges()).toEqual(['beat-last-month']);
  });
});
