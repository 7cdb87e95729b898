import type { FeedRecord } from '@/lib/db/records';
import {
  currentError,
  feedsWithErrors,
  isDemoOnly,
  lastSuccessfulSync,
  libraryReachability,
} from '@/lib/library/feed-health';
import { formatRelativeTime } from '@/lib/i18n/format';
import { useHost } from '../app/host';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useOnline } from './use-clock';
import { useProblemWords } from '../problems/problem-words';
import { messagesOf } from '@/lib/i18n/catalog';

/** Offline, sync errors and "demo library" notices above the list. */
export function LibraryBanners({ feeds, now }: { feeds: FeedRecord[]; now: number }) {
  const t = useT(messagesOf('library'));
  const words = useProblemWords();
  const locale = useLocale();
  // In workshop mode the workshop banner already says the content is the demo's.
  const { workspace } = useHost();
  const online = useOnline();
  const reachability = libraryReachability(feeds, online);
  const lastSync = lastSuccessfulSync(feeds);
  const relative = (at: number) => formatRelativeTime(at, now, locale);
  return (
    <>
      {reachability === 'offline' ? (
        <p className="relais-banner relais-banner--offline" role="status">
          {lastSync === undefined ? t('offlineNeverSynced') : t('offline', { when: relative(lastSync) })}
        </p>
      ) : null}
      {reachability === 'server-unreachable' ? (
        <p className="relais-banner relais-banner--offline" role="status">
          {lastSync === undefined
            ? t('serverUnreachableNeverSynced')
            : t('serverUnreachable', { when: relative(lastSync) })}
        </p>
      ) : null}
      {feedsWithErrors(feeds, reachability).map((feed) => {
        const error = currentError(feed);
        if (!error) return null;
        const success = feed.status.lastSuccessAt;
        return (
          <p key={feed.url} className="relais-banner relais-banner--error" role="alert">
            {t('syncError', { feed: feed.snapshot?.title ?? feed.url, message: words(error) })}{' '}
            {success === undefined ? t('neverUpdated') : t('lastUpdated', { when: relative(success) })}
          </p>
        );
      })}
      {workspace === 'real' && isDemoOnly(feeds) ? (
        <p className="relais-banner relais-banner--info">{t('demoOnly')}</p>
      ) : null}
    </>
  );
}
