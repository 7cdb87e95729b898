import { describe, expect, it } from 'vitest';
import { suggestPostingTime, type PostingTimeInput } from './posting-time';
import { maxOf } from '../arrays';

const ITEM = 'https://acme.com/feed.json#lyon-campus';
const SEEDS = Array.from({ length: 50 }, (_, i) => `install-${i}`);
const FIFTEEN_MINUTES = 15 * 60_000;

// Checked with Intl directly rather than with the module's own helpers.
function localTime(epoch: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(epoch)
      .map((part) => [part.type, part.value]),
  );
  return {
    weekday: parts.weekday as string,
    hhmm: `${parts.hour}:${parts.minute}`,
    day: new Intl.DateTimeFormat('en-CA', { timeZone }).format(epoch),
  };
}

function expectWorkingHours(epoch: number, timeZone: string) {
  const { weekday, hhmm } = localTime(epoch, timeZone);
  expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], `${new Date(epoch).toISOString()} in ${timeZone}`).toContain(weekday);
  expect(hhmm >= '08:30' && hhmm < '18:00', `${hhmm} in ${timeZone}`).toBe(true);
}

const suggest = (input: Partial<PostingTimeInput> & Pick<PostingTimeInput, 'timeZone'>) =>
  suggestPostingTime({ seed: 'install-0', itemKey: ITEM, now: (input.campaign?.start ?? 0) - 86_400_000, ...input });

const DAY = 86_400_000;

describe.each([
  // Wednesday 2 December 2026, 10:00, in a campaign running until the end of June 2027.
  ['Europe/Paris', Date.parse('2026-12-02T10:00:00+01:00'), 'Fri'],
  ['America/New_York', Date.parse('2026-12-02T10:00:00-05:00'), 'Fri'],
])('suggestPostingTime in %s', (timeZone, now, lastDay) => {
  const campaign = { start: Date.parse('2026-11-03T09:00:00+01:00'), end: Date.parse('2027-06-30T23:59:59+02:00') };
  const times = SEEDS.map((seed) => suggest({ campaign, timeZone, seed, now }) as number);

  it('always falls in working hours, in the user’s time zone, and never in the past', () => {
    for (const time of times) {
      expectWorkingHours(time, timeZone);
      expect(time).toBeGreaterThanOrEqual(now);
    }
  });

  it('stays within the next three working days, not anywhere in the campaign', () => {
    const days = new Set(times.map((time) => localTime(time, timeZone).day));
    expect([...days].every((day) => ['2026-12-02', '2026-12-03', '2026-12-04'].includes(day))).toBe(true);
    expect(days.size).toBe(3);
    expect(maxOf(times)).toBeLessThan(now + 3 * DAY);
    expect(localTime(maxOf(times), timeZone).weekday).toBe(lastDay);
  });

  it('spreads fifty installs across those days', () => {
    const perSlot = new Map<number, number>();
    for (const time of times)
      perSlot.set(Math.floor(time / FIFTEEN_MINUTES), (perSlot.get(Math.floor(time / FIFTEEN_MINUTES)) ?? 0) + 1);
    expect(maxOf(perSlot.values())).toBeLessThanOrEqual(4);
    expect(new Set(times).size).toBeGreaterThanOrEqual(45);
    const hours = new Set(times.map((time) => localTime(time, timeZone).hhmm.slice(0, 2)));
    expect(hours.size).toBeGreaterThanOrEqual(8);
  });

  it('is stable for one install through the day, while the moment is ahead', () => {
    const later = now + 2 * 3_600_000;
    for (const [index, seed] of SEEDS.entries()) {
      const before = times[index] as number;
      const again = suggest({ campaign, timeZone, seed, now: later }) as number;
      if (before >= later) expect(again).toBe(before);
      else expect(again).toBeGreaterThanOrEqual(later);
    }
  });

  it('gives another moment on each attempt, hours away from the previous ones', () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const attempts = [0, 1, 2, 3].map((attempt) => suggest({ campaign, timeZone, seed, now, attempt }) as number);
      for (const time of attempts) expectWorkingHours(time, timeZone);
      for (let i = 0; i < attempts.length; i += 1)
        for (let j = i + 1; j < attempts.length; j += 1)
          expect(Math.abs((attempts[i] as number) - (attempts[j] as number))).toBeGreaterThan(1_800_000);
    }
  });

  it('returns null once the campaign is over', () => {
    expect(suggest({ campaign, timeZone, now: campaign.end })).toBeNull();
  });
});

describe('suggestPostingTime edge cases', () => {
  it('starts from the campaign’s first working days when it has not started yet', () => {
    const campaign = { start: Date.parse('2026-05-11T00:00:00+02:00'), end: Date.parse('2026-06-30T00:00:00+02:00') };
    const now = Date.parse('2026-05-01T12:00:00+02:00');
    for (const seed of SEEDS) {
      const time = suggest({ campaign, timeZone: 'Europe/Paris', seed, now }) as number;
      expectWorkingHours(time, 'Europe/Paris');
      expect(['2026-05-11', '2026-05-12', '2026-05-13']).toContain(localTime(time, 'Europe/Paris').day);
    }
  });

  it('skips today’s working hours once they are over, and the weekend', () => {
    const now = Date.parse('2026-12-04T19:00:00+01:00'); // Friday evening
    for (const seed of SEEDS) {
      const time = suggest({ timeZone: 'Europe/Paris', seed, now }) as number;
      expect(['2026-12-07', '2026-12-08', '2026-12-09']).toContain(localTime(time, 'Europe/Paris').day);
    }
  });

  it('suggests within the last hours of a campaign closing today', () => {
    const campaign = { start: Date.parse('2026-05-11T00:00:00+02:00'), end: Date.parse('2026-05-15T16:00:00+02:00') };
    const now = Date.parse('2026-05-15T15:00:00+02:00');
    for (const seed of SEEDS) {
      const time = suggest({ campaign, timeZone: 'Europe/Paris', seed, now }) as number;
      expect(time).toBeGreaterThanOrEqual(now);
      expect(time).toBeLessThan(campaign.end);
    }
  });

  it('stays in working hours across a daylight-saving change', () => {
    const now = Date.parse('2026-03-27T12:00:00+01:00'); // Friday; clocks change on Sunday
    for (const seed of SEEDS)
      expectWorkingHours(suggest({ timeZone: 'Europe/Paris', seed, now }) as number, 'Europe/Paris');
    const newYork = Date.parse('2026-03-06T12:00:00-05:00');
    for (const seed of SEEDS)
      expectWorkingHours(suggest({ timeZone: 'America/New_York', seed, now: newYork }) as number, 'America/New_York');
  });

  it('returns null for a campaign with no working hours', () => {
    const weekend = { start: Date.parse('2026-05-16T00:00:00+02:00'), end: Date.parse('2026-05-18T00:00:00+02:00') };
    expect(suggest({ campaign: weekend, timeZone: 'Europe/Paris' })).toBeNull();
  });

  it('follows custom working hours', () => {
    const workingHours = { days: [6], start: '10:00', end: '12:00' };
    for (const seed of SEEDS) {
      const { weekday, hhmm } = localTime(
        suggest({
          timeZone: 'Europe/Paris',
          seed,
          workingHours,
          now: Date.parse('2026-05-11T09:00:00+02:00'),
        }) as number,
        'Europe/Paris',
      );
      expect(weekday).toBe('Sat');
      expect(hhmm >= '10:00' && hhmm < '12:00').toBe(true);
    }
  });

  it('explains bad working hours and time zones', () => {
    const campaign = { start: Date.parse('2026-05-11T00:00:00Z'), end: Date.parse('2026-05-16T00:00:00Z') };
    expect(() =>
      suggest({ campaign, timeZone: 'Europe/Paris', workingHours: { days: [1], start: '9h', end: '18:00' } }),
    ).toThrow('workingHours.start must be "HH:MM"');
    expect(() =>
      suggest({ campaign, timeZone: 'Europe/Paris', workingHours: { days: [1], start: '18:00', end: '09:00' } }),
    ).toThrow('must be before');
    expect(() => suggest({ campaign, timeZone: 'Mars/Olympus' })).toThrow('Unknown time zone "Mars/Olympus"');
  });
});
