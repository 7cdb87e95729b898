/**
 * Reading a rich-text editor's text back the way the employee sees it, and
 * comparing it with a draft. Editors store paragraphs as blocks (`<p>`), blank
 * lines as `<p><br></p>`, and spaces sometimes as no-break spaces, so a plain
 * `textContent` or `innerText` comparison would fail on correct insertions.
 */
import { foldedWords } from '../text/fold';

/** Tags editors use for paragraphs and lists: each starts a line. */
export const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL)$/;

/** The editor's text with one `\n` between paragraphs; an empty paragraph is a blank line. */
export function readEditorText(editor: Element): string {
  const lines: string[] = [];
  let line = '';
  let lineOpen = false;
  const endLine = () => {
    if (lineOpen) lines.push(line);
    line = '';
    lineOpen = false;
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        line += (child as Text).data;
        lineOpen = true;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.tagName === 'BR') {
          // A `<br>` closing a paragraph (e.g. the placeholder of an empty one) shows no extra line.
          const closesBlock =
            element.nextSibling === null && BLOCK.test((element.parentNode as Element | null)?.tagName ?? '');
          if (!closesBlock) {
            lines.push(line);
            line = '';
          }
          lineOpen = true;
        } else if (BLOCK.test(element.tagName)) {
          endLine();
          const linesBefore = lines.length;
          walk(element);
          if (lineOpen) endLine();
          else if (lines.length === linesBefore) lines.push('');
        } else {
          walk(element);
        }
      }
    }
  };
  walk(editor);
  endLine();
  return lines.join('\n');
}

/**
 * One spelling for texts that look the same: NFC, no-break spaces as spaces,
 * single spaces, no spaces around line ends, at most one blank line in a row.
 * A single line break still differs from a blank line: merged paragraphs are
 * a real difference the employee would see.
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function containsDraft(editorText: string, draft: string): boolean {
  const wanted = normaliseForComparison(draft);
  return wanted !== '' && normaliseForComparison(editorText).includes(wanted);
}

/** How much of the draft (0–1, by words) is still in the editor, after the employee's own edits. */
export function draftRetained(editorText: string, draft: string): number {
  const draftWords = foldedWords(draft);
  if (draftWords.length === 0) return 0;
  const available = new Map<string, number>();
  for (const word of foldedWords(editorText)) available.set(word, (available.get(word) ?? 0) + 1);
  let kept = 0;
  for (const word of draftWords) {
    const count = available.get(word) ?? 0;
    if (count > 0) {
      kept += 1;
      available.set(word, count - 1);
    }
  }
  return kept / draftWords.length;
}
