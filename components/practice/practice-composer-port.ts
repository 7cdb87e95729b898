import type Quill from 'quill/core';
import type { LastInsertion } from '@/lib/practice/practice-share';
import type { ComposerPort } from '../app/host';
import { copyInstead } from '../app/clipboard-fallback';

const normalize = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * Inserts into the practice Quill editor exactly as the LinkedIn bridge does
 * into LinkedIn's: focus the editor, put the caret, type the text with
 * `document.execCommand('insertText')` (so the editor's own input handling
 * runs), then read Quill's text back to check it arrived.
 */
export function createPracticeComposerPort(
  getQuill: () => Quill | null,
  onInserted: (insertion: LastInsertion) => void,
): ComposerPort {
  return {
    async insert(text, { allowInsert, share }) {
      if (!allowInsert) return copyInstead(text, 'insert-disabled');
      const quill = getQuill();
      if (!quill) return copyInstead(text, 'composer-not-found');
      quill.focus();
      if (!quill.getSelection()) quill.setSelection(quill.getLength() - 1, 0, 'user');
      document.execCommand('insertText', false, text);
      // Quill reads DOM mutations asynchronously; update() makes the read-back see them now.
      quill.update('user');
      if (!normalize(quill.getText()).includes(normalize(text))) return copyInstead(text, 'read-back-mismatch');
      onInserted({ at: Date.now(), context: share });
      return { kind: 'inserted' };
    },
  };
}
