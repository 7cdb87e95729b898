import '@/lib/security/zod-strict-csp';
import '@/components/app/app.css';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import { I18nProvider } from '@/components/i18n/I18nProvider';

createRoot(document.getElementById('root')!).render(
  <I18nProvider>
    <OptionsPage />
  </I18nProvider>,
);
