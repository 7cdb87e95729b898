import { formatPercent } from '../../i18n/format';
import type { CharterMessageKey, Rule } from './rule-input';

/** charter.min_own_words against the meter's own-words share. Needs `originality` in the lint context. */
export const ownWordsShare: Rule = ({ charter, originality, locale, t }) => {
  const min = charter?.min_own_words;
  if (min === undefined || !originality || originality.gramCount === 0 || originality.ownShare >= min) return [];
  // Rounded down so the message never reads "50% … at least 50%".
  const own = Math.floor(originality.ownShare * 100) / 100;
  return [
    {
      rule: 'own-words-low',
      severity: 'warning',
      message: t('ownWordsLow', { own: formatPercent(own, locale), min: formatPercent(min, locale) }),
      reason: t('ownWordsReason'),
    },
  ];
};

/** Not a charter rule: on for every feed, because identical openings are the visible face of the parrot effect. */
export const copiedOpening: Rule = ({ originality, t }) => {
  const echo = originality?.opening;
  if (!echo) return [];
  const fromAngle = echo.source === 'angle';
  const key: CharterMessageKey =
    echo.verdict === 'same'
      ? fromAngle
        ? 'openingSameAngle'
        : 'openingSameText'
      : fromAngle
        ? 'openingCloseAngle'
        : 'openingCloseText';
  return [
    {
      rule: 'opening-copied',
      severity: 'warning',
      message: t(key),
      reason: t('openingReason'),
      start: 0,
      end: echo.end,
    },
  ];
};
