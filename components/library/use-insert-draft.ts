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
import { postUrnFromUrl } from '@/lib/linkedin/post-urn';
import type { InsertTarget, ShareMeta } from '@/lib/protocol/tab-protocol';
import type { RelayKind } from '../state/ui-store';
import { useHost } from '../app/host';
import type { DraftOutcome } from './insert-outcome';
import { ProblemError, problem } from '@/lib/problems/problem';

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

/** The composer bridge's target: a comment needs the company post's URN, or it is never sent to any comment box. */
export function insertTargetFor(relay: RelayKind, linkedinPost: string | undefined): InsertTarget {
  if (relay === 'repost') return { kind: 'repost' };
  if (relay === 'comment') {
    const postUrn = linkedinPost ? postUrnFromUrl(linkedinPost) : null;
    if (postUrn === null)
      throw new ProblemError(problem('no-post-to-comment'), 'This item names no LinkedIn post to comment on.');
    return { kind: 'comment', postUrn };
  }
  return { kind: 'post' };
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
  relay = 'post',
}: {
  item: LibraryItem;
  features: FeatureSwitches | undefined;
  /** The feed's `_relais.linkedin_selectors`: tried by the composer bridge before its own selectors. */
  linkedinSelectors?: LinkedInSelectors;
  /** Where the draft goes: a new post, the repost composer the employee opened, or the company post's comment box. */
  relay?: RelayKind;
}): InsertDraft {
  const { composer, workspace } = useHost();
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
        kind: relay,
      };
      let outcome: DraftOutcome;
      try {
        outcome = await composer.insert(text, {
          allowInsert,
          allowPostDetection: features?.post_detection !== false,
          share,
          selectors: linkedinSelectors,
          target: insertTargetFor(relay, item.linkedinPost),
        });
      } catch (error) {
        // Kept as thrown: DraftPanel words it in the language shown, also after a switch.
        outcome = { kind: 'error', error };
      }
      return { text, outcome, at: Date.now(), meta };
    },
  });
  const { mutateAsync, reset } = mutation;
  const insert = useCallback((text: string, meta?: ShareMeasures) => mutateAsync({ text, meta }), [mutateAsync]);
  return { insert, outcome: mutation.data?.outcome, last: mutation.data, pending: mutation.isPending, reset };
}
