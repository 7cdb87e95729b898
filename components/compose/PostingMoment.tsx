import { useMemo } from 'react';
import type { LibraryItem } from '@/lib/feed/library-item';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { suggestPostingTime } from '@/lib/personalise';
import { useLocale, useT } from '../i18n/I18nProvider';
import { composeMessages } from './messages';

const SIX_DAYS = 6 * 24 * 60 * 60 * 1000;

/** This install's suggested moment inside the campaign window. A suggestion: nothing is scheduled. */
export function PostingMoment({ item, seed }: { item: Pick<LibraryItem, 'key' | 'campaign'>; seed: string }) {
  const t = useT(composeMessages);
  const locale = useLocale();
  const campaign = item.campaign;
  const suggested = useMemo(() => {
    if (!campaign) return null;
    const now = Date.now();
    const time = suggestPostingTime({
      campaign,
      seed,
      itemKey: item.key,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      now,
    });
    if (time === null) return null;
    // Within the week a weekday is enough ("Tuesday 10:40"); further out it needs the date.
    return time - now < SIX_DAYS
      ? formatDateTime(time, locale)
      : formatDate(time, locale, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          hour: '2-digit',
          minute: '2-digit',
        });
  }, [campaign, seed, item.key, locale]);
  if (suggested === null) return null;
  return (
    <section className="relais-compose-section relais-compose-posting" aria-label={t('postingHeading')}>
      <p>
        <strong>{t('postingSuggested', { time: suggested })}</strong>
      </p>
      <p className="relais-compose-hint">{t('postingWhy')}</p>
    </section>
  );
}
