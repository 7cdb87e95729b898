import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { type Locale, resolveLocale } from '@/lib/i18n/locale';
import { createTranslator, type MessageModule, type Translator } from '@/lib/i18n/messages';
import { browserUiLanguage } from '@/lib/i18n/ui-language';
import { readSettings, watchSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/settings';

const LocaleContext = createContext<Locale>('en');

const localeFor = (setting: Settings['locale']): Locale => resolveLocale(setting, browserUiLanguage());

/** Follows the language chosen in the options (or the browser's), live. */
export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocale] = useState<Locale>(forced ?? localeFor('auto'));
  useEffect(() => {
    if (forced) return;
    let active = true;
    void readSettings().then((settings) => active && setLocale(localeFor(settings.locale)));
    const stop = watchSettings((settings) => setLocale(localeFor(settings.locale)));
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
