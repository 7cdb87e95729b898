/**
 * The chosen item as employees will see it, with the real sidebar components:
 * its library card, then (opened from the card, as employees do) the item
 * detail with the whole compose flow, charter checks and meter. In French or
 * English, at the sidebar's desktop width or a phone's. The preview works in
 * the practice workspace, so a draft written here never reaches the real
 * share history.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { HostContext, type RelaisHost } from '../app/host';
import { copyInstead } from '../app/clipboard-fallback';
import { I18nProvider, useLocale, useT } from '../i18n/I18nProvider';
import { ItemCard } from '../library/ItemCard';
import { ItemDetail } from '../library/ItemDetail';
import { createLabels } from '../library/labels';
import type { FeedRecord } from '@/lib/db/records';
import { toLibraryItem } from '@/lib/feed/library-item';
import { parseFeedJson } from '@/lib/feed/parse';
import type { Locale } from '@/lib/i18n/messages';
import { freshnessBadges } from '@/lib/library/freshness';
import { items } from '@/lib/studio/document';
import { useStudio } from './use-studio';
import { messagesOf } from '@/lib/i18n/catalog';

/** Never fetched: it only names the preview's items (`${url}#…`). */
export const PREVIEW_FEED_URL = 'https://studio-preview.relais.invalid/feed.json';

const PREVIEW_HOST: RelaisHost = {
  kind: 'practice',
  workspace: 'workshop',
  composer: { insert: (text) => copyInstead(text, 'composer-not-found') },
};

function PreviewContent({ index }: { index: number }) {
  const t = useT(messagesOf('studio'));
  const libraryT = useT(messagesOf('library'));
  const locale = useLocale();
  const queryClient = useQueryClient();
  const { document } = useStudio();
  const [open, setOpen] = useState(false);
  const [now] = useState(() => Date.now());

  const preview = useMemo(() => {
    const parsed = parseFeedJson(document.feed, { locale });
    if (!parsed.ok) return undefined;
    const rawId = String(items(document)[index]?.id ?? '');
    const item = parsed.items.find((candidate) => candidate.id === rawId);
    if (!item) return undefined;
    const feed: FeedRecord = {
      url: PREVIEW_FEED_URL,
      source: 'user',
      addedAt: now,
      snapshot: parsed.snapshot,
      status: { itemCount: parsed.items.length, skipped: [] },
    };
    // Keyed by position, not id: renaming the id while the detail is open keeps the preview (and its focus) in place.
    const library = { ...toLibraryItem(PREVIEW_FEED_URL, item, now), key: `${PREVIEW_FEED_URL}#${index}` };
    return { feed, library };
  }, [document, index, locale, now]);

  const labels = useMemo(
    () => createLabels(preview ? [preview.feed] : [], libraryT, locale),
    [preview, libraryT, locale],
  );
  if (!preview) return <p className="relais-notice relais-notice--warning">{t('previewSkipped')}</p>;
  const { library, feed } = preview;
  // No draft is read for the preview: the compose flow starts from the item, every time.
  if (queryClient.getQueryData(['draft', PREVIEW_HOST.workspace, library.key]) === undefined)
    queryClient.setQueryData(['draft', PREVIEW_HOST.workspace, library.key], null);

  return open ? (
    <ItemDetail
      item={library}
      removed={false}
      feed={feed}
      language={library.language}
      labels={labels}
      now={now}
      onBack={() => setOpen(false)}
    />
  ) : (
    <div className="relais-studio-preview__card">
      <ItemCard
        item={library}
        language={library.language}
        badges={freshnessBadges(library, now, locale)}
        sharedAt={undefined}
        labels={labels}
        onOpen={() => setOpen(true)}
      />
    </div>
  );
}

export function PreviewPane({ index }: { index: number | undefined }) {
  const t = useT(messagesOf('studio'));
  const uiLocale = useLocale();
  const headingId = useId();
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [width, setWidth] = useState<'desktop' | 'mobile'>('desktop');
  return (
    <section className="relais-studio-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('previewHeading')}</h2>
      <div className="relais-actions">
        <div className="relais-compose-toggle" role="group" aria-label={t('previewLanguage')}>
          {(['fr', 'en'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="relais-compose-toggle__button"
              aria-pressed={locale === option}
              lang={option}
              onClick={() => setLocale(option)}
            >
              {option === 'fr' ? 'Français' : 'English'}
            </button>
          ))}
        </div>
        <div className="relais-compose-toggle" role="group" aria-label={t('previewWidth')}>
          {(['desktop', 'mobile'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="relais-compose-toggle__button"
              aria-pressed={width === option}
              onClick={() => setWidth(option)}
            >
              {option === 'desktop' ? t('previewDesktop') : t('previewMobile')}
            </button>
          ))}
        </div>
      </div>
      <p className="relais-hint">{t('previewNote')}</p>
      <div className={`relais-app relais-studio-preview__frame relais-studio-preview__frame--${width}`} lang={locale}>
        {index === undefined ? (
          <p>{t('previewNothing')}</p>
        ) : (
          <I18nProvider locale={locale}>
            <HostContext.Provider value={PREVIEW_HOST}>
              <PreviewContent key={`${index}:${locale}`} index={index} />
            </HostContext.Provider>
          </I18nProvider>
        )}
      </div>
    </section>
  );
}
