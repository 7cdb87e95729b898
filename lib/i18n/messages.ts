/**
 * The typed translator. Strings live in one dictionary per language
 * (`lib/i18n/locales/en.ts`, `fr.ts`, namespaced by feature; `messagesOf` in
 * `catalog.ts` hands a feature its namespace).
 *
 * Templates use `{name}` placeholders. Plurals: define `key_one` and
 * `key_other` and call `t.plural('key', count)`.
 */
import type { Locale } from './locale';

export { LOCALES, type Locale, localeFromLanguageTag } from './locale';

export type Dictionary = Record<string, string>;

/** A feature's strings in every language (the French has exactly the English keys). */
export type MessageModule<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

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
  const dictionary = module[locale] as Readonly<Record<K, string>> | undefined;
  // A page loads only the language it shows (lib/i18n/catalog.ts): wording in another one is a bug, said plainly.
  if (!dictionary) throw new Error(`The ${locale} strings are not loaded (loadCatalog('${locale}') first).`);
  const t = ((key: K, params?: Params) =>
    interpolate(dictionary[key] ?? module.en?.[key] ?? key, params, locale)) as Translator<K>;
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
