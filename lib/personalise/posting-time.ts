import { installRandom } from './hash';
import { epochAtWallClock, nextDate, wallClockAt, weekdayOf, type CalendarDate } from '../time/zoned-time';

export interface WorkingHours {
  /** Days of the week, 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
  /** "HH:MM", local time, inclusive. */
  start: string;
  /** "HH:MM", local time, exclusive. */
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: '08:30', end: '18:00' };

/** How far ahead a suggestion goes: the next few working days, not the whole campaign. */
export const POSTING_HORIZON_WORKING_DAYS = 3;

export interface PostingTimeInput {
  /** The item's campaign window, epoch ms, end exclusive. Without one, any working day ahead fits. */
  campaign?: { start: number; end: number };
  /** This install's random seed (`getInstallSeed` in lib/settings/store.ts). */
  seed: string;
  itemKey: string;
  /** The user's IANA time zone, e.g. Intl.DateTimeFormat().resolvedOptions().timeZone. */
  timeZone: string;
  now: number;
  workingHours?: WorkingHours;
  /** 0 for this install's first suggestion; each "Another moment" asks for the next one. */
  attempt?: number;
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

/** A year of days: enough to find three working days for any `days` list that is not empty. */
const MAX_DAYS_SCANNED = 366;

/**
 * The working periods of the first `count` working days, in the user's time
 * zone, from the day of `from` on, clipped to [from, end). A day whose working
 * hours are over by `now` does not count. Periods start at the working day's
 * opening (not at `now`), so a suggestion stays put while the day goes on.
 */
function nextWorkingIntervals(
  from: number,
  end: number,
  now: number,
  timeZone: string,
  hours: WorkingHours,
  count: number,
): Interval[] {
  const open = minutesOf(hours.start, 'start');
  const close = minutesOf(hours.end, 'end');
  if (open >= close)
    throw new RangeError(`workingHours.start (${hours.start}) must be before workingHours.end (${hours.end})`);
  const intervals: Interval[] = [];
  let date: CalendarDate = wallClockAt(from, timeZone);
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED && intervals.length < count; scanned += 1, date = nextDate(date)) {
    const dayOpen = epochAtWallClock(date, open, timeZone);
    if (dayOpen >= end) break;
    if (!hours.days.includes(weekdayOf(date))) continue;
    const start = Math.max(from, dayOpen);
    const stop = Math.min(end, epochAtWallClock(date, close, timeZone));
    if (stop > start && stop > now) intervals.push([start, stop]);
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

/** The golden ratio's fractional part: successive attempts land far from each other and from the first. */
const GOLDEN_STEP = 0.6180339887498949;

/**
 * A personal moment to post an item, so colleagues don't all post at the same
 * minute, and soon enough to act on: a point of the working hours (default
 * Mon–Fri 08:30–18:00 in the user's time zone) of the next few working days
 * that fall inside the campaign window, chosen by this install's seed, hence
 * spread across installs and stable for one install through the day.
 *
 * `attempt` n gives "another moment": the seed's point moved by n golden-ratio
 * steps, so each new suggestion lands hours away from the previous ones. When
 * the chosen moment has already passed today, a point of the working time still
 * ahead is suggested. Returns null when the campaign is over or has no working
 * hours left.
 */
export function suggestPostingTime({
  campaign,
  seed,
  itemKey,
  timeZone,
  now,
  workingHours = DEFAULT_WORKING_HOURS,
  attempt = 0,
}: PostingTimeInput): number | null {
  const start = campaign ? campaign.start : Number.NEGATIVE_INFINITY;
  const end = campaign ? campaign.end : Number.POSITIVE_INFINITY;
  if (!(end > start) || now >= end) return null;
  const from = Math.max(start, now);
  // Today's working hours count from their opening, so the suggestion does not drift with the clock.
  const dayStart = start > now ? start : Math.max(start, epochAtWallClock(wallClockAt(now, timeZone), 0, timeZone));
  const intervals = nextWorkingIntervals(
    Math.min(from, dayStart),
    end,
    now,
    timeZone,
    workingHours,
    POSTING_HORIZON_WORKING_DAYS,
  );
  const first = installRandom(seed, itemKey, 'posting-time')();
  const fraction = (first + attempt * GOLDEN_STEP) % 1;
  const personal = instantAt(intervals, fraction);
  if (personal === null || personal >= now) return personal;
  const ahead = intervals
    .filter(([, close]) => close > now)
    .map(([open, close]): Interval => [Math.max(open, now), close]);
  return instantAt(ahead, fraction);
}
