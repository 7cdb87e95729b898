/**
 * Puts a comment into the comment box of ONE post: the company's post the
 * item names (`linkedin_post`), found by its URN. Never another post's box,
 * never a new post's composer: when that post's box is not on the page the
 * comment goes to the clipboard. Same input paths and read-back as a post
 * (lib/linkedin/composer.ts). Relais never clicks "Comment" or "Post".
 */
import type { InsertOutcome } from '../protocol/tab-protocol';
import { copyToClipboard } from './clipboard';
import { typeIntoEditor } from './composer';
import { findCommentEditorFor } from './selectors';

/** LinkedIn's limit for a comment, in characters. */
export const COMMENT_MAX_CHARS = 1250;

export function commentLength(text: string): number {
  return Array.from(text).length;
}

export interface InsertCommentOptions {
  allowInsert: boolean;
  document?: Document;
  copy?: (text: string, doc: Document) => Promise<boolean>;
}

export async function insertComment(
  text: string,
  postUrn: string,
  options: InsertCommentOptions,
): Promise<InsertOutcome> {
  if (commentLength(text) > COMMENT_MAX_CHARS) {
    throw new Error(
      `This comment has ${commentLength(text)} characters; LinkedIn takes at most ${COMMENT_MAX_CHARS}. Shorten it first.`,
    );
  }
  const doc = options.document ?? document;
  const copy = options.copy ?? copyToClipboard;
  const fallBack = async (reason: 'composer-not-found' | 'read-back-mismatch' | 'insert-disabled') =>
    (await copy(text, doc))
      ? ({ kind: 'clipboard', reason } as const)
      : ({ kind: 'failed', reason: 'clipboard-denied' } as const);

  if (!options.allowInsert) return fallBack('insert-disabled');
  const findEditor = () => findCommentEditorFor(doc, postUrn)?.element ?? null;
  const editor = findEditor();
  if (!editor) return fallBack('composer-not-found');
  return (await typeIntoEditor(text, editor, findEditor, doc)) ? { kind: 'inserted' } : fallBack('read-back-mismatch');
}
