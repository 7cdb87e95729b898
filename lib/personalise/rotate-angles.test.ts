import { describe, expect, it } from 'vitest';
import { hashString, seededRandom } from './hash';
import { rotateAngles } from './rotate-angles';

const ANGLES = [
  'What changes for clients',
  'Why I am excited',
  'What it means for my team',
  'A memory from the old office',
];
const ITEM = 'https://acme.com/feed.json#lyon-campus';

describe('rotateAngles', () => {
  it('is deterministic for one seed and item', () => {
    expect(rotateAngles(ANGLES, 'seed-a', ITEM)).toEqual(rotateAngles(ANGLES, 'seed-a', ITEM));
  });

  it('keeps every angle and the comms team’s sequence, only moving the start', () => {
    const rotated = rotateAngles(ANGLES, 'seed-b', ITEM);
    expect([...rotated].sort()).toEqual([...ANGLES].sort());
    const start = ANGLES.indexOf(rotated[0] as string);
    expect(rotated).toEqual([...ANGLES.slice(start), ...ANGLES.slice(0, start)]);
  });

  it('differs across seeds and across items for one seed', () => {
    const firstBySeed = new Set(Array.from({ length: 20 }, (_, i) => rotateAngles(ANGLES, `seed-${i}`, ITEM)[0]));
    expect(firstBySeed.size).toBeGreaterThan(1);
    const firstByItem = new Set(
      Array.from({ length: 20 }, (_, i) => rotateAngles(ANGLES, 'seed-a', `${ITEM}-${i}`)[0]),
    );
    expect(firstByItem.size).toBeGreaterThan(1);
  });

  it('returns a copy and handles zero or one angle', () => {
    expect(rotateAngles([], 's', ITEM)).toEqual([]);
    expect(rotateAngles(['only'], 's', ITEM)).toEqual(['only']);
    const rotated = rotateAngles(ANGLES, 's', ITEM);
    rotated.pop();
    expect(ANGLES).toHaveLength(4);
  });
});

describe('hash', () => {
  it('is FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });

  it('draws evenly in [0, 1)', () => {
    const random = seededRandom(hashString('relais'));
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const bucket = Math.floor(value * 4);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });
});
