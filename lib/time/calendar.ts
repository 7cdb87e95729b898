/**
 * Calendar periods (ISO weeks, months) in a given IANA time zone, with the
 * platform's Intl data only. A week starts at local midnight on Monday, so
 * "this week" means the employee's week, not UTC's, and DST changes give 167-
 * or 169-hour weeks as they should.
 */
import { wallClockAt } from './zoned-time';
import { minOf } from '../arrays';

export interface CivilDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** A half-open interval of time [start, end) in epoch milliseconds, with a stable label. */
export interface Period {
  /** `2026-W05` for ISO weeks, `2026-03` for months. */
  label: string;
  start: number;
  end: number;
}

export type Granularity = 'week' | 'month';

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** True for a zone name Intl knows (`Europe/Paris`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock time at `epoch`, expressed as if it were UTC. */
function wallClockAsUtc(epoch: number, timeZone: string): number {
  const wall = wallClockAt(epoch, timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function offsetAt(epoch: number, timeZone: string): number {
  const wholeSecond = Math.floor(epoch / 1000) * 1000;
  return wallClockAsUtc(wholeSecond, timeZone) - wholeSecond;
}

const fromUtcDay = (utc: number): CivilDate => {
  const date = new Date(utc);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

const toUtcDay = (date: CivilDate) => Date.UTC(date.year, date.month - 1, date.day);

const sameDate = (a: CivilDate, b: CivilDate) => a.year === b.year && a.month === b.month && a.day === b.day;

export function civilDateAt(epoch: number, timeZone: string): CivilDate {
  return fromUtcDay(wallClockAsUtc(epoch, timeZone));
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtcDay(Date.UTC(date.year, date.month - 1, date.day + days));
}

export function addMonths(date: CivilDate, months: number): CivilDate {
  return fromUtcDay(Date.UTC(date.year, date.month - 1 + months, date.day));
}

/** The first instant of a local day; when DST skips midnight, the first instant that exists. */
export function startOfDay(date: CivilDate, timeZone: string): number {
  const wall = toUtcDay(date);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  const candidates = [first, second].filter((candidate) => sameDate(civilDateAt(candidate, timeZone), date));
  return candidates.length > 0 ? minOf(candidates) : Math.max(first, second);
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekday(date: CivilDate): number {
  const weekday = new Date(toUtcDay(date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function isoWeekOf(date: CivilDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const dayOfYear = (toUtcDay(thursday) - Date.UTC(thursday.year, 0, 1)) / 86_400_000;
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

const pad = (value: number) => String(value).padStart(2, '0');

export function isoWeekLabel(date: CivilDate): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${pad(week)}`;
}

export function monthLabel(date: CivilDate): string {
  return `${date.year}-${pad(date.month)}`;
}

/** Every whole local period that overlaps [from, to), oldest first; none when `to <= from`. */
export function periodsBetween(from: number, to: number, granularity: Granularity, timeZone: string): Period[] {
  if (!(to > from)) return [];
  const first = civilDateAt(from, timeZone);
  let cursor =
    granularity === 'week' ? addDays(first, 1 - isoWeekday(first)) : { year: first.year, month: first.month, day: 1 };
  const next = (date: CivilDate) => (granularity === 'week' ? addDays(date, 7) : addMonths(date, 1));
  const label = granularity === 'week' ? isoWeekLabel : monthLabel;
  const periods: Period[] = [];
  let start = startOfDay(cursor, timeZone);
  while (start < to) {
    const following = next(cursor);
    const end = startOfDay(following, timeZone);
    periods.push({ label: label(cursor), start, end });
    cursor = following;
    start = end;
  }
  return periods;
}

/** The local period containing `instant`. */
export function periodContaining(instant: number, granularity: Granularity, timeZone: string): Period {
  const [period] = periodsBetween(instant, instant + 1, granularity, timeZone);
  if (!period) throw new Error(`No ${granularity} contains ${instant}`);
  return period;
}

/** Index of the period containing `instant`, or -1; `periods` must be contiguous and sorted. */
export function periodIndexOf(periods: readonly Period[], instant: number): number {
  let low = 0;
  let high = periods.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const period = periods[middle]!;
    if (instant < period.start) high = middle - 1;
    else if (instant >= period.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
