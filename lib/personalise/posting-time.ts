import { installRandom } from './hash';
import {
  compareDates,
  epochAtWallClock,
  nextDate,
  wallClockAt,
  weekdayOf,
  type CalendarDate,
} from '../time/zoned-time';

export interface WorkingHours {
  /** Days of the week, 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
  /** "HH:MM", local time, inclusive. */
  start: string;
  /** "HH:MM", local time, exclusive. */
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: '08:30', end: '18:00' };

export interface PostingTimeInput {
  /** The item's campaign window, epoch ms, end exclusive. */
  campaign: { start: number; end: number };
  /** This install's random seed (`getInstallSeed` in lib/settings/store.ts). */
  seed: string;
  itemKey: string;
  /** The user's IANA time zone, e.g. Intl.DateTimeFormat().resolvedOptions().timeZone. */
  timeZone: string;
  now: number;
  workingHours?: WorkingHours;
}

type Interval = [start: number, end: number];

const MINUTE = 60_000;

function minutesOf(time: string, field: string): number {
  const match = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(time);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!(minutes <= 24 * 60))
    throw new RangeError(`workingHours.${field} must be "HH:MM" between 00:00 and 24:00, got "${time}"`);
  return minutes;
}

/** The working periods inside [start, end), in the user's time zone. */
function workingIntervals(start: number, end: number, timeZone: string, hours: WorkingHours): Interval[] {
  const from = minutesOf(hours.start, 'start');
  const to = minutesOf(hours.end, 'end');
  if (from >= to)
    throw new RangeError(`workingHours.start (${hours.start}) must be before workingHours.end (${hours.end})`);
  const intervals: Interval[] = [];
  const last = wallClockAt(end - 1, timeZone);
  for (let date: CalendarDate = wallClockAt(start, timeZone); compareDates(date, last) <= 0; date = nextDate(date)) {
    if (!hours.days.includes(weekdayOf(date))) continue;
    const open = Math.max(start, epochAtWallClock(date, from, timeZone));
    const close = Math.min(end, epochAtWallClock(date, to, timeZone));
    if (close > open) intervals.push([open, close]);
  }
  return intervals;
}

/** The instant at `fraction` of the working time in `intervals`, on a whole minute where the interval allows. */
function instantAt(intervals: readonly Interval[], fraction: number): number | null {
  const total = intervals.reduce((sum, [open, close]) => sum + close - open, 0);
  let remaining = fraction * total;
  for (const [open, close] of intervals) {
    if (remaining < close - open) {
      const instant = open + remaining;
      const onMinute = Math.ceil(instant / MINUTE) * MINUTE;
      return onMinute < close ? onMinute : instant;
    }
    remaining -= close - open;
  }
  return null;
}

/**
 * A personal time to post an item, so colleagues don't all post at the same
 * minute: a point of the campaign's working hours (default Mon–Fri 08:30–18:00
 * in the user's time zone) chosen by this install's seed, hence spread across
 * installs and stable for one install.
 *
 * When that time has already passed but the campaign is still open, the same
 * time of day on the next working day that is still ahead is suggested (stable
 * until then); failing that, a point of the remaining working time. Returns
 * null when the campaign is over or has no working hours left.
 */
export function suggestPostingTime({
  campaign,
  seed,
  itemKey,
  timeZone,
  now,
  workingHours = DEFAULT_WORKING_HOURS,
}: PostingTimeInput): number | null {
  if (!(campaign.end > campaign.start) || now >= campaign.end) return null;
  const intervals = workingIntervals(campaign.start, campaign.end, timeZone, workingHours);
  const fraction = installRandom(seed, itemKey, 'posting-time')();
  const personal = instantAt(intervals, fraction);
  if (personal === null || personal >= now) return personal;

  const wall = wallClockAt(personal, timeZone);
  const timeOfDay = wall.hour * 60 + wall.minute;
  for (const [open, close] of intervals) {
    if (close <= now) continue;
    const sameTime = epochAtWallClock(wallClockAt(open, timeZone), timeOfDay, timeZone);
    if (sameTime >= Math.max(open, now) && sameTime < close) return sameTime;
  }
  const ahead = intervals
    .filter(([, close]) => close > now)
    .map(([open, close]): Interval => [Math.max(open, now), close]);
  return instantAt(ahead, fraction);
}
