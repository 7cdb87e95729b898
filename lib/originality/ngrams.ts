/**
 * Word trigrams. Why three words: single words and pairs ("in the", "de la",
 * "notre équipe") are shared by any two texts on the same subject, so they would
 * mark genuinely personal writing as copied; four words and more let a light
 * edit (one word swapped every few words) pass as own words. Three-word
 * sequences are the usual unit of copy detection for short texts and tolerate
 * punctuation and line-break changes because words are compared after folding.
 */
export const GRAM_SIZE = 3;

/**
 * The n-gram size for a text of `wordCount` words: three, or the word count when
 * the text is shorter (a one-word draft is compared word by word), 0 when empty.
 */
export function gramSizeFor(wordCount: number): number {
  return Math.min(GRAM_SIZE, wordCount);
}

/** The word n-grams of a list of words, as space-joined keys, in order (repeats kept). */
export function ngrams(words: readonly string[], n: number): string[] {
  if (n <= 0 || words.length < n) return [];
  const grams: string[] = new Array(words.length - n + 1);
  for (let i = 0; i + n <= words.length; i += 1) {
    let gram = words[i] as string;
    for (let j = 1; j < n; j += 1) gram += ` ${words[i + j] as string}`;
    grams[i] = gram;
  }
  return grams;
}
