import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, freshnessBadges } from './freshness';
import { testItem } from '../../tests/helpers/library-items';

// Local-time dates, so the calendar-day rules hold in any time zone. 2026-11-18 is a Wednesday.
const NOW = new Date(2026, 10, 18, 10, 0).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (day: number, hour = 12) => new Date(2026, 10, day, hour).getTime();

describe('freshnessBadges', () => {
  it('marks items published less than 3 days ago as new', () => {
    expect(freshnessBadges(testItem({ id: 'a', publishedAt: NOW - 2 * DAY }), NOW, 'en')).toEqual([{ kind: 'new' }]);
    expect(freshnessBadges(testItem({ id: 'b', publishedAt: NOW - 3 * DAY - 1 }), NOW, 'en')).toEqual([]);
  });

  it('marks pinned items', () => {
    expect(freshnessBadges(testItem({ id: 'a', pinned: true, publishedAt: NOW - 9 * DAY }), NOW, 'en')).toEqual([
      { kind: 'pinned' },
    ]);
  });

  it('names the weekday of a campaign ending within a week, in the UI language', () => {
    const item = testItem({ id: 'a', publishedAt: NOW - 9 * DAY, campaign: { start: NOW - DAY, end: at(20) } });
    expect(freshnessBadges(item, NOW, 'en')).toEqual([
      { kind: 'campaign-ends', endsAt: at(20), soon: true, when: { kind: 'weekday', weekday: 'Friday' } },
    ]);
    expect(freshnessBadges(item, NOW, 'fr')).toMatchObject([{ when: { kind: 'weekday', weekday: 'vendredi' } }]);
  });

  it('says today for a campaign ending later today, and gives the date beyond a week', () => {
    const today = testItem({ id: 'a', publishedAt: NOW - 9 * DAY, campaign: { start: NOW - DAY, end: at(18, 20) } });
    expect(freshnessBadges(today, NOW, 'en')).toMatchObject([{ kind: 'campaign-ends', when: { kind: 'today' } }]);
    const later = testItem({ id: 'b', publishedAt: NOW - 9 * DAY, campaign: { start: NOW - DAY, end: at(25) } });
    expect(freshnessBadges(later, NOW, 'en')).toMatchObject([
      { kind: 'campaign-ends', soon: false, when: { kind: 'date', date: 'November 25' } },
    ]);
    expect(freshnessBadges(later, NOW, 'fr')).toMatchObject([{ when: { kind: 'date', date: '25 novembre' } }]);
  });

  it('drops the campaign badge once the campaign is over', () => {
    const over = testItem({ id: 'a', publishedAt: NOW - 9 * DAY, campaign: { start: NOW - 5 * DAY, end: NOW - HOUR } });
    expect(freshnessBadges(over, NOW, 'en')).toEqual([]);
  });

  it('reports an expired item as expired only', () => {
    const expired = testItem({ id: 'a', pinned: true, publishedAt: NOW - DAY, expiresAt: NOW - HOUR });
    expect(freshnessBadges(expired, NOW, 'en')).toEqual([{ kind: 'expired', expiredAt: NOW - HOUR }]);
  });

  it('orders badges pinned, new, campaign', () => {
    const item = testItem({ id: 'a', pinned: true, publishedAt: NOW - HOUR, campaign: { start: NOW, end: at(19) } });
    expect(freshnessBadges(item, NOW, 'en').map((badge) => badge.kind)).toEqual(['pinned', 'new', 'campaign-ends']);
  });
});

describe('calendarDaysBetween', () => {
  it('counts calendar days, not 24-hour periods', () => {
    expect(calendarDaysBetween(at(18, 23), at(19, 1))).toBe(1);
    expect(calendarDaysBetween(at(18, 1), at(18, 23))).toBe(0);
  });
});
