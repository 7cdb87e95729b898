/**
 * A fix as data, so a finding can be stored, sent between the sidebar and the
 * page, and applied later. Offsets are UTF-16 units of the text that was linted.
 */
export type TextEdit =
  | {
      kind: 'replace';
      start: number;
      end: number;
      replacement: string;
      /** The text expected at [start, end): a fix computed on an older draft is refused, not misapplied. */
      expected: string;
    }
  | { kind: 'append'; text: string };

/**
 * Applies an edit. Returns null when the draft changed under a replace edit
 * (the text at its range is no longer `expected`): lint again and use the new fix.
 * Edits shift offsets, so after applying one fix, lint again before the next.
 */
export function applyEdit(text: string, edit: TextEdit): string | null {
  if (edit.kind === 'append') return text + edit.text;
  if (text.slice(edit.start, edit.end) !== edit.expected) return null;
  return text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
}

/** An append edit that starts a new paragraph, however the draft currently ends. */
export function appendParagraph(text: string, paragraph: string): TextEdit {
  if (text.trim() === '') return { kind: 'append', text: paragraph };
  const trailingNewlines = /\n*$/.exec(text.replace(/[ \t]+$/, ''))?.[0].length ?? 0;
  return { kind: 'append', text: '\n'.repeat(Math.max(0, 2 - trailingNewlines)) + paragraph };
}
