/**
 * Insight queries over a 100,000-share history (fake-indexeddb, in Node). Each
 * is compared with reading the same share rows (what the query would cost
 * without the share digest), measured interleaved in the same run.
 */
import 'fake-indexeddb/auto';
import { RelaisDb } from '../../lib/db/db';
import { challengeProgress } from '../../lib/history/challenges';
import { generateLibrary, generateShareHistory } from '../../lib/history/generate';
import { editorialMix, ownWordsOverTime, postsPerWeek } from '../../lib/history/insights';
import { recordShare, recordShares } from '../../lib/history/shares';
import { suggestNext } from '../../lib/history/suggest';
import { type BenchFigure, compareMs, defineBench, medianMs } from './harness';

const SHARE_COUNT = 100_000;
const LIBRARY_SIZE = 500;
const TARGET_MS = 100;
const RUNS = 5;
const TIME_ZONE = 'Europe/Paris';
const from = Date.UTC(2021, 0, 1);
const to = Date.UTC(2026, 0, 1);
const now = to - 86_400_000;
const target = { product: 20, culture: 30, industry: 40, people: 10 };

export default defineBench({
  name: 'history insights',
  async run() {
    const db = new RelaisDb(`bench-history-${Date.now()}`);
    const history = generateShareHistory({ count: SHARE_COUNT, from, to, seed: 42 });
    const seedingStart = performance.now();
    for (let start = 0; start < history.length; start += 20_000)
      await recordShares(db, history.slice(start, start + 20_000));
    const seedingMs = performance.now() - seedingStart;
    const rows = await db.shares.count();
    const library = generateLibrary({ count: LIBRARY_SIZE, now });
    const readRows = () => db.shares.where('postedAt').between(from, to).toArray();

    const figures: BenchFigure[] = [];
    const measure = async (
      name: string,
      query: () => Promise<unknown>,
      extra: Record<string, string | number> = {},
    ) => {
      const { subject, baseline, ratio } = await compareMs(query, readRows, RUNS);
      figures.push({
        name,
        value: subject,
        unit: 'ms',
        target: TARGET_MS,
        details: { rows, 'baseline: read the rows (ms)': baseline, ratio, ...extra },
      });
    };

    const weeks = await postsPerWeek(db, { from, to, timeZone: TIME_ZONE });
    await measure('postsPerWeek, 5 years', () => postsPerWeek(db, { from, to, timeZone: TIME_ZONE }), {
      weeks: weeks.length,
      'posts counted': weeks.reduce((sum, week) => sum + week.count, 0),
    });
    await measure('ownWordsOverTime weekly, 5 years', () => ownWordsOverTime(db, { from, to, timeZone: TIME_ZONE }));
    await measure('ownWordsOverTime monthly, 5 years', () =>
      ownWordsOverTime(db, { from, to, timeZone: TIME_ZONE, granularity: 'month' }),
    );
    const mix = await editorialMix(db, { target });
    await measure('editorialMix, all history', () => editorialMix(db, { target }), { 'posts counted': mix.total });
    await measure(`suggestNext, ${LIBRARY_SIZE}-item library`, () => suggestNext(db, library, target, { now }));
    await measure('challengeProgress, all challenges', () =>
      challengeProgress(db, { now, timeZone: TIME_ZONE, target }),
    );

    let postedAt = to;
    const recordOne = () => recordShare(db, { ...history[0]!, postedAt: (postedAt += 60_000) });
    figures.push({
      name: `recordShare with ${rows.toLocaleString('en')} shares stored`,
      value: await medianMs(recordOne, 9, 2),
      unit: 'ms',
      target: 50,
      details: { rows, 'seeding 100,000 shares (ms)': Math.round(seedingMs) },
    });

    await db.delete();
    return figures;
  },
});
