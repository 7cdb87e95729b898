import { describe, expect, it } from 'vitest';
import { suggestPostingTime, type PostingTimeInput } from './posting-time';
import { maxOf, minOf } from '../arrays';

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

const suggest = (input: Partial<PostingTimeInput> & Pick<PostingTimeInput, 'campaign' | 'timeZone'>) =>
  suggestPostingTime({ seed: 'install-0', itemKey: ITEM, now: input.campaign.start - 86_400_000, ...input });

describe.each([
  // Monday 00:00 to Saturday 00:00 local time, one week each side of the Atlantic.
  ['Europe/Paris', Date.parse('2026-05-11T00:00:00+02:00'), Date.parse('2026-05-16T00:00:00+02:00')],
  ['America/New_York', Date.parse('2026-05-11T00:00:00-04:00'), Date.parse('2026-05-16T00:00:00-04:00')],
])('suggestPostingTime in %s', (timeZone, start, end) => {
  const campaign = { start, end };
  const times = SEEDS.map((seed) => suggest({ campaign, timeZone, seed }) as number);

  it('always falls in working hours, in the user’s time zone', () => {
    for (const time of times) expectWorkingHours(time, timeZone);
  });

  it('spreads fifty installs across the window', () => {
    const perSlot = new Map<number, number>();
    for (const time of times)
      perSlot.set(Math.floor(time / FIFTEEN_MINUTES), (perSlot.get(Math.floor(time / FIFTEEN_MINUTES)) ?? 0) + 1);
    expect(maxOf(perSlot.values())).toBeLessThanOrEqual(3);
    expect(new Set(times.map((time) => localTime(time, timeZone).day)).size).toBe(5);
    const span = maxOf(times) - minOf(times);
    expect(span).toBeGreaterThan(0.8 * (Date.parse('2026-05-15T18:00:00Z') - Date.parse('2026-05-11T08:30:00Z')));
    const hours = new Set(times.map((time) => localTime(time, timeZone).hhmm.slice(0, 2)));
    expect(hours.size).toBeGreaterThanOrEqual(8);
  });

  it('is stable for one install, whenever it is asked before the time', () => {
    const again = SEEDS.map((seed) => suggest({ campaign, timeZone, seed, now: start + 3_600_000 }));
    expect(again).toEqual(times);
  });

  it('is never in the past while the campaign is open', () => {
    const now = Date.parse('2026-05-13T12:00:00Z'); // Wednesday
    for (const seed of SEEDS) {
      const time = suggest({ campaign, timeZone, seed, now });
      expect(time).not.toBeNull();
      expect(time as number).toBeGreaterThanOrEqual(now);
      expectWorkingHours(time as number, timeZone);
    }
  });

  it('keeps the personal time of day when it moves a passed time to a later day', () => {
    const now = Date.parse('2026-05-14T00:00:00Z'); // Thursday, before working hours in both zones
    let moved = 0;
    for (const [index, seed] of SEEDS.entries()) {
      const before = times[index] as number;
      if (before >= now) continue;
      const after = suggest({ campaign, timeZone, seed, now }) as number;
      expect(after).toBeGreaterThan(now);
      expect(localTime(after, timeZone).hhmm).toBe(localTime(before, timeZone).hhmm);
      moved += 1;
    }
    expect(moved).toBeGreaterThan(15);
  });

  it('returns null once the campaign is over', () => {
    expect(suggest({ campaign, timeZone, now: end })).toBeNull();
  });
});

describe('suggestPostingTime edge cases', () => {
  it('stays in working hours across a daylight-saving change', () => {
    const campaign = { start: Date.parse('2026-03-26T00:00:00+01:00'), end: Date.parse('2026-04-03T00:00:00+02:00') };
    for (const seed of SEEDS)
      expectWorkingHours(suggest({ campaign, timeZone: 'Europe/Paris', seed }) as number, 'Europe/Paris');
    const newYork = { start: Date.parse('2026-03-05T00:00:00-05:00'), end: Date.parse('2026-03-12T00:00:00-04:00') };
    for (const seed of SEEDS)
      expectWorkingHours(
        suggest({ campaign: newYork, timeZone: 'America/New_York', seed }) as number,
        'America/New_York',
      );
  });

  it('returns null for a campaign with no working hours', () => {
    const weekend = { start: Date.parse('2026-05-16T00:00:00+02:00'), end: Date.parse('2026-05-18T00:00:00+02:00') };
    expect(suggest({ campaign: weekend, timeZone: 'Europe/Paris' })).toBeNull();
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

  it('follows custom working hours', () => {
    const campaign = { start: Date.parse('2026-05-11T00:00:00+02:00'), end: Date.parse('2026-05-25T00:00:00+02:00') };
    const workingHours = { days: [6], start: '10:00', end: '12:00' };
    for (const seed of SEEDS) {
      const { weekday, hhmm } = localTime(
        suggest({ campaign, timeZone: 'Europe/Paris', seed, workingHours }) as number,
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
