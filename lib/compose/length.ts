/** LinkedIn refuses posts longer than this. */
export const LINKEDIN_MAX_LENGTH = 3000;

/**
 * Characters as LinkedIn's composer counts them: UTF-16 code units, i.e. the
 * JavaScript string length, so an emoji outside the Basic Multilingual Plane
 * counts two. Counting code units never under-counts against the composer,
 * which is the mistake that matters (a draft we call fine must fit).
 */
export function countCharacters(text: string): number {
  return text.length;
}
