import { RE2JS } from 're2js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Charter } from '../feed/schema';
import { compileLinearPattern, type PatternProblem } from './linear-pattern';
import { lintDraft } from './lint';

const found = (pattern: string, text: string) => {
  const compiled = compileLinearPattern(pattern);
  if (!compiled.ok) throw new Error(`${pattern} did not compile: ${JSON.stringify(compiled.problem)}`);
  return compiled.pattern.findAll(text).map(({ start, end }) => text.slice(start, end));
};

const problemOf = (pattern: string): PatternProblem | undefined => {
  const compiled = compileLinearPattern(pattern);
  return compiled.ok ? undefined : compiled.problem;
};

/** What JavaScript's engine finds with the flags charters were written for (only on inputs where it is quick). */
const native = (pattern: string, text: string) =>
  [...text.matchAll(new RegExp(pattern, 'giu'))].map((match) => match[0]).filter((match) => match !== '');

// The probe's pattern and draft (issue #18): 5.8 s per keystroke on a backtracking engine.
const PROBE_DRAFT = `${'a'.repeat(28)}!`;

describe('charter patterns on the linear-time engine', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs feed patterns on RE2JS, never on a JavaScript RegExp built from the feed', () => {
    const compile = vi.spyOn(RE2JS, 'compile');
    const built: string[] = [];
    const NativeRegExp = globalThis.RegExp;
    vi.stubGlobal(
      'RegExp',
      new Proxy(NativeRegExp, {
        construct(target, args: [string | RegExp, string?]) {
          built.push(String(args[0]));
          return new target(...args);
        },
      }),
    );
    const charter: Charter = { banned: [{ phrase: '(a+)+$', regex: true }] };
    const findings = lintDraft(`Texte ${PROBE_DRAFT} aaaa`, charter, { locale: 'fr' });
    vi.unstubAllGlobals();
    expect(compile).toHaveBeenCalledWith('(a+)+$', RE2JS.CASE_INSENSITIVE);
    expect(built).not.toContain('(a+)+$');
    expect(findings.filter((finding) => finding.rule === 'banned').map((finding) => finding.start)).toEqual([
      6 + PROBE_DRAFT.length + 1,
    ]);
  });

  it.each([
    ['(a+)+$', PROBE_DRAFT, []],
    ['(a+)+$', 'aaaa', ['aaaa']],
    ['(a|a)*$', PROBE_DRAFT, []],
    ['(a|aa)+$', `${PROBE_DRAFT}aa`, ['aa']],
    ['([a-zA-Z]+)*!$', `${'a'.repeat(40)}?`, []],
    ['(x+x+)+y', 'x'.repeat(40), []],
    ['^(\\w+\\s?)*$', `${'word '.repeat(30)}!`, []],
    ['(.*a){12}', 'a'.repeat(11), []],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', `${'aaaaaaaaaa'.repeat(6)}!`, []],
  ])('the classic catastrophic pattern %s gives the right answer on %s', (pattern, text, expected) => {
    expect(found(pattern, text)).toEqual(expected);
  });

  it.each([
    ['num[eé]ro (1|un)', 'Numéro un, NUMERO 1 et numéro deux'],
    ['100\\s?%\\s?(vert|verte|green)\\b', '100 % vert, 100%verte, 100 %green et 100 % vertes'],
    ['(?<![\\p{L}\\p{N}])vert(?![\\p{L}\\p{N}])', 'vert, verte, avert, VERT; vert vert.'],
    ['ver(t|te)(?![\\p{L}\\p{N}])', 'verte vert vertes'],
    ['(?<![\\p{L}])#vert(?![\\p{L}])', '#vert#vert #Vert'],
    ['x(?=[0-9])', 'x1 xa X2'],
    ['r[ée]volution', 'RÉVOLUTION revolution Rèvolution'],
    ['\\u00e9t\\u00e9', 'été ÉTÉ ete'],
    ['(?<n>Q[1-4]) results', 'Q3 results and q9 results'],
    ['😀+', 'a😀😀b😀'],
    ['\\b', 'two words'],
  ])('%s finds what JavaScript finds in %s', (pattern, text) => {
    expect(found(pattern, text)).toEqual(native(pattern, text));
  });

  it('counts every kind of space as a space, as JavaScript\u2019s \\s does', () => {
    const lint = (draft: string) =>
      lintDraft(draft, { banned: [{ phrase: '100\\s?%\\s?vert', regex: true }] }, { locale: 'en' }).filter(
        (finding) => finding.rule === 'banned',
      );
    const draft = 'Du 100\u202f% vert et du 100\u00a0%\u00a0vert';
    expect(lint(draft).map(({ start, end }) => draft.slice(start, end))).toEqual([
      '100\u202f% vert',
      '100\u00a0%\u00a0vert',
    ]);
  });

  it.each<[string, PatternProblem['kind']]>([
    ['a(?=b)c', 'lookahead'],
    ['(?!x)a', 'lookahead'],
    ['vert|green(?![\\p{L}])', 'lookahead'],
    ['a(?!bc)', 'lookahead'],
    ['(a)\\1', 'backreference'],
    ['(?<n>a)\\k<n>', 'backreference'],
    ['(?<=(a))b', 'lookbehind-capture'],
    ['[unclosed', 'syntax'],
    ['a{1001}', 'syntax'],
  ])('refuses %s (%s) instead of running it some other way', (pattern, kind) => {
    expect(problemOf(pattern)?.kind).toBe(kind);
  });
});
