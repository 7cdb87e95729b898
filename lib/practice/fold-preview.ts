/**
 * How a post shows in the LinkedIn feed before "…see more": on desktop about
 * the first 210 characters or 3 lines, whichever comes first. The practice
 * composer shows it so trainees see whether their opening line carries.
 */
export const FOLD_MAX_CHARS = 210;
export const FOLD_MAX_LINES = 3;

export interface FoldPreview {
  /** The part shown above the fold. */
  shown: string;
  /** True when the feed hides the rest behind "…see more". */
  folded: boolean;
}

export function foldPreview(text: string, maxChars = FOLD_MAX_CHARS, maxLines = FOLD_MAX_LINES): FoldPreview {
  const full = text.replace(/\s+$/u, '');
  const lines = full.split('\n');
  let shown = lines.slice(0, maxLines).join('\n');
  if (shown.length > maxChars) {
    const cut = shown.slice(0, maxChars);
    // Cut at a word boundary when one is near, as the feed does, rather than mid-word.
    const lastSpace = cut.search(/\s\S*$/u);
    shown = lastSpace > maxChars - 30 ? cut.slice(0, lastSpace) : cut;
  }
  shown = shown.replace(/\s+$/u, '');
  return { shown, folded: shown.length < full.length };
}
