import { foldPreview } from '../compose/fold-preview';
import { GRAM_SIZE, ngrams } from './ngrams';
import { proseWords } from './prose-words';
import type { SourceIndex, SourceKind } from './source-index';

/** Above this share of shared trigrams the opening counts as a copy ("same"). */
export const OPENING_SAME = 0.9;
/** Above this share it is "close": reworded a little, still recognisably the source. */
export const OPENING_CLOSE = 0.6;

/** The opening readers see before "see more" repeats a source. */
export interface OpeningEcho {
  source: SourceKind;
  /** Position of the source in the index (and in the array given to `buildSourceIndex`). */
  sourceIndex: number;
  /** 0–1: the larger of "how much of the opening is in the source" and "how much of the source is in the opening". */
  similarity: number;
  verdict: 'same' | 'close';
  /** The opening is `draft.slice(0, end)`. */
  end: number;
}

function sharedCount(grams: readonly string[], set: ReadonlySet<string>): number {
  let shared = 0;
  for (const gram of grams) if (set.has(gram)) shared += 1;
  return shared;
}

/**
 * Compares the part before the desktop fold with each source. Both directions
 * count: an opening made of the company text ("opening in source") and an
 * opening that embeds a whole suggested angle among a few words of one's own
 * ("source in opening") both greet readers with the hook every colleague uses.
 * Openings under three words are too short to judge.
 */
export function findOpeningEcho(draft: string, index: SourceIndex): OpeningEcho | null {
  const { end } = foldPreview(draft, 'desktop');
  const grams = [...new Set(ngrams(proseWords(draft.slice(0, end)), GRAM_SIZE))];
  if (grams.length === 0) return null;
  let best: OpeningEcho | null = null;
  for (const [sourceIndex, source] of index.sources.entries()) {
    const sourceGrams = source.grams[GRAM_SIZE - 1] as Set<string>;
    const shared = sharedCount(grams, sourceGrams);
    if (shared === 0) continue;
    const openingInSource = shared / grams.length;
    // A one-trigram source ("Lyon is open") inside a long opening is too thin a match to call it a copy.
    const sourceInOpening = sourceGrams.size >= 2 ? shared / sourceGrams.size : 0;
    const similarity = Math.max(openingInSource, sourceInOpening);
    if (similarity < OPENING_CLOSE || (best && best.similarity >= similarity)) continue;
    best = {
      source: source.kind,
      sourceIndex,
      similarity,
      verdict: similarity >= OPENING_SAME ? 'same' : 'close',
      end,
    };
  }
  return best;
}
