/**
 * Checks that a feed-provided string is a plain CSS selector list, without a
 * DOM (the validator CLI runs in Node): type, `*`, `#id`, `.class`,
 * `[attr op "value" i]`, pseudo-classes (`:not()`, `:is()`, `:where()`,
 * `:has()`, `:nth-*()` and argument-less ones), combinators and commas. One
 * left-to-right scan, so the check is linear in the selector's length; the
 * nesting of `:not(:is(…))` is bounded. Anything else (a `{`, a URL, a script)
 * is refused: the feed ships selectors as data, never code.
 */
export type SelectorCheck = { ok: true } | { ok: false; at: number; reason: string };

const MAX_NESTING = 4;
const SELECTOR_ARGUMENT = new Set(['not', 'is', 'where', 'has']);
const NTH_ARGUMENT = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);

const IDENT = /-?(?:[A-Za-z_\u00a0-\uffff]|\\.)(?:[-\w\u00a0-\uffff]|\\.)*/y;
const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/y;
const SPACE = /\s*/y;
const ATTR_OPERATOR = /[~|^$*]?=/y;
const NTH = /\s*(?:odd|even|[-+]?\d*n(?:\s*[-+]\s*\d+)?|[-+]?\d+)\s*/y;

class Failure extends Error {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function checkCssSelector(source: string): SelectorCheck {
  let pos = 0;
  const fail = (reason: string): never => {
    throw new Failure(pos, reason);
  };
  const take = (pattern: RegExp): string | null => {
    pattern.lastIndex = pos;
    const match = pattern.exec(source);
    if (!match) return null;
    pos = pattern.lastIndex;
    return match[0];
  };
  const skipSpace = () => take(SPACE);
  const peek = () => source[pos];

  const ident = (what: string) => take(IDENT) ?? fail(`expected ${what}`);

  const attribute = () => {
    pos += 1; // [
    skipSpace();
    ident('an attribute name');
    skipSpace();
    if (take(ATTR_OPERATOR)) {
      skipSpace();
      if (!take(STRING) && !take(IDENT)) fail('expected an attribute value');
      skipSpace();
      if (peek() === 'i' || peek() === 's') pos += 1;
      skipSpace();
    }
    if (peek() !== ']') fail('expected "]"');
    pos += 1;
  };

  const pseudo = (depth: number) => {
    pos += 1; // :
    if (peek() === ':') fail('pseudo-elements are not selectable');
    const name = ident('a pseudo-class name').toLowerCase();
    if (peek() !== '(') return;
    pos += 1;
    if (SELECTOR_ARGUMENT.has(name)) {
      if (depth >= MAX_NESTING) fail('too deeply nested');
      list(depth + 1, name === 'has');
    } else if (NTH_ARGUMENT.has(name)) {
      if (!take(NTH)) fail('expected an+b');
    } else {
      fail(`":${name}()" is not supported`);
    }
    if (peek() !== ')') fail('expected ")"');
    pos += 1;
  };

  const compound = (depth: number) => {
    const start = pos;
    if (peek() === '*') pos += 1;
    else take(IDENT);
    for (;;) {
      const next = peek();
      if (next === '#') {
        pos += 1;
        ident('an id');
      } else if (next === '.') {
        pos += 1;
        ident('a class name');
      } else if (next === '[') attribute();
      else if (next === ':') pseudo(depth);
      else break;
    }
    if (pos === start) fail('expected a selector');
  };

  const combinator = (): boolean => {
    const before = pos;
    skipSpace();
    const next = peek();
    if (next === '>' || next === '+' || next === '~') {
      pos += 1;
      skipSpace();
      return true;
    }
    return pos > before && next !== undefined && next !== ',' && next !== ')';
  };

  const complex = (depth: number, relative: boolean) => {
    skipSpace();
    if (relative && (peek() === '>' || peek() === '+' || peek() === '~')) {
      pos += 1;
      skipSpace();
    }
    compound(depth);
    while (combinator()) compound(depth);
    skipSpace();
  };

  const list = (depth: number, relative = false) => {
    complex(depth, relative);
    while (peek() === ',') {
      pos += 1;
      complex(depth, relative);
    }
  };

  try {
    list(0);
    if (pos !== source.length) fail(`unexpected "${source[pos]}"`);
    return { ok: true };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, at: error.at, reason: error.reason };
    throw error;
  }
}
