import { useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { FeedRecord } from '@/lib/db/records';
import type { FeedItemCounts } from '@/lib/protocol/protocol';
import { askBackground } from '@/lib/protocol/client';
import type { Settings } from '@/lib/settings/settings';
import { useT } from '../i18n/I18nProvider';
import { ResetWorkshopButton } from '../workshop/ResetWorkshopButton';
import { FilePicker } from '../controls/FilePicker';
import { useProblemWords } from '../problems/problem-words';
import { messagesOf } from '@/lib/i18n/catalog';
import { useCountsWords } from './feed-counts';

type LibraryState =
  | { kind: 'idle' }
  /** `bundled`: the demo feed shipped with Relais, named as the demo library; otherwise the trainer's file. */
  | { kind: 'ready'; feed: FeedRecord; bundled: boolean; counts: FeedItemCounts | undefined; fileName?: string }
  | { kind: 'failed'; message: string };

export function WorkshopSection({
  settings,
  update,
}: {
  settings: Settings | undefined;
  update: (patch: Partial<Settings>) => Promise<void>;
}) {
  const t = useT(messagesOf('options'));
  const feedWords = useT(messagesOf('feeds'));
  const words = useProblemWords();
  const countsWords = useCountsWords();
  const [library, setLibrary] = useState<LibraryState>({ kind: 'idle' });
  const workshopOn = settings?.workshopMode ?? false;

  // Switching on and choosing a file at once: the last one asked is the one told. Each asks for its turn
  // before it awaits anything (saving the setting, reading the file), so a file chosen while the switch is
  // being saved is not then overwritten by the switch's answer.
  const latest = useRef(0);
  const chosenFile = useRef<string | undefined>(undefined);
  const takeTurn = () => (latest.current += 1);
  const load = async (turn: number, request: () => Promise<{ feed: FeedRecord; bundled: boolean }>) => {
    try {
      const { feed, bundled } = await request();
      // Counted as the sidebar counts (the worker's `visibilityAt`), so "20 shown" matches what it lists.
      const counts = await askBackground({ type: 'library.counts', workspace: 'workshop' }).catch(() => []);
      if (turn !== latest.current) return;
      const found = counts.find((entry) => entry.feedUrl === feed.url);
      setLibrary({ kind: 'ready', feed, bundled, counts: found, fileName: chosenFile.current });
    } catch (error) {
      if (turn === latest.current) setLibrary({ kind: 'failed', message: words(error) });
    }
  };
  const onToggle = async (on: boolean) => {
    const turn = takeTurn();
    if (!on) setLibrary({ kind: 'idle' });
    await update({ workshopMode: on });
    if (on && turn === latest.current)
      await load(turn, async () => {
        const { feed, installed } = await askBackground({ type: 'workshop.ensureLibrary' });
        // Already there: the bundled feed, or a file loaded earlier (then its own title is shown).
        return { feed, bundled: installed || chosenFile.current === undefined };
      });
  };
  const onFile = async (file: File) => {
    const turn = takeTurn();
    chosenFile.current = file.name;
    const feedText = await file.text();
    await load(turn, async () => ({
      feed: await askBackground({ type: 'workshop.loadFeed', feedText, fileName: file.name }),
      bundled: false,
    }));
  };

  // The bundled feed is named as the demo library (its own title names the fictional company), with the
  // counts the sidebar can be checked against.
  const libraryReady = ({ feed, bundled, counts, fileName }: Extract<LibraryState, { kind: 'ready' }>) =>
    t('demoLoaded', {
      title: bundled
        ? feedWords('demoTitle')
        : t('workshopFileTitle', { title: feed.snapshot?.title ?? fileName ?? '' }),
      counts: counts ? countsWords(counts) : feedWords.plural('items', feed.status.itemCount),
    });

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
      <FilePicker
        label={t('feedFileLabel')}
        button={t('feedFileButton')}
        none={t('feedFileNone')}
        accept=".json,application/json,application/feed+json"
        onFiles={([file]) => {
          if (file) void onFile(file);
        }}
      />
      <p role="status">{library.kind === 'ready' ? libraryReady(library) : ''}</p>
      {library.kind === 'failed' ? <p role="alert">{t('demoError', { message: library.message })}</p> : null}
      {/* Resetting only means something for the workshop's own history. */}
      {workshopOn ? <ResetWorkshopButton /> : null}
    </section>
  );
}
