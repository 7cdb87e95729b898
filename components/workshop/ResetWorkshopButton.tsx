import { useState } from 'react';
import { askBackground } from '@/lib/protocol/client';
import type { WorkshopResetResult } from '@/lib/workshop/reset';
import { useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

type ResetState =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'resetting' }
  | { kind: 'done'; result: WorkshopResetResult }
  | { kind: 'failed'; message: string };

/**
 * One click, then a confirmation in place (no browser dialog): clears the
 * workshop's practice drafts and shares only. Works in any page (no query client needed).
 */
export function ResetWorkshopButton({ onReset }: { onReset?: () => void }) {
  const t = useT(messagesOf('workshop'));
  const [state, setState] = useState<ResetState>({ kind: 'idle' });

  const reset = async () => {
    setState({ kind: 'resetting' });
    try {
      const result = await askBackground({ type: 'workshop.reset' });
      setState({ kind: 'done', result });
      onReset?.();
    } catch (error) {
      setState({ kind: 'failed', message: (error as Error).message });
    }
  };

  return (
    <div className="relais-reset">
      {state.kind === 'confirming' || state.kind === 'resetting' ? (
        <div role="group" aria-label={t('reset')} className="relais-reset__confirm">
          <p>{t('resetConfirmQuestion')}</p>
          <button
            type="button"
            className="relais-button relais-button--danger"
            onClick={() => void reset()}
            disabled={state.kind === 'resetting'}
            autoFocus
          >
            {t('resetConfirm')}
          </button>{' '}
          <button type="button" className="relais-button" onClick={() => setState({ kind: 'idle' })}>
            {t('resetCancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="relais-button" onClick={() => setState({ kind: 'confirming' })}>
          {t('reset')}
        </button>
      )}
      <p role="status" className="relais-reset__status">
        {state.kind === 'done' ? t('resetDone', { drafts: state.result.drafts, shares: state.result.shares }) : ''}
      </p>
      {state.kind === 'failed' ? <p role="alert">{t('resetFailed', { message: state.message })}</p> : null}
    </div>
  );
}
