/** How each result of "Draft on LinkedIn" is told to the employee. */
import type { InsertOutcome } from '@/lib/protocol/tab-protocol';
import type { HostKind } from '../app/host';
import type { RelayKind } from '../state/ui-store';
import type { EnglishOf } from '@/lib/i18n/catalog';
import type { ProblemWords } from '@/lib/problems/words';

type DraftMessageKey = keyof EnglishOf<'draft'>;

/**
 * The composer's outcomes, plus the host throwing (e.g. the composer bridge is not loaded). The error is kept
 * as thrown (a ProblemError, or a RelaisRequestError with the bridge's code and params): it is worded when
 * shown, so the words follow a language switch made after the insert.
 */
export type DraftOutcome = InsertOutcome | { kind: 'error'; error: unknown };

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

const INSERTED: Record<RelayKind, DraftMessageKey> = {
  post: 'outcomeInserted',
  repost: 'outcomeInsertedRepost',
  comment: 'outcomeInsertedComment',
};

/** When the box is missing, what to click: "Start a post", Repost → "Repost with your thoughts", or the post's comment box. */
const NOT_FOUND: Record<RelayKind, DraftMessageKey> = {
  post: 'outcomeClipboard',
  repost: 'outcomeRepostNotFound',
  comment: 'outcomeCommentNotFound',
};

export function describeInsertOutcome(
  outcome: DraftOutcome,
  host: HostKind = 'sidebar',
  relay: RelayKind = 'post',
  /** Words the error outcome's problem, in the language shown now (`useProblemWords`). */
  words: ProblemWords = messageOfThrown,
): OutcomeDescription {
  switch (outcome.kind) {
    case 'inserted':
      return {
        tone: 'success',
        message: host === 'practice' ? 'outcomeInsertedPractice' : INSERTED[relay],
        manualCopy: false,
      };
    case 'clipboard':
      return {
        tone: 'info',
        message:
          outcome.reason === 'insert-disabled'
            ? 'outcomeKillSwitch'
            : outcome.reason === 'composer-not-opened'
              ? 'outcomeNotOpened'
              : NOT_FOUND[relay],
        manualCopy: false,
      };
    case 'failed':
      return { tone: 'error', message: 'outcomeFailed', manualCopy: true };
    case 'error':
      return { tone: 'error', message: 'outcomeError', params: { message: words(outcome.error) }, manualCopy: true };
  }
}

/** Without the UI's problem words (a test of the other outcomes): the thrown value's own message. */
function messageOfThrown(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}
