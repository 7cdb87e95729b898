import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../sync/fetch-feed';
import { MESSAGE_MAX_LENGTH } from './message';
import { parseFeedText, toLibraryItems } from './parse';

function usable(text: string, feedUrl = 'https://news.lumen.example/feed') {
  const result = parseFeedText(text, { feedUrl });
  if (!result.ok) throw new Error(`expected a usable feed, got ${JSON.stringify(result.problems)}`);
  const rows = toLibraryItems(feedUrl, result.items, 0, { articles: result.snapshot.plain });
  return { ...result, rows };
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:m="http://search.yahoo.com/mrss/">
<channel><title>Lumen &amp; Co — Newsroom</title><link>https://news.lumen.example/</link><language>fr-FR</language>
<item><title>Don&amp;#8217;t miss our solar plant</title><link>/2027/solar</link><guid isPermaLink="false">post-42</guid>
<pubDate>Tue, 02 Mar 2027 09:00:00 +0100</pubDate><dc:creator>Comms</dc:creator><category>Energy</category><category>Solar</category>
<description><![CDATA[<p>Short summary.</p>]]></description>
<content:encoded><![CDATA[<p>First paragraph with <a href="/press">the press kit</a>.</p><p>Second.</p><img src="https://cdn.lumen.example/a.jpg">]]></content:encoded>
<m:thumbnail url="https://cdn.lumen.example/thumb.jpg"/></item>
<item><title>Only a link</title><link>https://news.lumen.example/link</link><dc:date>2027-03-01T10:00:00</dc:date></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.lumen.example/" xml:lang="en">
<title type="html">Lumen &lt;b&gt;Blog&lt;/b&gt;</title><link rel="alternate" href="/"/><link rel="self" href="/atom.xml"/>
<entry><id>tag:lumen,2027:1</id><title>Hello &amp; welcome</title><link rel="alternate" type="text/html" href="posts/hello"/>
<updated>2027-03-02T08:00:00Z</updated><category term="culture"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>We <em>are</em> hiring.</p><p><img src="/img/team.jpg"/></p></div></content></entry>
<entry><id>tag:lumen,2027:2</id><title type="text">Plain</title><link href="posts/plain"/><updated>2027-03-01T08:00:00Z</updated>
<summary type="text">A &lt;summary&gt; only.</summary></entry>
</feed>`;

describe('parseFeedText: RSS 2.0', () => {
  it('reads items with content:encoded, guid, dates, categories and media images, links resolved', () => {
    const { format, snapshot, rows, skipped } = usable(RSS);
    expect(format).toBe('rss-2.0');
    expect(snapshot).toMatchObject({ title: 'Lumen & Co — Newsroom', language: 'fr-FR', plain: true });
    expect(skipped).toEqual([]);
    const [solar, link] = rows;
    expect(solar).toMatchObject({
      id: 'post-42',
      title: 'Don’t miss our solar plant',
      url: 'https://news.lumen.example/2027/solar',
      image: 'https://cdn.lumen.example/thumb.jpg',
      tags: ['Energy', 'Solar'],
      publishedAt: Date.parse('2027-03-02T08:00:00Z'),
      channel: 'news-watch',
    });
    expect(solar?.text).toBe('First paragraph with the press kit (https://news.lumen.example/press).\n\nSecond.');
    // A titled link is a message too; its zone-less date is read as UTC, with a warning.
    expect(link).toMatchObject({
      id: 'https://news.lumen.example/link',
      publishedAt: Date.parse('2027-03-01T10:00:00Z'),
    });
  });

  it('warns about a date without a time zone', () => {
    expect(usable(RSS).warnings).toContainEqual(
      expect.objectContaining({ code: 'date-without-zone', path: 'items[1].date_published' }),
    );
  });

  it('reads RSS 1.0 (RDF) items next to the channel', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://x.example/"><title>X</title><link>https://x.example/</link></channel>
      <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link><description>Text one</description></item></rdf:RDF>`;
    const { format, rows } = usable(rdf);
    expect(format).toBe('rss-1.0');
    expect(rows.map((row) => [row.id, row.text])).toEqual([['https://x.example/1', 'Text one']]);
  });
});

describe('parseFeedText: Atom 1.0', () => {
  it('reads xhtml and text contents, alternate links against xml:base, the body image as card', () => {
    const { format, snapshot, rows } = usable(ATOM);
    expect(format).toBe('atom-1.0');
    expect(snapshot.title).toBe('Lumen <b>Blog</b>');
    expect(rows[0]).toMatchObject({
      title: 'Hello & welcome',
      url: 'https://blog.lumen.example/posts/hello',
      text: 'We are hiring.',
      image: 'https://blog.lumen.example/img/team.jpg',
      tags: ['culture'],
      language: 'en',
    });
    expect(rows[1]).toMatchObject({ title: 'Plain', text: 'A <summary> only.' });
  });
});

describe('parseFeedText: JSON Feed as published', () => {
  const jsonFeed = (items: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'Lumen', items, ...extra });

  it('accepts version 1, nulls, a string of tags, a summary only, a missing id and relative links', () => {
    const { format, rows, warnings } = usable(
      jsonFeed(
        [
          { id: null, url: '/posts/1', title: 'One', summary: 'Summary only', tags: 'energy', image: null },
          { url: 'posts/2', content_html: '<p>Two</p>', date_published: '2027-03-01T10:00:00' },
        ],
        { icon: '', home_page_url: 'https://lumen.example/', author: { name: 'x' } },
      ),
    );
    expect(format).toBe('json-feed-1.0');
    expect(rows.map((row) => [row.id, row.url, row.text, row.tags])).toEqual([
      ['https://news.lumen.example/posts/1', 'https://news.lumen.example/posts/1', 'Summary only', ['energy']],
      ['https://news.lumen.example/posts/2', 'https://news.lumen.example/posts/2', 'Two', []],
    ]);
    expect(warnings.map((warning) => [warning.path, warning.code])).toEqual([
      ['icon', 'dropped-field'],
      ['items[0].id', 'id-missing'],
      ['items[1].id', 'id-missing'],
      ['items[1].date_published', 'date-without-zone'],
    ]);
  });

  it('makes a stable id from title and date when there is no id or link', () => {
    const text = jsonFeed([{ title: 'No link', content_text: 'x', date_published: '2027-03-01T10:00:00Z' }]);
    const first = usable(text).rows[0]?.id;
    expect(first).toMatch(/^hash-/);
    expect(usable(text).rows[0]?.id).toBe(first);
  });

  it('keeps refusing links that could run script', () => {
    const { skipped } = usable(jsonFeed([{ id: 'a', content_text: 'x', url: 'javascript:alert(1)' }]));
    expect(skipped[0]).toMatchObject({ path: 'items[0].url', code: 'bad-link' });
  });

  it('cuts a whole article to a message with its link', () => {
    const paragraph = 'A sentence that goes on. '.repeat(20);
    const html = Array.from({ length: 40 }, () => `<p>${paragraph}</p>`).join('');
    const [row] = usable(jsonFeed([{ id: 'a', url: 'https://lumen.example/a', content_html: html }])).rows;
    expect(row!.text.length).toBeLessThanOrEqual(MESSAGE_MAX_LENGTH);
    expect(row!.text.endsWith('\n\nhttps://lumen.example/a')).toBe(true);
  });

  it('reads 400 KB and 10 MB of "<!--" in content_html without stalling, as an item with its title', () => {
    for (const size of [400_000, DEFAULT_MAX_BYTES - 200]) {
      const html = '<!--'.repeat(size / 4);
      const { rows } = usable(
        jsonFeed([{ id: 'a', title: 'Comments', url: 'https://lumen.example/a', content_html: html }]),
      );
      expect(rows[0]?.text).toBe('Comments\n\nhttps://lumen.example/a');
    }
  });
});

describe('parseFeedText: not a feed', () => {
  it('names the feed a web page announces', () => {
    const page = `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">
      <link rel="alternate" type="application/feed+json" href="https://lumen.example/feed.json"></head><body>Hi</body></html>`;
    const result = parseFeedText(page, { feedUrl: 'https://lumen.example/' });
    expect(result).toMatchObject({
      ok: false,
      announced: [
        { url: 'https://lumen.example/feed.xml', type: 'rss', title: 'News' },
        { url: 'https://lumen.example/feed.json', type: 'json' },
      ],
      problems: [{ code: 'html-announces-feed', message: expect.stringContaining('https://lumen.example/feed.xml') }],
    });
  });

  it('calls other XML what it is', () => {
    expect(parseFeedText('<?xml version="1.0"?><svg></svg>')).toMatchObject({
      ok: false,
      problems: [{ code: 'not-a-feed', message: expect.stringContaining('<svg>') }],
    });
  });

  it('stops reading XML nested beyond any feed, in linear time', () => {
    const deep = `<rss><channel><title>T</title>${'<x>'.repeat(2_000_000)}</channel></rss>`;
    expect(parseFeedText(deep)).toMatchObject({ ok: true, format: 'rss-2.0', items: [] });
  });
});
