/** Small feeds for tests, and large realistic ones for benchmarks. */
import { JSON_FEED_VERSION } from '../../lib/feed/schema';

export function feedJson(items: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: JSON_FEED_VERSION, title: 'Test feed', items, ...extra });
}

export const textItem = (id: string, text = `Message ${id}`, relais?: Record<string, unknown>) => ({
  id,
  title: `Title ${id}`,
  content_text: text,
  date_published: '2026-11-02T09:00:00+01:00',
  ...(relais ? { _relais: relais } : {}),
});

const CATEGORIES = ['product', 'culture', 'industry'] as const;
const CHANNELS = ['corporate', 'careers', 'partners'] as const;

/**
 * A feed shaped like a real library: three channels, a charter, bilingual
 * items with angles and prompts. Another `revision` changes every item's text.
 */
export function generatedFeed(count: number, revision = 0): string {
  const items = Array.from({ length: count }, (_, index) => {
    const french = index % 2 === 0;
    return {
      id: `item-${index}`,
      title: french ? `Nouvelle n°${index} : l'énergie solaire progresse` : `News #${index}: solar keeps growing`,
      content_text: (french
        ? `(v${revision}) Notre équipe a raccordé ${index} nouveaux panneaux cette semaine. Découvrez comment la région avance vers une énergie plus propre, avec nos partenaires et nos clients. `
        : `(v${revision}) Our team connected ${index} new panels this week. See how the region moves towards cleaner energy, with our partners and customers. `
      ).repeat(3),
      summary: french ? 'Un résumé court.' : 'A short summary.',
      url: `https://example.com/news/${index}`,
      date_published: '2026-11-02T09:00:00+01:00',
      tags: ['solar', 'region'],
      language: french ? 'fr' : 'en',
      _relais: {
        channel: CHANNELS[index % 3],
        category: CATEGORIES[index % 3],
        angles: ['What it means for customers', 'What I learned', 'Why it matters to me'],
        prompts: ['What surprised you?', 'Who on your team made it happen?'],
        hashtags: ['#Energy', '#Solar'],
        expires_at: '2028-01-01T00:00:00Z',
        pinned: index % 50 === 0,
      },
    };
  });
  return feedJson(items, {
    _relais: {
      organisation: 'Bench Co',
      channels: CHANNELS.map((id) => ({ id, label: { en: id, fr: id } })),
      charter: { banned: [{ phrase: 'disruptive' }], hashtags: { max: 5 }, min_own_words: 0.5 },
      mix: { product: 20, culture: 30, industry: 50 },
    },
  });
}

/**
 * A newsroom's RSS 2.0 feed of `count` articles, as WordPress writes them (content:encoded in CDATA,
 * guid, pubDate, categories, an image), and the same articles as a plain JSON Feed (for the floor).
 */
export function generatedRssFeed(count: number): { rss: string; json: string } {
  const body = (index: number) =>
    `<p>Our team connected ${index} new panels this week &#8211; see how the region moves towards cleaner energy.</p>` +
    `<p>With our <a href="https://example.com/partners">partners</a> and customers.</p><ul><li>Solar</li><li>Wind</li></ul>` +
    `<img src="https://example.com/img/${index}.jpg">`;
  const items = Array.from({ length: count }, (_, index) => ({
    id: `https://example.com/?p=${index}`,
    title: `News #${index}: solar keeps growing`,
    url: `https://example.com/news/${index}`,
    content_html: body(index),
    summary: 'A short summary.',
    date_published: '2026-11-02T08:00:00.000Z',
    tags: ['Solar', 'Region'],
  }));
  const rssItems = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>${item.url}</link><guid isPermaLink="false">${item.id}</guid>` +
        `<pubDate>Mon, 02 Nov 2026 08:00:00 +0000</pubDate><category><![CDATA[Solar]]></category><category><![CDATA[Region]]></category>` +
        `<description><![CDATA[${item.summary}]]></description><content:encoded><![CDATA[${item.content_html}]]></content:encoded></item>`,
    )
    .join('\n');
  const rss =
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
    `<channel><title>Bench Co Newsroom</title><link>https://example.com/</link>\n${rssItems}\n</channel></rss>`;
  return {
    rss,
    json: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Bench Co Newsroom', items }),
  };
}
