import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGS, NAMESPACES } from '../../lib/i18n/all-catalogs';
import { LOCALES } from '../../lib/i18n/locale';
import { typographyProblems } from '../../lib/i18n/typography';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function expectSameKeys(reference: Record<string, string>, translation: Record<string, string>, where: string) {
  expect(Object.keys(translation).sort(), where).toEqual(Object.keys(reference).sort());
  for (const [key, english] of Object.entries(reference)) {
    const translated = translation[key] ?? '';
    expect(english.trim(), `en ${where}.${key}`).not.toBe('');
    expect(translated.trim(), `${where}.${key}`).not.toBe('');
    expect(placeholders(translated), `${where}.${key}`).toEqual(placeholders(english));
  }
}

describe('UI strings', () => {
  it('are found', () => {
    expect(NAMESPACES.length).toBeGreaterThan(0);
  });

  const pairs = LOCALES.filter((locale) => locale !== 'en').flatMap((locale) =>
    NAMESPACES.map((namespace) => [locale, namespace] as const),
  );

  it.each(pairs)('%s has every key of the namespace %s, non-empty, with the same placeholders', (locale, namespace) => {
    const reference = CATALOGS.en[namespace] as Record<string, string>;
    const translation = CATALOGS[locale][namespace] as Record<string, string> | undefined;
    expect(translation, `${locale}.${namespace}`).toBeDefined();
    expectSameKeys(reference, translation ?? {}, `${locale}.${namespace}`);
  });

  const typography = (dictionary: Record<string, string>, locale: 'en' | 'fr', where: string) =>
    Object.entries(dictionary).flatMap(([key, text]) =>
      typographyProblems(text, locale).map(
        ({ rule, index }) => `${where}.${key}: ${rule} at “${text.slice(Math.max(0, index - 12), index + 3)}”`,
      ),
    );

  it.each(NAMESPACES)(
    'the namespace %s follows each language’s typography (’, French spaces before ; ! ? : and in « »)',
    (namespace) => {
      const problems = (['en', 'fr'] as const).flatMap((locale) =>
        typography((CATALOGS[locale][namespace] ?? {}) as Record<string, string>, locale, `${locale}.${namespace}`),
      );
      expect(problems).toEqual([]);
    },
  );

  it.each(['en', 'fr'] as const)(
    'the store name and description (public/_locales/%s) follow the same typography as the UI',
    (locale) => {
      const messages = JSON.parse(
        readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'),
      ) as Record<string, { message: string }>;
      const dictionary = Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, message]));
      expect(typography(dictionary, locale, `_locales/${locale}`)).toEqual([]);
    },
  );
});
