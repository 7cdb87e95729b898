// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { showShadowShareDialog, showSnapshot } from '@/tests/fixtures/linkedin/snapshots';
import { attachImage, cancelScriptedFilePicker, imageFile } from './attach-image';
import { findShareDialog } from './selectors';

const QUICK = { waitForInputMs: 200, waitForPreviewMs: 200 };
const file = () => imageFile(new Uint8Array([137, 80, 78, 71, 1, 2, 3]), 'image/png', 'lyon-plant.png');

afterEach(() => {
  document.body.innerHTML = '';
});

interface Received {
  files: { name: string; type: string; size: number }[];
  pickerClicks: boolean[];
}

/**
 * The classic dialog's media button as LinkedIn wires it: the click reveals a file input in the dialog and
 * clicks it (the system picker); a picked file shows as a preview (or, `showPreview: false`, nothing shows).
 */
function classicMedia(dialog: Element, { label = 'Add media', showPreview = true, revealInput = true } = {}) {
  const received: Received = { files: [], pickerClicks: [] };
  const button = document.createElement('button');
  button.className = 'share-promoted-detour-button';
  button.setAttribute('aria-label', label);
  dialog.append(button);
  button.addEventListener('click', () => {
    if (!revealInput) return;
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'image-sharing-detour-container__file-input';
    input.accept = 'image/gif,image/jpeg,image/jpg,image/png';
    input.addEventListener('click', (event) => received.pickerClicks.push(event.defaultPrevented));
    input.addEventListener('change', () => {
      for (const picked of Array.from(input.files ?? [])) {
        received.files.push({ name: picked.name, type: picked.type, size: picked.size });
        if (showPreview) {
          const img = document.createElement('img');
          img.className = 'share-images__image';
          dialog.append(img);
        }
      }
    });
    dialog.append(input);
    input.click();
  });
  return received;
}

describe('attachImage', () => {
  it('hands the File to the input the Media button reveals, cancels the picker, and sees the attachment', async () => {
    showSnapshot('share-dialog');
    const received = classicMedia(findShareDialog(document)!.element);
    expect(await attachImage(file(), { ...QUICK, document })).toEqual({ kind: 'attached', where: 'composer' });
    expect(received.files).toEqual([{ name: 'lyon-plant.png', type: 'image/png', size: 7 }]);
    expect(received.pickerClicks).toEqual([true]);
  });

  it('finds a French media button inside #interop-outlet’s shadow root', async () => {
    const { root } = showShadowShareDialog();
    const received = classicMedia(root.querySelector('.share-box-v2__modal')!, { label: 'Ajouter un média' });
    expect(await attachImage(file(), { ...QUICK, document })).toEqual({ kind: 'attached', where: 'composer' });
    expect(received.files).toHaveLength(1);
  });

  it('reports an image waiting in LinkedIn’s media editor (a dialog of its own) as attached there', async () => {
    showSnapshot('share-dialog');
    const editor = document.createElement('dialog');
    editor.setAttribute('open', '');
    editor.innerHTML =
      '<header><h2>Editor</h2></header><div data-testid="add-media-drop-zone"><input type="file"></div>';
    document.body.append(editor);
    const input = editor.querySelector('input')!;
    input.addEventListener('change', () => editor.insertAdjacentHTML('beforeend', '<img alt="image 1">'));
    expect(await attachImage(file(), { ...QUICK, document })).toEqual({ kind: 'attached', where: 'media-editor' });
    expect(input.files?.[0]?.name).toBe('lyon-plant.png');
  });

  it('says why when it cannot attach, without touching anything it did not find', async () => {
    document.body.innerHTML =
      '<main><button aria-label="Add media" class="share-promoted-detour-button"></button></main>';
    expect(await attachImage(file(), { ...QUICK, document })).toEqual({
      kind: 'not-attached',
      reason: 'composer-not-found',
    });

    showSnapshot('share-dialog');
    expect(await attachImage(file(), { ...QUICK, document })).toEqual({
      kind: 'not-attached',
      reason: 'media-button-not-found',
    });

    classicMedia(findShareDialog(document)!.element, { revealInput: false });
    expect(await attachImage(file(), { ...QUICK, document })).toEqual({
      kind: 'not-attached',
      reason: 'media-input-not-found',
    });
  });

  it('is not attached when LinkedIn shows no attachment after taking the file', async () => {
    showSnapshot('share-dialog');
    const received = classicMedia(findShareDialog(document)!.element, { showPreview: false });
    expect(await attachImage(file(), { ...QUICK, document })).toEqual({ kind: 'not-attached', reason: 'no-preview' });
    expect(received.files).toHaveLength(1);
  });
});

describe('cancelScriptedFilePicker', () => {
  it('cancels scripted clicks on file inputs only, and only until released', () => {
    document.body.innerHTML = '<input type="file"><button>Other</button>';
    const input = document.querySelector('input')!;
    const other = document.querySelector('button')!;
    const seen: boolean[] = [];
    input.addEventListener('click', (event) => seen.push(event.defaultPrevented));
    other.addEventListener('click', (event) => seen.push(event.defaultPrevented));
    const release = cancelScriptedFilePicker(document);
    input.click();
    other.click();
    release();
    input.click();
    expect(seen).toEqual([true, false, false]);
  });
});
