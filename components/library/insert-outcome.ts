/** How each result of "Draft on LinkedIn" is told to the employee. */
import type { InsertOutcome } from '@/lib/messages/tab-protocol';
import type { HostKind } from '../app/host';
import type { draftMessages } from './messages';

type DraftMessageKey = keyof (typeof draftMessages)['en'];

/** The composer's outcomes, plus the host throwing (e.g. the composer bridge is not loaded). */
export type DraftOutcome = InsertOutcome | { kind: 'error'; message: string };

export interface OutcomeDescription {
  tone: 'success' | 'info' | 'error';
  message: DraftMessageKey;
  params?: Record<string, string>;
  /** The draft must be shown selected, read-only, for the employee to copy by hand. */
  manualCopy: boolean;
}

/**
 * On the practice page the draft goes into the practice share box, whose own
 * Post button records the practice share: it is not LinkedIn's post box, and
 * "I posted it" would record it twice.
 */
export const offersPostedButton = (host: HostKind) => host !== 'practice';

export function describeInsertOutcome(outcome: DraftOutcome, host: HostKind = 'sidebar'): OutcomeDescription {
  switch (outcome.kind) {
    case 'inserted':
      return {
        tone: 'success',
        message: host === 'practice' ? 'outcomeInsertedPractice' : 'outcomeInserted',
        manualCopy: false,
      };
    case 'clipboard':
      return {
        tone: 'info',
        message: outcome.reason === 'insert-disabled' ? 'outcomeKillSwitch' : 'outcomeClipboard',
        manualCopy: false,
      };
    case 'failed':
      return { tone: 'error', message: 'outcomeFailed', manualCopy: true };
    case 'error':
      return { tone: 'error', message: 'outcomeError', params: { message: outcome.message }, manualCopy: true };
  }
}
