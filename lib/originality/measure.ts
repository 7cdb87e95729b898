import { gramSizeFor, ngrams } from './ngrams';
import { findOpeningEcho, type OpeningEcho } from './opening';
import { proseWords } from './prose-words';
import type { SourceIndex } from './source-index';

export interface OriginalityMeasure {
  /** 0–1: the share of the draft's word n-grams found in none of the sources. 0 for an empty draft. */
  ownShare: number;
  /** Words of prose (links and hashtags left out). */
  wordCount: number;
  /** The n used: 3, or fewer for a draft under three words; 0 when there are no words. */
  gramSize: number;
  gramCount: number;
  copiedGramCount: number;
  /** Set when what readers see before "see more" repeats the company text or an angle. */
  opening: OpeningEcho | null;
}

/** The own-words share and opening check of one draft. Cheap enough to run on every keystroke. */
export function measureOriginality(draft: string, index: SourceIndex): OriginalityMeasure {
  const words = proseWords(draft);
  const gramSize = gramSizeFor(words.length);
  const grams = ngrams(words, gramSize);
  const sourceGrams = index.all[gramSize - 1];
  let copiedGramCount = 0;
  if (sourceGrams) for (const gram of grams) if (sourceGrams.has(gram)) copiedGramCount += 1;
  return {
    ownShare: grams.length === 0 ? 0 : 1 - copiedGramCount / grams.length,
    wordCount: words.length,
    gramSize,
    gramCount: grams.length,
    copiedGramCount,
    opening: findOpeningEcho(draft, index),
  };
}
