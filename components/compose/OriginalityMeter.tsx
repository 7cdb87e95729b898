import { useEffect, useId, useRef, useState } from 'react';
import type { CharterFinding } from '@/lib/charter';
import { formatPercent } from '@/lib/i18n/format';
import type { OriginalityMeasure } from '@/lib/originality';
import { useLocale, useT } from '../i18n/I18nProvider';
import { displayShare, meterAnnouncements, meterStatus, type MeterAnnouncement } from '@/lib/personalise/compose-state';
import { FindingText } from './FindingText';
import { messagesOf } from '@/lib/i18n/catalog';

const ANNOUNCEMENT_KEYS = {
  'reached-minimum': 'announceReachedMinimum',
  'below-minimum': 'announceBelowMinimum',
  'opening-copied': 'announceOpeningCopied',
  'opening-own': 'announceOpeningOwn',
} as const satisfies Record<MeterAnnouncement, string>;

interface OriginalityMeterProps {
  originality: OriginalityMeasure;
  /** charter.min_own_words */
  min: number | undefined;
  /** The own-words and opening findings, shown here rather than in the charter list. */
  findings: readonly CharterFinding[];
}

/** The live own-words share, the charter minimum, and the opening warning. */
export function OriginalityMeter({ originality, min, findings }: OriginalityMeterProps) {
  const t = useT(messagesOf('compose'));
  const locale = useLocale();
  const id = useId();
  const share = displayShare(originality.ownShare);
  const hasWords = originality.gramCount > 0;
  const status = meterStatus(originality, min);
  const valueText = hasWords ? t('meterValue', { share: formatPercent(share, locale) }) : t('meterEmpty');

  // Announced only when the state changes, never the percentage on each keystroke.
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(status);
  useEffect(() => {
    const changes = meterAnnouncements(previous.current, status);
    previous.current = status;
    if (changes.length > 0) setAnnouncement(changes.map((change) => t(ANNOUNCEMENT_KEYS[change])).join(' '));
    // `status` is rebuilt on every keystroke; only a flip of one of its two announced states should speak.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status.belowMinimum, status.openingCopied, t]);

  return (
    <section className="relais-compose-section" aria-labelledby={`${id}-label`}>
      <div className="relais-compose-row">
        <h3 id={`${id}-label`}>{t('meterLabel')}</h3>
        <span className="relais-compose-meter__value" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-explain`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
        aria-valuetext={valueText}
        className={`relais-compose-meter${status.belowMinimum ? ' relais-compose-meter--low' : ''}`}
      >
        <span className="relais-compose-meter__fill" style={{ width: `${share * 100}%` }} />
        {min === undefined ? null : (
          <span className="relais-compose-meter__minimum" style={{ left: `${min * 100}%` }} />
        )}
      </div>
      <p id={`${id}-explain`} className="relais-compose-hint">
        {t('meterExplain')}
        {min === undefined ? null : ` ${t('meterMinimum', { min: formatPercent(min, locale) })}`}
      </p>
      {findings.length > 0 ? (
        <ul className="relais-compose-findings">
          {findings.map((finding) => (
            <li
              key={`${finding.rule}-${finding.start ?? ''}`}
              className={`relais-compose-finding relais-compose-finding--${finding.severity}`}
            >
              <FindingText finding={finding} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="relais-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </section>
  );
}
