import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  createTranslator,
  type Locale,
  localeFromLanguageTag,
  type MessageModule,
  type Translator,
} from '@/lib/i18n/messages';
import { readSettings, watchSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/settings';

const LocaleContext = createContext<Locale>('en');

export function browserLocale(): Locale {
  return localeFromLanguageTag(browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language);
}

export function resolveLocale(setting: Settings['locale']): Locale {
  return setting === 'auto' ? browserLocale() : setting;
}

/** Follows the language chosen in the options (or the browser's), live. */
export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocale] = useState<Locale>(forced ?? browserLocale());
  useEffect(() => {
    if (forced) return;
    let active = true;
    void readSettings().then((settings) => active && setLocale(resolveLocale(settings.locale)));
    const stop = watchSettings((settings) => setLocale(resolveLocale(settings.locale)));
    return () => {
      active = false;
      stop();
    };
  }, [forced]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT<K extends string>(module: MessageModule<K>): Translator<K> {
  const locale = useLocale();
  return useMemo(() => createTranslator(module, locale), [module, locale]);
}
