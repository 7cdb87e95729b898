/** The library: search, filters and the item list, or one item's detail. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FeedRecord } from '@/lib/db/records';
import type { LibraryItem, LibraryListItem } from '@/lib/feed/library-item';
import { libraryFacets } from '@/lib/library/facets';
import { freshnessBadges } from '@/lib/library/freshness';
import { hasActiveFilters, prepareLibrary, queryWords, searchLibrary } from '@/lib/library/search';
import { askBackground } from '@/lib/protocol/client';
import { useHost } from '../app/host';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useUiHydrated, useUiStore } from '../state/ui-store';
import { ItemCard } from './ItemCard';
import type { ItemDetail as ItemDetailView } from './ItemDetail';
import { LibraryBanners } from './LibraryBanners';
import { LibraryToolbar } from './LibraryToolbar';
import { createLabels } from './labels';
import { useNow } from './use-clock';
import { useLibrary, useLibraryItem, useLibrarySearchTexts } from './use-library';
import { useItemToOpen } from './use-item-to-open';
import { useLibrarySetUp } from './use-library-set-up';
import { WindowedList, type WindowedListHandle } from './WindowedList';
import { messagesOf } from '@/lib/i18n/catalog';

/**
 * The detail (draft panel, charter checks with their RE2 engine, clipboard) is most of the app's code and
 * none of the list's: loaded apart, so a first opening parses only what paints the list (issue #18),
 * and fetched once the list shows, so opening an item does not wait for it.
 */
const loadItemDetail = () => import('./ItemDetail');
const ItemDetail = lazy(() => loadItemDetail().then((module) => ({ default: module.ItemDetail })));

export function LibraryView() {
  const t = useT(messagesOf('library'));
  const library = useLibrary();
  const hydrated = useUiHydrated();
  if (library.isPending || !hydrated) return <p role="status">{t('loading')}</p>;
  if (library.isError) return <p role="alert">{t('loadError', { message: library.error.message })}</p>;
  return <LibraryContent items={library.data.items} feeds={library.data.feeds} lastShared={library.data.lastShared} />;
}

function LibraryContent({
  items,
  feeds,
  lastShared,
}: {
  items: LibraryListItem[];
  feeds: FeedRecord[];
  lastShared: Record<string, number>;
}) {
  const t = useT(messagesOf('library'));
  const locale = useLocale();
  const now = useNow();
  // Once the remembered state is back (it would overwrite the item), so the request's item wins.
  useItemToOpen(useHost().kind);
  const query = useUiStore((state) => state.query);
  const filters = useUiStore((state) => state.filters);
  const sort = useUiStore((state) => state.sort);
  const preferMyLanguage = useUiStore((state) => state.preferMyLanguage);
  const openItemKey = useUiStore((state) => state.openItemKey);
  const listScrollTop = useUiStore((state) => state.listScrollTop);
  const { openItem, closeItem, clearFilters, setListScrollTop } = useUiStore.getState();

  const searchTexts = useLibrarySearchTexts();
  const prepared = useMemo(
    () => prepareLibrary(items, new Map(feeds.map((feed) => [feed.url, feed.snapshot?.language])), searchTexts.data),
    [items, feeds, searchTexts.data],
  );
  const languageOf = useMemo(
    () => new Map(prepared.entries.map((entry) => [entry.item.key, entry.language])),
    [prepared],
  );
  const itemsByKey = useMemo(() => new Map(items.map((item) => [item.key, item])), [items]);
  const feedsByUrl = useMemo(() => new Map(feeds.map((feed) => [feed.url, feed])), [feeds]);
  const facets = useMemo(() => libraryFacets(prepared), [prepared]);
  const labels = useMemo(() => createLabels(feeds, t, locale), [feeds, t, locale]);
  const results = useMemo(
    () =>
      searchLibrary(prepared, {
        text: query,
        filters,
        sort,
        now,
        preferLanguage: preferMyLanguage ? locale : undefined,
      }),
    [prepared, query, filters, sort, now, preferMyLanguage, locale],
  );

  const waitingForSearchTexts = searchTexts.isPending && queryWords(query).length > 0;

  // The open item is remembered, so an item that expires or is withdrawn while open stays readable.
  const remembered = useRef<LibraryListItem | undefined>(undefined);
  const found = openItemKey ? itemsByKey.get(openItemKey) : undefined;
  if (found) remembered.current = found;
  const openItem_ = found ?? (remembered.current?.key === openItemKey ? remembered.current : undefined);

  useEffect(() => {
    // A remembered key from an earlier page load whose item has gone: back to the list.
    if (openItemKey && !openItem_) closeItem();
  }, [openItemKey, openItem_, closeItem]);

  // The list has painted: fetch the detail's code while the employee reads it.
  useEffect(() => {
    const timer = setTimeout(() => void loadItemDetail(), 0);
    return () => clearTimeout(timer);
  }, []);

  const list = useRef<WindowedListHandle>(null);
  const [focusKey, setFocusKey] = useState<string | undefined>(undefined);
  const back = useCallback(() => {
    setFocusKey(useUiStore.getState().openItemKey ?? undefined);
    closeItem();
  }, [closeItem]);

  // Back from the detail: bring the item into view, then give it the focus once
  // the windowed list has rendered its row (a few frames at most).
  useEffect(() => {
    if (!focusKey || openItemKey) return;
    const index = results.findIndex((item) => item.key === focusKey);
    if (index < 0) {
      setFocusKey(undefined);
      return;
    }
    list.current?.revealIndex(index);
    let frame = 0;
    const focusWhenRendered = (framesLeft: number) => {
      const selector = `[data-item-key="${CSS.escape(focusKey)}"]`;
      const button = list.current?.element()?.querySelector<HTMLElement>(selector);
      if (button) button.focus({ preventScroll: true });
      if (button || framesLeft === 0) setFocusKey(undefined);
      else frame = requestAnimationFrame(() => focusWhenRendered(framesLeft - 1));
    };
    focusWhenRendered(10);
    return () => cancelAnimationFrame(frame);
  }, [focusKey, openItemKey, results]);

  if (openItemKey && openItem_) {
    return (
      <OpenItemDetail
        key={openItem_.key}
        itemKey={openItem_.key}
        removed={!found}
        feed={feedsByUrl.get(openItem_.feedUrl)}
        language={languageOf.get(openItem_.key)}
        labels={labels}
        now={now}
        sharedAt={lastShared[openItem_.key]}
        onBack={back}
      />
    );
  }

  return (
    <section className="relais-library" data-tour="library" aria-labelledby="relais-library-heading">
      <h2 id="relais-library-heading" className="relais-section-title">
        {t('heading')}
      </h2>
      <LibraryBanners feeds={feeds} now={now} />
      {items.length === 0 ? (
        <EmptyLibrary hasFeeds={feeds.length > 0} />
      ) : (
        <>
          <LibraryToolbar facets={facets} labels={labels} />
          {searchTexts.isError ? <p role="alert">{t('loadError', { message: searchTexts.error.message })}</p> : null}
          {waitingForSearchTexts ? (
            // Without the texts, a search would miss the items that match in their message only.
            <p role="status">{t('loading')}</p>
          ) : (
            <p role="status" className="relais-result-count">
              {t.plural('resultCount', results.length)}
            </p>
          )}
          {waitingForSearchTexts ? null : results.length === 0 ? (
            <div className="relais-empty">
              <p>{t('noMatch')}</p>
              {query.trim() !== '' || hasActiveFilters(filters) ? (
                <button type="button" className="relais-button" onClick={clearFilters}>
                  {t('clearFilters')}
                </button>
              ) : null}
            </div>
          ) : (
            <WindowedList
              handle={list}
              items={results}
              itemKey={(item) => item.key}
              label={t('heading')}
              initialScrollTop={listScrollTop}
              onScrollSettled={setListScrollTop}
              renderItem={(item) => (
                <ItemCard
                  item={item}
                  language={languageOf.get(item.key)}
                  badges={freshnessBadges(item, now, locale)}
                  sharedAt={lastShared[item.key]}
                  labels={labels}
                  onOpen={openItem}
                />
              )}
            />
          )}
        </>
      )}
    </section>
  );
}

type OpenItemDetailProps = Omit<Parameters<typeof ItemDetailView>[0], 'item'> & { itemKey: string };

/**
 * The list has slim items; the detail reads the whole one. Once read, it is
 * kept, so an item withdrawn or expired while open stays readable.
 */
function OpenItemDetail({ itemKey, ...props }: OpenItemDetailProps) {
  const t = useT(messagesOf('library'));
  const whole = useLibraryItem(itemKey);
  const lastRead = useRef<LibraryItem | undefined>(undefined);
  if (whole.data) lastRead.current = whole.data;
  const item = lastRead.current;
  if (item)
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <ItemDetail item={item} {...props} />
      </Suspense>
    );
  if (whole.isError) return <p role="alert">{t('loadError', { message: whole.error.message })}</p>;
  if (whole.data === null) {
    // Withdrawn or expired between the list's refresh and this read.
    return (
      <div className="relais-empty">
        <p role="alert">{t('removedNotice')}</p>
        <button type="button" className="relais-button" onClick={props.onBack}>
          ← {t('back')}
        </button>
      </div>
    );
  }
  return <p role="status">{t('loading')}</p>;
}

/**
 * Right after install the worker is still adding the demo library: an empty
 * feed list then means "not yet", not "none", until the worker says the
 * library is set up AND a library read made after that says it is empty. The
 * "set up" flag can land while the read that follows the demo library's arrival
 * is still on its way: the list on screen is then the one from before the demo,
 * and must not be taken for "no feed".
 */
function EmptyLibrary({ hasFeeds }: { hasFeeds: boolean }) {
  const t = useT(messagesOf('library'));
  const { workspace } = useHost();
  const setUp = useLibrarySetUp();
  const { refetch } = useLibrary();
  const [readAfterSetUp, setReadAfterSetUp] = useState(false);
  const waitsForSetUp = !hasFeeds && workspace === 'real';
  useEffect(() => {
    if (!waitsForSetUp || setUp !== true || readAfterSetUp) return;
    let live = true;
    // A feed in the answer: the list replaces this view once the query hands it over (a moment after
    // this promise settles, so this view does not decide on its props). Otherwise "no feed" is now known.
    void refetch().then((read) => {
      if (live && !(read.data && read.data.feeds.length > 0)) setReadAfterSetUp(true);
    });
    return () => {
      live = false;
    };
  }, [waitsForSetUp, setUp, readAfterSetUp, refetch]);
  const settingUp = waitsForSetUp && (setUp !== true || !readAfterSetUp);
  if (hasFeeds) return <p className="relais-empty">{t('empty')}</p>;
  if (settingUp) return <p role="status">{t('settingUp')}</p>;
  return (
    <div className="relais-empty">
      <p>{t('noFeed')}</p>
      <button
        type="button"
        className="relais-button"
        onClick={() => void askBackground({ type: 'page.open', page: 'options' })}
      >
        {t('openSettings')}
      </button>
    </div>
  );
}
