/**
 * Wall-clock time in an IANA time zone with nothing but Intl: the browser
 * knows every zone's rules, including daylight saving changes.
 */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface WallClock extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}": expected an IANA name such as "Europe/Paris"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function weekdayOf({ year, month, day }: CalendarDate): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** What a clock in `timeZone` shows at `epoch`. */
export function wallClockAt(epoch: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epoch)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const date = { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1 };
  return {
    ...date,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    weekday: weekdayOf(date),
  };
}

/** How far the zone's clocks are ahead of UTC at `epoch`, in ms. */
function offsetAt(epoch: number, timeZone: string): number {
  const wall = wallClockAt(epoch, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (epoch - (((epoch % 1000) + 1000) % 1000));
}

/**
 * The instant a clock in `timeZone` shows `date` at `minutes` past midnight.
 * A time skipped or repeated by a daylight-saving change (at night, outside any
 * working hours) resolves to one instant an hour away at most.
 */
export function epochAtWallClock(date: CalendarDate, minutes: number, timeZone: string): number {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const firstGuess = asUtc - offsetAt(asUtc, timeZone);
  const offset = offsetAt(firstGuess, timeZone);
  return asUtc - offset;
}

/** The calendar date after `date`. */
export function nextDate({ year, month, day }: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
