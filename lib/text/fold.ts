/**
 * Folding for comparisons that must ignore case and accents, so that
 * "Évènement" matches "evenement" in French and English content alike.
 * Shared by search, the originality meter and the charter checks.
 *
 * Typographic apostrophes (’ ‘ ʼ) become the ASCII one: French text mixes both
 * ("aujourd’hui" typed on a Mac, "aujourd'hui" on a PC) and they are one word.
 * Folding keeps the length of NFC text, one folded character per character.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase();
}

/** Splits folded text into words (letters, digits, and in-word apostrophes or hyphens). */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
