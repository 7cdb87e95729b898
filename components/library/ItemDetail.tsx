import { useEffect, useId, useRef } from 'react';
import type { FeedRecord } from '@/lib/db/records';
import type { LibraryItem } from '@/lib/feed/library-item';
import { formatDate, formatRelativeTime } from '@/lib/i18n/format';
import { localize } from '@/lib/i18n/localized-text';
import { isWebLink } from '@/lib/library/draft';
import { useImageSource } from './use-image-source';
import { freshnessBadges, isExpired } from '@/lib/library/freshness';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useUiStore } from '../state/ui-store';
import { DraftPanel } from './DraftPanel';
import { RelayChoice } from './RelayChoice';
import { FreshnessBadges } from './FreshnessBadges';
import type { Labels } from './labels';
import { messagesOf } from '@/lib/i18n/catalog';

interface ItemDetailProps {
  item: LibraryItem;
  /** The item left the library while open (withdrawn, or expired and dropped by a refresh). */
  removed: boolean;
  feed: FeedRecord | undefined;
  language: string | undefined;
  labels: Labels;
  now: number;
  /** When the employee last shared this item, if ever (epoch ms): the card says it, so does the item. */
  sharedAt?: number | undefined;
  onBack(): void;
}

/**
 * The full item, then one path from picking a direction to inserting: the
 * corporate message as plain text with its link and campaign, then the draft
 * area. The angles and questions appear once, where they are used (the
 * compose flow); the hashtags appear in the draft itself.
 */
export function ItemDetail({ item, removed, feed, language, labels, now, sharedAt, onBack }: ItemDetailProps) {
  const t = useT(messagesOf('library'));
  const image = useImageSource(item.image);
  const locale = useLocale();
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const expired = isExpired(item, now);
  const storedRelay = useUiStore((state) => state.relayKind);
  const { setRelayKind } = useUiStore.getState();
  // Only an item naming its LinkedIn post can be reposted or commented on.
  const relay = item.linkedinPost ? storedRelay : 'post';

  useEffect(() => heading.current?.focus(), [item.key]);

  // A native listener, so Escape stops here: the sidebar frame closes the sidebar on an Escape that reaches it.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.stopPropagation();
      onBack();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [onBack]);

  const date = (value: number) => formatDate(value, locale, { dateStyle: 'long' });
  const campaign = item.campaign;

  return (
    <article ref={root} className="relais-detail" aria-labelledby={`${id}-title`}>
      <button type="button" className="relais-button relais-back" onClick={onBack}>
        ← {t('back')}
      </button>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="relais-detail-title">
        {item.title}
      </h2>
      <p className="relais-item-meta">
        {[labels.channel(item.channel, item.feedUrl), labels.category(item.category), labels.language(language)].join(
          ' · ',
        )}
      </p>
      <p className="relais-item-meta">{t('published', { date: date(item.publishedAt) })}</p>
      <FreshnessBadges badges={freshnessBadges(item, now, locale)} sharedAt={sharedAt} />
      {expired && item.expiresAt !== undefined ? (
        <p className="relais-notice relais-notice--warning" role="alert">
          {t('expiredNotice', { when: formatRelativeTime(item.expiresAt, now, locale) })}
        </p>
      ) : removed ? (
        <p className="relais-notice relais-notice--warning" role="alert">
          {t('removedNotice')}
        </p>
      ) : null}
      {image ? <img className="relais-detail-image" src={image} alt="" /> : null}
      <section aria-label={t('message')}>
        <p className="relais-message">{item.text}</p>
        {isWebLink(item.url) ? (
          <p>
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {t('readMore')}
            </a>
          </p>
        ) : null}
      </section>
      {campaign ? (
        <p className="relais-item-meta relais-item-meta--wrap">
          {campaign.name ? `${t('campaign')} — ${localize(campaign.name, locale)}` : t('campaign')}
          {' · '}
          {t('campaignWindow', { start: date(campaign.start), end: date(campaign.end) })}
        </p>
      ) : null}
      {item.tags.length > 0 ? (
        <ul className="relais-badges" aria-label={t('tags')}>
          {item.tags.map((tag) => (
            <li key={tag} className="relais-badge">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      {item.linkedinPost && !expired && !removed ? (
        <RelayChoice postUrl={item.linkedinPost} relay={relay} onChoose={setRelayKind} />
      ) : null}
      <DraftPanel
        key={relay}
        relay={relay}
        item={item}
        charter={feed?.snapshot?.charter}
        features={feed?.snapshot?.features}
        linkedinSelectors={feed?.snapshot?.linkedinSelectors}
        disabled={expired || removed}
      />
    </article>
  );
}
