/** The share history, newest first, searchable, a page at a time. */
import { useDeferredValue, useId, useState } from 'react';
import type { Workspace } from '@/lib/db/db';
import { describeRequestFailure } from '@/lib/history';
import type { Locale } from '@/lib/i18n/messages';
import { HistoryEntry } from './HistoryEntry';
import type { InsightsT } from './insights-t';
import { HISTORY_PAGE_SIZE, useDeleteShare, useHistoryList } from './use-insights';

export function HistoryList({ workspace, locale, t }: { workspace: Workspace; locale: Locale; t: InsightsT }) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(HISTORY_PAGE_SIZE);
  const deferredSearch = useDeferredValue(search.trim());
  const list = useHistoryList(workspace, deferredSearch, limit);
  const remove = useDeleteShare(workspace);
  const shares = list.data ?? [];
  return (
    <section aria-labelledby="relais-history-heading" className="relais-insights__card relais-insights__wide">
      <h2 id="relais-history-heading">{t('historyHeading')}</h2>
      {/* Drawn like the sidebar's library search: a rounded field in the theme's colours, the browser's clear button. */}
      <div className="relais-field relais-field--search relais-history__search">
        <label htmlFor={searchId} className="relais-visually-hidden">
          {t('searchLabel')}
        </label>
        <svg className="relais-history__search-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="6.5" cy="6.5" r="4.75" />
          <line x1="10.2" y1="10.2" x2="14" y2="14" />
        </svg>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {list.error ? (
        <p role="alert" className="relais-notice relais-notice--error">
          {describeRequestFailure(list.error as Error & { code?: string }, locale)}
        </p>
      ) : null}
      {remove.error ? (
        <p role="alert" className="relais-notice relais-notice--error">
          {describeRequestFailure(remove.error as Error & { code?: string }, locale)}
        </p>
      ) : null}
      {list.isSuccess && shares.length === 0 && deferredSearch ? (
        <p>{t('searchEmpty', { search: deferredSearch })}</p>
      ) : null}
      <ul className="relais-history" aria-busy={list.isFetching}>
        {shares.map((share) => (
          <HistoryEntry key={share.id} share={share} locale={locale} t={t} onDelete={(id) => remove.mutateAsync(id)} />
        ))}
      </ul>
      {shares.length >= limit ? (
        <button type="button" className="relais-button" onClick={() => setLimit(limit + HISTORY_PAGE_SIZE)}>
          {t('showMore')}
        </button>
      ) : null}
    </section>
  );
}
