/** "I posted it": records the share in the local history (IndexedDB, through the worker). */
import { useMutation } from '@tanstack/react-query';
import type { LibraryItem } from '@/lib/feed/library-item';
import { manualShare, type ShareMeasures } from '@/lib/library/draft';
import { askBackground } from '@/lib/messages/client';
import { useHost } from '../app/host';

export function useRecordShare(item: LibraryItem) {
  const { workspace } = useHost();
  return useMutation({
    mutationFn: ({ text, measures }: { text: string; measures?: ShareMeasures }) =>
      askBackground({ type: 'share.record', workspace, share: manualShare(item, text, Date.now(), measures) }),
  });
}
