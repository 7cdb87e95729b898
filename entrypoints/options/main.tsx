import '@/lib/security/zod-strict-csp';
import '@/components/app/app.css';
import '@/components/app/page.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import { I18nProvider } from '@/components/i18n/I18nProvider';

// The feeds list refreshes when the background announces a change (useRefreshOnLibraryChange), not on focus.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <I18nProvider>
      <OptionsPage />
    </I18nProvider>
  </QueryClientProvider>,
);
