import { type ChangeEvent, useState } from 'react';
import { browser } from 'wxt/browser';
import type { FeedRecord } from '@/lib/db/records';
import { askBackground } from '@/lib/messages/client';
import type { Settings } from '@/lib/settings/settings';
import { useT } from '../i18n/I18nProvider';
import { ResetWorkshopButton } from '../workshop/ResetWorkshopButton';
import { optionsMessages } from './messages';

type LibraryState = { kind: 'idle' } | { kind: 'ready'; feed: FeedRecord } | { kind: 'failed'; message: string };

export function WorkshopSection({
  settings,
  update,
}: {
  settings: Settings | undefined;
  update: (patch: Partial<Settings>) => Promise<void>;
}) {
  const t = useT(optionsMessages);
  const [library, setLibrary] = useState<LibraryState>({ kind: 'idle' });

  const load = async (request: () => Promise<FeedRecord>) => {
    try {
      setLibrary({ kind: 'ready', feed: await request() });
    } catch (error) {
      setLibrary({ kind: 'failed', message: (error as Error).message });
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
          checked={settings?.workshopMode ?? false}
          disabled={!settings}
          onChange={(event) => void onToggle(event.target.checked)}
        />{' '}
        {t('workshopMode')}
      </label>
      <p>
        <a href={browser.runtime.getURL('/practice.html')} target="_blank" rel="noreferrer">
          {t('openPractice')}
        </a>
      </p>
      <p>
        <label className="relais-option">
          {t('feedFileLabel')}{' '}
          <input
            type="file"
            accept=".json,application/json,application/feed+json"
            onChange={(event) => void onFile(event)}
          />
        </label>
      </p>
      <p role="status">
        {library.kind === 'ready'
          ? t.plural('demoLoaded', library.feed.status.itemCount, { title: library.feed.snapshot?.title ?? '' })
          : ''}
      </p>
      {library.kind === 'failed' ? <p role="alert">{t('demoError', { message: library.message })}</p> : null}
      <ResetWorkshopButton />
    </section>
  );
}
