import { describe, expect, it } from 'vitest';
import { isVisibleAt } from '../feed/library-item';
import { shareRecordSchema } from '../db/records';
import { generateLibrary, generateShareHistory } from './generate';

const from = Date.UTC(2025, 0, 1);
const to = Date.UTC(2026, 0, 1);

describe('generateShareHistory', () => {
  const history = generateShareHistory({ count: 2000, from, to, seed: 11 });

  it('makes valid shares in the range, oldest first', () => {
    expect(history).toHaveLength(2000);
    for (const share of history) {
      expect(shareRecordSchema.safeParse(share).success).toBe(true);
      expect(share.postedAt).toBeGreaterThanOrEqual(from);
      expect(share.postedAt).toBeLessThan(to);
    }
    expect(history.map((share) => share.postedAt)).toEqual(
      [...history.map((share) => share.postedAt)].sort((a, b) => a - b),
    );
  });

  it('is deterministic per seed', () => {
    expect(generateShareHistory({ count: 50, from, to, seed: 11 })).toEqual(
      generateShareHistory({ count: 50, from, to, seed: 11 }),
    );
    expect(generateShareHistory({ count: 50, from, to, seed: 12 })).not.toEqual(
      generateShareHistory({ count: 50, from, to, seed: 11 }),
    );
  });

  it('looks like a person: mostly weekdays, own words improving, follows the category weights', () => {
    const weekend = history.filter((share) => [0, 6].includes(new Date(share.postedAt).getUTCDay())).length;
    expect(weekend / history.length).toBeLessThan(0.1);
    const average = (rows: typeof history) => rows.reduce((sum, share) => sum + share.ownWords, 0) / rows.length;
    expect(average(history.slice(-500))).toBeGreaterThan(average(history.slice(0, 500)) + 0.15);
    const industry = history.filter((share) => share.category === 'industry').length / history.length;
    expect(industry).toBeGreaterThan(0.3);
    expect(industry).toBeLessThan(0.4);
  });
});

describe('generateLibrary', () => {
  it('mixes visible, expired and embargoed items', () => {
    const now = Date.UTC(2026, 2, 1);
    const library = generateLibrary({ count: 400, now });
    const visible = library.filter((item) => isVisibleAt(item, now)).length;
    expect(visible).toBeGreaterThan(300);
    expect(visible).toBeLessThan(400);
    expect(new Set(library.map((item) => item.key)).size).toBe(400);
  });
});
