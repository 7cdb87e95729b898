import { describe, expect, it } from 'vitest';
import { calendarEventIcs, escapeIcsText, foldIcsLine } from './ics';

describe('calendarEventIcs', () => {
  const ics = calendarEventIcs({
    uid: 'relais-abc@demo#solarpass',
    start: Date.parse('2026-12-03T17:31:00+01:00'),
    durationMinutes: 15,
    title: 'Post on LinkedIn: SolarPass, rooftop solar',
    description: 'Your draft is saved in Relais.\nOpen the item; review; post.',
    url: 'https://lumen-energie.example/en/2026-11-solarpass-launch-en',
    now: Date.parse('2026-12-02T10:00:00Z'),
  });

  it('is one event in UTC, with CRLF line ends', () => {
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20261203T163100Z');
    expect(lines).toContain('DTEND:20261203T164600Z');
    expect(lines).toContain('DTSTAMP:20261202T100000Z');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes text values', () => {
    expect(ics).toContain('SUMMARY:Post on LinkedIn: SolarPass\\, rooftop solar');
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'é'.repeat(80)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(
      `DESCRIPTION:${'é'.repeat(80)}`,
    );
  });
});
