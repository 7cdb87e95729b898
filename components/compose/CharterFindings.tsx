import { useId, useRef, useState } from 'react';
import type { CharterFinding, CharterSeverity, TextEdit } from '@/lib/charter';
import { useT } from '../i18n/I18nProvider';
import { FindingText, SEVERITY_LABEL_KEYS } from './FindingText';
import { SeverityIcon } from './SeverityIcon';
import { messagesOf } from '@/lib/i18n/catalog';

const SEVERITIES: CharterSeverity[] = ['error', 'warning', 'tip'];

interface CharterFindingsProps {
  findings: readonly CharterFinding[];
  /** Findings shown elsewhere (beside the meter): with some, an empty list here is not "nothing to fix". */
  shownElsewhere: number;
  onFix(edit: TextEdit): void;
}

/** Findings grouped by severity, each with its reason and, when one exists, a Fix button. */
export function CharterFindings({ findings, shownElsewhere, onFix }: CharterFindingsProps) {
  const t = useT(messagesOf('compose'));
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');

  const fix = (edit: TextEdit) => {
    onFix(edit);
    setStatus(t('fixApplied'));
    // The button goes away with its finding: keep keyboard focus in the checks rather than losing it to the page.
    heading.current?.focus();
  };

  return (
    <section className="relais-compose-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('findingsHeading')}
      </h3>
      {findings.length === 0 ? (
        shownElsewhere === 0 ? (
          <p className="relais-compose-ok">{t('findingsNone')}</p>
        ) : (
          <p className="relais-compose-hint">{t('findingsNoneOther')}</p>
        )
      ) : null}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`relais-compose-group relais-compose-group--${severity}`}>
            <h4 id={`${id}-${severity}`}>
              <SeverityIcon severity={severity} />
              {t(SEVERITY_LABEL_KEYS[severity])} ({group.length})
            </h4>
            <ul className="relais-compose-findings" aria-labelledby={`${id}-${severity}`}>
              {group.map((finding, index) => (
                <li
                  key={`${finding.rule}-${finding.start ?? index}`}
                  className={`relais-compose-finding relais-compose-finding--${severity}`}
                >
                  <FindingText finding={finding} />
                  {finding.fix ? (
                    <button
                      type="button"
                      className="relais-button relais-compose-fix"
                      onClick={() => fix(finding.fix!.edit)}
                    >
                      {finding.fix.label}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <p className="relais-visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
