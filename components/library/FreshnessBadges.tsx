import type { FreshnessBadge } from '@/lib/library/freshness';
import { formatDate } from '@/lib/i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

/** The card's badges: new, pinned, expired, campaign end, and "Shared on …" once the employee shared it. */
export function FreshnessBadges({ badges, sharedAt }: { badges: FreshnessBadge[]; sharedAt?: number }) {
  const t = useT(messagesOf('library'));
  const locale = useLocale();
  if (badges.length === 0 && sharedAt === undefined) return null;
  const label = (badge: FreshnessBadge): string => {
    switch (badge.kind) {
      case 'new':
        return t('badgeNew');
      case 'pinned':
        return t('badgePinned');
      case 'expired':
        return t('badgeExpired');
      case 'campaign-ends':
        if (badge.when.kind === 'today') return t('campaignEndsToday');
        if (badge.when.kind === 'weekday') return t('campaignEndsWeekday', { weekday: badge.when.weekday });
        return t('campaignEndsDate', { date: badge.when.date });
    }
  };
  return (
    <ul className="relais-badges">
      {badges.map((badge) => (
        <li
          key={badge.kind}
          className={`relais-badge relais-badge--${badge.kind}${badge.kind === 'campaign-ends' && badge.soon ? ' relais-badge--soon' : ''}`}
        >
          {label(badge)}
        </li>
      ))}
      {sharedAt !== undefined ? (
        <li className="relais-badge relais-badge--shared">
          {t('sharedOn', { date: formatDate(sharedAt, locale, { day: 'numeric', month: 'short' }) })}
        </li>
      ) : null}
    </ul>
  );
}
