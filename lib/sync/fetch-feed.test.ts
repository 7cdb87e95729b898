import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, slowBody } from '../../tests/helpers/fake-fetch';
import { feedJson } from '../../tests/helpers/feed-builders';
import { fetchFeed } from './fetch-feed';

const URL_A = 'https://comms.example.com/feed.json';
const body = feedJson([]);

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchFeed', () => {
  it('returns the text and the validators of a good answer', async () => {
    const fetch = fakeFetch({
      [URL_A]: {
        body,
        headers: {
          'content-type': 'application/feed+json',
          etag: '"v1"',
          'last-modified': 'Mon, 02 Nov 2026 08:00:00 GMT',
        },
      },
    });
    const result = await fetchFeed(URL_A, { fetch });
    expect(result).toMatchObject({
      status: 'ok',
      text: body,
      etag: '"v1"',
      lastModified: 'Mon, 02 Nov 2026 08:00:00 GMT',
      warnings: [],
    });
    expect(fetch.requests[0]?.init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
  });

  it('asks conditionally and reports 304 as not modified', async () => {
    const fetch = fakeFetch({
      [URL_A]: (request) =>
        request.headers['if-none-match'] === '"v1"' &&
        request.headers['if-modified-since'] === 'Mon, 02 Nov 2026 08:00:00 GMT'
          ? { status: 304 }
          : { body },
    });
    const result = await fetchFeed(URL_A, { fetch, etag: '"v1"', lastModified: 'Mon, 02 Nov 2026 08:00:00 GMT' });
    expect(result).toEqual({ status: 'not-modified' });
  });

  it('gives up after 15 s by default, saying so in plain words', async () => {
    vi.useFakeTimers();
    const fetch = fakeFetch({ [URL_A]: { hang: true } });
    const pending = fetchFeed(URL_A, { fetch });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await pending).toMatchObject({
      status: 'error',
      error: { code: 'timeout', message: expect.stringContaining('No answer within 15 s') },
    });
  });

  it('counts a body that stalls mid-way against the same time limit', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"version":'));
      },
    });
    const fetch = fakeFetch({ [URL_A]: { body: stalled } });
    const result = await fetchFeed(URL_A, { fetch, timeoutMs: 30 });
    expect(result).toMatchObject({ status: 'error', error: { code: 'timeout' } });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch({ [URL_A]: { hang: true } });
    const pending = fetchFeed(URL_A, { fetch, signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ status: 'error', error: { code: 'aborted' } });
  });

  it('refuses a feed announced larger than the cap without reading it', async () => {
    const { stream, pulled } = slowBody(1024, 20);
    const fetch = fakeFetch({
      [URL_A]: {
        body: stream,
        headers: { 'content-type': 'application/json', 'content-length': String(11 * 1024 * 1024) },
      },
    });
    const result = await fetchFeed(URL_A, { fetch });
    expect(result).toMatchObject({
      status: 'error',
      error: { code: 'too-large', message: expect.stringContaining('larger than 10 MB') },
    });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading a body without Content-Length as soon as it passes the cap', async () => {
    const { stream, pulled } = slowBody(1000, 100);
    const fetch = fakeFetch({ [URL_A]: { body: stream, headers: { 'content-type': 'application/json' } } });
    const result = await fetchFeed(URL_A, { fetch, maxBytes: 5000 });
    expect(result).toMatchObject({ status: 'error', error: { code: 'too-large' } });
    expect(pulled()).toBeLessThan(10);
  });

  it('accepts exactly the cap', async () => {
    const text = ' '.repeat(5000);
    const fetch = fakeFetch({ [URL_A]: { body: text, headers: { 'content-type': 'application/json' } } });
    expect((await fetchFeed(URL_A, { fetch, maxBytes: 5000 })).status).toBe('ok');
  });

  it.each([
    [404, 'Not Found', 'The feed server answered 404 Not Found: check the URL'],
    [403, '', 'The feed server refused access (403 Forbidden): the feed must be readable without signing in'],
    [
      503,
      'Service Unavailable',
      'The feed server had a problem (503 Service Unavailable): Relais will try again later',
    ],
    [418, '', 'The feed server answered 418 instead of the feed'],
  ])('explains HTTP %i', async (status, statusText, message) => {
    const fetch = fakeFetch({ [URL_A]: { status, statusText } });
    expect(await fetchFeed(URL_A, { fetch })).toMatchObject({
      status: 'error',
      error: { code: `http-${status}`, message },
    });
  });

  it('explains a server that cannot be reached', async () => {
    const fetch = fakeFetch({ [URL_A]: { networkError: true } });
    expect(await fetchFeed(URL_A, { fetch })).toMatchObject({
      status: 'error',
      error: {
        code: 'network',
        message: 'Could not reach comms.example.com: check the address, your connection or VPN',
      },
    });
  });

  it('in French', async () => {
    const fetch = fakeFetch({ [URL_A]: { status: 404, statusText: 'Not Found' } });
    const result = await fetchFeed(URL_A, { fetch, locale: 'fr' });
    expect(result).toMatchObject({ error: { message: 'Le serveur du flux a répondu 404 Not Found : vérifiez l’URL' } });
  });

  describe('addresses', () => {
    it('refuses plain http before asking anything', async () => {
      const fetch = fakeFetch({});
      const result = await fetchFeed('http://comms.example.com/feed.json', { fetch });
      expect(result).toMatchObject({ status: 'error', error: { code: 'insecure-url' } });
      expect(fetch.requests).toEqual([]);
    });

    it.each(['http://localhost:8080/feed.json', 'http://127.0.0.1/feed.json', 'http://[::1]:3000/feed.json'])(
      'allows http on this machine: %s',
      async (url) => {
        const fetch = fakeFetch({ [url]: { body } });
        expect((await fetchFeed(url, { fetch })).status).toBe('ok');
      },
    );

    it('refuses a redirect that ends on http', async () => {
      const fetch = fakeFetch({ [URL_A]: { body, finalUrl: 'http://cdn.example.com/feed.json' } });
      expect(await fetchFeed(URL_A, { fetch })).toMatchObject({
        status: 'error',
        error: { code: 'insecure-redirect', message: expect.stringContaining('http://cdn.example.com/feed.json') },
      });
    });

    it('follows a redirect to another https address', async () => {
      const fetch = fakeFetch({ [URL_A]: { body, finalUrl: 'https://cdn.example.com/feed.json' } });
      expect(await fetchFeed(URL_A, { fetch })).toMatchObject({
        status: 'ok',
        finalUrl: 'https://cdn.example.com/feed.json',
      });
    });

    it("reads the extension's own demo file only when told the extension's origin", async () => {
      const demo = 'chrome-extension://abcdef/demo-feed.json';
      const fetch = fakeFetch({ [demo]: { body } });
      expect((await fetchFeed(demo, { fetch })).status).toBe('error');
      expect((await fetchFeed(demo, { fetch, extensionOrigin: 'chrome-extension://abcdef/' })).status).toBe('ok');
    });
  });

  describe('content types', () => {
    it.each(['application/feed+json', 'application/json; charset=utf-8', 'text/json'])(
      'accepts %s silently',
      async (type) => {
        const fetch = fakeFetch({ [URL_A]: { body, headers: { 'content-type': type } } });
        expect(await fetchFeed(URL_A, { fetch })).toMatchObject({ status: 'ok', warnings: [] });
      },
    );

    it('reads text/plain (raw file hosts serve that) with a warning', async () => {
      const fetch = fakeFetch({ [URL_A]: { body, headers: { 'content-type': 'text/plain; charset=utf-8' } } });
      expect(await fetchFeed(URL_A, { fetch })).toMatchObject({
        status: 'ok',
        text: body,
        warnings: [{ code: 'content-type' }],
      });
    });

    it('refuses an HTML page: a login screen in place of the feed', async () => {
      const fetch = fakeFetch({ [URL_A]: { body: '<html>Sign in</html>', headers: { 'content-type': 'text/html' } } });
      expect(await fetchFeed(URL_A, { fetch })).toMatchObject({ status: 'error', error: { code: 'html-page' } });
    });
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]); // {"é"} in Latin-1
    const fetch = fakeFetch({ [URL_A]: { body: latin1, headers: { 'content-type': 'application/json' } } });
    expect(await fetchFeed(URL_A, { fetch })).toMatchObject({ status: 'error', error: { code: 'not-utf8' } });
  });
});

describe('fetchFeed: RSS and Atom as served', () => {
  const latin1Rss = (declaration: string) =>
    new Uint8Array([
      ...new TextEncoder().encode(`<?xml version="1.0" encoding="${declaration}"?><rss><channel><title>Caf`),
      0xe9, // é in ISO-8859-1 and Windows-1252
      0x20,
      0x93, // “ in Windows-1252
      ...new TextEncoder().encode('</title></channel></rss>'),
    ]);

  it('decodes the charset named in the XML declaration', async () => {
    const fetch = fakeFetch({ [URL_A]: { body: latin1Rss('windows-1252'), headers: { 'content-type': 'text/xml' } } });
    const result = await fetchFeed(URL_A, { fetch });
    expect(result).toMatchObject({ status: 'ok', warnings: [] });
    expect(result.status === 'ok' && result.text).toContain('Café “');
  });

  it('prefers the charset of the Content-Type header', async () => {
    const fetch = fakeFetch({
      [URL_A]: { body: latin1Rss('utf-8'), headers: { 'content-type': 'application/rss+xml; charset=ISO-8859-1' } },
    });
    const result = await fetchFeed(URL_A, { fetch });
    expect(result.status === 'ok' && result.text).toContain('Café');
  });

  it('reads an HTML page when asked to, for feed discovery', async () => {
    const page = '<html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head></html>';
    const fetch = fakeFetch({ [URL_A]: { body: page, headers: { 'content-type': 'text/html; charset=utf-8' } } });
    expect(await fetchFeed(URL_A, { fetch, acceptHtml: true })).toMatchObject({
      status: 'ok',
      text: page,
      warnings: [],
    });
  });
});
