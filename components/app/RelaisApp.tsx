import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { HostContext, type RelaisHost } from './host';
import { useRefreshOnLibraryChange } from './library-events';
import { Sidebar } from '../sidebar/Sidebar';
import type { Locale } from '@/lib/i18n/messages';

function LibraryRefresher() {
  useRefreshOnLibraryChange();
  return null;
}

/** The one Relais app tree, mounted by every host (in-page sidebar, side panel, practice page). */
export function RelaisApp({ host, locale }: { host: RelaisHost; locale?: Locale }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale}>
        <HostContext.Provider value={host}>
          <LibraryRefresher />
          <Sidebar />
        </HostContext.Provider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
