import { RE2JS } from 're2js';
import type { TextRange } from '../compose/urls';
import { complementOfAtom, readPatternShape } from './pattern-source';

/**
 * Charter patterns come from the feed: a backtracking engine (JavaScript's
 * RegExp) can take exponential time on them ("(a+)+$" froze LinkedIn's tab for
 * seconds per keystroke). They run on RE2JS, RE2's JavaScript port, whose time
 * grows linearly with the draft whatever the pattern. RE2 has no lookahead nor
 * backreference; its linear lookbehinds are switched on, and the one lookahead
 * docs/feed.md recommends, a one-character boundary ending the pattern such as
 * `(?![\p{L}\p{N}])`, is rewritten to consume that character (or the end of
 * the draft) and left out of the finding.
 */
export type PatternProblem =
  | { kind: 'lookahead' }
  | { kind: 'backreference' }
  | { kind: 'lookbehind-capture' }
  | { kind: 'syntax'; detail: string };

export interface LinearPattern {
  /** Non-empty matches, as ranges of `text`, left to right, not overlapping. */
  findAll(text: string): TextRange[];
}

export type CompiledPattern = { ok: true; pattern: LinearPattern } | { ok: false; problem: PatternProblem };

/**
 * Lookbehinds force RE2JS off its fast engines (DFA, one-pass, bit-state) for
 * the whole pattern: ask for them only when the pattern may hold one. A false
 * positive (a literal "(?<" inside a class) only costs speed.
 */
const flagsFor = (source: string) =>
  /\(\?<[=!]/.test(source) ? RE2JS.CASE_INSENSITIVE | RE2JS.LOOKBEHINDS : RE2JS.CASE_INSENSITIVE;

/**
 * JavaScript's \s knows these spaces, RE2's only ASCII ones. Each is one UTF-16
 * unit, so replacing it by a plain space keeps every offset: "100\s?%" still
 * matches "100 %" typed with a narrow no-break space.
 */
const NON_ASCII_SPACES = /[\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

export const withPlainSpaces = (text: string) => text.replace(NON_ASCII_SPACES, ' ');

/** The source RE2 compiles, and the group whose range is the finding (0: the whole match). */
function prepare(source: string): { source: string; group: number } | PatternProblem {
  const shape = readPatternShape(source);
  if (shape.namedBackreference) return { kind: 'backreference' };
  const lookahead = shape.trailingLookahead;
  if (!lookahead || shape.topLevelAlternation) return { source, group: 0 };
  const atom = lookahead.negative ? complementOfAtom(lookahead.body) : lookahead.body;
  // Any other lookahead reaches RE2 as written, which rejects it: reported as a lookahead.
  if (atom === undefined || (!lookahead.negative && complementOfAtom(atom) === undefined)) return { source, group: 0 };
  const body = source.slice(0, lookahead.start);
  const boundary = lookahead.negative ? `(?:${atom}|$)` : atom;
  return { source: `(${body})${boundary}`, group: 1 };
}

function problemOf(error: unknown): PatternProblem {
  const detail = error instanceof Error ? error.message : String(error);
  if (/`\(\?[=!]/.test(detail)) return { kind: 'lookahead' };
  if (/invalid capture in lookbehind/.test(detail)) return { kind: 'lookbehind-capture' };
  if (/invalid escape sequence: `\\[1-9]/.test(detail)) return { kind: 'backreference' };
  return { kind: 'syntax', detail: detail.replace(/^error parsing regexp: /, '') };
}

/** Case-insensitive, like the `i` flag charters were written for; JavaScript escapes (\u00e9, named groups) are accepted. */
export function compileLinearPattern(source: string): CompiledPattern {
  const prepared = prepare(source);
  if ('kind' in prepared) return { ok: false, problem: prepared };
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(RE2JS.translateRegExp(prepared.source), flagsFor(prepared.source));
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  const { group } = prepared;
  return {
    ok: true,
    pattern: {
      findAll(text) {
        // The boolean search runs on RE2's DFA, far cheaper than locating matches: most drafts match nothing.
        if (!regex.test(text)) return [];
        const ranges: TextRange[] = [];
        const matcher = regex.matcher(text);
        let from = 0;
        while (from <= text.length && matcher.find(from)) {
          const start = matcher.start(group);
          const end = matcher.end(group);
          if (end > start) ranges.push({ start, end });
          // Resume after the finding, not after a consumed boundary: that character may start the next finding.
          // After an empty match, step over one character (both halves of a surrogate pair).
          from = end > start ? end : start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
        }
        return ranges;
      },
    },
  };
}

/** The problem in English, for logs and the literal-phrase fallback (the feed validator says it in FR/EN). */
export function describePatternProblem(problem: PatternProblem): string {
  switch (problem.kind) {
    case 'lookahead':
      return 'lookahead ((?= or (?!) is not supported, except one character class ending the pattern';
    case 'backreference':
      return 'backreferences (\\1, \\k<name>) are not supported';
    case 'lookbehind-capture':
      return 'a lookbehind cannot contain a capturing group: use (?:…)';
    case 'syntax':
      return problem.detail;
  }
}
