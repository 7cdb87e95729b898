import { describe, expect, it } from 'vitest';
import type { MessageModule } from '../../lib/i18n/messages';
import { typographyProblems } from '../../lib/i18n/typography';

// Every feature's strings, wherever they live: a module missing a key in one language fails here.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../lib/**/messages.ts', '../../components/**/messages.ts'],
  {
    eager: true,
  },
);

const isMessageModule = (value: unknown): value is MessageModule<string> =>
  typeof value === 'object' && value !== null && 'en' in value && 'fr' in value;

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const entries = Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => isMessageModule(value))
      .map(([name, value]) => [`${file}:${name}`, value as MessageModule<string>] as const),
  );

  it('are found', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)('%s has every key in French and English, non-empty, with the same placeholders', (_, module) => {
    expect(Object.keys(module.fr).sort()).toEqual(Object.keys(module.en).sort());
    for (const [key, english] of Object.entries(module.en)) {
      const french = module.fr[key] ?? '';
      expect(english.trim(), `en.${key}`).not.toBe('');
      expect(french.trim(), `fr.${key}`).not.toBe('');
      expect(placeholders(french), `fr.${key}`).toEqual(placeholders(english));
    }
  });

  it.each(entries)(
    '%s follows the typography of each language (’, and French spaces before ; ! ? : and in « »)',
    (_, module) => {
      const problems = (['en', 'fr'] as const).flatMap((locale) =>
        Object.entries(module[locale]).flatMap(([key, text]) =>
          typographyProblems(text, locale).map(
            ({ rule, index }) => `${locale}.${key}: ${rule} at “${text.slice(Math.max(0, index - 12), index + 3)}”`,
          ),
        ),
      );
      expect(problems).toEqual([]);
    },
  );
});
