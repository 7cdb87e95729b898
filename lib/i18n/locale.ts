/**
 * The one locale resolver: which UI language Relais speaks, from the language
 * chosen in the options (or on the command line) and the browser's (or the
 * system's). Used by the I18nProvider, the worker (feed statuses), the
 * always-on launcher and the validator CLI, so it imports nothing: no zod, no
 * React, no strings.
 *
 * A third language: add its dictionary (`lib/i18n/locales/<code>.ts`) and its
 * code here; the compiler then lists the maps that still lack it.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The UI language from a language tag ("fr-CA" → "fr"); English otherwise. */
export function localeFromLanguageTag(tag: string | undefined): Locale {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

/**
 * `chosen`: the setting as stored (`'auto'`, a locale, a tag such as `fr-CA`, or nothing — read raw by
 * the launcher, so anything); `fallbackTag`: the browser's or the system's language tag, used for `'auto'`
 * and when nothing was chosen.
 */
export function resolveLocale(chosen: unknown, fallbackTag: string | undefined): Locale {
  if (typeof chosen === 'string' && chosen !== '' && chosen !== 'auto') return localeFromLanguageTag(chosen);
  return localeFromLanguageTag(fallbackTag);
}
