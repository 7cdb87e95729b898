import type { TextRange } from '../compose/urls';
import { foldWithOffsets, type FoldedWithOffsets } from '../text/fold-offsets';

/** A draft prepared once per lint: the text and its folded form with offsets. */
export interface DraftText {
  text: string;
  folded: FoldedWithOffsets;
}

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

function compile(source: string, flags: string): RegExp | string {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * A charter regular expression, case-insensitive, run on the draft as written
 * (not folded: folding the pattern itself would turn \W into \w). Authors who
 * want accent-insensitivity write it, e.g. "num[eé]ro un". Unicode mode first,
 * then legacy mode for patterns written for it; a pattern that compiles in
 * neither is matched as a literal phrase rather than breaking the checks.
 */
export function regexMatcher(source: string): PhraseMatcher {
  let pattern = compile(source, 'giu');
  if (typeof pattern === 'string') {
    const legacy = compile(source, 'gi');
    if (typeof legacy === 'string') return { ...literalMatcher(source), invalidPattern: pattern };
    pattern = legacy;
  }
  const compiled = pattern;
  return {
    find({ text }) {
      return [...text.matchAll(compiled)]
        .filter((match) => match[0].length > 0)
        .map((match) => ({ start: match.index, end: match.index + match[0].length }));
    },
  };
}

export function phraseMatcher(phrase: string, isRegex = false): PhraseMatcher {
  return isRegex ? regexMatcher(phrase) : literalMatcher(phrase);
}
