import '@/lib/security/zod-strict-csp';
import '@/components/app/app.css';
import '@/components/studio/studio.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { StudioPage } from '@/components/studio/StudioPage';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
// The preview's compose flow starts from the item every time: its (empty) stored draft is never refetched.
queryClient.setQueryDefaults(['draft'], { staleTime: Number.POSITIVE_INFINITY });

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <I18nProvider>
      <StudioPage />
    </I18nProvider>
  </QueryClientProvider>,
);
