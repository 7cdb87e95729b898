import type { TextRange } from '../compose/urls';
import { foldWithOffsets, type FoldedWithOffsets } from '../text/fold-offsets';
import { compileLinearPattern, describePatternProblem, withPlainSpaces } from './linear-pattern';

/** A draft prepared once per lint: the text, its folded form with offsets, and the form patterns run on. */
export interface DraftText {
  text: string;
  folded: FoldedWithOffsets;
  /** `text` with every kind of space as a plain space, same offsets (see withPlainSpaces). */
  spaced: string;
}

export const prepareDraft = (text: string): DraftText => ({
  text,
  folded: foldWithOffsets(text),
  spaced: withPlainSpaces(text),
});

export interface PhraseMatcher {
  /** Ranges in the original draft. */
  find(draft: DraftText): TextRange[];
  /** Set when the phrase was meant as a regular expression but does not compile; it is then matched literally. */
  invalidPattern?: string;
}

const REGEX_SYNTAX = /[.*+?^${}()|[\]\\/]/g;
/** docs/feed.md "Matching": the characters around an occurrence are not letters or digits, whatever the phrase starts or ends with. */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/**
 * Whole words and phrases, ignoring case, accents, and how words are spaced
 * ("world  leader", "world\nleader"). "fast" does not fire inside "breakfast";
 * an elided French article still counts as a boundary ("l’entreprise").
 */
export function literalMatcher(phrase: string): PhraseMatcher {
  // Folded exactly as the draft is, so both sides agree character for character.
  const folded = foldWithOffsets(phrase).folded.trim();
  if (folded === '') return { find: () => [] };
  const body = folded
    .split(/\s+/)
    .map((word) => word.replace(REGEX_SYNTAX, '\\$&'))
    .join('\\s+');
  const pattern = new RegExp(NOT_AFTER_WORD + body + NOT_BEFORE_WORD, 'gu');
  return {
    find({ folded: { folded: text, offsets } }) {
      return [...text.matchAll(pattern)].map((match) => ({
        start: offsets[match.index] as number,
        end: offsets[match.index + match[0].length] as number,
      }));
    },
  };
}

/**
 * A charter regular expression, case-insensitive, run on the draft as written
 * (not folded: folding the pattern itself would turn \W into \w). Authors who
 * want accent-insensitivity write it, e.g. "num[eé]ro un". It runs on the
 * linear-time engine (linear-pattern.ts), never on JavaScript's backtracking
 * RegExp; a pattern that engine cannot run is matched as a literal phrase
 * rather than breaking the checks (the feed validator rejects it beforehand).
 */
export function regexMatcher(source: string): PhraseMatcher {
  const compiled = compileLinearPattern(source);
  if (!compiled.ok) return { ...literalMatcher(source), invalidPattern: describePatternProblem(compiled.problem) };
  const { pattern } = compiled;
  return { find: ({ spaced }) => pattern.findAll(spaced) };
}

export function phraseMatcher(phrase: string, isRegex = false): PhraseMatcher {
  return isRegex ? regexMatcher(phrase) : literalMatcher(phrase);
}
