import { useState } from 'react';
import { askBackground } from '@/lib/protocol/client';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useHost } from '../app/host';
import { useTheme } from '../app/theme';
import { useSettings } from '../app/use-settings';
import { LibraryView } from '../library/LibraryView';
import { GuidedTour } from '../tour/GuidedTour';
import { WorkshopBanner } from '../workshop/WorkshopBanner';
import { messagesOf } from '@/lib/i18n/catalog';

export function Sidebar() {
  const t = useT(messagesOf('app'));
  const tourT = useT(messagesOf('tour'));
  const host = useHost();
  const locale = useLocale();
  const settings = useSettings();
  const [touring, setTouring] = useState(false);
  const theme = useTheme(host.pageTheme);
  const largeText = settings?.largeText ? ' relais-app--large-text' : '';
  return (
    <aside
      className={`relais-app relais-app--${host.kind}${largeText}`}
      aria-label={t('sidebarLabel')}
      lang={locale}
      data-theme={theme}
      tabIndex={-1}
    >
      <header className="relais-header">
        <div className="relais-brand">
          <span className="relais-logo" aria-hidden="true">
            R
          </span>
          <div>
            <strong>{t('appName')}</strong>
            <span className="relais-tagline">{t('tagline')}</span>
          </div>
        </div>
        <div className="relais-header__actions">
          <button
            type="button"
            className="relais-button relais-header__shares"
            data-tour="shares"
            onClick={() => void askBackground({ type: 'page.open', page: 'insights' })}
          >
            {t('openInsights')}
          </button>
          <button
            type="button"
            className="relais-icon-button"
            data-tour="settings"
            onClick={() => void askBackground({ type: 'page.open', page: 'options' })}
            aria-label={t('openOptions')}
            title={t('openOptions')}
          >
            <SettingsIcon />
          </button>
          <button
            type="button"
            className="relais-icon-button"
            onClick={() => setTouring(true)}
            aria-label={tourT('open')}
            title={tourT('open')}
          >
            ?
          </button>
          {host.close ? (
            <button
              type="button"
              className="relais-icon-button"
              onClick={host.close}
              aria-label={t('close')}
              title={t('close')}
            >
              ×
            </button>
          ) : null}
        </div>
      </header>
      <WorkshopBanner />
      <div className="relais-body">
        <LibraryView />
      </div>
      {touring ? <GuidedTour onClose={() => setTouring(false)} /> : null}
    </aside>
  );
}

/** A gear, drawn in the text colour so it follows the theme. */
function SettingsIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M19.4 13a7.6 7.6 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.6 7.6 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.4 7.4 0 0 0 1.7 1L11 21h4l.4-2.9a7.4 7.4 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
        transform="translate(-1 0)"
      />
    </svg>
  );
}
