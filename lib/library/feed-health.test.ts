import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '../db/records';
import { feedsWithErrors, isDemoOnly, isLibraryOffline, lastSuccessfulSync } from './feed-health';

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

  it('is offline when the browser says so or when every feed failed for lack of network', () => {
    expect(isLibraryOffline([broken], false)).toBe(true);
    expect(isLibraryOffline([unreachable], true)).toBe(true);
    expect(isLibraryOffline([unreachable, recovered], true)).toBe(false);
    expect(isLibraryOffline([], true)).toBe(false);
  });

  it('lists feeds whose latest sync failed, leaving network errors to the offline banner', () => {
    expect(feedsWithErrors([broken, unreachable, recovered], false).map((f) => f.url)).toEqual([
      broken.url,
      unreachable.url,
    ]);
    expect(feedsWithErrors([broken, unreachable, recovered], true).map((f) => f.url)).toEqual([broken.url]);
  });

  it('knows the last successful sync and a demo-only setup', () => {
    expect(lastSuccessfulSync([broken, unreachable, recovered])).toBe(500);
    expect(lastSuccessfulSync([feed('x', {})])).toBeUndefined();
    expect(isDemoOnly([feed('demo', {}, 'demo')])).toBe(true);
    expect(isDemoOnly([feed('demo', {}, 'demo'), broken])).toBe(false);
    expect(isDemoOnly([])).toBe(false);
  });
});
