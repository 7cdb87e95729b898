import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/messages';
import { typographyProblems } from '@/lib/i18n/typography';

const demoFeed: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/demo-feed.json'), 'utf8'));

/** Every text of the demo library with its language: `{fr, en}` texts by key, the rest by the item's (or feed's) language. */
function* texts(value: unknown, locale: Locale, path: string): Generator<[string, Locale, string]> {
  if (typeof value === 'string') {
    if (!/^https?:/.test(value)) yield [path, locale, value];
  } else if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) yield* texts(entry, locale, `${path}[${index}]`);
  } else if (typeof value === 'object' && value !== null) {
    const own = (value as { language?: unknown }).language;
    const here = own === 'en' || own === 'fr' ? own : locale;
    for (const [key, entry] of Object.entries(value)) {
      const language = key === 'fr' || key === 'en' ? key : here;
      yield* texts(entry, language, `${path}.${key}`);
    }
  }
}

describe('the demo library’s texts', () => {
  it('follow each language’s typography (’, and French spaces before ; ! ? : and in « »)', () => {
    const all = [...texts(demoFeed, 'fr', '$')];
    expect(all.filter(([, locale]) => locale === 'fr').length).toBeGreaterThan(50);
    const problems = all
      // The feed's description is one bilingual sentence, English first.
      .filter(([path]) => path !== '$.description')
      .flatMap(([path, locale, text]) =>
        typographyProblems(text, locale).map(
          ({ rule, index }) => `${path}: ${rule} at “${text.slice(index - 12, index + 3)}”`,
        ),
      );
    expect(problems).toEqual([]);
  });
});
