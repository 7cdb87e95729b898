import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../../tests/helpers/fake-fetch';
import { discoverFeeds } from './discover-feeds';

const PAGE = 'https://newsroom.lumen.example/';

describe('discoverFeeds', () => {
  it('proposes the feeds a home page announces', async () => {
    const html = `<!doctype html><html><head><title>Newsroom</title>
      <link rel="alternate" type="application/rss+xml" title="Press releases" href="/feed/">
      <link rel="alternate" type="application/atom+xml" href="https://blog.lumen.example/atom.xml"></head></html>`;
    const fetch = fakeFetch({ [PAGE]: { body: html, headers: { 'content-type': 'text/html; charset=utf-8' } } });
    expect(await discoverFeeds(PAGE, { fetch })).toEqual({
      ok: true,
      isFeed: false,
      feeds: [
        { url: 'https://newsroom.lumen.example/feed/', type: 'rss', title: 'Press releases' },
        { url: 'https://blog.lumen.example/atom.xml', type: 'atom' },
      ],
    });
  });

  it('says when the address is a feed itself', async () => {
    const rss =
      '<rss version="2.0"><channel><title>N</title><item><title>A</title><link>https://x.example/a</link></item></channel></rss>';
    const fetch = fakeFetch({ [PAGE]: { body: rss, headers: { 'content-type': 'application/rss+xml' } } });
    expect(await discoverFeeds(PAGE, { fetch })).toEqual({ ok: true, isFeed: true, url: PAGE });
  });

  it('explains a page that announces nothing', async () => {
    const fetch = fakeFetch({
      [PAGE]: { body: '<html><body>Hi</body></html>', headers: { 'content-type': 'text/html' } },
    });
    expect(await discoverFeeds(PAGE, { fetch })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/web page/) },
    });
  });
});
