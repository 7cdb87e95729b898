/**
 * The composer bridge: what the in-page sidebar (through `sidebarRegistry`)
 * and the side panel (through the `composer.insert` tab message) call to put
 * a draft into LinkedIn's composer. Inserting and watching for the Post click
 * are kept together so a recorded share is always the draft Relais handed over.
 */
import type { ComposerBridge } from '../host/sidebar-registry';
import type { ComposerInsertOptions, InsertOutcome } from '../messages/tab-protocol';
import { insertDraft, type InsertDraftOptions } from './composer';
import { createPostDetector, type RecordShare } from './post-detection';

export interface LinkedInComposerBridge extends ComposerBridge {
  dispose(): void;
}

export function createComposerBridge(
  doc: Document,
  recordShare: RecordShare,
  insertOptions: Omit<InsertDraftOptions, 'allowInsert' | 'document'> = {},
): LinkedInComposerBridge {
  const detector = createPostDetector(doc, recordShare);
  return {
    async insert(text: string, options: ComposerInsertOptions): Promise<InsertOutcome> {
      if (text.trim() === '') throw new Error('There is no draft to insert: write or pick a text first.');
      // Until the new draft is in place, an earlier one must not be taken for it.
      detector.disarm();
      const insertedAt = Date.now();
      const outcome = await insertDraft(text, { ...insertOptions, allowInsert: options.allowInsert, document: doc });
      if (options.share && options.allowPostDetection !== false && outcome.kind !== 'failed') {
        // A copied draft is watched too: the employee pastes it themselves.
        detector.arm({
          draft: text,
          meta: options.share,
          insertedAt: outcome.kind === 'inserted' ? insertedAt : undefined,
        });
      }
      return outcome;
    },
    dispose: () => detector.stop(),
  };
}
