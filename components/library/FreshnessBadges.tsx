import type { FreshnessBadge } from '@/lib/library/freshness';
import { useT } from '../i18n/I18nProvider';
import { libraryMessages } from './messages';

export function FreshnessBadges({ badges }: { badges: FreshnessBadge[] }) {
  const t = useT(libraryMessages);
  if (badges.length === 0) return null;
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
    </ul>
  );
}
