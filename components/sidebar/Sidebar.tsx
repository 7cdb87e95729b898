import { useState } from 'react';
import { askBackground } from '@/lib/messages/client';
import { useLocale, useT } from '../i18n/I18nProvider';
import { appMessages } from '../app/messages';
import { useHost } from '../app/host';
import { useSettings } from '../app/use-settings';
import { LibraryView } from '../library/LibraryView';
import { GuidedTour } from '../tour/GuidedTour';
import { tourMessages } from '../tour/messages';
import { WorkshopBanner } from '../workshop/WorkshopBanner';

export function Sidebar() {
  const t = useT(appMessages);
  const tourT = useT(tourMessages);
  const host = useHost();
  const locale = useLocale();
  const settings = useSettings();
  const [touring, setTouring] = useState(false);
  const largeText = settings?.largeText ? ' relais-app--large-text' : '';
  return (
    <aside
      className={`relais-app relais-app--${host.kind}${largeText}`}
      aria-label={t('sidebarLabel')}
      lang={locale}
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
            className="relais-button"
            onClick={() => void askBackground({ type: 'page.open', page: 'insights' })}
          >
            {t('openInsights')}
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
      {touring ? <GuidedTour placement="app" onClose={() => setTouring(false)} /> : null}
    </aside>
  );
}
