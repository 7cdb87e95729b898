import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { libraryVersionItem } from '@/lib/storage/items';

/**
 * The background bumps a counter in storage.local after every sync; every
 * context (content scripts included) hears storage changes, so queries
 * refresh when a sync finishes without a broadcast to each tab.
 */
export function useRefreshOnLibraryChange() {
  const queryClient = useQueryClient();
  useEffect(() => {
    return libraryVersionItem.watch(() => {
      void queryClient.invalidateQueries({ queryKey: ['library'] });
      void queryClient.invalidateQueries({ queryKey: ['feeds'] });
    });
  }, [queryClient]);
}
