import { describe, expect, it } from 'vitest';
import { parseTheme, resolveTheme } from './theme';

describe('theme resolution', () => {
  it('follows the page’s theme when the host knows it, whatever the system prefers', () => {
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('falls back to the system preference', () => {
    expect(resolveTheme(undefined, true)).toBe('dark');
    expect(resolveTheme(undefined, false)).toBe('light');
  });

  it('reads only the two known names from text', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('Dark')).toBeUndefined();
    expect(parseTheme(undefined)).toBeUndefined();
  });
});
