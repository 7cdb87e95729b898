import { RelaisRequestError } from '@/lib/protocol/client';
import { useT } from '../i18n/I18nProvider';
import { useHost } from '../app/host';
import { useWorkshopLibrary } from './use-workshop-library';
import { useProblemWords } from '../problems/problem-words';
import { messagesOf } from '@/lib/i18n/catalog';

/** Says plainly that this is practice, and loads the demo library into the workshop database when needed. */
export function WorkshopBanner() {
  const t = useT(messagesOf('workshop'));
  const words = useProblemWords();
  const { workspace } = useHost();
  const library = useWorkshopLibrary(workspace === 'workshop');
  if (workspace !== 'workshop') return null;
  return (
    <div className="relais-workshop-banner">
      <p>{t('banner')}</p>
      {library.isError ? (
        <p role="alert">
          {library.error instanceof RelaisRequestError && library.error.code === 'demo-feed-missing'
            ? t('demoFeedMissing')
            : t('libraryError', { message: words(library.error) })}
        </p>
      ) : null}
    </div>
  );
}
