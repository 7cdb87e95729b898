import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { type Locale, resolveLocale } from '@/lib/i18n/locale';
import { isCatalogLoaded, loadCatalog } from '@/lib/i18n/catalog';
import { createTranslator, type MessageModule, type Translator } from '@/lib/i18n/messages';
import { browserUiLanguage } from '@/lib/i18n/ui-language';
import { readSettings, watchSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/settings';

const LocaleContext = createContext<Locale>('en');

/** The language a page shows for the stored setting. */
export const uiLocaleFor = (setting: Settings['locale']): Locale => resolveLocale(setting, browserUiLanguage());

/**
 * Follows the language chosen in the options (or the browser's), live. Renders once that language's
 * strings are loaded (a page loads only the language it shows: lib/i18n/catalog.ts); until then, nothing.
 */
export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocale] = useState<Locale | undefined>(() => {
    const first = forced ?? uiLocaleFor('auto');
    return isCatalogLoaded(first) ? first : undefined;
  });
  useEffect(() => {
    let active = true;
    let latest: Locale | undefined;
    const show = (next: Locale) => {
      latest = next;
      void loadCatalog(next).then(() => {
        if (active && latest === next) setLocale(next);
      });
    };
    if (forced) show(forced);
    else {
      void readSettings().then((settings) => show(uiLocaleFor(settings.locale)));
      const stop = watchSettings((settings) => show(uiLocaleFor(settings.locale)));
      return () => {
        active = false;
        stop();
      };
    }
    return () => {
      active = false;
    };
  }, [forced]);
  if (!locale) return null;
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT<K extends string>(module: MessageModule<K>): Translator<K> {
  const locale = useLocale();
  return useMemo(() => createTranslator(module, locale), [module, locale]);
}
