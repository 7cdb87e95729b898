import '@/lib/security/zod-strict-csp';
import '@/components/app/app.css';
import '@/components/practice/practice.css';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { PracticePage } from '@/components/practice/PracticePage';

createRoot(document.getElementById('root')!).render(
  <I18nProvider>
    <PracticePage />
  </I18nProvider>,
);
