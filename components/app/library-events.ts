import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { LIBRARY_VERSION_KEY } from '@/lib/sync/library-version';

/**
 * The background bumps a counter in storage.local after every sync; every
 * context (content scripts included) hears storage changes, so queries
 * refresh when a sync finishes without a broadcast to each tab.
 */
export function useRefreshOnLibraryChange() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LIBRARY_VERSION_KEY in changes) {
        void queryClient.invalidateQueries({ queryKey: ['library'] });
        void queryClient.invalidateQueries({ queryKey: ['feeds'] });
      }
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [queryClient]);
}
