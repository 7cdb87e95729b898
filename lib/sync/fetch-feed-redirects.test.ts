import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../../tests/helpers/fake-fetch';
import { feedJson } from '../../tests/helpers/feed-builders';
import { fetchFeed, MAX_REDIRECTS } from './fetch-feed';

const URL_A = 'https://comms.example.com/feed.json';
const body = feedJson([]);

describe('fetchFeed: each redirect hop is checked before it is requested', () => {
  it('never requests a plain http hop', async () => {
    const fetch = fakeFetch({
      [URL_A]: { redirectTo: 'http://cdn.example.com/feed.json' },
      'http://cdn.example.com/feed.json': { body },
    });
    expect(await fetchFeed(URL_A, { fetch })).toMatchObject({
      status: 'error',
      error: { code: 'insecure-redirect', message: expect.stringContaining('http://cdn.example.com/feed.json') },
    });
    expect(fetch.requests.map((request) => request.url)).toEqual([URL_A]);
    expect(fetch.requests[0]?.init?.redirect).toBe('manual');
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])(
    'refuses a redirect to %s in its own words, not "Could not reach"',
    async (target) => {
      const fetch = fakeFetch({ [URL_A]: { redirectTo: target } });
      const result = await fetchFeed(URL_A, { fetch, locale: 'fr' });
      expect(result).toMatchObject({ status: 'error', error: { code: 'unsafe-redirect' } });
      const message = result.status === 'error' ? result.error.message : '';
      expect(message).toContain(`adresse ${target.split(':')[0]}`);
      expect(message).not.toMatch(/joindre|reach/i);
      expect(fetch.requests).toHaveLength(1);
    },
  );

  it('follows https hops, relative ones too, and reads the feed at the last', async () => {
    const fetch = fakeFetch({
      [URL_A]: { redirectTo: 'https://cdn.example.com/v2/feed' },
      'https://cdn.example.com/v2/feed': { redirectTo: '/v2/feed.json' },
      'https://cdn.example.com/v2/feed.json': { body },
    });
    expect(await fetchFeed(URL_A, { fetch })).toMatchObject({ status: 'ok', text: body });
    expect(fetch.requests.map((request) => request.url)).toEqual([
      URL_A,
      'https://cdn.example.com/v2/feed',
      'https://cdn.example.com/v2/feed.json',
    ]);
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    const fetch = fakeFetch({ [URL_A]: { redirectTo: URL_A } });
    expect(await fetchFeed(URL_A, { fetch })).toMatchObject({ status: 'error', error: { code: 'too-many-redirects' } });
    expect(fetch.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('lets the browser follow a redirect it hides, and reads the feed where it lands on https', async () => {
    const fetch = fakeFetch({
      [URL_A]: (request) =>
        request.init?.redirect === 'manual'
          ? { opaqueRedirect: true }
          : { body, finalUrl: 'https://comms.example.com/feed/' },
    });
    expect(await fetchFeed(URL_A, { fetch })).toMatchObject({ status: 'ok', text: body });
    expect(fetch.requests.map((request) => request.init?.redirect)).toEqual(['manual', 'follow']);
  });

  it('refuses what a hidden redirect lands on when it is not https', async () => {
    const fetch = fakeFetch({
      [URL_A]: (request) =>
        request.init?.redirect === 'manual'
          ? { opaqueRedirect: true }
          : { body, finalUrl: 'http://cdn.example.com/feed.json' },
    });
    expect(await fetchFeed(URL_A, { fetch })).toMatchObject({
      status: 'error',
      error: { code: 'insecure-redirect', message: expect.stringContaining('http://cdn.example.com/feed.json') },
    });
  });
});
