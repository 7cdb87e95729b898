import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FeedProblem, parseFeedText } from './parse';
import { feedTranslator, wordFeedHint, wordFeedProblem } from './problems';

const fixture = (name: string) => readFileSync(join(__dirname, '../../tests/fixtures/feeds', name), 'utf8');

const feed = (relais: unknown, items: unknown[]) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Checks', _relais: relais, items });

/** Bad feeds that between them reach the validator's own checks, its zod explanations and the lenient rules. */
const BAD_FEEDS: Record<string, string> = {
  'broken.json': fixture('broken.json'),
  'wrong-envelope.json': fixture('wrong-envelope.json'),
  'partial.json': fixture('partial.json'),
  empty: '  ',
  'other XML': '<catalog/>',
  'web page': '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>',
  'bad charter': feed(
    {
      channels: [
        { id: 'a', label: { en: '', 'not a tag': 'x' } },
        { id: 'a', label: 'Again' },
      ],
      charter: { hashtags: { min: 5, max: 2 }, banned: [{ phrase: '(?<=(a))b', regex: true }], tone: 5 },
      mix: { 'Bad key!': 1 },
      linkedin_selectors: { start_post: ['div[', 'a', 'b', 'c', 'd', 'e'] },
      chanels: [],
    },
    [],
  ),
  'bad items': feed(
    { channels: [{ id: 'a', label: 'A' }], charter: { hashtags: { max: 1 }, forbidden_mentions: ['@Bob'] } },
    [
      {
        id: '1',
        content_text: 'x',
        _relais: { not_before: '2027-02-01T00:00:00Z', expires_at: '2027-01-01T00:00:00Z' },
      },
      { id: '1', content_text: 'x', _relais: { mentions: ['bob'], hashtags: ['#a', '#b'] } },
      { id: '2', content_text: 'x', date_published: 'soon', _relais: { campaign: { start: 'x', end: 'y' } } },
      {
        id: '3',
        content_text: 'x',
        language: '!!',
        image: 'http://example.com/a.png',
        date_modified: '2027-01-01T10:00',
      },
      { id: '4', content_text: 'x', _relais: { linkedin_post: 'https://example.com', pinned: 'yes', channel: 'b' } },
      { id: '5', content_text: 'x', _relais: { expire_at: 1, angles: [''], category: 'Bad!', hashtags: ['nope'] } },
      { title: 'No id', url: 'javascript:alert(1)' },
      { id: 6, content_html: '' },
    ],
  ),
};

function problemsOf(text: string, locale: 'en' | 'fr'): FeedProblem[] {
  const parsed = parseFeedText(text, { locale, feedUrl: 'https://example.com/feed.json' });
  return parsed.ok ? [...parsed.skipped, ...parsed.warnings] : parsed.problems;
}

describe('feed problems as words', () => {
  it.each(Object.entries(BAD_FEEDS))(
    'words every problem of %s as the parse in each language says it',
    (_name, text) => {
      const english = problemsOf(text, 'en');
      const french = problemsOf(text, 'fr');
      expect(english.length).toBeGreaterThan(0);
      expect(french).toHaveLength(english.length);
      english.forEach((problem, index) => {
        const inFrench = french[index]!;
        expect(problem.words, `${problem.path}: ${problem.message}`).toBeDefined();
        expect(inFrench.words).toEqual(problem.words);
        expect(inFrench.hintWords).toEqual(problem.hintWords);
        expect(wordFeedProblem(problem, feedTranslator('fr'))).toBe(inFrench.message);
        expect(wordFeedProblem(inFrench, feedTranslator('en'))).toBe(problem.message);
        expect(wordFeedHint(problem, feedTranslator('fr'))).toBe(inFrench.hint);
        expect(wordFeedHint(inFrench, feedTranslator('en'))).toBe(problem.hint);
      });
    },
  );

  it('keeps the words of every problem of a feed with tens of thousands of them, the first included', () => {
    // Words are built with each problem, not looked up afterwards among every sentence said so far.
    const keys = Array.from({ length: 20_001 }, (_, index) => `unknown${index}`);
    const text = feed(Object.fromEntries(keys.map((key) => [key, true])), [{ id: '1', content_text: 'x' }]);
    const parsed = parseFeedText(text);
    expect(parsed.ok).toBe(true);
    const warnings = parsed.ok ? parsed.warnings : [];
    expect(warnings).toHaveLength(keys.length);
    expect(warnings[0]!.words).toEqual({ key: 'unknownKey', params: { key: 'unknown0' } });
    expect(warnings.every((warning) => warning.words !== undefined)).toBe(true);
  });
});
