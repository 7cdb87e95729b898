import '@/lib/security/zod-strict-csp';
import '@/components/app/app.css';
import '@/components/app/page.css';
import '@/components/insights/insights.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { InsightsPage } from '@/components/insights/InsightsPage';

// Coming back to this tab after posting on LinkedIn shows the new share: refetch on focus.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } });

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <I18nProvider>
      <InsightsPage />
    </I18nProvider>
  </QueryClientProvider>,
);
