import type { CharterFinding } from '@/lib/charter';
import { useT } from '../i18n/I18nProvider';
import { SeverityIcon } from './SeverityIcon';
import { messagesOf } from '@/lib/i18n/catalog';

/** A word per severity, next to its icon. */
export const SEVERITY_LABEL_KEYS = { error: 'severityError', warning: 'severityWarning', tip: 'severityTip' } as const;

/** A finding's message and, when it has one, its reason. */
export function FindingText({ finding }: { finding: CharterFinding }) {
  const t = useT(messagesOf('compose'));
  return (
    <div className="relais-compose-finding__text">
      <SeverityIcon severity={finding.severity} />
      <div>
        <p>
          <span className="relais-visually-hidden">
            {t('severityPrefix', { label: t(SEVERITY_LABEL_KEYS[finding.severity]) })}
          </span>
          {finding.message}
        </p>
        {finding.reason ? <p className="relais-compose-hint">{t('why', { reason: finding.reason })}</p> : null}
      </div>
    </div>
  );
}
