/**
 * Every language's dictionary, by namespace: a feature takes its own strings
 * with `messagesOf('compose')` and words them with `useT` (components) or
 * `createTranslator` (lib). The always-on launcher does not come here (it
 * imports its one namespace from each locale file, to stay small).
 *
 * A page loads only the language it shows (`loadCatalog`, which the
 * I18nProvider awaits before it renders, and again when the language
 * changes): the sidebar's frame parses one dictionary, not every one, on its
 * first opening. The worker and the CLI (and any content script that comes
 * to word strings) word in any language at any moment: they import
 * `all-catalogs.ts` first, which registers every dictionary up front.
 */
import type { Locale } from './locale';
import type { MessageModule } from './messages';
import type { SameKeys } from './same-keys';
import type * as English from './locales/en';

export type Namespace = keyof typeof English;
/** The English dictionary of a namespace (its keys are the namespace's keys). */
export type EnglishOf<N extends Namespace> = (typeof English)[N];
export type MessageKey<N extends Namespace> = Extract<keyof EnglishOf<N>, string>;
export type MessagesOf<N extends Namespace> = MessageModule<MessageKey<N>>;

export type Catalog = { readonly [N in Namespace]: SameKeys<EnglishOf<N>> };

/** A third language is one more entry here (and its file in `locales/`). */
const LOADERS: Readonly<Record<Locale, () => Promise<Catalog>>> = {
  en: () => import('./locales/en'),
  fr: () => import('./locales/fr'),
};

const loaded: Partial<Record<Locale, Catalog>> = {};
const loading = new Map<Locale, Promise<void>>();

/** Makes a language's dictionary available to `messagesOf` (all-catalogs.ts, and `loadCatalog` once loaded). */
export function registerCatalog(locale: Locale, catalog: Catalog): void {
  loaded[locale] = catalog;
}

export function isCatalogLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/** Loads a language's dictionary, once; resolves at once when it is already there. */
export function loadCatalog(locale: Locale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  let request = loading.get(locale);
  if (!request) {
    request = LOADERS[locale]().then((catalog) => registerCatalog(locale, catalog));
    // A failed load (the extension updated under the page) may be tried again.
    request.catch(() => loading.delete(locale));
    loading.set(locale, request);
  }
  return request;
}

const modules = new Map<Namespace, MessageModule<string>>();

/**
 * One object per namespace (stable across calls, so React memos keyed on it hold). A language not
 * loaded reads as undefined: `createTranslator` then says which one is missing.
 */
export function messagesOf<N extends Namespace>(namespace: N): MessagesOf<N> {
  let module = modules.get(namespace);
  if (!module) {
    module = Object.defineProperties(
      {},
      Object.fromEntries(
        Object.keys(LOADERS).map((locale) => [
          locale,
          { enumerable: true, get: () => loaded[locale as Locale]?.[namespace] },
        ]),
      ),
    ) as MessageModule<string>;
    modules.set(namespace, module);
  }
  return module as MessagesOf<N>;
}
