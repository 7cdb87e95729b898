import { describe, expect, it } from 'vitest';
import { civilDateAt, isoWeekLabel, periodContaining, periodIndexOf, periodsBetween, startOfDay } from './calendar';

const HOUR = 3_600_000;

describe('ISO weeks', () => {
  it.each([
    [{ year: 2026, month: 1, day: 1 }, '2026-W01'],
    [{ year: 2025, month: 12, day: 29 }, '2026-W01'],
    [{ year: 2021, month: 1, day: 3 }, '2020-W53'],
    [{ year: 2024, month: 12, day: 30 }, '2025-W01'],
    [{ year: 2026, month: 6, day: 15 }, '2026-W25'],
  ])('%o is in %s', (date, label) => {
    expect(isoWeekLabel(date)).toBe(label);
  });

  it('start on Monday at local midnight, whole weeks overlapping the range, oldest first', () => {
    // Wednesday 2026-03-04 12:00 UTC to Tuesday 2026-03-17 in Paris (UTC+1 then).
    const weeks = periodsBetween(Date.UTC(2026, 2, 4, 12), Date.UTC(2026, 2, 17), 'week', 'Europe/Paris');
    expect(weeks.map((week) => week.label)).toEqual(['2026-W10', '2026-W11', '2026-W12']);
    expect(weeks[0]!.start).toBe(Date.UTC(2026, 2, 1, 23));
    expect(weeks[0]!.end).toBe(weeks[1]!.start);
  });

  it('are 167 hours long across the spring DST change', () => {
    const [week] = periodsBetween(Date.UTC(2026, 2, 25), Date.UTC(2026, 2, 26), 'week', 'Europe/Paris');
    expect(week!.label).toBe('2026-W13');
    expect((week!.end - week!.start) / HOUR).toBe(167);
  });

  it('are empty for an empty range', () => {
    expect(periodsBetween(10, 10, 'week', 'UTC')).toEqual([]);
  });
});

describe('months', () => {
  it('run from the first local day to the next', () => {
    const march = periodContaining(Date.UTC(2026, 2, 15), 'month', 'Europe/Paris');
    expect(march).toEqual({ label: '2026-03', start: Date.UTC(2026, 1, 28, 23), end: Date.UTC(2026, 2, 31, 22) });
  });

  it('cross the year end', () => {
    const months = periodsBetween(Date.UTC(2025, 10, 20), Date.UTC(2026, 1, 2), 'month', 'UTC');
    expect(months.map((month) => month.label)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('local days', () => {
  it('map an instant to the local date', () => {
    expect(civilDateAt(Date.UTC(2026, 2, 1, 23, 30), 'Europe/Paris')).toEqual({ year: 2026, month: 3, day: 2 });
    expect(civilDateAt(Date.UTC(2026, 2, 1, 23, 30), 'UTC')).toEqual({ year: 2026, month: 3, day: 1 });
  });

  it('start at the first existing instant when DST skips midnight', () => {
    // Chile moved clocks from 00:00 to 01:00 on 2025-09-07.
    expect(startOfDay({ year: 2025, month: 9, day: 7 }, 'America/Santiago')).toBe(Date.UTC(2025, 8, 7, 4));
  });
});

describe('periodIndexOf', () => {
  const weeks = periodsBetween(Date.UTC(2026, 0, 5), Date.UTC(2026, 1, 1), 'week', 'UTC');
  it('finds the period containing an instant, or -1 outside', () => {
    expect(periodIndexOf(weeks, weeks[2]!.start)).toBe(2);
    expect(periodIndexOf(weeks, weeks[2]!.start - 1)).toBe(1);
    expect(periodIndexOf(weeks, weeks[0]!.start - 1)).toBe(-1);
    expect(periodIndexOf(weeks, weeks.at(-1)!.end)).toBe(-1);
  });
});
