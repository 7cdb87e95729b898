import { describe, expect, it } from 'vitest';
import { scheduleDate } from '../feed/schema';
import { localInputToRfc3339, rfc3339ToLocalInput } from './datetime';

describe('date-time picker values', () => {
  it('become RFC 3339 with seconds and the zone offset, accepted by the schedule schema', () => {
    const written = localInputToRfc3339('2027-03-01T09:00')!;
    expect(written).toMatch(/^2027-03-01T09:00:00[+-]\d{2}:\d{2}$/);
    expect(scheduleDate.safeParse(written).success).toBe(true);
    expect(new Date(Date.parse(written)).getHours()).toBe(9);
  });

  it('come back as the same wall-clock time, in summer and in winter', () => {
    for (const input of ['2027-01-15T08:30:00', '2027-07-15T23:59:59']) {
      expect(rfc3339ToLocalInput(localInputToRfc3339(input))).toBe(input);
    }
  });

  it('show a date written in another zone at the same instant', () => {
    const shown = rfc3339ToLocalInput('2027-03-01T08:00:00Z');
    expect(Date.parse(localInputToRfc3339(shown)!)).toBe(Date.parse('2027-03-01T08:00:00Z'));
  });

  it('refuse what is not a picker value', () => {
    expect(localInputToRfc3339('tomorrow')).toBeUndefined();
    expect(rfc3339ToLocalInput('not a date')).toBe('');
  });
});
