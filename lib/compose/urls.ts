export interface TextRange {
  /** Offset of the first character, in UTF-16 code units of the original text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

// Trailing punctuation usually closes the sentence, not the link: "see https://acme.com/news."
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?'")\]}»]/giu;

/** Where links stand in a text, so hashtag, mention and spelling checks can leave them alone. */
export function findUrls(text: string): TextRange[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function overlapsAny(range: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((other) => range.start < other.end && other.start < range.end);
}
