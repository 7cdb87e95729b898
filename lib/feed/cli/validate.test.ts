import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../../../tests/helpers/fake-fetch';
import { formatReport, validateFeedSource } from './validate';

const fixture = (name: string) => `tests/fixtures/feeds/${name}.json`;
const NOW = Date.parse('2026-11-22T10:00:00Z');
const options = { now: () => NOW };

describe('feed:validate', () => {
  it('passes the bundled demo library with zero problems and zero warnings', async () => {
    const { report, exitCode } = await validateFeedSource('public/demo-feed.json', options);
    expect(report.fatal).toBeUndefined();
    expect(report.skipped).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(exitCode).toBe(0);
    expect(report.summary).toMatchObject({
      organisation: expect.stringContaining('Demo'),
      title: expect.stringContaining('Demo'),
      channels: [
        { id: 'corporate', items: expect.any(Number) },
        { id: 'careers', items: expect.any(Number) },
        { id: 'partners', items: expect.any(Number) },
      ],
      languages: expect.arrayContaining([expect.objectContaining({ id: 'fr' }), expect.objectContaining({ id: 'en' })]),
      expiredNow: 1,
      embargoedNow: 1,
    });
    expect(report.summary?.itemsValid).toBeGreaterThanOrEqual(16);
    expect(report.summary?.itemsValid).toBeLessThanOrEqual(24);
  });

  it('exits 0 on a valid feed and counts what employees see right now', async () => {
    const { report, exitCode } = await validateFeedSource(fixture('valid'), options);
    expect(exitCode).toBe(0);
    expect(report.summary).toMatchObject({
      itemsValid: 3,
      itemsSkipped: 0,
      channels: [{ id: 'corporate', label: 'Corporate', items: 3 }],
      categories: [
        { id: 'product', items: 1 },
        { id: 'industry', items: 2 },
      ],
      languages: [
        { id: 'en', items: 2 },
        { id: 'fr', items: 1 },
      ],
      visibleNow: 1,
      expiredNow: 1,
      embargoedNow: 1,
      pinned: 1,
      inCampaignNow: 0,
    });
  });

  it('computes those states at the instant asked', async () => {
    const { report } = await validateFeedSource(fixture('valid'), { now: () => Date.parse('2027-01-15T00:00:00Z') });
    expect(report.summary).toMatchObject({ inCampaignNow: 1, embargoedNow: 1, expiredNow: 1 });
  });

  it('exits 2 when items are skipped, listing each with its path, id and hint', async () => {
    const { report, exitCode } = await validateFeedSource(fixture('partial'), options);
    expect(exitCode).toBe(2);
    expect(report.summary).toMatchObject({ itemsValid: 2, itemsSkipped: 4 });
    expect(report.skipped.map((p) => [p.path, p.itemId, p.code])).toEqual([
      ['items[1].content_text', 'no-text', 'content-missing'],
      ['items[2]._relais.expires_at', 'bad-date', 'bad-date'],
      ['items[3]._relais.channel', 'typo-channel', 'unknown-channel'],
      ['items[4].id', 'good', 'duplicate-id'],
    ]);
    expect(report.warnings.map((p) => [p.path, p.hint])).toEqual([
      ['items[5]._relais.expire_at', 'Did you mean "expires_at"?'],
    ]);
    const text = formatReport(report);
    expect(text).toContain(
      'items[2]._relais.expires_at (item "bad-date"): Not a date-time with seconds and a time zone',
    );
    expect(text).toContain('hint: Write it like 2027-03-01T09:00:00+01:00');
    expect(text).toContain('exit code 2');
  });

  it('with --strict, exits 2 on warnings alone', async () => {
    const feed =
      '{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"a","content_text":"x","_relais":{"pined":true}}]}';
    const readFile = async () => new TextEncoder().encode(feed);
    expect((await validateFeedSource('feed.json', { ...options, readFile })).exitCode).toBe(0);
    expect((await validateFeedSource('feed.json', { ...options, readFile, strict: true })).exitCode).toBe(2);
  });

  it('exits 1 on a file that is not JSON, with line and column', async () => {
    const { report, exitCode } = await validateFeedSource(fixture('broken'), options);
    expect(exitCode).toBe(1);
    expect(report.fatal?.problems[0]?.message).toMatch(/line 4, column 3/);
    expect(report.summary).toBeUndefined();
  });

  it('exits 1 on a wrong envelope, listing every problem', async () => {
    const { report, exitCode } = await validateFeedSource(fixture('wrong-envelope'), options);
    expect(exitCode).toBe(1);
    expect(report.fatal?.problems.map((p) => p.path)).toEqual([
      'version',
      'title',
      '_relais.charter.banned[0].phrase',
      '_relais.charter.min_own_words',
    ]);
    expect(formatReport(report)).toContain('4 problems make the whole feed unusable');
  });

  it('accepts a plain JSON Feed as news watch', async () => {
    const { report, exitCode } = await validateFeedSource(fixture('plain'), options);
    expect(exitCode).toBe(0);
    expect(report.summary).toMatchObject({
      plain: true,
      channels: [{ id: 'news-watch', label: 'News watch', items: 2 }],
    });
  });

  it('exits 1 on a missing file, saying which', async () => {
    const { report, exitCode } = await validateFeedSource('tests/fixtures/feeds/nope.json', options);
    expect(exitCode).toBe(1);
    expect(report.fatal?.message).toBe('Cannot read the file tests/fixtures/feeds/nope.json: ENOENT');
  });

  it('refuses a file larger than the sync would accept', async () => {
    const readFile = async () => new Uint8Array(10 * 1024 * 1024 + 1);
    const { report, exitCode } = await validateFeedSource('big.json', { ...options, readFile });
    expect(exitCode).toBe(1);
    expect(report.fatal?.code).toBe('too-large');
  });

  describe('on a URL, with the rules of the sync', () => {
    const URL_A = 'https://comms.example.com/feed.json';
    const body = '{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"a","content_text":"x"}]}';

    it('downloads and validates', async () => {
      const fetch = fakeFetch({ [URL_A]: { body } });
      const { report, exitCode } = await validateFeedSource(URL_A, { ...options, fetch });
      expect(exitCode).toBe(0);
      expect(report.summary?.itemsValid).toBe(1);
    });

    it('reports a server that serves the feed with the wrong type as a warning', async () => {
      const fetch = fakeFetch({ [URL_A]: { body, headers: { 'content-type': 'text/plain' } } });
      const { report, exitCode } = await validateFeedSource(URL_A, { ...options, fetch });
      expect(exitCode).toBe(0);
      expect(report.warnings.map((w) => w.code)).toEqual(['content-type']);
    });

    it('exits 1 on a download error, in plain words', async () => {
      const fetch = fakeFetch({ [URL_A]: { status: 404, statusText: 'Not Found' } });
      const { report, exitCode } = await validateFeedSource(URL_A, { ...options, fetch });
      expect(exitCode).toBe(1);
      expect(formatReport(report)).toContain('The feed server answered 404 Not Found: check the URL');
    });

    it('refuses http, as the extension would', async () => {
      const { report } = await validateFeedSource('http://comms.example.com/feed.json', {
        ...options,
        fetch: fakeFetch({}),
      });
      expect(report.fatal?.code).toBe('insecure-url');
    });
  });

  it('speaks French', async () => {
    const { report } = await validateFeedSource(fixture('partial'), { ...options, locale: 'fr' });
    const text = formatReport(report, { locale: 'fr' });
    expect(text).toContain('4 éléments sont ignorés');
    expect(text).toContain('Le canal «\u00a0corprate\u00a0» n’est pas déclaré dans _relais.channels');
    expect(text).toContain('code de sortie 2');
  });
});

describe('feed:validate on newsroom feeds', () => {
  const real = (name: string) => `tests/fixtures/feeds/real/${name}`;

  it('names the format it found', async () => {
    const { report, exitCode } = await validateFeedSource(real('feedrs-rss_2.0_cloudflare.xml'), options);
    expect(exitCode).toBe(0);
    expect(formatReport(report)).toContain('RSS 2.0 feed, 1 item, usable as a news-watch channel');
    expect(formatReport(report)).not.toMatch(/web page/);
  });

  it('says which feed a home page announces, and exits 1', async () => {
    const { report, exitCode } = await validateFeedSource(real('pages/rsparser-coco.html'), options);
    expect(exitCode).toBe(1);
    expect(formatReport(report)).toContain('it announces 2 feeds, the first at /feed/all/');
  });

  it('follows the page address for announced feeds and reads HTML served as such', async () => {
    const page = '<!doctype html><link rel="alternate" type="application/atom+xml" href="/atom.xml">';
    const fetch = fakeFetch({ 'https://lumen.example/': { body: page, headers: { 'content-type': 'text/html' } } });
    const { report } = await validateFeedSource('https://lumen.example/', { ...options, fetch });
    expect(formatReport(report)).toContain('announces a feed at https://lumen.example/atom.xml');
  });

  it('exits 1, not 2, when no item at all is usable', async () => {
    const empty = JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'x', items: [{ id: 'a' }] });
    const { report, exitCode } = await validateFeedSource('empty.json', {
      ...options,
      readFile: async () => new TextEncoder().encode(empty),
    });
    expect(exitCode).toBe(1);
    expect(formatReport(report)).toContain('no item can be used (exit code 1)');
  });

  it('writes French typography and plurals', async () => {
    const { report } = await validateFeedSource(real('feedrs-rss_2.0_cloudflare.xml'), { ...options, locale: 'fr' });
    const text = formatReport(report, { locale: 'fr' });
    expect(text).toContain('Flux RSS 2.0, 1 élément, utilisable comme canal de veille');
    expect(text).toContain('1 valide, 0 ignoré');
    const warned = await validateFeedSource(real('rsparser-curt.json'), { ...options, locale: 'fr' });
    expect(formatReport(warned.report, { locale: 'fr' })).toMatch(/conseil\u00a0: /);
  });
});
