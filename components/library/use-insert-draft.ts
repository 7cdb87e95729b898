/**
 * "Draft on LinkedIn": puts a text in the host's composer (LinkedIn's editor,
 * or the clipboard as a fallback) and keeps the outcome to show. Shared by the
 * plain draft panel and the personalisation flow.
 */
import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { FeatureSwitches, LinkedInSelectors } from '@/lib/feed/schema';
import type { LibraryItem } from '@/lib/feed/library-item';
import { composerInsertAllowed, OWN_WORDS_NOT_MEASURED, shareFieldsOf, type ShareMeasures } from '@/lib/library/draft';
import type { ShareMeta } from '@/lib/messages/tab-protocol';
import { useHost } from '../app/host';
import type { DraftOutcome } from './insert-outcome';
import { useProblemWords } from '../problems/problem-words';

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

/**
 * `features`: the item's feed switches — `composer_insert: false` means
 * clipboard only, `post_detection: false` means no share is recorded from
 * LinkedIn's Post button (the employee can still say "I posted it").
 */
export function useInsertDraft({
  item,
  features,
  linkedinSelectors,
}: {
  item: LibraryItem;
  features: FeatureSwitches | undefined;
  /** The feed's `_relais.linkedin_selectors`: tried by the composer bridge before its own selectors. */
  linkedinSelectors?: LinkedInSelectors;
}): InsertDraft {
  const { composer, workspace } = useHost();
  const words = useProblemWords();
  const allowInsert = composerInsertAllowed(features ? { features } : undefined);
  const mutation = useMutation({
    mutationFn: async ({ text, meta }: { text: string; meta?: ShareMeasures }): Promise<InsertedDraft> => {
      // What the composer bridge needs to record the share when the employee clicks Post.
      const share: ShareMeta = {
        workspace,
        ...shareFieldsOf(item),
        draftStartedAt: meta?.draftStartedAt,
        ownWords: Math.min(1, Math.max(0, meta?.ownWords ?? OWN_WORDS_NOT_MEASURED)),
        findings: meta?.findings ?? [],
      };
      let outcome: DraftOutcome;
      try {
        outcome = await composer.insert(text, {
          allowInsert,
          allowPostDetection: features?.post_detection !== false,
          share,
          selectors: linkedinSelectors,
        });
      } catch (error) {
        outcome = { kind: 'error', message: words(error) };
      }
      return { text, outcome, at: Date.now(), meta };
    },
  });
  const { mutateAsync, reset } = mutation;
  const insert = useCallback((text: string, meta?: ShareMeasures) => mutateAsync({ text, meta }), [mutateAsync]);
  return { insert, outcome: mutation.data?.outcome, last: mutation.data, pending: mutation.isPending, reset };
}
