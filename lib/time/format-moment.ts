import type { Locale } from '../i18n/messages';
import { wallClockAt } from './zoned-time';

/**
 * A suggested moment as people read it: weekday, day, month and time, the
 * hour without a leading zero ("Thursday, December 3 at 5:31 PM", « jeudi
 * 3 décembre à 9:05 »), and the year only when it is not this year's.
 */
export function formatMoment(epoch: number, now: number, locale: Locale, timeZone: string): string {
  const sameYear = wallClockAt(epoch, timeZone).year === wallClockAt(now, timeZone).year;
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(epoch);
}
