/**
 * "Add the image" (issue #13): hands the item's image, as a `File` built from
 * bytes the worker fetched, to LinkedIn's OWN media input — the share
 * dialog's Media button and the file input it reveals — the way a file chosen
 * in the system picker arrives: `files` set through a `DataTransfer`, then
 * `input` and `change`. LinkedIn's page never requests the image's address:
 * it only ever sees the `File`. Then the dialog is read back: success only
 * when an attachment shows, in the post or in LinkedIn's media editor (which
 * waits for the employee's "Next").
 *
 * No synthetic paste or drop of the file into the editor: Quill's default
 * paste handler would embed the image inline in the text as a data URL, which
 * is not a LinkedIn attachment.
 *
 * Clicking Media makes LinkedIn call `input.click()`, which would open the
 * system file picker over the page: while Relais holds the button, an
 * untrusted click on a file input is cancelled (a real click never is).
 */
import type { AttachImageOutcome } from '../protocol/tab-protocol';
import {
  findAttachment,
  findImageFileInput,
  findMediaButton,
  findShareDialog,
  type SelectorOverrides,
} from './selectors';

export type AttachOutcome = AttachImageOutcome;
type AttachFailure = Extract<AttachImageOutcome, { kind: 'not-attached' }>['reason'];

export interface AttachImageOptions {
  document?: Document;
  selectors?: SelectorOverrides;
  /** How long LinkedIn may take to show its file input after the Media click. */
  waitForInputMs?: number;
  /** How long LinkedIn may take to show the attachment once it has the file. */
  waitForPreviewMs?: number;
}

export const WAIT_FOR_MEDIA_INPUT_MS = 3000;
export const WAIT_FOR_PREVIEW_MS = 5000;
const POLL_MS = 50;

export async function attachImage(file: File, options: AttachImageOptions = {}): Promise<AttachOutcome> {
  const doc = options.document ?? document;
  const overrides = options.selectors ?? {};
  const fail = (reason: AttachFailure): AttachOutcome => ({ kind: 'not-attached', reason });
  if (!findShareDialog(doc, overrides)) return fail('composer-not-found');

  const releasePicker = cancelScriptedFilePicker(doc);
  try {
    let input = findImageFileInput(doc, overrides)?.element;
    if (!input) {
      const button = findMediaButton(doc, overrides)?.element;
      if (!button) return fail('media-button-not-found');
      button.click();
      input = await waitFor(
        () => findImageFileInput(doc, overrides)?.element,
        options.waitForInputMs ?? WAIT_FOR_MEDIA_INPUT_MS,
      );
      if (!input) return fail('media-input-not-found');
    }
    handFile(input, file, doc);
  } finally {
    releasePicker();
  }

  const shown = await waitFor(() => findAttachment(doc, overrides), options.waitForPreviewMs ?? WAIT_FOR_PREVIEW_MS);
  return shown ? { kind: 'attached', where: shown.where } : fail('no-preview');
}

/** As if the employee had picked `file` in the system dialog. */
function handFile(input: HTMLInputElement, file: File, doc: Document) {
  const view = doc.defaultView ?? globalThis;
  const transfer = new view.DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  // A picked file fires `input` (composed) then `change`, both bubbling; React listens to both.
  input.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/**
 * Cancels scripted clicks on file inputs (the picker LinkedIn opens after
 * Relais clicks Media) until released. Capture phase on the document; the
 * click's real target is read from `composedPath()` (shadow roots).
 */
export function cancelScriptedFilePicker(doc: Document): () => void {
  const onClick = (event: Event) => {
    if (event.isTrusted) return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.matches('input[type="file"]')) event.preventDefault();
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}

/** The first non-null value of `probe` within `timeoutMs`, polled: LinkedIn renders inside shadow roots too. */
async function waitFor<T>(probe: () => T | null | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The image's bytes as the `File` LinkedIn's input receives. */
export function imageFile(bytes: Uint8Array, type: string, name: string, view: typeof globalThis = globalThis): File {
  return new view.File([bytes as BlobPart], name, { type, lastModified: Date.now() });
}
