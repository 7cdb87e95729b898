import { describe, expect, it } from 'vitest';
import { exitCodeFor, formatReport, validateFeedText } from './cli/validate';
import { parseFeedText } from './parse';

const feedWith = (phrase: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Acme',
    items: [{ id: '1', content_text: 'x' }],
    _relais: { charter: { banned: [{ phrase: 'leader' }, { phrase, regex: true }] } },
  });

const problemFor = (phrase: string, locale: 'en' | 'fr' = 'en') => {
  const result = parseFeedText(feedWith(phrase), { locale });
  if (result.ok) throw new Error(`${phrase} was accepted`);
  return result.problems[0];
};

describe('charter patterns in the feed: only what the linear-time engine runs', () => {
  it('accepts the catastrophic patterns a backtracking engine chokes on: they are harmless here', () => {
    for (const phrase of ['(a+)+$', '(a|aa)+$', '(?<![\\p{L}\\p{N}])vert(?![\\p{L}\\p{N}])'])
      expect(parseFeedText(feedWith(phrase)).ok).toBe(true);
  });

  it('refuses a lookahead at the field, saying why and what to write instead', () => {
    expect(problemFor('a(?=b)')).toMatchObject({
      path: '_relais.charter.banned[1].phrase',
      code: 'regex-unsupported',
      message: expect.stringContaining('linear time'),
      hint: expect.stringContaining('(?![\\p{L}\\p{N}])'),
    });
    expect(problemFor('a(?=b)', 'fr')?.message).toContain('temps linéaire');
  });

  it('refuses backreferences, numbered and named', () => {
    expect(problemFor('(a)\\1')).toMatchObject({ code: 'regex-unsupported', message: expect.stringContaining('\\1') });
    expect(problemFor('(?<x>a)\\k<x>')?.code).toBe('regex-unsupported');
  });

  it('keeps the engine\u2019s explanation for a plain syntax error', () => {
    expect(problemFor('[unclosed')).toMatchObject({
      code: 'bad-regex',
      message: expect.stringContaining('missing closing ]'),
    });
  });

  it('the validator CLI reports it with its path', () => {
    const report = validateFeedText(feedWith('a(?!b)c'), 'feed.json', { now: 0 });
    expect(exitCodeFor(report, false)).toBe(1);
    expect(formatReport(report)).toContain('_relais.charter.banned[1].phrase');
  });
});
