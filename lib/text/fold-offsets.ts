import { foldText } from './fold';

/** Folded text that remembers where each folded character came from, to map matches back to the draft. */
export interface FoldedWithOffsets {
  folded: string;
  /**
   * `offsets[i]` is the offset in the original text of the character that
   * produced `folded[i]`; `offsets[folded.length]` is the original length. A
   * combining mark dropped by folding belongs to the character before it, so a
   * match ending before offsets[j] still includes that mark.
   */
  offsets: Uint32Array;
}

/**
 * `foldText`, one code point at a time. Equal to `foldText(text)` for text in
 * NFC (what browsers produce); on decomposed text it still maps each letter and
 * its accents to one folded letter.
 */
export function foldWithOffsets(text: string): FoldedWithOffsets {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    // ASCII folds to itself in lower case; skipping foldText there keeps this cheap on every keystroke.
    const piece = char.charCodeAt(0) < 0x80 ? char.toLowerCase() : foldText(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) offsets.push(index);
    index += char.length;
  }
  offsets.push(text.length);
  return { folded, offsets: Uint32Array.from(offsets) };
}
