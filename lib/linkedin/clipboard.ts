/**
 * Copying a draft from a content script. `navigator.clipboard.writeText` needs
 * the page to have focus (a click in the in-page sidebar gives it); when it is
 * refused (e.g. the click came from the side panel), the older copy command on
 * a hidden textarea often still works.
 */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  // A frame the page's permissions policy keeps from the Clipboard API (the sidebar's frame on a
  // LinkedIn page that does not delegate it) would log a violation: use the copy command directly.
  if (!clipboardApiAllowed(doc)) return copyWithTextarea(text, doc);
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(text, doc);
  }
}

function clipboardApiAllowed(doc: Document): boolean {
  const policy = (doc as { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
  return policy?.allowsFeature('clipboard-write') ?? true;
}

function copyWithTextarea(text: string, doc: Document): boolean {
  const previousFocus = doc.activeElement as HTMLElement | null;
  const selection = doc.getSelection();
  const previousRange = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;pointer-events:none';
  doc.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    // Give the employee their caret back where it was (e.g. in LinkedIn's editor).
    previousFocus?.focus?.();
    if (selection && previousRange) {
      selection.removeAllRanges();
      selection.addRange(previousRange);
    }
  }
  return copied;
}
