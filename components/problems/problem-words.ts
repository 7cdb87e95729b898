import { useCallback } from 'react';
import { type ProblemWords, wordProblem } from '@/lib/problems/words';
import { useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

/** Words problems in the language shown now (lib/problems/words.ts); re-renders on a language switch. */
export function useProblemWords(): ProblemWords {
  const t = useT(messagesOf('problem'));
  const sync = useT(messagesOf('sync'));
  const history = useT(messagesOf('history'));
  return useCallback((value: unknown) => wordProblem(value, t, { sync, history }), [t, sync, history]);
}
