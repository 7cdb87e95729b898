/**
 * The plain "Draft on LinkedIn" area of an item: pick an angle, write, insert.
 * The personalisation flow will build on `useInsertDraft` and `useRecordShare`.
 */
import { useEffect, useId, useRef } from 'react';
import type { LibraryItem } from '@/lib/feed/library-item';
import type { FeatureSwitches } from '@/lib/feed/schema';
import { prefillDraft } from '@/lib/library/draft';
import { useT } from '../i18n/I18nProvider';
import { type DraftInProgress, useUiStore } from '../state/ui-store';
import { describeInsertOutcome } from './insert-outcome';
import { draftMessages } from './messages';
import { useInsertDraft } from './use-insert-draft';
import { useRecordShare } from './use-record-share';

interface DraftPanelProps {
  item: LibraryItem;
  /** The feed's switches (kill switches for insertion and post detection). */
  features: FeatureSwitches | undefined;
  /** Expired or withdrawn items can no longer be drafted. */
  disabled: boolean;
}

export function DraftPanel({ item, features, disabled }: DraftPanelProps) {
  const t = useT(draftMessages);
  const id = useId();
  const stored = useUiStore((state) => state.drafts[item.key]);
  const saveDraft = useUiStore((state) => state.saveDraft);
  const firstAngle = item.angles.length > 0 ? 0 : -1;
  const draft: DraftInProgress = stored ?? {
    angle: firstAngle,
    text: prefillDraft(item.angles[firstAngle], item.url),
    edited: false,
    startedAt: Date.now(),
  };
  const drafting = useInsertDraft({ item, features });
  const record = useRecordShare(item);
  const manualCopy = useRef<HTMLTextAreaElement>(null);

  const outcome = drafting.outcome ? describeInsertOutcome(drafting.outcome) : undefined;
  useEffect(() => {
    if (outcome?.manualCopy) {
      manualCopy.current?.focus();
      manualCopy.current?.select();
    }
  }, [outcome?.manualCopy, drafting.last]);

  const chooseAngle = (angle: number) =>
    saveDraft(item.key, draft.edited ? { ...draft, angle } : { ...draft, angle, text: prefillDraft(item.angles[angle], item.url) });
  const restartFromAngle = () =>
    saveDraft(item.key, { ...draft, text: prefillDraft(item.angles[draft.angle], item.url), edited: false });

  if (disabled) {
    return (
      <section className="relais-draft" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{t('heading')}</h3>
        <p className="relais-notice relais-notice--warning">{t('expired')}</p>
      </section>
    );
  }

  const text = draft.text;
  return (
    <section className="relais-draft" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('heading')}</h3>
      {item.angles.length > 0 ? (
        <fieldset className="relais-angles">
          <legend>{t('angle')}</legend>
          {[...item.angles.map((angle, index) => ({ index, label: angle })), { index: -1, label: t('noAngle') }].map(
            ({ index, label }) => (
              <label key={index} className="relais-check">
                <input
                  type="radio"
                  name={`${id}-angle`}
                  checked={draft.angle === index}
                  onChange={() => chooseAngle(index)}
                />
                {label}
              </label>
            ),
          )}
        </fieldset>
      ) : null}
      <label htmlFor={`${id}-text`}>{t('draftLabel')}</label>
      <p id={`${id}-hint`} className="relais-hint">
        {t('draftHint')}
      </p>
      <textarea
        id={`${id}-text`}
        className="relais-draft-text"
        aria-describedby={`${id}-hint`}
        rows={7}
        value={text}
        onChange={(event) => saveDraft(item.key, { ...draft, text: event.target.value, edited: true })}
      />
      {draft.edited && item.angles.length > 0 && draft.angle >= 0 ? (
        <button type="button" className="relais-button" onClick={restartFromAngle}>
          {t('resetToAngle')}
        </button>
      ) : null}
      <div className="relais-actions">
        <button
          type="button"
          className="relais-button relais-button--primary"
          disabled={drafting.pending || text.trim() === ''}
          // Keeps the focus and caret in LinkedIn's editor, where the draft goes.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void drafting.insert(text, { draftStartedAt: draft.startedAt })}
        >
          {drafting.pending ? t('inserting') : t('insert')}
        </button>
        {text.trim() === '' ? <span className="relais-hint">{t('emptyDraft')}</span> : null}
      </div>
      <div role="status" className="relais-outcome-region">
        {outcome && outcome.tone !== 'error' ? (
          <p className={`relais-notice relais-notice--${outcome.tone}`}>{t(outcome.message, outcome.params)}</p>
        ) : null}
      </div>
      {outcome?.tone === 'error' ? (
        <div role="alert">
          <p className="relais-notice relais-notice--error">{t(outcome.message, outcome.params)}</p>
        </div>
      ) : null}
      {outcome?.manualCopy && drafting.last ? (
        <div className="relais-field">
          <label htmlFor={`${id}-copy`}>{t('manualCopyLabel')}</label>
          <textarea id={`${id}-copy`} ref={manualCopy} readOnly rows={6} value={drafting.last.text} />
        </div>
      ) : null}
      <div className="relais-actions">
        <button
          type="button"
          className="relais-button"
          disabled={record.isPending || text.trim() === ''}
          onClick={() =>
            record.mutate({
              text: drafting.last?.text ?? text,
              measures: {
                draftStartedAt: draft.startedAt,
                insertedAt: drafting.last?.outcome.kind === 'inserted' ? drafting.last.at : undefined,
                ...drafting.last?.meta,
              },
            })
          }
        >
          {record.isPending ? t('postedSaving') : t('posted')}
        </button>
      </div>
      <div role="status">
        {record.isSuccess ? <p className="relais-notice relais-notice--success">{t('postedSaved')}</p> : null}
        {record.isError ? <p className="relais-notice relais-notice--error">{t('postedError', { message: record.error.message })}</p> : null}
      </div>
    </section>
  );
}
