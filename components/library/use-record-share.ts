/** "I posted it": records the share in the local history (IndexedDB, through the worker). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LibraryItem } from '@/lib/feed/library-item';
import { manualShare, type ShareMeasures } from '@/lib/library/draft';
import { askBackground } from '@/lib/protocol/client';
import { useHost } from '../app/host';

export function useRecordShare(item: LibraryItem) {
  const { workspace } = useHost();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ text, measures }: { text: string; measures?: ShareMeasures }) =>
      askBackground({ type: 'share.record', workspace, share: manualShare(item, text, Date.now(), measures) }),
    // The list's "Shared on …" comes with the library.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['library', workspace], exact: true }),
  });
}
