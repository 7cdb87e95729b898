import { describe, expect, it } from 'vitest';
import { scheduleFor } from './schedule';
import { maxOf, minOf } from '../arrays';

const constant = (value: number) => () => value;

describe('scheduleFor', () => {
  it('at the lowest draw: first sync after 1 min, every 50 min', () => {
    expect(scheduleFor(constant(0))).toEqual({ delayInMinutes: 1, periodInMinutes: 50 });
  });

  it('at the highest draw: first sync before 11 min, every period under 70 min', () => {
    const { delayInMinutes, periodInMinutes } = scheduleFor(constant(0.999_999_999));
    expect(delayInMinutes).toBeLessThan(11);
    expect(delayInMinutes).toBeGreaterThan(10.99);
    expect(periodInMinutes).toBeLessThan(70);
    expect(periodInMinutes).toBeGreaterThan(69.99);
  });

  it('in the middle: hourly', () => {
    expect(scheduleFor(constant(0.5))).toEqual({ delayInMinutes: 6, periodInMinutes: 60 });
  });

  it('stays within bounds even with a random source out of range', () => {
    for (const draw of [-1, 1, 2, Number.NaN]) {
      const { delayInMinutes, periodInMinutes } = scheduleFor(constant(draw));
      expect(delayInMinutes).toBeGreaterThanOrEqual(1);
      expect(delayInMinutes).toBeLessThan(11);
      expect(periodInMinutes).toBeGreaterThanOrEqual(50);
      expect(periodInMinutes).toBeLessThan(70);
    }
  });

  it('spreads installs over the whole window', () => {
    const delays = Array.from({ length: 2000 }, () => scheduleFor(Math.random).delayInMinutes);
    expect(minOf(delays)).toBeLessThan(1.5);
    expect(maxOf(delays)).toBeGreaterThan(10.5);
  });
});
