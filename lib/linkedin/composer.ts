/**
 * Puts a draft into LinkedIn's share dialog, at the caret, through the
 * editor's own input path:
 * 1. `execCommand('insertText')`, the way typing would: Quill takes it from
 *    its `input` handling, Tiptap/ProseMirror from its DOM observer (checked
 *    with the real editors in the e2e fixtures); paragraphs, emoji, links and
 *    LinkedIn's own undo are kept;
 * 2. if the editor did not take it, a synthetic paste (HTML paragraphs plus
 *    plain text), which Quill's and ProseMirror's paste handlers read;
 * 3. otherwise the draft goes to the clipboard and the employee is told how
 *    to paste it.
 * After each try the editor is read back: success only when the draft, with
 * its line breaks, is really there. A half-taken attempt is undone so the
 * employee is never left with a mangled draft. Relais never clicks Post.
 */
import type { InsertOutcome } from '../protocol/tab-protocol';
import { copyToClipboard } from './clipboard';
import { BLOCK, containsDraft, readEditorText } from './editor-text';
import { closestDeep, findShareEditor, findStartPostTrigger, openDialogs, type SelectorOverrides } from './selectors';

export interface InsertDraftOptions {
  allowInsert: boolean;
  document?: Document;
  /** Replacement selectors from the feed (`_relais.linkedin_selectors`), tried first. */
  selectors?: SelectorOverrides;
  /** How long to wait for the share dialog after clicking "Start a post". */
  waitForEditorMs?: number;
  /** How long a freshly opened editor must stay the same element (LinkedIn swaps a placeholder dialog). */
  stableForMs?: number;
  copy?: (text: string, doc: Document) => Promise<boolean>;
  /**
   * Click "Start a post" when no share dialog is open (default). Off for a
   * repost: its composer is the one the employee opens through Repost →
   * "Repost with your thoughts", and a fresh post's dialog is not it.
   */
  openIfClosed?: boolean;
}

type ClipboardReason = Extract<InsertOutcome, { kind: 'clipboard' }>['reason'];

export const WAIT_FOR_EDITOR_MS = 3000;
export const EDITOR_STABLE_MS = 250;

export async function insertDraft(text: string, options: InsertDraftOptions): Promise<InsertOutcome> {
  const doc = options.document ?? document;
  const copy = options.copy ?? copyToClipboard;
  const overrides = options.selectors ?? {};
  const fallBack = async (reason: ClipboardReason): Promise<InsertOutcome> =>
    (await copy(text, doc)) ? { kind: 'clipboard', reason } : { kind: 'failed', reason: 'clipboard-denied' };

  if (!options.allowInsert) return fallBack('insert-disabled');

  const findEditor = () => findShareEditor(doc, overrides)?.element ?? null;
  const opened =
    options.openIfClosed === false
      ? { editor: findEditor(), missing: 'composer-not-found' as const }
      : await openEditor(doc, findEditor, overrides, {
          timeoutMs: options.waitForEditorMs ?? WAIT_FOR_EDITOR_MS,
          stableForMs: options.stableForMs ?? EDITOR_STABLE_MS,
        });
  const editor = opened.editor;
  if (!editor) return fallBack(opened.missing);

  return (await typeIntoEditor(text, editor, findEditor, doc)) ? { kind: 'inserted' } : fallBack('read-back-mismatch');
}

/**
 * Types `text` into `editor` through each input path in turn, reading the
 * editor back (`findEditor` gives the current element: editors re-render and
 * dialogs get swapped). True once the draft is really there; a half-taken
 * attempt is undone.
 */
export async function typeIntoEditor(
  text: string,
  editor: HTMLElement,
  findEditor: () => HTMLElement | null,
  doc: Document,
): Promise<boolean> {
  for (const attempt of INPUT_PATHS) {
    const target = findEditor() ?? editor;
    const before = readEditorText(target);
    placeCaretInside(target, doc);
    attempt(target, text, doc);
    await settle(doc);
    const current = findEditor() ?? target;
    const after = readEditorText(current);
    if (after !== before && containsDraft(after, text)) return true;
    if (after !== before) {
      doc.execCommand('undo');
      await settle(doc);
    }
  }
  return false;
}

type InputPath = (editor: HTMLElement, text: string, doc: Document) => void;

const insertAsTyping: InputPath = (_editor, text, doc) => {
  doc.execCommand('insertText', false, text);
};

/** A paste the editor's own handler reads: one `<p>` per line (an empty `<p></p>` for a blank line: a `<br>` would parse as a hard break), plus the plain text. */
const insertAsPaste: InputPath = (editor, text, doc) => {
  const view = doc.defaultView ?? globalThis;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  data.setData('text/html', paragraphsHtml(text));
  editor.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
};

const INPUT_PATHS: readonly InputPath[] = [insertAsTyping, insertAsPaste];

export function paragraphsHtml(text: string): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

interface OpenedEditor {
  editor: HTMLElement | null;
  /**
   * Why there is no editor: `composer-not-opened` when Relais clicked "Start a post" and no dialog at
   * all appeared within the wait (LinkedIn may ignore a script's click: see lib/linkedin/selectors.ts,
   * `findStartPostTrigger`); `composer-not-found` when there is no entry to click, or a dialog is open
   * but holds no editor Relais knows (LinkedIn changed its markup: the feed's selector hotfix is for that).
   */
  missing: 'composer-not-found' | 'composer-not-opened';
}

/**
 * The share dialog's editor, opening the dialog through "Start a post" when
 * it is closed (whatever the entry's role). A freshly opened editor counts
 * once it has stayed the same element for `stableForMs`: LinkedIn may mount
 * a placeholder dialog and replace it about half a second later.
 */
async function openEditor(
  doc: Document,
  findEditor: () => HTMLElement | null,
  overrides: SelectorOverrides,
  timing: { timeoutMs: number; stableForMs: number },
): Promise<OpenedEditor> {
  const open = findEditor();
  if (open) return { editor: open, missing: 'composer-not-found' };
  const trigger = findStartPostTrigger(doc, overrides);
  if (!trigger) return { editor: null, missing: 'composer-not-found' };
  const before = openDialogs(doc);
  activate(closestDeep(trigger.element, 'button, [role="button"]') ?? trigger.element, doc);
  const editor = await waitForStable(doc, findEditor, timing);
  const appeared = openDialogs(doc).some((dialog) => !before.includes(dialog));
  return { editor, missing: appeared ? 'composer-not-found' : 'composer-not-opened' };
}

/** A click as a pointer would make it: some of LinkedIn's entries react to pointer or mouse events, not `click` alone. */
function activate(element: Element, doc: Document) {
  const view = doc.defaultView ?? globalThis;
  const box = element.getBoundingClientRect();
  const at = {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: box.x + box.width / 2,
    clientY: box.y + box.height / 2,
  };
  element.dispatchEvent(new view.PointerEvent('pointerdown', at));
  element.dispatchEvent(new view.MouseEvent('mousedown', at));
  element.dispatchEvent(new view.PointerEvent('pointerup', at));
  element.dispatchEvent(new view.MouseEvent('mouseup', at));
  (element as HTMLElement).click();
}

/**
 * Polls (MutationObserver on the document does not see inside shadow roots)
 * until `probe` returns the same element for `stableForMs`, or gives the
 * last element found when `timeoutMs` runs out.
 */
function waitForStable<T>(
  doc: Document,
  probe: () => T | null,
  { timeoutMs, stableForMs }: { timeoutMs: number; stableForMs: number },
): Promise<T | null> {
  const view = doc.defaultView ?? globalThis;
  const started = Date.now();
  let candidate: T | null = null;
  let since = 0;
  return new Promise((resolve) => {
    const check = () => {
      const value = probe();
      const now = Date.now();
      if (value !== candidate) {
        candidate = value;
        since = now;
      }
      if (candidate && now - since >= stableForMs) return resolve(candidate);
      if (now - started >= timeoutMs) return resolve(candidate);
      view.setTimeout(check, 50);
    };
    check();
  });
}

/** The selection that sees the editor's caret: a shadow root's own in Chromium, the document's otherwise. */
function selectionFor(editor: HTMLElement, doc: Document): Selection | null {
  const root = editor.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if (root !== doc && typeof root.getSelection === 'function') return root.getSelection() ?? doc.getSelection();
  return doc.getSelection();
}

/** Keeps the employee's caret if it is in the editor; otherwise puts it at the end of the text. */
function placeCaretInside(editor: HTMLElement, doc: Document) {
  const caretInside = () => {
    const selection = selectionFor(editor, doc);
    return selection !== null && selection.rangeCount > 0 && editor.contains(selection.anchorNode);
  };
  const wasInside = caretInside();
  editor.focus();
  if (wasInside && caretInside()) return;
  // The end of the last paragraph, before the placeholder `<br>` of an empty one.
  let block: Node = editor;
  while (block.lastChild && BLOCK.test(block.lastChild.nodeName)) block = block.lastChild;
  const range = doc.createRange();
  if (block.lastChild?.nodeName === 'BR') range.setStartBefore(block.lastChild);
  else range.setStart(block, block.childNodes.length);
  range.collapse(true);
  const selection = selectionFor(editor, doc);
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
