import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '../db/records';
import { feedsWithErrors, isDemoOnly, libraryReachability, lastSuccessfulSync } from './feed-health';

const feed = (
  url: string,
  status: Partial<FeedRecord['status']>,
  source: FeedRecord['source'] = 'user',
): FeedRecord => ({
  url,
  source,
  addedAt: 0,
  status: { itemCount: 0, skipped: [], ...status },
});

describe('feed health', () => {
  const broken = feed('https://a.example/feed', {
    lastSuccessAt: 100,
    lastError: { code: 'invalid-json', message: 'Bad JSON', at: 200 },
  });
  const unreachable = feed('https://b.example/feed', {
    lastSuccessAt: 300,
    lastError: { code: 'network', message: 'No network', at: 400 },
  });
  const recovered = feed('https://c.example/feed', {
    lastSuccessAt: 500,
    lastError: { code: 'http-500', message: 'Down', at: 450 },
  });

  it('is offline only when the browser says so; a feed server down is told apart', () => {
    expect(libraryReachability([broken], false)).toBe('offline');
    expect(libraryReachability([], false)).toBe('offline');
    expect(libraryReachability([unreachable], true)).toBe('server-unreachable');
    expect(libraryReachability([unreachable, recovered], true)).toBe('online');
    expect(libraryReachability([broken], true)).toBe('online');
    expect(libraryReachability([], true)).toBe('online');
  });

  it('lists feeds whose latest sync failed, leaving network errors to the offline banner', () => {
    expect(feedsWithErrors([broken, unreachable, recovered], 'online').map((f) => f.url)).toEqual([
      broken.url,
      unreachable.url,
    ]);
    expect(feedsWithErrors([broken, unreachable, recovered], 'offline').map((f) => f.url)).toEqual([broken.url]);
    expect(feedsWithErrors([unreachable], 'server-unreachable')).toEqual([]);
  });

  it('knows the last successful sync and a demo-only setup', () => {
    expect(lastSuccessfulSync([broken, unreachable, recovered])).toBe(500);
    expect(lastSuccessfulSync([feed('x', {})])).toBeUndefined();
    expect(isDemoOnly([feed('demo', {}, 'demo')])).toBe(true);
    expect(isDemoOnly([feed('demo', {}, 'demo'), broken])).toBe(false);
    expect(isDemoOnly([])).toBe(false);
  });
});
