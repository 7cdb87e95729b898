/**
 * A one-pass reading of a charter pattern's source, enough to prepare it for
 * the linear-time engine (see linear-pattern.ts): where its top-level groups
 * open and close, whether it has a top-level "|", and JavaScript-only syntax
 * that RE2 would misread instead of rejecting. It never evaluates the pattern.
 * One pass over the source, no backtracking: feed text stays linear here too.
 */
export interface PatternShape {
  /** A "|" outside every group: a trailing lookahead would then only apply to the last alternative. */
  topLevelAlternation: boolean;
  /** `\k<name>`, a JavaScript named backreference (RE2 has none; its translator would turn it into literal text). */
  namedBackreference: boolean;
  /** The last top-level group, when it is a lookahead ending the pattern: `(?!…)` or `(?=…)`. */
  trailingLookahead?: { start: number; negative: boolean; body: string };
}

/** The end (exclusive) of the bracket class opening at `start`, or the source length if it never closes. */
export function classEnd(source: string, start: number): number {
  let index = start + 1;
  if (source[index] === '^') index += 1;
  // A "]" right after "[" or "[^" is a literal in both engines.
  if (source[index] === ']') index += 1;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') index += 2;
    else if (char === '[' && source[index + 1] === ':') {
      // A POSIX class such as [:alpha:] inside a bracket class.
      const close = source.indexOf(':]', index + 2);
      index = close === -1 ? index + 1 : close + 2;
    } else if (char === ']') return index + 1;
    else index += 1;
  }
  return source.length;
}

export function readPatternShape(source: string): PatternShape {
  let topLevelAlternation = false;
  let namedBackreference = false;
  let depth = 0;
  let lastTopLevelOpen = -1;
  let trailingLookahead: PatternShape['trailingLookahead'];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') {
      if (source[index + 1] === 'k' && source[index + 2] === '<') namedBackreference = true;
      index += 2;
      continue;
    }
    if (char === '[') {
      index = classEnd(source, index);
      continue;
    }
    if (char === '(') {
      if (depth === 0) lastTopLevelOpen = index;
      depth += 1;
    } else if (char === ')') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && index === source.length - 1 && lastTopLevelOpen >= 0) {
        const opener = source.slice(lastTopLevelOpen, lastTopLevelOpen + 3);
        if (opener === '(?!' || opener === '(?=') {
          trailingLookahead = {
            start: lastTopLevelOpen,
            negative: opener === '(?!',
            body: source.slice(lastTopLevelOpen + 3, index),
          };
        }
      }
    } else if (char === '|' && depth === 0) topLevelAlternation = true;
    index += 1;
  }
  return { topLevelAlternation, namedBackreference, trailingLookahead };
}

const ESCAPE_COMPLEMENTS: Record<string, string> = { d: 'D', D: 'd', w: 'W', W: 'w', s: 'S', S: 's' };

/**
 * The atom matching one character exactly when `atom` does not, for the
 * single-character atoms a boundary is written with (`[…]`, `[^…]`, `\p{…}`,
 * `\P{…}`, `\pL`, `\d`, `\w`, `\s` and their capitals); undefined otherwise.
 */
export function complementOfAtom(atom: string): string | undefined {
  if (atom.startsWith('[')) {
    if (atom.length < 3 || classEnd(atom, 0) !== atom.length) return undefined;
    return atom[1] === '^' ? `[${atom.slice(2)}` : `[^${atom.slice(1)}`;
  }
  const property = /^\\([pP])(\{[A-Za-z_=]+\}|[A-Za-z])$/.exec(atom);
  if (property) return `\\${property[1] === 'p' ? 'P' : 'p'}${property[2]}`;
  const shorthand = /^\\([dDwWsS])$/.exec(atom);
  return shorthand ? `\\${ESCAPE_COMPLEMENTS[shorthand[1] as string]}` : undefined;
}
