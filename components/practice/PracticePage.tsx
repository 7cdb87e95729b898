import { useEffect, useRef, useState } from 'react';
import { exposeToE2e } from '@/lib/host/e2e-build';
import { useDocumentTheme } from '../app/theme';
import { RelaisApp } from '../app/RelaisApp';
import type { RelaisHost } from '../app/host';
import { useSettings } from '../app/use-settings';
import { useLocale, useT } from '../i18n/I18nProvider';
import { GuidedTour } from '../tour/GuidedTour';
import { markTourSeen, wasTourSeen } from '../tour/tour-seen';
import { ResetWorkshopButton } from '../workshop/ResetWorkshopButton';
import { PracticeComposer, type PracticeComposerHandle } from './PracticeComposer';
import { createPracticeComposerPort } from './practice-composer-port';
import { messagesOf } from '@/lib/i18n/catalog';

/**
 * The trainer's page: a LinkedIn-like share box and the Relais app beside it,
 * on the workshop database, entirely offline.
 */
export function PracticePage() {
  const t = useT(messagesOf('practice'));
  const locale = useLocale();
  const settings = useSettings();
  useDocumentTheme();
  const handle = useRef<PracticeComposerHandle>({ quill: null }).current;
  const [host] = useState<RelaisHost>(() => ({
    kind: 'practice',
    workspace: 'workshop',
    composer: createPracticeComposerPort(
      () => handle.quill,
      (insertion) => {
        handle.lastInsertion = insertion;
      },
    ),
  }));
  const [touring, setTouring] = useState(false);
  const [composerKey, setComposerKey] = useState(0);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('pageTitle');
  }, [locale, t]);
  // Whether the tour opened by itself on this visit, once the stored answer is read.
  const [tourDecision] = useState(() =>
    wasTourSeen().then((seen) => {
      if (seen) return false;
      setTouring(true);
      void markTourSeen();
      return true;
    }),
  );
  useEffect(() => {
    // The e2e tests drive the same port the library's Insert button uses (as relaisCommands does for the shortcut),
    // and wait for the tour's decision before checking that it stayed closed.
    if (import.meta.env.WXT_E2E_HOOKS === 'true')
      exposeToE2e('relaisPractice', { composer: host.composer, tourDecision: () => tourDecision });
  }, [host, tourDecision]);

  return (
    <div className={`relais-practice${settings?.largeText ? ' relais-practice--large-text' : ''}`}>
      <header className="relais-practice__header">
        <div>
          <h1>{t('heading')}</h1>
          <p>{t('intro')}</p>
        </div>
        <div className="relais-practice__tools">
          <button type="button" className="relais-button" onClick={() => setTouring(true)}>
            {t('tour')}
          </button>
          <ResetWorkshopButton
            onReset={() => {
              // A fresh editor for the next trainee: the practice history is gone, so is the text in progress.
              handle.lastInsertion = undefined;
              setComposerKey((key) => key + 1);
            }}
          />
        </div>
      </header>
      <main className="relais-practice__main">
        <PracticeComposer key={composerKey} handle={handle} />
        <div className="relais-practice__app" role="region" aria-label={t('relaisLabel')}>
          <RelaisApp host={host} />
        </div>
      </main>
      {touring ? <GuidedTour onClose={() => setTouring(false)} /> : null}
    </div>
  );
}
