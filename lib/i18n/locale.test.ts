import { describe, expect, it } from 'vitest';
import { localeFromLanguageTag, resolveLocale } from './locale';

describe('resolveLocale', () => {
  it('follows the language chosen in the options', () => {
    expect(resolveLocale('fr', 'en-US')).toBe('fr');
    expect(resolveLocale('en', 'fr-FR')).toBe('en');
  });

  it('follows the browser (or the system) for "auto" and when nothing is chosen', () => {
    expect(resolveLocale('auto', 'fr-CA')).toBe('fr');
    expect(resolveLocale(undefined, 'fr_FR.UTF-8')).toBe('fr');
    expect(resolveLocale({ not: 'a locale' }, 'fr')).toBe('fr');
  });

  it('speaks English for a language Relais does not have', () => {
    expect(resolveLocale('de', 'fr')).toBe('en');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(localeFromLanguageTag(undefined)).toBe('en');
  });
});
