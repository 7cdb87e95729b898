/**
 * Typed UI strings. Each feature keeps its strings beside its code in a
 * `messages.ts` that calls `defineMessages(en, fr)`: the French dictionary must
 * have exactly the English keys (the compiler checks it, and
 * tests/unit/i18n.test.ts checks keys and placeholders of every module).
 *
 * Templates use `{name}` placeholders. Plurals: define `key_one` and
 * `key_other` and call `t.plural('key', count)`.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export type Dictionary = Record<string, string>;

export interface MessageModule<K extends string> {
  en: Record<K, string>;
  fr: Record<K, string>;
}

export function defineMessages<const E extends Dictionary>(
  en: E,
  fr: { [K in keyof E]: string },
): MessageModule<Extract<keyof E, string>> {
  return { en, fr } as MessageModule<Extract<keyof E, string>>;
}

export type Params = Record<string, string | number>;

export function interpolate(template: string, params: Params | undefined, locale: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

type PluralBase<K extends string> = K extends `${infer B}_other` ? B : never;

export interface Translator<K extends string> {
  locale: Locale;
  (key: K, params?: Params): string;
  plural(key: PluralBase<K>, count: number, params?: Params): string;
}

export function createTranslator<K extends string>(module: MessageModule<K>, locale: Locale): Translator<K> {
  const dictionary = module[locale];
  const t = ((key: K, params?: Params) =>
    interpolate(dictionary[key] ?? module.en[key] ?? key, params, locale)) as Translator<K>;
  t.locale = locale;
  const rules = new Intl.PluralRules(locale);
  t.plural = (key, count, params) => {
    const category = rules.select(count);
    const exact = `${key}_${category}` as K;
    const chosen = dictionary[exact] !== undefined ? exact : (`${key}_other` as K);
    return t(chosen, { count, ...params });
  };
  return t;
}

/** The UI language from a browser language tag ("fr-CA" → "fr"); English otherwise. */
export function localeFromLanguageTag(tag: string | undefined): Locale {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}
