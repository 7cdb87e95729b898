// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard } from './clipboard';

afterEach(() => {
  document.body.innerHTML = '';
});

function refuseClipboardApi() {
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
    new DOMException('Document is not focused.', 'NotAllowedError'),
  );
}

function installCopyCommand(result: boolean) {
  const copied: string[] = [];
  const execCommand = vi.fn((command: string) => {
    if (command === 'copy') copied.push(document.querySelector('textarea')?.value ?? '');
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return copied;
}

describe('copyToClipboard', () => {
  it('uses the Clipboard API when the page may', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await expect(copyToClipboard('Draft 🎉')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('Draft 🎉');
  });

  it('falls back to the copy command, leaves no textarea behind and gives the focus back', async () => {
    refuseClipboardApi();
    const copied = installCopyCommand(true);
    document.body.innerHTML = '<div contenteditable="true" tabindex="0">editor</div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    editor.focus();
    await expect(copyToClipboard('Line one\n\nLine two')).resolves.toBe(true);
    expect(copied).toEqual(['Line one\n\nLine two']);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(editor);
  });

  it('says so when both ways are refused', async () => {
    refuseClipboardApi();
    installCopyCommand(false);
    await expect(copyToClipboard('Draft')).resolves.toBe(false);
  });
});
