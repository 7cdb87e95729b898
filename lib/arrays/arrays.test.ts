import { describe, expect, it } from 'vitest';
import { appendAll, chunksOf, maxOf, minOf } from '.';

// Well past what an argument spread survives in V8 (about 120,000 arguments on a default stack).
const HUGE = 1_000_000;

describe('array helpers for data-sized arrays', () => {
  it('append a million items where push(...items) overflows the stack', () => {
    const items = Array.from({ length: HUGE }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, items)).toBe(target);
    expect(target).toHaveLength(HUGE + 1);
    expect(target[HUGE]).toBe(HUGE - 1);
  });

  it('find the largest and smallest of a million numbers, as Math.max and Math.min would', () => {
    const values = Array.from({ length: HUGE }, (_, i) => (i * 7919) % HUGE);
    expect(maxOf(values)).toBe(HUGE - 1);
    expect(minOf(values)).toBe(0);
    expect(maxOf([])).toBe(Math.max());
    expect(minOf(new Set<number>())).toBe(Math.min());
    expect(maxOf([1, Number.NaN, 3])).toBeNaN();
    expect(minOf([-0.5, -2, 4])).toBe(-2);
  });

  it('cut an array into slices that keep every element in order', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([], 3)).toEqual([]);
    expect(() => chunksOf([1], 0)).toThrow(RangeError);
  });
});
