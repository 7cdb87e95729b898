import { describe, expect, it } from 'vitest';
import { aShare, freshDb, utc } from '../../tests/helpers/history';
import type { ShareFinding } from '../db/records';
import { challengeProgress } from './challenges';
import { describeChallenge } from './describe';
import { recordShares } from './shares';

const PARIS = 'Europe/Paris';
const now = utc(2026, 3, 20);
const warning: ShareFinding = { rule: 'hashtags', severity: 'warning', message: 'Too many hashtags' };
const error: ShareFinding = { rule: 'banned', severity: 'error', message: 'Confidential' };
const tip: ShareFinding = { rule: 'length', severity: 'tip', message: 'Shorter reads better' };

async function history() {
  const db = freshDb();
  await recordShares(db, [
    aShare({ itemId: 'feb-1', postedAt: utc(2026, 2, 10), ownWords: 0.5 }),
    aShare({ itemId: 'feb-2', postedAt: utc(2026, 2, 12), ownWords: 0.3 }),
    // 00:30 on March 1st in Paris: this month, though still February in UTC.
    aShare({ itemId: 'mar-0', postedAt: utc(2026, 2, 28, 23, 30), ownWords: 0.9, category: 'culture' }),
    aShare({ itemId: 'mar-1', postedAt: utc(2026, 3, 2), ownWords: 0.7, category: 'product' }),
    aShare({ itemId: 'mar-2', postedAt: utc(2026, 3, 5), ownWords: 0.65, category: 'culture', findings: [warning] }),
    aShare({ itemId: 'mar-3', postedAt: utc(2026, 3, 9), ownWords: 0.61, category: 'events', findings: [tip] }),
    aShare({ itemId: 'mar-4', postedAt: utc(2026, 3, 12), ownWords: 0.4, category: 'product', findings: [error, tip] }),
    aShare({ itemId: 'april', postedAt: utc(2026, 4, 2), ownWords: 1, category: 'industry' }),
  ]);
  return db;
}

describe('challengeProgress', () => {
  it("counts this month's posts in the employee's time zone", async () => {
    const db = await history();
    const progress = await challengeProgress(db, {
      now,
      timeZone: PARIS,
      target: { product: 40, culture: 40, industry: 20 },
    });
    const march = { label: '2026-03', start: utc(2026, 2, 28, 23), end: utc(2026, 3, 31, 22) };
    expect(progress).toEqual([
      { id: 'own-words', period: march, available: true, progress: 4, goal: 3, unit: 'posts', done: true },
      { id: 'every-category', period: march, available: true, progress: 2, goal: 3, unit: 'categories', done: false },
      { id: 'clean-charter', period: march, available: true, progress: 3, goal: 3, unit: 'posts', done: true },
      {
        id: 'beat-last-month',
        period: march,
        available: true,
        progress: expect.closeTo((0.9 + 0.7 + 0.65 + 0.61 + 0.4) / 5, 10),
        goal: expect.closeTo(0.4, 10),
        unit: 'own-words',
        done: true,
      },
    ]);
  });

  it('returns only the challenges opted into', async () => {
    const db = await history();
    const progress = await challengeProgress(db, { now, timeZone: PARIS, challenges: ['clean-charter'] });
    expect(progress.map((challenge) => challenge.id)).toEqual(['clean-charter']);
  });

  it('marks challenges that cannot apply yet', async () => {
    const db = freshDb();
    await recordShares(db, [aShare({ postedAt: utc(2026, 3, 2), ownWords: 0.8 })]);
    const progress = await challengeProgress(db, {
      now,
      timeZone: PARIS,
      challenges: ['every-category', 'beat-last-month'],
    });
    expect(progress.map(({ id, available, done }) => ({ id, available, done }))).toEqual([
      { id: 'every-category', available: false, done: false },
      { id: 'beat-last-month', available: false, done: false },
    ]);
  });

  it('starts every month from zero', async () => {
    const db = await history();
    const [ownWords] = await challengeProgress(db, {
      now: utc(2026, 4, 20),
      timeZone: PARIS,
      challenges: ['own-words'],
    });
    expect(ownWords).toMatchObject({ progress: 1, done: false, period: { label: '2026-04' } });
  });
});

describe('describeChallenge', () => {
  it('words progress in English and French', async () => {
    const db = await history();
    const [ownWords, everyCategory, , beat] = await challengeProgress(db, {
      now,
      timeZone: PARIS,
      target: { product: 1, culture: 1, industry: 1 },
    });
    expect(describeChallenge(ownWords!, 'en')).toEqual({
      title: 'Mostly your words',
      detail: '3 posts this month with more than 60% in your own words.',
      status: 'Done: well played.',
    });
    expect(describeChallenge(everyCategory!, 'en').status).toBe('2 of 3');
    expect(describeChallenge(everyCategory!, 'fr')).toEqual({
      title: 'Un peu de tout',
      detail: 'Une publication dans chacune des 3 catégories de votre équipe ce mois-ci.',
      status: '2 sur 3',
    });
    expect(describeChallenge(beat!, 'fr').detail).toMatch(
      /^En moyenne, plus de mots à vous que le mois dernier \(40\s%\)\.$/,
    );
  });
});
