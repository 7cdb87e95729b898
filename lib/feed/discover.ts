/**
 * The feeds a web page announces: `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href>`
 * in its head, as newsrooms and blogs do for feed readers. Read with the same
 * tokenizer as feed HTML; addresses resolved against the page (or its `<base>`).
 */
import { parseMarkup } from '../text/bounded-parse';

export interface AnnouncedFeed {
  url: string;
  type: 'rss' | 'atom' | 'json';
  title?: string;
}

const FEED_TYPES: Record<string, AnnouncedFeed['type']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};

/** Pages announce a handful; more would be noise (and this list is shown to people). */
const MAX_ANNOUNCED = 20;
/** Announcements live in the head: no need to tokenize a whole page. */
const MAX_PAGE_READ = 512 * 1024;

export function findAnnouncedFeeds(html: string, pageUrl?: string): AnnouncedFeed[] {
  const found: AnnouncedFeed[] = [];
  let base = pageUrl;
  parseMarkup(
    html.slice(0, MAX_PAGE_READ),
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) {
          try {
            base = new URL(attributes.href, pageUrl).href;
          } catch {
            // Keep the page's own address.
          }
          return;
        }
        if (name !== 'link' || found.length >= MAX_ANNOUNCED) return;
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        const type = FEED_TYPES[(attributes.type ?? '').toLowerCase().split(';')[0]!.trim()];
        if (!rel.includes('alternate') || type === undefined || !attributes.href) return;
        let url: string;
        try {
          url = new URL(attributes.href.trim(), base).href;
          if (!/^https?:/.test(url)) return;
        } catch {
          // A page read from a file has no address to resolve against: say the address as written.
          if (base !== undefined || /^[a-z][a-z0-9+.-]*:/i.test(attributes.href.trim())) return;
          url = attributes.href.trim();
        }
        if (found.some((feed) => feed.url === url)) return;
        const title = attributes.title?.trim();
        found.push({ url, type, ...(title ? { title } : {}) });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  return found;
}
