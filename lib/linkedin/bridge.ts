/**
 * The composer bridge: what the hosts call, through the `composer.insert` tab
 * message (the side panel; the in-page sidebar too, or through
 * `sidebarRegistry` while it shares the content script's world), to put a
 * draft into LinkedIn's composer. Inserting and watching for the Post click
 * are kept together so a recorded share is always the draft Relais handed
 * over. Top frame only: LinkedIn loads a decoy editor in a `/preload/` iframe.
 */
import type { ComposerBridge } from '../host/sidebar-registry';
import type {
  AttachImageOutcome,
  ComposerInsertOptions,
  ImageAttachment,
  InsertOutcome,
} from '../protocol/tab-protocol';
import { fromBase64 } from '../images/fetch-image';
import { ProblemError, problem } from '../problems/problem';
import { attachImage, imageFile, type AttachImageOptions } from './attach-image';
import { insertComment } from './comment';
import { insertDraft, type InsertDraftOptions } from './composer';
import { createPostDetector, type RecordShare } from './post-detection';
import type { SelectorOverrides } from './selectors';

export interface LinkedInComposerBridge extends ComposerBridge {
  /** "Add the image": hands the item's image to the open share dialog's own media input. */
  attachImage(image: ImageAttachment, options?: { selectors?: SelectorOverrides }): Promise<AttachImageOutcome>;
  dispose(): void;
}

export function createComposerBridge(
  doc: Document,
  recordShare: RecordShare,
  insertOptions: Omit<InsertDraftOptions, 'allowInsert' | 'document' | 'selectors'> = {},
  attachOptions: Omit<AttachImageOptions, 'document' | 'selectors'> = {},
): LinkedInComposerBridge {
  const detector = createPostDetector(doc, recordShare);
  return {
    async attachImage(image, options = {}) {
      if (!isTopFrame(doc)) throw new ProblemError(problem('not-top-frame'), 'Not LinkedIn’s top frame.');
      const file = imageFile(fromBase64(image.base64), image.mimeType, image.name, doc.defaultView ?? globalThis);
      const outcome = await attachImage(file, { ...attachOptions, document: doc, selectors: options.selectors });
      if (outcome.kind === 'attached') detector.noteImageAttached();
      return outcome;
    },
    async insert(text: string, options: ComposerInsertOptions): Promise<InsertOutcome> {
      if (text.trim() === '') throw new ProblemError(problem('empty-draft'), 'There is no draft to insert.');
      if (!isTopFrame(doc)) throw new ProblemError(problem('not-top-frame'), 'Not LinkedIn’s top frame.');
      // Until the new draft is in place, an earlier one must not be taken for it.
      detector.disarm();
      if (options.target?.kind === 'comment') {
        // The Post watch is the share dialog's; a comment is never recorded as a post.
        return insertComment(text, options.target.postUrn, {
          allowInsert: options.allowInsert,
          document: doc,
          copy: insertOptions.copy,
        });
      }
      const insertedAt = Date.now();
      const selectors = options.selectors;
      const outcome = await insertDraft(text, {
        ...insertOptions,
        allowInsert: options.allowInsert,
        selectors,
        document: doc,
        openIfClosed: options.target?.kind !== 'repost',
      });
      if (options.share && options.allowPostDetection !== false && outcome.kind !== 'failed') {
        // A copied draft is watched too: the employee pastes it themselves.
        detector.arm({
          draft: text,
          meta: options.share,
          insertedAt: outcome.kind === 'inserted' ? insertedAt : undefined,
          selectors,
        });
      }
      return outcome;
    },
    dispose: () => detector.stop(),
  };
}

function isTopFrame(doc: Document): boolean {
  const view = doc.defaultView;
  try {
    return view !== null && view.top === view;
  } catch {
    // A cross-origin parent: certainly not the top frame.
    return false;
  }
}
