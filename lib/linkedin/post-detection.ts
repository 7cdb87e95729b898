/**
 * Notices the employee posting a draft Relais inserted, so their history (kept
 * on their machine only) knows what they shared. Listens to clicks in the
 * capture phase and only reads the page: LinkedIn's own handling of the click
 * is never stopped or delayed, and Relais itself never clicks Post.
 *
 * Only a trusted click counts (`event.isTrusted`: a real pointer or key, not a
 * script's `.click()`), and the Post button is matched on the event's
 * `composedPath()`: a click inside LinkedIn's shadow-rooted dialog reaches the
 * document retargeted to the shadow host, so `event.target` is not the button.
 */
import type { RequestOf } from '../protocol/protocol';
import type { ShareMeta } from '../protocol/tab-protocol';
import { draftRetained, readEditorText } from './editor-text';
import { findAttachment, findPostButton, findShareEditor, type SelectorOverrides } from './selectors';

/** Below this share of the inserted draft's words, the post is the employee's own and not recorded. */
export const MIN_DRAFT_RETAINED = 0.5;

export interface PendingShare {
  draft: string;
  meta: ShareMeta;
  /** Set when the draft went into the editor (not when it was only copied). */
  insertedAt?: number;
  /** The feed's replacement selectors in force when the draft was inserted. */
  selectors?: SelectorOverrides;
  /** Relais attached the item's image to this composer ("Add the image"). */
  imageAttached?: boolean;
}

export interface PostDetector {
  /** Remembers the draft now in (or on its way to) the composer; replaces the previous one. */
  arm(pending: PendingShare): void;
  disarm(): void;
  /** The item's image is now attached to the armed draft's composer. */
  noteImageAttached(): void;
  stop(): void;
}

export type ShareInput = RequestOf<'share.record'>['share'];

/**
 * A recorded share says whether the item's image went with it (issue #13). The share record's own
 * `withImage` field comes with its Dexie version 2 (another branch); until it is merged the worker's
 * schema drops the field, and this intersection can go once `ShareInput` has it.
 */
export type ShareWithImage = ShareInput & { withImage?: boolean };

export type RecordShare = (workspace: ShareMeta['workspace'], share: ShareWithImage) => Promise<unknown>;

export function createPostDetector(doc: Document, record: RecordShare, now: () => number = Date.now): PostDetector {
  let pending: PendingShare | undefined;

  const onClick = (event: Event) => {
    if (!pending || !event.isTrusted) return;
    const selectors = pending.selectors ?? {};
    const button = findPostButton(doc, selectors)?.element;
    if (!button || !event.composedPath().includes(button)) return;
    if (button.matches(':disabled, [aria-disabled="true"]')) return;
    const editor = findShareEditor(doc, selectors)?.element;
    if (!editor) return;
    // Read now: LinkedIn closes the dialog in its own handler, right after this one.
    const text = readEditorText(editor).trim();
    if (draftRetained(text, pending.draft) < MIN_DRAFT_RETAINED) return;
    const { workspace, ...meta } = pending.meta;
    // With the image only when Relais attached it and the post still shows it at the click.
    const withImage = pending.imageAttached === true && findAttachment(doc, selectors)?.where === 'composer';
    const share: ShareWithImage = {
      ...meta,
      kind: meta.kind ?? 'post',
      insertedAt: pending.insertedAt,
      text,
      postedAt: now(),
      via: 'post-button',
      withImage,
    };
    pending = undefined;
    record(workspace, share).catch((error: unknown) => {
      console.warn('Relais could not record this share in your history:', error);
    });
  };

  doc.addEventListener('click', onClick, true);
  return {
    arm(next) {
      pending = next;
    },
    disarm() {
      pending = undefined;
    },
    noteImageAttached() {
      if (pending) pending = { ...pending, imageAttached: true };
    },
    stop() {
      pending = undefined;
      doc.removeEventListener('click', onClick, true);
    },
  };
}
