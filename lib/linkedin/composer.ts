/**
 * Puts a draft into LinkedIn's share dialog, at the caret, the way typing
 * would: `execCommand('insertText')` keeps paragraphs, emoji and links, and
 * LinkedIn's own undo. Then it reads the editor back: an editor that ignored
 * the insertion (LinkedIn changed editors) must not leave the employee with a
 * half-inserted draft, so the change is undone and the draft goes to the
 * clipboard instead. Relais never clicks Post.
 */
import type { InsertOutcome } from '../messages/tab-protocol';
import { copyToClipboard } from './clipboard';
import { BLOCK, containsDraft, readEditorText } from './editor-text';
import { findFirst, findShareEditor, startPostTrigger } from './selectors';

export interface InsertDraftOptions {
  allowInsert: boolean;
  document?: Document;
  /** How long to wait for the share dialog after clicking "Start a post". */
  waitForEditorMs?: number;
  copy?: (text: string, doc: Document) => Promise<boolean>;
}

type ClipboardReason = Extract<InsertOutcome, { kind: 'clipboard' }>['reason'];

export const WAIT_FOR_EDITOR_MS = 3000;

export async function insertDraft(text: string, options: InsertDraftOptions): Promise<InsertOutcome> {
  const doc = options.document ?? document;
  const copy = options.copy ?? copyToClipboard;
  const fallBack = async (reason: ClipboardReason): Promise<InsertOutcome> =>
    (await copy(text, doc)) ? { kind: 'clipboard', reason } : { kind: 'failed', reason: 'clipboard-denied' };

  if (!options.allowInsert) return fallBack('insert-disabled');

  const editor = await openEditor(doc, options.waitForEditorMs ?? WAIT_FOR_EDITOR_MS);
  if (!editor) return fallBack('composer-not-found');

  const before = readEditorText(editor);
  placeCaretInside(editor, doc);
  doc.execCommand('insertText', false, text);
  await settle(doc);

  // The editor may have re-rendered itself into a new element.
  const current = findShareEditor(doc)?.element ?? editor;
  const after = readEditorText(current);
  if (after !== before && containsDraft(after, text)) return { kind: 'inserted' };

  if (after !== before) {
    doc.execCommand('undo');
    await settle(doc);
  }
  return fallBack('read-back-mismatch');
}

/** The share dialog's editor, opening the dialog through "Start a post" when it is closed. */
async function openEditor(doc: Document, timeoutMs: number): Promise<HTMLElement | null> {
  const open = findShareEditor(doc);
  if (open) return open.element;
  const trigger = findFirst(doc, startPostTrigger);
  if (!trigger) return null;
  trigger.element.click();
  return waitFor(doc, () => findShareEditor(doc)?.element ?? null, timeoutMs);
}

function waitFor<T>(doc: Document, probe: () => T | null, timeoutMs: number): Promise<T | null> {
  const found = probe();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new (doc.defaultView ?? globalThis).MutationObserver(() => {
      const value = probe();
      if (value) finish(value);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'role', 'class'],
    });
  });
}

/** Keeps the employee's caret if it is in the editor; otherwise puts it at the end of the text. */
function placeCaretInside(editor: HTMLElement, doc: Document) {
  const selection = doc.getSelection();
  const inside = selection !== null && selection.rangeCount > 0 && editor.contains(selection.anchorNode);
  editor.focus();
  if (inside && selection.rangeCount > 0 && editor.contains(selection.anchorNode)) return;
  // The end of the last paragraph, before the placeholder `<br>` of an empty one.
  let block: Node = editor;
  while (block.lastChild && BLOCK.test(block.lastChild.nodeName)) block = block.lastChild;
  const range = doc.createRange();
  if (block.lastChild?.nodeName === 'BR') range.setStartBefore(block.lastChild);
  else range.setStart(block, block.childNodes.length);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Lets the editor take in the change and re-render (microtasks, then a frame; a hidden tab gets no frames). */
async function settle(doc: Document) {
  const view = doc.defaultView ?? globalThis;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    view.requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
