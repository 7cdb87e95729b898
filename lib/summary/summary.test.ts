import { describe, expect, it } from 'vitest';
import { aggregateSummaries, mixAgainstTarget, readSummaryFile } from './aggregate';
import { buildSummary, feedsSharedIn, monthPeriod, randomSummaryToken, summaryText, type SummarySource } from './build';

const FEED = 'https://comms.example.com/feed.json';
const march = monthPeriod(Date.parse('2027-03-15T12:00:00Z'), 'Europe/Paris');
const at = (iso: string) => Date.parse(iso);

const share = (
  itemId: string,
  ownWords: number,
  postedAt: string,
  extra: Partial<SummarySource> = {},
): SummarySource => ({
  itemId,
  feedUrl: FEED,
  channel: 'corporate',
  category: 'product',
  postedAt: at(postedAt),
  ownWords,
  ...extra,
});

const SHARES: SummarySource[] = [
  share('solar', 0.4, '2027-03-02T10:00:00Z', { kind: 'reshare' }),
  share('solar', 0.8, '2027-03-20T10:00:00Z'),
  share('solar', 0.6, '2027-03-31T21:30:00Z'), // 23:30 in Paris: still March there
  share('jobs', 0.9, '2027-03-05T10:00:00Z', { channel: 'careers', category: 'culture' }),
  share('old', 0.5, '2027-02-28T10:00:00Z'),
  share('other-feed', 0.5, '2027-03-05T10:00:00Z', { feedUrl: 'https://other.example/feed.json' }),
];

describe('building a monthly summary', () => {
  const summary = buildSummary(SHARES, { month: march, feedUrl: FEED, token: 'tok_abcdefghijklmnop' });

  it('counts the month’s shares of one feed per item, category and kind, with medians', () => {
    expect(summary).toEqual({
      format: 'relais-share-summary',
      version: 1,
      token: 'tok_abcdefghijklmnop',
      feed_url: FEED,
      month: '2027-03',
      shares: 4,
      own_words_median: 0.7,
      items: [
        { id: 'solar', channel: 'corporate', category: 'product', shares: 3, own_words_median: 0.6 },
        { id: 'jobs', channel: 'careers', category: 'culture', shares: 1, own_words_median: 0.9 },
      ],
      categories: { product: 3, culture: 1 },
      kinds: { reshare: 1, unspecified: 3 },
    });
  });

  it('offers the feeds shared that month, most shared first', () => {
    expect(feedsSharedIn(SHARES, march)).toEqual([FEED, 'https://other.example/feed.json']);
  });

  it('draws a fresh url-safe token each time', () => {
    const first = randomSummaryToken();
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(randomSummaryToken()).not.toBe(first);
  });
});

describe('reading summaries in the Studio', () => {
  const one = buildSummary(SHARES, { month: march, feedUrl: FEED, token: 'aaaaaaaaaaaaaaaa' });
  const two = buildSummary([share('solar', 0.2, '2027-03-03T10:00:00Z')], {
    month: march,
    feedUrl: FEED,
    token: 'bbbbbbbbbbbbbbbb',
  });

  it('refuses what is not a summary and counts a token once', () => {
    expect(readSummaryFile('a.json', 'not json', new Set())).toEqual({
      status: 'refused',
      name: 'a.json',
      reason: 'not-json',
    });
    expect(readSummaryFile('feed.json', '{"version":"https://jsonfeed.org/version/1.1"}', new Set()).status).toBe(
      'refused',
    );
    expect(readSummaryFile('s.json', summaryText(one), new Set()).status).toBe('added');
    expect(readSummaryFile('s.json', summaryText(one), new Set([one.token])).status).toBe('duplicate');
  });

  it('totals per item and channel, with the median of the summaries’ medians', () => {
    const results = aggregateSummaries([one, two]);
    expect(results.shares).toBe(5);
    expect(results.summaries).toBe(2);
    expect(results.items[0]).toEqual({ key: 'solar', shares: 4, ownWordsMedian: 0.4, summaries: 2 });
    expect(results.channels.find((row) => row.key === 'careers')).toEqual({
      key: 'careers',
      shares: 1,
      ownWordsMedian: 0.9,
      summaries: 1,
    });
    expect(results.categories).toEqual([
      { key: 'product', shares: 4 },
      { key: 'culture', shares: 1 },
    ]);
  });

  it('compares the categories with the target mix', () => {
    expect(
      mixAgainstTarget(
        [
          { key: 'product', shares: 3 },
          { key: 'culture', shares: 1 },
        ],
        { product: 50, culture: 50 },
      ),
    ).toEqual([
      { category: 'product', actual: 0.75, target: 0.5 },
      { category: 'culture', actual: 0.25, target: 0.5 },
    ]);
  });
});

describe('own-words figures in a summary', () => {
  it('leave rounded to the percent', () => {
    const summary = buildSummary(
      [share('solar', 0.4, '2027-03-02T10:00:00Z'), share('solar', 0.8123, '2027-03-03T10:00:00Z')],
      {
        month: march,
        feedUrl: FEED,
        token: 'cccccccccccccccc',
      },
    );
    expect(summary.items[0]?.own_words_median).toBe(0.61);
    expect(summary.own_words_median).toBe(0.61);
  });
});
