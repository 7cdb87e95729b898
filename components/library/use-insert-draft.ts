/**
 * "Draft on LinkedIn": puts a text in the host's composer (LinkedIn's editor,
 * or the clipboard as a fallback) and keeps the outcome to show. Shared by the
 * plain draft panel and the personalisation flow.
 */
import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ShareMeasures } from '@/lib/library/draft';
import { useHost } from '../app/host';
import type { DraftOutcome } from './insert-outcome';

export interface InsertedDraft {
  text: string;
  outcome: DraftOutcome;
  at: number;
  /** What the caller measured on this draft, kept for the share record ("I posted it"). */
  meta?: ShareMeasures;
}

export interface InsertDraft {
  insert(text: string, meta?: ShareMeasures): Promise<InsertedDraft>;
  outcome: DraftOutcome | undefined;
  /** The last draft sent, with its outcome; undefined before the first insert. */
  last: InsertedDraft | undefined;
  pending: boolean;
  reset(): void;
}

/** `allowInsert`: the item's feed kill switch (`composerInsertAllowed`); off means clipboard only. */
export function useInsertDraft({ allowInsert }: { allowInsert: boolean }): InsertDraft {
  const { composer } = useHost();
  const mutation = useMutation({
    mutationFn: async ({ text, meta }: { text: string; meta?: ShareMeasures }): Promise<InsertedDraft> => {
      let outcome: DraftOutcome;
      try {
        outcome = await composer.insert(text, { allowInsert });
      } catch (error) {
        outcome = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      }
      return { text, outcome, at: Date.now(), meta };
    },
  });
  const { mutateAsync, reset } = mutation;
  const insert = useCallback((text: string, meta?: ShareMeasures) => mutateAsync({ text, meta }), [mutateAsync]);
  return { insert, outcome: mutation.data?.outcome, last: mutation.data, pending: mutation.isPending, reset };
}
