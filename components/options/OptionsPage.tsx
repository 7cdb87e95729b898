import { useEffect } from 'react';
import { useDocumentTheme } from '../app/theme';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useEditableSettings } from '../app/use-settings';
import { FeedsSection } from './FeedsSection';
import { WorkshopSection } from './WorkshopSection';
import { StudioLinkSection } from '../studio/StudioLinkSection';
import type { Settings } from '@/lib/settings/settings';
import { messagesOf } from '@/lib/i18n/catalog';

export function OptionsPage() {
  const t = useT(messagesOf('options'));
  const locale = useLocale();
  // Live: a change made in another open options tab shows here too.
  const [settings, update] = useEditableSettings();
  useDocumentTheme();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('title');
  }, [locale, t]);

  return (
    <main className={`relais-page relais-options${settings?.largeText ? ' relais-page--large-text' : ''}`}>
      <header className="relais-page-header">
        <span className="relais-logo" aria-hidden="true">
          R
        </span>
        <h1>{t('title')}</h1>
      </header>
      <FeedsSection />
      <section aria-labelledby="relais-language-heading">
        <h2 id="relais-language-heading">{t('languageHeading')}</h2>
        <label className="relais-options__field">
          <span>{t('languageLabel')}</span>
          <select
            className="relais-select relais-options__select"
            value={settings?.locale ?? 'auto'}
            disabled={!settings}
            onChange={(event) => void update({ locale: event.target.value as Settings['locale'] })}
          >
            <option value="auto">{t('languageAuto')}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="fr" lang="fr">
              Français
            </option>
          </select>
        </label>
      </section>
      <section aria-labelledby="relais-display-heading">
        <h2 id="relais-display-heading">{t('displayHeading')}</h2>
        <fieldset className="relais-fieldset" aria-describedby="relais-display-trade-off">
          <legend className="relais-visually-hidden">{t('displayHeading')}</legend>
          {(['in-page', 'side-panel'] as const).map((display) => (
            <label key={display} className="relais-option relais-option--card">
              <input
                type="radio"
                name="display"
                value={display}
                checked={settings?.display === display}
                disabled={!settings}
                onChange={() => void update({ display })}
              />
              <span>{display === 'in-page' ? t('displayInPage') : t('displaySidePanel')}</span>
            </label>
          ))}
        </fieldset>
        <p id="relais-display-trade-off" className="relais-hint">
          {t('displayTradeOff')}
        </p>
      </section>
      <section aria-labelledby="relais-presentation-heading">
        <h2 id="relais-presentation-heading">{t('presentationHeading')}</h2>
        <label className="relais-option">
          <input
            type="checkbox"
            checked={settings?.largeText ?? false}
            disabled={!settings}
            onChange={(event) => void update({ largeText: event.target.checked })}
          />
          <span>{t('largeText')}</span>
        </label>
      </section>
      <WorkshopSection settings={settings} update={update} />
      <StudioLinkSection />
    </main>
  );
}
