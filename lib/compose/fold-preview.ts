/**
 * What readers see of a post before "…see more".
 *
 * LinkedIn clamps a post to a few visual lines, so both the width of the screen
 * and the author's line breaks decide where the fold falls. The rule used here,
 * exactly:
 *
 * 1. The text is split at every line break ("\n"). Each piece is a paragraph
 *    line; an empty piece (a blank line) still takes one visual line, because
 *    LinkedIn shows blank lines.
 * 2. Each paragraph line is wrapped greedily at spaces into visual lines of at
 *    most `lineWidth` characters (UTF-16 units). A word longer than a line is
 *    cut at the width. A line break therefore always ends a visual line, and
 *    the unused rest of that line is lost.
 * 3. Readers see the first `maxLines` visual lines. Everything after is behind
 *    "see more".
 *
 * Desktop: 3 lines of 70 characters (about 210 characters of unbroken text).
 * Mobile: 3 lines of 47 characters (about 140). These are averages of a
 * proportional font, so the preview is a guide, not a pixel-exact replica.
 */
export type FoldDevice = 'desktop' | 'mobile';

export interface FoldRule {
  lineWidth: number;
  maxLines: number;
}

export const FOLD_RULES: Readonly<Record<FoldDevice, FoldRule>> = {
  desktop: { lineWidth: 70, maxLines: 3 },
  mobile: { lineWidth: 47, maxLines: 3 },
};

export interface FoldPreview {
  /** The visible part as written, line breaks kept: `text.slice(0, end)`. */
  visible: string;
  /** Offset in the text where the fold falls. */
  end: number;
  /** The visual lines shown, after wrapping (at most `maxLines`). */
  lines: string[];
  /** True when some non-blank text is hidden behind "see more". */
  truncated: boolean;
}

type Span = [start: number, end: number];

const BREAKABLE = /[ \t]/;

function wrapParagraph(text: string, start: number, end: number, width: number, lines: Span[], maxLines: number) {
  if (start === end) {
    lines.push([start, end]);
    return;
  }
  let pos = start;
  while (pos < end && lines.length < maxLines) {
    if (end - pos <= width) {
      lines.push([pos, end]);
      return;
    }
    let breakAt = -1;
    for (let i = pos + width; i > pos; i -= 1) {
      if (BREAKABLE.test(text[i] ?? '')) {
        breakAt = i;
        break;
      }
    }
    if (breakAt === -1) {
      lines.push([pos, pos + width]);
      pos += width;
    } else {
      lines.push([pos, breakAt]);
      pos = breakAt;
      while (pos < end && BREAKABLE.test(text[pos] ?? '')) pos += 1;
    }
  }
}

/** The part of `text` shown before the fold on a device (or with a custom rule). */
export function foldPreview(text: string, device: FoldDevice | FoldRule = 'desktop'): FoldPreview {
  const { lineWidth, maxLines } = typeof device === 'string' ? FOLD_RULES[device] : device;
  const lines: Span[] = [];
  let paragraphStart = 0;
  while (lines.length < maxLines && paragraphStart <= text.length) {
    const newline = text.indexOf('\n', paragraphStart);
    const paragraphEnd = newline === -1 ? text.length : newline;
    wrapParagraph(text, paragraphStart, paragraphEnd, lineWidth, lines, maxLines);
    if (newline === -1) break;
    paragraphStart = newline + 1;
  }
  const end = lines.length === 0 ? 0 : (lines[lines.length - 1] as Span)[1];
  return {
    visible: text.slice(0, end),
    end,
    lines: lines.map(([start, stop]) => text.slice(start, stop)),
    truncated: /\S/.test(text.slice(end)),
  };
}
