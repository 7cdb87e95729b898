/**
 * Newsrooms as companies publish them (issue #14): a JSON Feed 1.0 with
 * relative URLs, a WordPress-like RSS 2.0 and an Atom feed, each served by a
 * real HTTP server on this machine, added from the options page and read in
 * the LinkedIn sidebar as plain, readable text; and a home page that only
 * announces its feeds, whose feeds the options propose.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';
import { answerPermissionPrompt } from './permission-prompt';

interface Document {
  type: string;
  body: (origin: string) => string;
}

const LONG_PARAGRAPH =
  'The plant recycles every litre of water it uses, and the heat it makes warms the neighbouring school. ';

const DOCUMENTS: Record<string, Document> = {
  // JSON Feed 1.0: the version most static sites still publish; every URL relative to the feed.
  '/feed.json': {
    type: 'application/json',
    body: () =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'Solaire &amp; Co news',
        home_page_url: '/',
        icon: '',
        items: [
          {
            id: '/news/solar-farm/',
            url: '/news/solar-farm/',
            title: 'Our solar farm near Lyon is live',
            content_html: `<p>It powers <a href="/news/homes/">12,000 homes</a> from today.</p><p>${LONG_PARAGRAPH.repeat(20)}</p>`,
            date_published: '2026-11-20T09:00:00+01:00',
            tags: 'Energy',
          },
        ],
      }),
  },
  // WordPress: entities in titles, the article in content:encoded, the picture as media:content.
  '/feed/': {
    type: 'application/rss+xml; charset=UTF-8',
    body: (origin) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>Lumen &#201;nergie newsroom</title>
  <link>${origin}/</link>
  <description>Press releases</description>
  <item>
    <title>Don&#8217;t miss our open day &amp; site tour</title>
    <link>${origin}/2026/11/open-day/</link>
    <guid isPermaLink="false">${origin}/?p=102</guid>
    <pubDate>Tue, 03 Nov 2026 08:00:00 +0000</pubDate>
    <dc:creator><![CDATA[Press office]]></dc:creator>
    <category><![CDATA[Events]]></category>
    <description><![CDATA[Visit the Nantes site on Saturday&hellip; bring the family. [&#8230;]]]></description>
    <content:encoded><![CDATA[<p>Visit the <strong>Nantes</strong> site on Saturday&nbsp;: bring the family.</p>
<ul><li>Guided tours every hour</li><li>Workshops for children</li></ul>
<p>${LONG_PARAGRAPH.repeat(20)}</p>]]></content:encoded>
    <media:content url="https://cdn.example.com/open-day.jpg" medium="image" />
  </item>
</channel>
</rss>`,
  },
  // Atom with xml:base: the entry's link is relative to it.
  '/atom.xml': {
    type: 'application/atom+xml',
    body: (origin) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${origin}/blog/">
  <title>Acme engineering blog</title>
  <id>tag:acme.example,2026:blog</id>
  <updated>2026-11-21T10:00:00Z</updated>
  <link rel="self" href="atom.xml" />
  <entry>
    <title type="html">R&amp;amp;D: shipping &amp;#8220;faster&amp;#8221; with smaller teams</title>
    <id>tag:acme.example,2026:smaller-teams</id>
    <link rel="alternate" type="text/html" href="2026/smaller-teams.html" />
    <updated>2026-11-21T10:00:00Z</updated>
    <category term="Culture" />
    <summary type="html">&lt;p&gt;What we learnt splitting one team into three.&lt;/p&gt;</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>What we learnt splitting <em>one</em> team into three.</p></div></content>
  </entry>
</feed>`,
  },
  // A newsroom's home page: not a feed, but it announces two.
  '/': {
    type: 'text/html; charset=utf-8',
    body: () => `<!doctype html><html><head><title>Lumen Énergie</title>
<link rel="alternate" type="application/rss+xml" title="Lumen Énergie press releases" href="/feed/">
<link rel="alternate" type="application/atom+xml" title="Acme blog" href="/atom.xml">
</head><body><h1>Welcome</h1></body></html>`,
  },
};

interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

/** Bound to 127.0.0.1 on a free port; answers the documents above by path. */
async function startSite(): Promise<SiteServer> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    const document = DOCUMENTS[request.url ?? ''];
    if (!document) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': document.type,
        'cache-control': 'no-store',
        // The stubbed permission grants nothing, so the worker reads the site the way it reads a policy feed.
        'access-control-allow-origin': '*',
      })
      .end(document.body(origin));
  });
  server.keepAliveTimeout = 500;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let site: SiteServer;
test.beforeEach(async () => {
  site = await startSite();
});
test.afterEach(async () => {
  await site.close();
});

const RAW_MARKUP = /&(#\d+|#x[0-9a-f]+|[a-z]{2,8});|<\/?[a-z][^>]*>/i;

const NEWSROOMS = [
  {
    format: 'a JSON Feed 1.0 with relative URLs',
    path: '/feed.json',
    feedTitle: 'Solaire & Co news',
    itemTitle: 'Our solar farm near Lyon is live',
    message: (origin: string) => [
      `It powers 12,000 homes (${origin}/news/homes/) from today.`,
      `${origin}/news/solar-farm/`,
    ],
    link: (origin: string) => `${origin}/news/solar-farm/`,
  },
  {
    format: 'a WordPress RSS 2.0 newsroom',
    path: '/feed/',
    feedTitle: 'Lumen Énergie newsroom',
    itemTitle: 'Don’t miss our open day & site tour',
    message: (origin: string) => [
      'Visit the Nantes site on Saturday… bring the family.',
      `${origin}/2026/11/open-day/`,
    ],
    link: (origin: string) => `${origin}/2026/11/open-day/`,
  },
  {
    format: 'an Atom newsroom with xml:base',
    path: '/atom.xml',
    feedTitle: 'Acme engineering blog',
    itemTitle: 'R&D: shipping “faster” with smaller teams',
    message: () => ['What we learnt splitting one team into three.'],
    link: (origin: string) => `${origin}/blog/2026/smaller-teams.html`,
  },
];

for (const newsroom of NEWSROOMS) {
  test(`${newsroom.format} added in the options reads as plain text in the sidebar`, async ({
    context,
    page,
    extensionId,
  }) => {
    await answerPermissionPrompt(page, true);
    const options = new OptionsPage(page, extensionId);
    await options.open();
    const feeds = options.feeds;
    await options.addFeed(`${site.origin}${newsroom.path}`);
    await expect(feeds.getByRole('status')).toHaveText(`“${newsroom.feedTitle}” was added: 1 item.`);

    const linkedin = new LinkedInPage(await context.newPage());
    await linkedin.open();
    await linkedin.openSidebar();
    const card = linkedin.sidebar.getByRole('article', { name: newsroom.itemTitle });
    await expect(card).toBeVisible();
    expect(await card.innerText()).not.toMatch(RAW_MARKUP);

    await card.getByRole('button', { name: newsroom.itemTitle }).click();
    const message = linkedin.sidebar.getByRole('region', { name: 'The message' });
    for (const part of newsroom.message(site.origin)) await expect(message).toContainText(part);
    const text = await message.locator('.relais-message').innerText();
    expect(text).not.toMatch(RAW_MARKUP);
    // An article gives the start of the story and its link, not the whole article.
    expect(text.length).toBeLessThanOrEqual(1200);
    await expect(message.getByRole('link', { name: 'Open the page' })).toHaveAttribute(
      'href',
      newsroom.link(site.origin),
    );
  });
}

test('a home page that announces its feeds: the options propose them, picking one adds it', async ({
  page,
  extensionId,
}) => {
  await answerPermissionPrompt(page, true);
  const options = new OptionsPage(page, extensionId);
  await options.open();
  const feeds = options.feeds;
  await options.addFeed(`${site.origin}/`);

  const proposed = feeds.getByRole('group', { name: /This page is not a feed, but it announces 2/ });
  await expect(proposed).toBeVisible();
  await expect(proposed).toContainText(`${site.origin}/feed/`);
  await expect(proposed).toContainText(`${site.origin}/atom.xml`);
  await expect(feeds.getByRole('listitem', { name: 'Lumen Énergie newsroom' })).toHaveCount(0);

  await proposed.getByRole('button', { name: 'Add Lumen Énergie press releases' }).click();
  await expect(feeds.getByRole('status')).toHaveText('“Lumen Énergie newsroom” was added: 1 item.');
  await expect(feeds.getByRole('listitem', { name: 'Lumen Énergie newsroom' })).toContainText(`${site.origin}/feed/`);
  await expect(proposed).toHaveCount(0);
});
