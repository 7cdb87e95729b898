import { describe, expect, it } from 'vitest';
import { formatMoment } from './format-moment';

const NOW = Date.parse('2026-12-02T10:00:00+01:00');
const clean = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatMoment', () => {
  it('shows weekday, date and time without a leading zero, and no year this year', () => {
    const time = Date.parse('2026-12-03T17:31:00+01:00');
    expect(clean(formatMoment(time, NOW, 'en', 'Europe/Paris'))).toBe('Thursday, December 3 at 5:31 PM');
    expect(clean(formatMoment(time, NOW, 'fr', 'Europe/Paris'))).toBe('jeudi 3 décembre à 17:31');
    const morning = Date.parse('2026-12-04T09:05:00+01:00');
    expect(clean(formatMoment(morning, NOW, 'en', 'Europe/Paris'))).toContain('9:05 AM');
    expect(clean(formatMoment(morning, NOW, 'en', 'Europe/Paris'))).not.toContain('09');
  });

  it('shows the year when it is not this year’s, in the user’s time zone', () => {
    const time = Date.parse('2027-01-04T09:05:00+01:00');
    expect(clean(formatMoment(time, NOW, 'en', 'Europe/Paris'))).toBe('Monday, January 4, 2027 at 9:05 AM');
    expect(clean(formatMoment(time, NOW, 'fr', 'Europe/Paris'))).toBe('lundi 4 janvier 2027 à 9:05');
  });
});
