/**
 * Freshness badges as data; the UI words them per locale. Dates are compared
 * in calendar days of the local time zone, as the employee reads them.
 */
import type { LibraryItem } from '../feed/library-item';

export const NEW_FOR_MS = 3 * 24 * 60 * 60 * 1000;
/** A campaign ending within this many calendar days is named by its weekday. */
export const WEEKDAY_HORIZON_DAYS = 7;

export type CampaignEndWhen = { kind: 'today' } | { kind: 'weekday'; weekday: string } | { kind: 'date'; date: string };

export type FreshnessBadge =
  | { kind: 'new' }
  | { kind: 'pinned' }
  | { kind: 'campaign-ends'; endsAt: number; soon: boolean; when: CampaignEndWhen }
  | { kind: 'expired'; expiredAt: number };

type FreshnessInput = Pick<LibraryItem, 'publishedAt' | 'pinned' | 'campaign' | 'expiresAt'>;

function startOfDay(time: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Whole calendar days from `now` to `target` (0 = same day), daylight-saving safe. */
export function calendarDaysBetween(now: number, target: number): number {
  return Math.round((startOfDay(target) - startOfDay(now)) / 86_400_000);
}

export function campaignEndWhen(endsAt: number, now: number, locale: string): CampaignEndWhen {
  const days = calendarDaysBetween(now, endsAt);
  if (days <= 0) return { kind: 'today' };
  if (days < WEEKDAY_HORIZON_DAYS) {
    return { kind: 'weekday', weekday: new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(endsAt) };
  }
  return { kind: 'date', date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(endsAt) };
}

export function isExpired(item: Pick<LibraryItem, 'expiresAt'>, now: number): boolean {
  return item.expiresAt !== undefined && now >= item.expiresAt;
}

/** Badges in display order: expired (then nothing else matters), pinned, new, campaign end. */
export function freshnessBadges(item: FreshnessInput, now: number, locale: string): FreshnessBadge[] {
  if (item.expiresAt !== undefined && isExpired(item, now)) return [{ kind: 'expired', expiredAt: item.expiresAt }];
  const badges: FreshnessBadge[] = [];
  if (item.pinned) badges.push({ kind: 'pinned' });
  if (item.publishedAt <= now && now - item.publishedAt < NEW_FOR_MS) badges.push({ kind: 'new' });
  const end = item.campaign?.end;
  if (end !== undefined && end > now) {
    const when = campaignEndWhen(end, now, locale);
    badges.push({ kind: 'campaign-ends', endsAt: end, soon: when.kind !== 'date', when });
  }
  return badges;
}
