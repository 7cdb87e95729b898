import { useCallback } from 'react';
import { syncMessages } from '@/lib/sync/messages';
import { problemMessages } from '@/lib/problems/messages';
import { type ProblemWords, wordProblem } from '@/lib/problems/words';
import { useT } from '../i18n/I18nProvider';

/** Words problems in the language shown now (lib/problems/words.ts); re-renders on a language switch. */
export function useProblemWords(): ProblemWords {
  const t = useT(problemMessages);
  const sync = useT(syncMessages);
  return useCallback((value: unknown) => wordProblem(value, t, sync), [t, sync]);
}
