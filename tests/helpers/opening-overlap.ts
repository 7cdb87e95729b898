/**
 * How alike colleagues' posts look before "see more", measured the way issue
 * #16 states it: the first 210 characters (the desktop fold), word trigrams,
 * mean pairwise overlap, plus the share of pairs whose first line is the same.
 *
 * Words are runs of letters and digits, lowercased: a link and hashtags count
 * as words too ("https", "lumen", "energie", …), which is the strict reading —
 * every colleague shares the same link and tags, so they weigh against us.
 */
export const OPENING_LENGTH = 210;

export type Tokenizer = (text: string) => string[];

/** Letters and digits, lowercased; links and hashtags split into their words. */
export const letterWords: Tokenizer = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Whitespace-separated tokens, lowercased: a link or a hashtag is one word. */
export const spaceWords: Tokenizer = (text) => text.toLowerCase().split(/\s+/).filter(Boolean);

export function openingTrigrams(draft: string, words: Tokenizer = letterWords): Set<string> {
  const tokens = words(draft.slice(0, OPENING_LENGTH));
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= tokens.length; i += 1) grams.add(tokens.slice(i, i + 3).join(' '));
  return grams;
}

/** Jaccard: shared trigrams over all trigrams of the two openings. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Shared trigrams over the smaller opening's trigrams: the harsher reading of "overlap". */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : shared / smaller;
}

export interface OpeningSimilarity {
  pairs: number;
  meanOverlap: number;
  meanContainment: number;
  sameFirstLineShare: number;
}

export function openingSimilarity(drafts: readonly string[], words: Tokenizer = letterWords): OpeningSimilarity {
  const grams = drafts.map((draft) => openingTrigrams(draft, words));
  const firstLines = drafts.map((draft) => draft.split('\n')[0]?.trim() ?? '');
  let pairs = 0;
  let overlapSum = 0;
  let containmentSum = 0;
  let sameFirstLine = 0;
  for (let i = 0; i < drafts.length; i += 1) {
    for (let j = i + 1; j < drafts.length; j += 1) {
      pairs += 1;
      overlapSum += overlap(grams[i]!, grams[j]!);
      containmentSum += containment(grams[i]!, grams[j]!);
      if (firstLines[i] === firstLines[j]) sameFirstLine += 1;
    }
  }
  return {
    pairs,
    meanOverlap: pairs === 0 ? 0 : overlapSum / pairs,
    meanContainment: pairs === 0 ? 0 : containmentSum / pairs,
    sameFirstLineShare: pairs === 0 ? 0 : sameFirstLine / pairs,
  };
}
