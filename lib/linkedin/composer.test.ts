// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSnapshot, showSnapshot } from '@/tests/fixtures/linkedin/snapshots';
import { insertDraft } from './composer';
import { readEditorText } from './editor-text';
import { findShareEditor } from './selectors';

const DRAFT = 'Proud of the Nantes team 🎉\n\nWe are hiring! #Energy https://example.com/jobs';

/**
 * happy-dom has no editing commands: this stands in for the browser's
 * insertText at the caret and its undo, and lets a test play an editor that
 * ignores or mangles the insertion.
 */
function installEditingCommands(behaviour: 'browser' | 'ignored' | 'half' = 'browser') {
  const history: string[] = [];
  const execCommand = vi.fn((command: string, _ui?: boolean, value?: string) => {
    const editor = findShareEditor(document)?.element;
    if (!editor) return false;
    if (command === 'undo') {
      const previous = history.pop();
      if (previous !== undefined) editor.innerHTML = previous;
      return true;
    }
    if (command !== 'insertText' || behaviour === 'ignored') return false;
    history.push(editor.innerHTML);
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(behaviour === 'half' ? value!.slice(0, 10) : value!));
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return execCommand;
}

/** Makes the feed's "Start a post" open the share dialog, as LinkedIn does (after a short delay). */
function openDialogOnTrigger(delayMs = 20) {
  const dialogHtml = loadSnapshot('share-dialog').getElementById('artdeco-modal-outlet')!.innerHTML;
  document.querySelector('.share-box-feed-entry__trigger')!.addEventListener('click', () => {
    setTimeout(() => {
      document.getElementById('artdeco-modal-outlet')!.innerHTML = dialogHtml;
      findShareEditor(document)!.element.innerHTML = '<p><br></p>';
    }, delayMs);
  });
}

const editorText = () => readEditorText(findShareEditor(document)!.element);

let copy: ReturnType<typeof vi.fn<(text: string, doc: Document) => Promise<boolean>>>;
beforeEach(() => {
  copy = vi.fn(async () => true);
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('insertDraft', () => {
  it('opens the share dialog through “Start a post” and inserts the draft', async () => {
    showSnapshot('feed');
    openDialogOnTrigger();
    const execCommand = installEditingCommands();
    await expect(insertDraft(DRAFT, { allowInsert: true, copy })).resolves.toEqual({ kind: 'inserted' });
    expect(execCommand).toHaveBeenCalledWith('insertText', false, DRAFT);
    expect(editorText()).toBe(DRAFT);
    expect(copy).not.toHaveBeenCalled();
  });

  it('inserts at the caret when the caret is in the editor', async () => {
    showSnapshot('share-dialog');
    installEditingCommands();
    const editor = findShareEditor(document)!.element;
    editor.innerHTML = '<p>Before after</p>';
    const text = editor.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 'Before '.length);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await expect(insertDraft('[draft] ', { allowInsert: true, copy })).resolves.toEqual({ kind: 'inserted' });
    expect(editorText()).toBe('Before [draft] after');
  });

  it('puts the caret at the end of the text when the selection is elsewhere', async () => {
    showSnapshot('share-dialog');
    installEditingCommands();
    const before = editorText();
    document.getSelection()!.selectAllChildren(document.querySelector('main')!);
    await insertDraft(' and more', { allowInsert: true, copy });
    expect(editorText()).toBe(`${before} and more`);
    expect(document.querySelector('main')!.textContent).toContain('Start a post');
  });

  it('copies instead when the feed switched insertion off, and leaves the editor alone', async () => {
    showSnapshot('share-dialog');
    const execCommand = installEditingCommands();
    const before = editorText();
    await expect(insertDraft(DRAFT, { allowInsert: false, copy })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'insert-disabled',
    });
    expect(copy).toHaveBeenCalledWith(DRAFT, document);
    expect(execCommand).not.toHaveBeenCalled();
    expect(editorText()).toBe(before);
  });

  it('copies when no composer can be found or opened on the page', async () => {
    showSnapshot('unrecognised');
    installEditingCommands();
    await expect(insertDraft(DRAFT, { allowInsert: true, copy, waitForEditorMs: 30 })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'composer-not-found',
    });
  });

  it('for a repost, opens no composer of its own: “Start a post” is left alone', async () => {
    showSnapshot('feed');
    installEditingCommands();
    const opened = vi.fn();
    document.querySelector('.share-box-feed-entry__trigger')!.addEventListener('click', opened);
    await expect(insertDraft(DRAFT, { allowInsert: true, copy, openIfClosed: false })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'composer-not-found',
    });
    expect(opened).not.toHaveBeenCalled();
  });

  it('gives up waiting for a dialog that does not open, and says nothing opened', async () => {
    showSnapshot('feed');
    installEditingCommands();
    const clicked = vi.fn();
    document.querySelector('.share-box-feed-entry__trigger')!.addEventListener('click', clicked);
    const started = Date.now();
    await expect(insertDraft(DRAFT, { allowInsert: true, copy, waitForEditorMs: 80 })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'composer-not-opened',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    expect(clicked).toHaveBeenCalledOnce();
    // The draft is kept: on the clipboard, for the employee to paste once they open the post box.
    expect(copy).toHaveBeenCalledWith(DRAFT, document);
  });

  it('a dialog open before the click (a messaging window) does not count as opened', async () => {
    showSnapshot('feed');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<aside><div role="dialog" aria-label="Messaging"><div contenteditable="true"></div><button>Send</button></div></aside>',
    );
    installEditingCommands();
    await expect(insertDraft(DRAFT, { allowInsert: true, copy, waitForEditorMs: 40 })).resolves.toMatchObject({
      reason: 'composer-not-opened',
    });
  });

  it('when a dialog opens that Relais does not recognise, says the post box could not be reached', async () => {
    showSnapshot('feed');
    installEditingCommands();
    document.querySelector('.share-box-feed-entry__trigger')!.addEventListener('click', () => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div role="dialog" data-view-name="share-composer"><div contenteditable="true"></div><button>Publish</button></div>',
      );
    });
    await expect(insertDraft(DRAFT, { allowInsert: true, copy, waitForEditorMs: 40 })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'composer-not-found',
    });
  });

  it('copies when the editor ignores the insertion', async () => {
    showSnapshot('share-dialog');
    const execCommand = installEditingCommands('ignored');
    await expect(insertDraft(DRAFT, { allowInsert: true, copy })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'read-back-mismatch',
    });
    expect(execCommand).not.toHaveBeenCalledWith('undo');
    expect(copy).toHaveBeenCalledWith(DRAFT, document);
  });

  it('undoes a mangled insertion before copying, so no half draft stays in the editor', async () => {
    showSnapshot('share-dialog');
    const execCommand = installEditingCommands('half');
    const before = editorText();
    await expect(insertDraft(DRAFT, { allowInsert: true, copy })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'read-back-mismatch',
    });
    expect(execCommand).toHaveBeenCalledWith('undo');
    expect(editorText()).toBe(before);
  });

  it('reports a refused clipboard as a failure', async () => {
    showSnapshot('unrecognised');
    await expect(insertDraft(DRAFT, { allowInsert: false, copy: async () => false })).resolves.toEqual({
      kind: 'failed',
      reason: 'clipboard-denied',
    });
  });

  it('never clicks Post', async () => {
    showSnapshot('share-dialog');
    installEditingCommands();
    const onPost = vi.fn();
    document.querySelector('.share-actions__primary-action')!.addEventListener('click', onPost);
    await insertDraft(DRAFT, { allowInsert: true, copy });
    expect(onPost).not.toHaveBeenCalled();
  });

  it('falls back to a synthetic paste, one paragraph per line, when the editor ignores insertText', async () => {
    showSnapshot('share-dialog');
    installEditingCommands('ignored');
    const editor = findShareEditor(document)!.element;
    editor.innerHTML = '<p><br></p>';
    // Like ProseMirror's paste handler: it reads the HTML of the paste and renders it from its own model.
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      editor.innerHTML = (event as ClipboardEvent).clipboardData!.getData('text/html');
    });
    await expect(insertDraft(DRAFT, { allowInsert: true, copy })).resolves.toEqual({ kind: 'inserted' });
    expect(editorText()).toBe(DRAFT);
    expect(copy).not.toHaveBeenCalled();
  });

  it('reads back from the new editor when LinkedIn swaps the dialog during the insert', async () => {
    showSnapshot('share-dialog');
    const execCommand = installEditingCommands();
    const browserInsert = execCommand.getMockImplementation()!;
    const outlet = document.getElementById('artdeco-modal-outlet')!;
    const before = findShareEditor(document)!.element;
    execCommand.mockImplementation((command, ui, value) => {
      const done = browserInsert(command, ui, value);
      // LinkedIn re-renders the dialog: a new element tree carrying the same content.
      if (command === 'insertText') outlet.replaceChildren(outlet.firstElementChild!.cloneNode(true));
      return done;
    });
    await expect(insertDraft(DRAFT, { allowInsert: true, copy })).resolves.toEqual({ kind: 'inserted' });
    expect(findShareEditor(document)!.element).not.toBe(before);
    expect(editorText()).toContain('We are hiring!');
  });
});
