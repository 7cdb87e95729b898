import { type MouseEvent, useEffect, useId, useRef, useState } from 'react';
import { formatPercent } from '@/lib/i18n/format';
import { formatList } from '@/lib/i18n/list';
import type { HostKind } from '../app/host';
import { useLocale, useT } from '../i18n/I18nProvider';
import { canConfirmInsert, displayShare, type InsertCheck } from '@/lib/personalise/compose-state';
import { SeverityIcon } from './SeverityIcon';
import { useProblemWords } from '../problems/problem-words';
import { messagesOf } from '@/lib/i18n/catalog';

interface InsertStepProps {
  text: string;
  /** What inserting the draft as it is now would ask (see insertChecks). */
  checkDraft(): InsertCheck[];
  hostKind: HostKind;
  /** The feed's kill switch: false means the draft goes to the clipboard only. */
  composerInsert: boolean;
  /** The draft cannot go in as it is (a comment over LinkedIn's limit): the reason is shown beside the draft. */
  blocked?: boolean;
  onInsert(confirmed: boolean): void | Promise<void>;
  /** Back to the draft after "Keep editing". */
  onKeepEditing(): void;
}

// Keeps LinkedIn's editor focused (and its caret where it was) while our button is clicked.
const keepPageFocus = (event: MouseEvent) => event.preventDefault();

/** The primary button, and the inline confirmation when the draft needs one. */
export function InsertStep({
  text,
  checkDraft,
  hostKind,
  composerInsert,
  blocked = false,
  onInsert,
  onKeepEditing,
}: InsertStepProps) {
  const t = useT(messagesOf('compose'));
  const words = useProblemWords();
  const locale = useLocale();
  const id = useId();
  // The questions asked, as they stood when the button was pressed; null when not asking.
  const [confirming, setConfirming] = useState<InsertCheck[] | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [busy, setBusy] = useState(false);
  // onInsert reports outcomes itself; this only catches a failure it let through, so nothing fails silently.
  const [failure, setFailure] = useState<string | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  // A confirmation answers for the draft as it was shown: editing the draft asks again.
  useEffect(() => {
    setConfirming(null);
    setAcknowledged(false);
  }, [text]);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const clipboard = hostKind !== 'practice' && !composerInsert;
  const label = hostKind === 'practice' ? t('insertPractice') : clipboard ? t('insertClipboard') : t('insertLinkedIn');
  const quote = (phrases: readonly string[]) =>
    formatList(
      phrases.map((phrase) => t('quoted', { text: phrase })),
      locale,
    );

  const insert = async (confirmed: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      await onInsert(confirmed);
    } catch (error) {
      setFailure(words(error));
    } finally {
      setBusy(false);
      setConfirming(null);
      setAcknowledged(false);
    }
  };

  if (confirming) {
    const checks = confirming;
    const confidential = checks.find((check) => check.kind === 'confidential');
    return (
      <div role="group" aria-labelledby={`${id}-confirm`} className="relais-compose-confirm">
        <h3 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>
          <SeverityIcon severity="warning" />
          {t('confirmHeading')}
        </h3>
        {checks.map((check) => (
          <CheckQuestion key={check.kind === 'to-fix' ? check.rule : check.kind} check={check} quote={quote} />
        ))}
        {confidential?.kind === 'confidential' ? (
          <label className="relais-compose-choice">
            <input type="checkbox" checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} />
            <span>
              {t.plural('confirmConfidentialCheck', confidential.phrases.length, {
                phrases: quote(confidential.phrases),
              })}
            </span>
          </label>
        ) : null}
        <div className="relais-compose-actions">
          <button
            type="button"
            className="relais-button relais-button--primary"
            disabled={busy || !canConfirmInsert(checks, acknowledged)}
            onMouseDown={keepPageFocus}
            onClick={() => void insert(true)}
          >
            {busy ? t('inserting') : clipboard ? t('confirmCopy') : t('confirmInsert')}
          </button>
          <button
            type="button"
            className="relais-button"
            onClick={() => {
              setConfirming(null);
              onKeepEditing();
            }}
          >
            {t('keepEditing')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="relais-compose-insert">
      <button
        type="button"
        className="relais-button relais-button--primary"
        disabled={busy || blocked || text.trim() === ''}
        aria-describedby={hostKind === 'practice' ? undefined : `${id}-hint`}
        onMouseDown={keepPageFocus}
        onClick={() => {
          const checks = checkDraft();
          if (checks.length > 0) setConfirming(checks);
          else void insert(false);
        }}
      >
        {busy ? t('inserting') : label}
      </button>
      {hostKind === 'practice' ? null : (
        <p id={`${id}-hint`} className="relais-compose-hint">
          {clipboard ? t('insertClipboardHint') : t('insertHint')}
        </p>
      )}
      {failure === null ? null : (
        <p role="alert" className="relais-compose-problem">
          {t('insertError', { message: failure })}
        </p>
      )}
    </div>
  );
}

/** One question of the confirmation, in a sentence that agrees with the number of phrases it names. */
function CheckQuestion({ check, quote }: { check: InsertCheck; quote(phrases: readonly string[]): string }) {
  const t = useT(messagesOf('compose'));
  const locale = useLocale();
  switch (check.kind) {
    case 'no-own-words':
      return <p>{t('confirmNoOwnWords')}</p>;
    case 'own-words':
      return (
        <p>
          {t('confirmOwnWords', {
            own: formatPercent(displayShare(check.own), locale),
            min: formatPercent(check.min, locale),
          })}
        </p>
      );
    case 'confidential':
      return <p>{t.plural('confirmConfidential', check.phrases.length, { phrases: quote(check.phrases) })}</p>;
    case 'to-fix':
      return (
        <div className="relais-compose-confirm__finding">
          <p>
            {t.plural(check.rule === 'banned' ? 'confirmBanned' : 'confirmMention', check.phrases.length, {
              phrases: quote(check.phrases),
            })}
          </p>
          {check.reasons.map((reason) => (
            <p key={reason} className="relais-compose-hint">
              {t('confirmReason', { reason })}
            </p>
          ))}
        </div>
      );
  }
}
