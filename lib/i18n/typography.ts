/**
 * The house's typographic conventions (docs: README, "French typography"):
 * in French a narrow no-break space (U+202F) before ; ! ? and a no-break space
 * (U+00A0) before : and inside « »; in both languages the curly apostrophe ’.
 * Finds what breaks them, so a test can hold every dictionary to them.
 */
import type { Locale } from './messages';

export interface TypographyProblem {
  /** Index in the text of the offending character. */
  index: number;
  rule: 'straight-apostrophe' | 'space-before-high-sign' | 'space-before-colon' | 'space-inside-guillemets';
}

const NARROW = '\u202f';
const NO_BREAK = '\u00a0';

// A sign that ends a phrase (followed by a space, a closing mark, a tag of a feed's HTML or the end), not one
// inside a URL or a time.
const HIGH_SIGN = /(.?)([;!?])(?=$|[\s»”)\u202f\u00a0.,]|<[/a-z])/giu;
const COLON = /(.?):(?=$|[\s»”)\u202f\u00a0]|<[/a-z])/giu;

export function typographyProblems(text: string, locale: Locale): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  for (const match of text.matchAll(/'/g)) problems.push({ index: match.index, rule: 'straight-apostrophe' });
  if (locale !== 'fr') return problems;
  for (const match of text.matchAll(HIGH_SIGN)) {
    const before = match[1] ?? '';
    // Doubled signs ("?!") share one space; a sign at the very start has nothing to be spaced from.
    if (before === '' || before === NARROW || /[;!?]/.test(before)) continue;
    problems.push({ index: match.index + before.length, rule: 'space-before-high-sign' });
  }
  for (const match of text.matchAll(COLON)) {
    const before = match[1] ?? '';
    // A JSON key in an example ("version": 2) is code, not French.
    if (before === '' || before === NO_BREAK || before === '"') continue;
    problems.push({ index: match.index + before.length, rule: 'space-before-colon' });
  }
  for (const match of text.matchAll(/«(.?)/gu)) {
    if (match[1] !== NO_BREAK) problems.push({ index: match.index, rule: 'space-inside-guillemets' });
  }
  for (const match of text.matchAll(/(.?)»/gu)) {
    if (match[1] !== NO_BREAK)
      problems.push({ index: match.index + (match[1] ?? '').length, rule: 'space-inside-guillemets' });
  }
  return problems.sort((a, b) => a.index - b.index);
}
