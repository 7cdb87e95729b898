import { describe, expect, it } from 'vitest';
import { isSameData } from './replace-items';

describe('isSameData', () => {
  it.each([
    [{ a: 1, b: ['x', 'y'], c: { d: true } }, { c: { d: true }, b: ['x', 'y'], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: 2 }, false],
    [{ tags: ['x'] }, { tags: ['x', 'y'] }, false],
    [{ tags: ['x', 'y'] }, { tags: ['y', 'x'] }, false],
    [{ campaign: { start: 1, end: 2 } }, { campaign: undefined }, false],
    [[], {}, false],
    [null, {}, false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(isSameData(a, b)).toBe(same);
    expect(isSameData(b, a)).toBe(same);
  });
});
