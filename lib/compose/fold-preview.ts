/**
 * What readers see of a post before "…see more": the one fold rule, used by
 * the sidebar's preview, the practice page and the opening check.
 *
 * LinkedIn clamps a post to three visual lines, so both the width of the text
 * box and the author's line breaks decide where the fold falls. The rule:
 *
 * 1. The text is split at every line break ("\n"). Each piece is a paragraph
 *    line; an empty piece (a blank line) still takes one visual line, because
 *    LinkedIn shows blank lines.
 * 2. Each paragraph is wrapped the way a browser wraps `white-space: pre-wrap`
 *    text: greedily at spaces, words measured in LinkedIn's post font, at the
 *    width of LinkedIn's text box; a word wider than the box is cut where it
 *    overflows; spaces at the end of a line hang and take no room.
 * 3. Readers see the first `maxLines` visual lines. Everything after is behind
 *    "see more".
 *
 * Widths: the desktop feed's text box is 523 px (a 555 px card less its 16 px
 * padding each side); a 375 px phone leaves 343 px. Both show 3 lines of 14 px
 * text on 20 px lines (`LINKEDIN_POST_FONT`). Reconstructed from LinkedIn's
 * published feed layout and public "see more" guides, not measured live.
 */
import { estimateTextWidth, type TextMeasure } from './text-width';

export type FoldDevice = 'desktop' | 'mobile';

export interface FoldRule {
  /** Width of the text box, in the measure's unit (CSS pixels for LinkedIn's font). */
  width: number;
  maxLines: number;
}

export const FOLD_RULES: Readonly<Record<FoldDevice, FoldRule>> = {
  desktop: { width: 523, maxLines: 3 },
  mobile: { width: 343, maxLines: 3 },
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

const isSpace = (char: string | undefined) => char === ' ' || char === '\t';

/** The end of the longest start of `text.slice(start, end)` no wider than `width`, cut between characters. */
function cutWord(text: string, start: number, end: number, width: number, measure: TextMeasure): number {
  let cut = start;
  while (cut < end) {
    const next = cut + (text.codePointAt(cut)! > 0xffff ? 2 : 1);
    if (measure(text.slice(start, next)) > width) break;
    cut = next;
  }
  // At least one character per line, however narrow the box.
  return cut === start ? start + (text.codePointAt(start)! > 0xffff ? 2 : 1) : cut;
}

function wrapParagraph(
  text: string,
  start: number,
  end: number,
  rule: FoldRule,
  measure: TextMeasure,
  lines: Span[],
): void {
  if (start === end) {
    lines.push([start, end]);
    return;
  }
  let pos = start;
  while (pos < end && lines.length < rule.maxLines) {
    let used = 0;
    let cursor = pos;
    let lastFit = -1;
    while (cursor < end) {
      let wordEnd = cursor;
      while (wordEnd < end && !isSpace(text[wordEnd])) wordEnd += 1;
      const wordWidth = measure(text.slice(cursor, wordEnd));
      if (used + wordWidth > rule.width) break;
      used += wordWidth;
      lastFit = wordEnd;
      let spaceEnd = wordEnd;
      while (spaceEnd < end && isSpace(text[spaceEnd])) spaceEnd += 1;
      used += measure(text.slice(wordEnd, spaceEnd));
      cursor = spaceEnd;
    }
    if (cursor >= end) {
      lines.push([pos, end]);
      return;
    }
    if (lastFit === -1) {
      const cut = cutWord(text, pos, end, rule.width, measure);
      lines.push([pos, cut]);
      pos = cut;
    } else {
      lines.push([pos, lastFit]);
      pos = cursor;
    }
  }
}

/**
 * The part of `text` shown before the fold on a device (or with a custom
 * rule), words measured with `measure` (the browser's, in the UI).
 */
export function foldPreview(
  text: string,
  device: FoldDevice | FoldRule = 'desktop',
  measure: TextMeasure = estimateTextWidth,
): FoldPreview {
  const rule = typeof device === 'string' ? FOLD_RULES[device] : device;
  const lines: Span[] = [];
  let paragraphStart = 0;
  while (lines.length < rule.maxLines && paragraphStart <= text.length) {
    const newline = text.indexOf('\n', paragraphStart);
    const paragraphEnd = newline === -1 ? text.length : newline;
    wrapParagraph(text, paragraphStart, paragraphEnd, rule, measure, lines);
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
