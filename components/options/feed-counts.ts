/**
 * A feed's item count as the employee can check it against the sidebar: how
 * many the library shows now, and why the others are hidden. The worker
 * decides with the library list's own rule (`visibilityAt`).
 */
import { useQuery } from '@tanstack/react-query';
import type { Workspace } from '@/lib/db/db';
import { messagesOf } from '@/lib/i18n/catalog';
import { askBackground } from '@/lib/protocol/client';
import type { FeedItemCounts } from '@/lib/protocol/protocol';
import { useT } from '../i18n/I18nProvider';

/** Each feed's counts, by feed address; undefined while not known. Refreshed with the library (`['library', …]`). */
export function useLibraryCounts(workspace: Workspace): Map<string, FeedItemCounts> | undefined {
  const counts = useQuery({
    queryKey: ['library', workspace, 'counts'],
    queryFn: async () => {
      const feeds = await askBackground({ type: 'library.counts', workspace });
      return new Map(feeds.map((feed) => [feed.feedUrl, feed]));
    },
  });
  return counts.data;
}

/** "20 shown, 1 expired, 1 not yet published" / « 20 affichés, 1 expiré, 1 pas encore publié ». */
export function useCountsWords(): (counts: FeedItemCounts) => string {
  const t = useT(messagesOf('feeds'));
  return (counts) =>
    [
      t.plural('itemsShown', counts.shown),
      counts.expired > 0 ? t.plural('itemsExpired', counts.expired) : undefined,
      counts.upcoming > 0 ? t.plural('itemsUpcoming', counts.upcoming) : undefined,
    ]
      .filter((part) => part !== undefined)
      .join(', ');
}
