import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { askBackground } from '@/lib/protocol/client';
import type { WorkshopResetResult } from '@/lib/workshop/reset';
import { useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';
import { useProblemWords } from '../problems/problem-words';

type ResetState =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'resetting' }
  | { kind: 'done'; result: WorkshopResetResult }
  | { kind: 'failed'; error: unknown };

/**
 * One click, then a confirmation (no browser dialog): clears the workshop's
 * practice drafts and shares only. The button stays where it is; the question
 * opens below it (`relais-reset__panel`: in the flow on the options page, over
 * the page under the practice page's header), Escape or Cancel closes it and
 * gives the focus back to the button. Works in any page (no query client needed).
 */
export function ResetWorkshopButton({ onReset }: { onReset?: () => void }) {
  const t = useT(messagesOf('workshop'));
  const words = useProblemWords();
  const [state, setState] = useState<ResetState>({ kind: 'idle' });
  const trigger = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const questionId = useId();
  const open = state.kind === 'confirming' || state.kind === 'resetting';

  useEffect(() => {
    // The safe answer has the focus: Enter alone never clears anything.
    if (state.kind === 'confirming') cancelButton.current?.focus();
  }, [state.kind]);

  useEffect(() => {
    // "Workshop reset…" stays until the trainer moves on: a click elsewhere or Escape puts it away.
    if (state.kind !== 'done') return;
    const dismiss = (event: Event) => {
      if (event instanceof globalThis.KeyboardEvent && event.key !== 'Escape') return;
      setState({ kind: 'idle' });
    };
    document.addEventListener('pointerdown', dismiss);
    document.addEventListener('keydown', dismiss);
    return () => {
      document.removeEventListener('pointerdown', dismiss);
      document.removeEventListener('keydown', dismiss);
    };
  }, [state.kind]);

  const close = () => {
    setState({ kind: 'idle' });
    trigger.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || state.kind === 'resetting') return;
    event.stopPropagation();
    close();
  };
  const reset = async () => {
    setState({ kind: 'resetting' });
    try {
      const result = await askBackground({ type: 'workshop.reset' });
      setState({ kind: 'done', result });
      trigger.current?.focus();
      onReset?.();
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <div className="relais-reset">
      <button
        ref={trigger}
        type="button"
        className="relais-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close() : setState({ kind: 'confirming' }))}
      >
        {t('reset')}
      </button>
      {open ? (
        <div
          id={panelId}
          role="dialog"
          aria-modal="false"
          aria-labelledby={questionId}
          className="relais-reset__panel relais-reset__confirm"
          onKeyDown={onKeyDown}
        >
          <p id={questionId}>{t('resetConfirmQuestion')}</p>
          <div className="relais-reset__actions">
            <button
              type="button"
              className="relais-button relais-button--danger"
              onClick={() => void reset()}
              disabled={state.kind === 'resetting'}
            >
              {t('resetConfirm')}
            </button>
            <button ref={cancelButton} type="button" className="relais-button" onClick={close}>
              {t('resetCancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className={`relais-reset__status${state.kind === 'done' ? ' relais-reset__panel' : ''}`}>
        {state.kind === 'done' ? t('resetDone', { drafts: state.result.drafts, shares: state.result.shares }) : ''}
      </p>
      {state.kind === 'failed' ? (
        <p role="alert" className="relais-reset__panel">
          {t('resetFailed', { message: words(state.error) })}
        </p>
      ) : null}
    </div>
  );
}
