import { useT } from '../i18n/I18nProvider';
import { appMessages } from '../app/messages';
import { useHost } from '../app/host';
import { LibraryView } from '../library/LibraryView';

export function Sidebar() {
  const t = useT(appMessages);
  const host = useHost();
  return (
    <aside className={`relais-app relais-app--${host.kind}`} aria-label={t('sidebarLabel')} tabIndex={-1}>
      <header className="relais-header">
        <div className="relais-brand">
          <span className="relais-logo" aria-hidden="true">R</span>
          <div>
            <strong>{t('appName')}</strong>
            <span className="relais-tagline">{t('tagline')}</span>
          </div>
        </div>
        {host.close ? (
          <button type="button" className="relais-icon-button" onClick={host.close} aria-label={t('close')} title={t('close')}>
            ×
          </button>
        ) : null}
      </header>
      <div className="relais-body">
        <LibraryView />
      </div>
    </aside>
  );
}
