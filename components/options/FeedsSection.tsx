/**
 * The employee's feeds in the options page: where each comes from, how it is
 * doing in plain words, "Sync now", removing, and adding one (after the
 * browser's permission to read its site).
 */
import type { AnnouncedFeed } from '@/lib/feed/discover';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { FeedRecord } from '@/lib/db/records';
import { formatRelativeTime } from '@/lib/i18n/format';
import { currentError } from '@/lib/library/feed-health';
import { askBackground } from '@/lib/protocol/client';
import { checkFeedUrl, hostPermissionFor } from '@/lib/sync/url-rules';
import { useRefreshOnLibraryChange } from '../app/library-events';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useNow } from '../library/use-clock';
import { useFeedProblemWords, useProblemWords } from '../problems/problem-words';
import { useCountsWords, useLibraryCounts } from './feed-counts';
import type { FeedItemCounts } from '@/lib/protocol/protocol';
import { messagesOf } from '@/lib/i18n/catalog';

type Notice = { kind: 'status' | 'alert'; text: string } | undefined;

const feedTitle = (feed: FeedRecord, untitled: string) => feed.snapshot?.title ?? untitled;

export function FeedsSection() {
  const t = useT(messagesOf('feeds'));
  const words = useProblemWords();
  useRefreshOnLibraryChange();
  const feeds = useQuery({ queryKey: ['feeds'], queryFn: () => askBackground({ type: 'feeds.list' }) });
  const policy = useQuery({ queryKey: ['feeds', 'policy'], queryFn: () => askBackground({ type: 'feeds.policy' }) });
  const [notice, setNotice] = useState<Notice>();
  const queryClient = useQueryClient();
  const syncAll = useMutation({
    mutationFn: () => askBackground({ type: 'feeds.sync' }),
    onSuccess: (synced) => {
      queryClient.setQueryData(['feeds'], synced);
      const failing = synced.filter((feed) => currentError(feed)).length;
      setNotice({ kind: 'status', text: failing === 0 ? t('syncDone') : t.plural('syncDoneWithErrors', failing) });
    },
    onError: (error) => setNotice({ kind: 'alert', text: t('syncFailed', { message: words(error) }) }),
  });
  const locked = policy.data?.lockFeeds ?? false;
  // The feed's item count also holds expired and not-yet-published items, which the sidebar leaves out.
  const counts = useLibraryCounts('real');

  return (
    <section aria-labelledby="relais-feeds-heading" className="relais-feeds">
      <h2 id="relais-feeds-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      {locked ? (
        <p className="relais-feeds__locked">
          <span aria-hidden="true">🔒 </span>
          {t('lockedList')}
        </p>
      ) : null}
      {feeds.isPending ? <p>{t('loading')}</p> : null}
      {feeds.isError ? <p role="alert">{t('loadFailed', { message: words(feeds.error) })}</p> : null}
      {feeds.data ? (
        <>
          {/* With one feed, its own "Sync now" says the same. */}
          {feeds.data.length > 1 ? (
            <p>
              <button
                type="button"
                className="relais-button"
                disabled={syncAll.isPending}
                onClick={() => syncAll.mutate()}
              >
                {syncAll.isPending ? t('syncing') : t('syncAll')}
              </button>
            </p>
          ) : null}
          <ul className="relais-feeds__list">
            {feeds.data.map((feed) => (
              <FeedEntry
                key={feed.url}
                feed={feed}
                counts={
                  counts
                    ? (counts.get(feed.url) ?? { feedUrl: feed.url, shown: 0, upcoming: 0, expired: 0 })
                    : undefined
                }
                locked={locked}
                onNotice={setNotice}
              />
            ))}
          </ul>
        </>
      ) : null}
      <p role="status" className="relais-feeds__notice">
        {notice?.kind === 'status' ? notice.text : ''}
      </p>
      {notice?.kind === 'alert' ? <p role="alert">{notice.text}</p> : null}
      {locked ? null : <AddFeedForm onNotice={setNotice} />}
    </section>
  );
}

function FeedEntry({
  feed,
  counts,
  locked,
  onNotice,
}: {
  feed: FeedRecord;
  /** Items the library shows now, and the others; undefined while not known. */
  counts: FeedItemCounts | undefined;
  locked: boolean;
  onNotice: (notice: Notice) => void;
}) {
  const t = useT(messagesOf('feeds'));
  const words = useProblemWords();
  const feedWords = useFeedProblemWords();
  const locale = useLocale();
  const now = useNow(30_000);
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const demo = feed.source === 'demo';
  // The demo feed's own title names a fictional company: call it what it is.
  const title = demo ? t('demoTitle') : feedTitle(feed, t('untitled'));
  const countsWords = useCountsWords();
  const when = (at: number) => formatRelativeTime(at, Math.max(now, at), locale);
  const error = currentError(feed);
  const removable = feed.source === 'user' && !locked;

  const sync = useMutation({
    mutationFn: () => askBackground({ type: 'feeds.sync', url: feed.url }),
    onSuccess: (synced) => queryClient.setQueryData(['feeds'], synced),
    onError: (failure) => onNotice({ kind: 'alert', text: t('syncFailed', { message: failure.message }) }),
  });
  const remove = useMutation({
    mutationFn: () => askBackground({ type: 'feeds.remove', url: feed.url }),
    onSuccess: () => {
      onNotice({ kind: 'status', text: t('removed', { title }) });
      void queryClient.invalidateQueries({ queryKey: ['feeds'] });
    },
    onError: (failure) => {
      setConfirming(false);
      onNotice({ kind: 'alert', text: t('removeFailed', { message: failure.message }) });
    },
  });

  return (
    <li className="relais-feeds__feed" aria-label={title}>
      <h3>{title}</h3>
      {demo ? (
        <p>{t('demoExplanation')}</p>
      ) : (
        <>
          {feed.snapshot?.organisation ? <p>{feed.snapshot.organisation}</p> : null}
          <p className={`relais-feeds__source relais-feeds__source--${feed.source}`}>
            {feed.source === 'managed' ? <span aria-hidden="true">🔒 </span> : null}
            {feed.source === 'managed' ? t('sourceManaged') : t('sourceUser')}
          </p>
          <p>
            {t('address')} <code className="relais-feeds__url">{feed.url}</code>
          </p>
        </>
      )}
      <ul className="relais-feeds__facts">
        <li>
          {feed.status.lastSuccessAt !== undefined
            ? t('lastSuccess', { when: when(feed.status.lastSuccessAt) })
            : t('neverSucceeded')}
        </li>
        {feed.status.lastAttemptAt !== undefined ? (
          <li>{t('lastAttempt', { when: when(feed.status.lastAttemptAt) })}</li>
        ) : null}
        <li>{counts === undefined ? t.plural('items', feed.status.itemCount) : countsWords(counts)}</li>
      </ul>
      {error ? (
        <div className="relais-banner relais-banner--error" role="alert">
          <p>{t('lastError', { when: when(error.at), message: words(error) })}</p>
          {feed.status.lastSuccessAt !== undefined ? <p>{t('keptLibrary')}</p> : null}
        </div>
      ) : null}
      {feed.status.skipped.length > 0 ? (
        <details className="relais-feeds__skipped">
          <summary>{t.plural('skipped', feed.status.skipped.length)}</summary>
          <ul>
            {feed.status.skipped.map((problem, index) => {
              const { message, hint } = feedWords(problem);
              return (
                <li key={`${problem.path}-${index}`}>
                  {problem.itemId !== undefined
                    ? t('skippedItem', { id: problem.itemId, path: problem.path, message })
                    : t('skippedItemNoId', { path: problem.path, message })}
                  {hint ? ` — ${hint}` : ''}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      <p className="relais-feeds__actions">
        <button
          type="button"
          className="relais-button"
          aria-label={t('syncOneLabel', { title })}
          disabled={sync.isPending}
          onClick={() => sync.mutate()}
        >
          {sync.isPending ? t('syncing') : t('syncOne')}
        </button>{' '}
        {removable && !confirming ? (
          <button
            type="button"
            className="relais-button"
            aria-label={t('removeLabel', { title })}
            onClick={() => setConfirming(true)}
          >
            {t('remove')}
          </button>
        ) : null}
      </p>
      {removable && confirming ? (
        <div role="group" aria-label={t('removeLabel', { title })} className="relais-feeds__confirm">
          <p>{t('removeQuestion', { title })}</p>
          <button
            type="button"
            className="relais-button relais-button--danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
            autoFocus
          >
            {t('removeConfirm')}
          </button>{' '}
          <button type="button" className="relais-button" onClick={() => setConfirming(false)}>
            {t('removeCancel')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function AddFeedForm({ onNotice }: { onNotice: (notice: Notice) => void }) {
  const t = useT(messagesOf('feeds'));
  const words = useProblemWords();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const inputId = useId();
  const hintId = useId();
  const [address, setAddress] = useState('');
  const [adding, setAdding] = useState(false);

  const [announced, setAnnounced] = useState<AnnouncedFeed[]>([]);

  /** Asks for the site's permission within the click, then runs `work` with it. */
  const withPermission = (url: string, work: () => Promise<void>) => {
    // Before any await: the browser grants a permission only within the user's click.
    const permission = browser.permissions.request({ origins: [hostPermissionFor(url)] });
    setAdding(true);
    onNotice({ kind: 'status', text: t('adding') });
    void (async () => {
      try {
        const granted = await permission.catch(() => false);
        if (!granted) {
          onNotice({ kind: 'alert', text: t('permissionDenied', { site: new URL(url).host }) });
          return;
        }
        await work();
      } catch (error) {
        onNotice({ kind: 'alert', text: t('addFailed', { message: (error as Error).message }) });
      } finally {
        setAdding(false);
      }
    })();
  };

  const addFeed = async (url: string) => {
    const feed = await askBackground({ type: 'feeds.add', url });
    const title = feedTitle(feed, feed.url);
    const error = currentError(feed);
    onNotice(
      error
        ? { kind: 'alert', text: t('addedWithError', { title, message: words(error) }) }
        : { kind: 'status', text: t.plural('added', feed.status.itemCount, { title }) },
    );
    setAddress('');
    setAnnounced([]);
    await queryClient.invalidateQueries({ queryKey: ['feeds'] });
  };

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkFeedUrl(address, { locale });
    if (!checked.ok) {
      onNotice({ kind: 'alert', text: t('addFailed', { message: words(checked.error) }) });
      return;
    }
    setAnnounced([]);
    withPermission(checked.url, async () => {
      // A home page is read by the worker: the feeds it announces are proposed instead.
      const found = await askBackground({ type: 'feeds.discover', url: checked.url });
      if (found.isFeed) return addFeed(checked.url);
      setAnnounced(found.feeds);
      onNotice({ kind: 'status', text: t.plural('announced', found.feeds.length) });
    });
  };

  const addAnnounced = (url: string) => {
    const checked = checkFeedUrl(url, { locale });
    if (!checked.ok) {
      onNotice({ kind: 'alert', text: t('addFailed', { message: words(checked.error) }) });
      return;
    }
    withPermission(checked.url, () => addFeed(checked.url));
  };

  return (
    // noValidate: the plain-words check above explains a wrong address better than the browser bubble.
    <form className="relais-feeds__add" onSubmit={add} noValidate aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>{t('addHeading')}</h3>
      <label htmlFor={inputId}>{t('addLabel')}</label>
      <input
        id={inputId}
        type="url"
        inputMode="url"
        required
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        aria-describedby={hintId}
        value={address}
        onChange={(event) => setAddress(event.target.value)}
      />
      <p id={hintId} className="relais-feeds__hint">
        {t('addHint')}
      </p>
      <button type="submit" className="relais-button relais-button--primary" disabled={adding}>
        {adding ? t('adding') : t('addSubmit')}
      </button>
      {announced.length > 0 ? (
        <div className="relais-feeds__announced" role="group" aria-label={t.plural('announced', announced.length)}>
          <p>{t.plural('announced', announced.length)}</p>
          <ul>
            {announced.map((feed) => (
              <li key={feed.url}>
                <button
                  type="button"
                  className="relais-button"
                  disabled={adding}
                  onClick={() => addAnnounced(feed.url)}
                >
                  {t('addAnnounced', { title: feed.title ?? feed.url })}
                </button>{' '}
                <span className="relais-feeds__hint">{feed.url}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </form>
  );
}
