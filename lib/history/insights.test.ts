import { describe, expect, it } from 'vitest';
import { aShare, freshDb, utc } from '../../tests/helpers/history';
import { civilDateAt, isoWeekLabel, monthLabel } from '../time/calendar';
import { generateShareHistory } from './generate';
import { compareMix, editorialMix, normaliseMix, ownWordsOverTime, postsPerWeek } from './insights';
import { recordShares } from './shares';

const PARIS = 'Europe/Paris';

async function handBuiltHistory() {
  const db = freshDb();
  await recordShares(db, [
    aShare({ itemId: 'outside', postedAt: utc(2026, 2, 20), ownWords: 0.9, category: 'product' }),
    aShare({ itemId: 'mon', postedAt: utc(2026, 3, 2, 8), ownWords: 0.2, category: 'product' }),
    // Sunday 23:30 in Paris: still week 10 there.
    aShare({ itemId: 'sun-late', postedAt: utc(2026, 3, 8, 22, 30), ownWords: 0.4, category: 'culture' }),
    // Monday 00:30 in Paris, but still Sunday in UTC.
    aShare({ itemId: 'mon-early', postedAt: utc(2026, 3, 8, 23, 30), ownWords: 0.6, category: 'events' }),
    aShare({ itemId: 'w12', postedAt: utc(2026, 3, 20), ownWords: 1, category: 'product' }),
  ]);
  return db;
}

describe('postsPerWeek', () => {
  it('counts posts per local ISO week, empty weeks included', async () => {
    const db = await handBuiltHistory();
    const weeks = await postsPerWeek(db, { from: utc(2026, 3, 2, 0), to: utc(2026, 3, 22), timeZone: PARIS });
    expect(weeks.map(({ label, count }) => [label, count])).toEqual([
      ['2026-W10', 2],
      ['2026-W11', 1],
      ['2026-W12', 1],
    ]);
  });

  it('uses the given time zone for week boundaries', async () => {
    const db = await handBuiltHistory();
    const weeks = await postsPerWeek(db, { from: utc(2026, 3, 2, 0), to: utc(2026, 3, 22), timeZone: 'UTC' });
    expect(weeks.map(({ label, count }) => [label, count])).toEqual([
      ['2026-W10', 3],
      ['2026-W11', 0],
      ['2026-W12', 1],
    ]);
  });

  it('returns nothing for an empty range and zeros for an empty history', async () => {
    const db = freshDb();
    expect(await postsPerWeek(db, { from: 5, to: 5, timeZone: PARIS })).toEqual([]);
    const weeks = await postsPerWeek(db, { from: utc(2026, 1, 5), to: utc(2026, 1, 18), timeZone: PARIS });
    expect(weeks.map((week) => week.count)).toEqual([0, 0]);
  });
});

describe('ownWordsOverTime', () => {
  it('averages own words per week, null for weeks without posts', async () => {
    const db = await handBuiltHistory();
    const weeks = await ownWordsOverTime(db, { from: utc(2026, 3, 2, 0), to: utc(2026, 3, 22), timeZone: PARIS });
    expect(weeks.map(({ label, count, averageOwnWords }) => [label, count, averageOwnWords])).toEqual([
      ['2026-W10', 2, 0.30000000000000004],
      ['2026-W11', 1, 0.6],
      ['2026-W12', 1, 1],
    ]);
  });

  it('averages per month', async () => {
    const db = await handBuiltHistory();
    const months = await ownWordsOverTime(db, {
      from: utc(2026, 1, 15),
      to: utc(2026, 3, 31),
      timeZone: PARIS,
      granularity: 'month',
    });
    expect(months.map(({ label, count, averageOwnWords }) => [label, count, averageOwnWords])).toEqual([
      ['2026-01', 0, null],
      ['2026-02', 1, 0.9],
      ['2026-03', 4, (0.2 + 0.4 + 0.6 + 1) / 4],
    ]);
  });
});

describe('editorialMix', () => {
  const summary = (mix: Awaited<ReturnType<typeof editorialMix>>) =>
    mix.entries.map(({ category, count, fraction, targetFraction, gap }) => ({
      category,
      count,
      fraction,
      targetFraction,
      gap: Math.round(gap * 1000) / 1000,
    }));

  it('compares counts with a target in percent, categories missing on either side included', async () => {
    const db = await handBuiltHistory();
    const mix = await editorialMix(db, { from: utc(2026, 3, 1), target: { product: 20, culture: 30, industry: 50 } });
    expect(mix.total).toBe(4);
    expect(mix.hasTarget).toBe(true);
    expect(summary(mix)).toEqual([
      { category: 'industry', count: 0, fraction: 0, targetFraction: 0.5, gap: 0.5 },
      { category: 'culture', count: 1, fraction: 0.25, targetFraction: 0.3, gap: 0.05 },
      { category: 'events', count: 1, fraction: 0.25, targetFraction: 0, gap: -0.25 },
      { category: 'product', count: 2, fraction: 0.5, targetFraction: 0.2, gap: -0.3 },
    ]);
  });

  it('reads a target in fractions the same way', async () => {
    const db = await handBuiltHistory();
    const inPercent = await editorialMix(db, { target: { product: 20, culture: 30, industry: 50 } });
    const inFractions = await editorialMix(db, { target: { product: 0.2, culture: 0.3, industry: 0.5 } });
    expect(summary(inFractions)).toEqual(summary(inPercent));
  });

  it('covers all history by default, and works without a target', async () => {
    const db = await handBuiltHistory();
    const mix = await editorialMix(db);
    expect(mix.total).toBe(5);
    expect(mix.hasTarget).toBe(false);
    expect(mix.entries.find((entry) => entry.category === 'product')?.count).toBe(3);
  });

  it('gives the whole target as the gap when nothing was posted', () => {
    const mix = compareMix(new Map(), { product: 1, culture: 3 });
    expect(mix.entries.map(({ category, gap }) => [category, gap])).toEqual([
      ['culture', 0.75],
      ['product', 0.25],
    ]);
  });
});

describe('normaliseMix', () => {
  it('turns percents or fractions into fractions', () => {
    expect(normaliseMix({ a: 20, b: 80 })).toEqual({ a: 0.2, b: 0.8 });
    expect(normaliseMix({ a: 0.25, b: 0.75 })).toEqual({ a: 0.25, b: 0.75 });
    expect(normaliseMix({ a: 1, b: 1, c: 2 })).toEqual({ a: 0.25, b: 0.25, c: 0.5 });
  });

  it('drops unusable weights and treats an all-zero mix as no target', () => {
    expect(normaliseMix({ a: -5, b: Number.NaN, c: 10 })).toEqual({ c: 1 });
    expect(normaliseMix({ a: 0 })).toEqual({});
    expect(normaliseMix(undefined)).toEqual({});
  });
});

describe('insights on a generated history', () => {
  // Midnight in Paris, so the range is exactly 24 local months.
  const from = utc(2023, 12, 31, 23);
  const to = utc(2025, 12, 31, 23);
  const history = generateShareHistory({ count: 1500, from, to, seed: 7 });

  async function recorded() {
    const db = freshDb();
    await recordShares(db, history);
    return db;
  }

  it('weekly counts match a share-by-share count and add up to the history', async () => {
    const db = await recorded();
    const weeks = await postsPerWeek(db, { from, to, timeZone: PARIS });
    const expected = new Map<string, number>();
    for (const share of history) {
      const label = isoWeekLabel(civilDateAt(share.postedAt, PARIS));
      expected.set(label, (expected.get(label) ?? 0) + 1);
    }
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(history.length);
    expect(weeks.filter((week) => week.count > 0).map((week) => [week.label, week.count])).toEqual([...expected]);
    expect(weeks.length).toBeGreaterThanOrEqual(104);
  });

  it('monthly own-words averages match the rows', async () => {
    const db = await recorded();
    const months = await ownWordsOverTime(db, { from, to, timeZone: PARIS, granularity: 'month' });
    expect(months).toHaveLength(24);
    const monthOfShare = history.map((share) => monthLabel(civilDateAt(share.postedAt, PARIS)));
    for (const month of months) {
      const rows = history.filter((_, i) => monthOfShare[i] === month.label);
      expect(month.count).toBe(rows.length);
      expect(month.averageOwnWords).toBeCloseTo(rows.reduce((sum, share) => sum + share.ownWords, 0) / rows.length, 10);
    }
  });

  it('the mix accounts for every share once', async () => {
    const db = await recorded();
    const mix = await editorialMix(db, { target: { product: 1 } });
    expect(mix.total).toBe(history.length);
    expect(mix.entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(history.length);
    expect(mix.entries.reduce((sum, entry) => sum + entry.fraction, 0)).toBeCloseTo(1, 10);
    for (const entry of mix.entries) {
      expect(entry.count).toBe(history.filter((share) => share.category === entry.category).length);
    }
  });

  it('stay right when shares were written without lib/history', async () => {
    const db = await recorded();
    await db.shares.bulkAdd([aShare({ category: 'rogue', postedAt: utc(2025, 6, 2) })]);
    expect((await editorialMix(db)).entries.find((entry) => entry.category === 'rogue')?.count).toBe(1);
    const first = await db.shares.orderBy('postedAt').first();
    await db.shares.delete(first!.id!);
    expect((await editorialMix(db)).total).toBe(history.length);
  });
});
