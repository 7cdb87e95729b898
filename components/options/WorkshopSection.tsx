import { type ChangeEvent, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { FeedRecord } from '@/lib/db/records';
import { askBackground } from '@/lib/protocol/client';
import type { Settings } from '@/lib/settings/settings';
import { useT } from '../i18n/I18nProvider';
import { ResetWorkshopButton } from '../workshop/ResetWorkshopButton';
import { useProblemWords } from '../problems/problem-words';
import { messagesOf } from '@/lib/i18n/catalog';

type LibraryState = { kind: 'idle' } | { kind: 'ready'; feed: FeedRecord } | { kind: 'failed'; message: string };

export function WorkshopSection({
  settings,
  update,
}: {
  settings: Settings | undefined;
  update: (patch: Partial<Settings>) => Promise<void>;
}) {
  const t = useT(messagesOf('options'));
  const words = useProblemWords();
  const [library, setLibrary] = useState<LibraryState>({ kind: 'idle' });
  const fileId = useId();
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const workshopOn = settings?.workshopMode ?? false;

  const load = async (request: () => Promise<FeedRecord>) => {
    try {
      setLibrary({ kind: 'ready', feed: await request() });
    } catch (error) {
      setLibrary({ kind: 'failed', message: words(error) });
    }
  };
  const onToggle = async (on: boolean) => {
    await update({ workshopMode: on });
    if (on) await load(async () => (await askBackground({ type: 'workshop.ensureLibrary' })).feed);
    else setLibrary({ kind: 'idle' });
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    const feedText = await file.text();
    await load(() => askBackground({ type: 'workshop.loadFeed', feedText, fileName: file.name }));
    event.target.value = '';
  };

  return (
    <section aria-labelledby="relais-workshop-heading">
      <h2 id="relais-workshop-heading">{t('workshopHeading')}</h2>
      <p>{t('workshopIntro')}</p>
      <label className="relais-option">
        <input
          type="checkbox"
          checked={workshopOn}
          disabled={!settings}
          onChange={(event) => void onToggle(event.target.checked)}
        />
        <span>{t('workshopMode')}</span>
      </label>
      <p>
        <a className="relais-button" href={browser.runtime.getURL('/practice.html')} target="_blank" rel="noreferrer">
          {t('openPractice')}
        </a>
      </p>
      <div className="relais-file">
        <label htmlFor={fileId}>{t('feedFileLabel')}</label>
        <div className="relais-file__row">
          {/* The native file input stays (keyboard, screen readers, tests), drawn as our button. */}
          <input
            id={fileId}
            className="relais-file__input"
            type="file"
            accept=".json,application/json,application/feed+json"
            onChange={(event) => void onFile(event)}
          />
          <span className="relais-button relais-file__button" aria-hidden="true">
            {t('feedFileButton')}
          </span>
          <span className="relais-hint">{fileName ?? t('feedFileNone')}</span>
        </div>
      </div>
      <p role="status">
        {library.kind === 'ready'
          ? t.plural('demoLoaded', library.feed.status.itemCount, { title: library.feed.snapshot?.title ?? '' })
          : ''}
      </p>
      {library.kind === 'failed' ? <p role="alert">{t('demoError', { message: library.message })}</p> : null}
      {/* Resetting only means something for the workshop's own history. */}
      {workshopOn ? <ResetWorkshopButton /> : null}
    </section>
  );
}
