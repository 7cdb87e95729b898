import { useEffect, useState } from 'react';
import { useLocale, useT } from '../i18n/I18nProvider';
import { optionsMessages } from './messages';
import { readSettings, updateSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/settings';

export function OptionsPage() {
  const t = useT(optionsMessages);
  const locale = useLocale();
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('title');
  }, [locale, t]);

  return (
    <main className="relais-page">
      <h1>{t('title')}</h1>
      <section aria-labelledby="relais-language-heading">
        <h2 id="relais-language-heading">{t('languageHeading')}</h2>
        <label>
          {t('languageLabel')}{' '}
          <select
            value={settings?.locale ?? 'auto'}
            disabled={!settings}
            onChange={async (event) => setSettings(await updateSettings({ locale: event.target.value as Settings['locale'] }))}
          >
            <option value="auto">{t('languageAuto')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
      </section>
    </main>
  );
}
