/** The options page's "For comms teams" section: the way into Relais Studio. */
import { browser } from 'wxt/browser';
import { useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

export function StudioLinkSection() {
  const t = useT(messagesOf('studioLink'));
  return (
    <section aria-labelledby="relais-studio-link-heading">
      <h2 id="relais-studio-link-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <a className="relais-button" href={browser.runtime.getURL('/studio.html')} target="_blank" rel="noreferrer">
        {t('open')}
      </a>
    </section>
  );
}
