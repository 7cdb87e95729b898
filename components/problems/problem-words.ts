import { useCallback } from 'react';
import { type ProblemWords, wordProblem } from '@/lib/problems/words';
import { wordFeedHint, wordFeedProblem } from '@/lib/feed/feed-words';
import type { FeedProblem } from '@/lib/feed/problems';
import { useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

/** Words problems in the language shown now (lib/problems/words.ts); re-renders on a language switch. */
export function useProblemWords(): ProblemWords {
  const t = useT(messagesOf('problem'));
  const sync = useT(messagesOf('sync'));
  const history = useT(messagesOf('history'));
  const feed = useT(messagesOf('feedProblem'));
  return useCallback((value: unknown) => wordProblem(value, t, { sync, history, feed }), [t, sync, history, feed]);
}

/** A feed validator's problem kept in a feed's status (a skipped item), worded in the language shown now. */
export function useFeedProblemWords(): (problem: FeedProblem) => { message: string; hint: string | undefined } {
  const t = useT(messagesOf('feedProblem'));
  return useCallback((problem) => ({ message: wordFeedProblem(problem, t), hint: wordFeedHint(problem, t) }), [t]);
}
