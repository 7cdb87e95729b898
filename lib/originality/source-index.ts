import type { LibraryItem } from '../feed/library-item';
import { GRAM_SIZE, ngrams } from './ngrams';
import { proseWords } from './prose-words';

/** Where a source text comes from, so the UI can say "the company's text" or "a suggested angle". */
export type SourceKind = 'text' | 'summary' | 'title' | 'angle';

export interface Source {
  kind: SourceKind;
  text: string;
}

/** Per n (1 to GRAM_SIZE), the set of a text's n-grams: index 0 holds single words. */
type GramSets = Set<string>[];

export interface IndexedSource extends Source {
  grams: GramSets;
}

/** Built once per item with `buildSourceIndex`, then reused on every keystroke. */
export interface SourceIndex {
  sources: IndexedSource[];
  /** The union over all sources, per n. */
  all: GramSets;
}

const emptyGramSets = (): GramSets => Array.from({ length: GRAM_SIZE }, () => new Set<string>());

/** The corporate material of an item that a draft must not simply repeat. */
export function itemSources(item: Pick<LibraryItem, 'title' | 'text' | 'summary' | 'angles'>): Source[] {
  const sources: Source[] = [{ kind: 'text', text: item.text }];
  if (item.summary) sources.push({ kind: 'summary', text: item.summary });
  if (item.title) sources.push({ kind: 'title', text: item.title });
  for (const angle of item.angles) sources.push({ kind: 'angle', text: angle });
  return sources;
}

export function buildSourceIndex(sources: readonly Source[]): SourceIndex {
  const all = emptyGramSets();
  const indexed = sources.map((source) => {
    const words = proseWords(source.text);
    const grams = emptyGramSets();
    for (let n = 1; n <= GRAM_SIZE; n += 1) {
      for (const gram of ngrams(words, n)) {
        grams[n - 1]?.add(gram);
        all[n - 1]?.add(gram);
      }
    }
    return { ...source, grams };
  });
  return { sources: indexed, all };
}
