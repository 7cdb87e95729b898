/**
 * RSS 2.0, 0.9x and 1.0 (RDF) as JSON Feed 1.1 items, before the lenient
 * JSON Feed rules (lib/feed/lenient.ts) and the schema see them: one path for
 * every format. Links are resolved here against `xml:base`, where known.
 */
import { NS, type XmlElement, attributeOf, childElement, childElements, isElement, textOf } from './tree';
import { absoluteOrAsIs, type RawFeed, type RawItem } from './raw-feed';

const CORE = ['', NS.rss1, NS.rss09];

export function rssToRawFeed(root: XmlElement): RawFeed {
  const channel = childElement(root, 'channel', CORE) ?? root;
  // RSS 2.0 nests items in the channel; RSS 1.0 puts them next to it.
  const items = [
    ...childElements(channel, 'item', CORE),
    ...(channel === root ? [] : childElements(root, 'item', CORE)),
  ];
  const link = textOf(childElement(channel, 'link', CORE));
  return {
    title: textOf(childElement(channel, 'title', CORE)),
    home_page_url: absoluteOrAsIs(link, channel.base),
    description: textOf(childElement(channel, 'description', CORE)) || undefined,
    language:
      textOf(childElement(channel, 'language', CORE)) ||
      textOf(childElement(channel, 'language', [NS.dc])) ||
      undefined,
    items: items.map(rssItem),
  };
}

function rssItem(item: XmlElement): RawItem {
  const base = item.base;
  const guidElement = childElement(item, 'guid', CORE);
  const guid = textOf(guidElement);
  const guidIsLink = guid !== '' && attributeOf(guidElement!, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guid);
  const atomLink = childElements(item, 'link', [NS.atom]).find(
    (link) => (link.attributes.rel ?? 'alternate') === 'alternate',
  );
  const link =
    textOf(childElement(item, 'link', CORE)) ||
    atomLink?.attributes.href ||
    (guidIsLink ? guid : '') ||
    attributeOf(item, 'about', NS.rdf) ||
    '';
  const encoded = textOf(childElement(item, 'encoded', [NS.content]));
  const description = textOf(childElement(item, 'description', CORE));
  const tags = [...childElements(item, 'category', CORE), ...childElements(item, 'subject', [NS.dc])]
    .map(textOf)
    .filter((tag) => tag !== '');
  return {
    id: guid || link || undefined,
    url: absoluteOrAsIs(link, base),
    title: textOf(childElement(item, 'title', CORE)) || undefined,
    content_html: encoded || description || undefined,
    summary: encoded && description ? description : undefined,
    date_published:
      textOf(childElement(item, 'pubDate', CORE)) || textOf(childElement(item, 'date', [NS.dc])) || undefined,
    date_modified: textOf(childElement(item, 'updated', [NS.atom])) || undefined,
    tags: tags.length > 0 ? tags : undefined,
    image: absoluteOrAsIs(rssImage(item), base),
    language: textOf(childElement(item, 'language', [NS.dc])) || undefined,
  };
}

/** media:thumbnail, then an image media:content (also inside media:group), then an image enclosure. */
function rssImage(item: XmlElement): string | undefined {
  const thumbnail = findMedia(item, 'thumbnail')[0]?.attributes.url;
  if (thumbnail) return thumbnail;
  const content = findMedia(item, 'content').find(
    (media) => media.attributes.medium === 'image' || (media.attributes.type ?? '').startsWith('image/'),
  );
  if (content?.attributes.url) return content.attributes.url;
  const enclosure = childElements(item, 'enclosure', CORE).find((element) =>
    (element.attributes.type ?? '').startsWith('image/'),
  );
  return enclosure?.attributes.url;
}

function findMedia(item: XmlElement, local: string): XmlElement[] {
  const direct = childElements(item, local, [NS.media]);
  const grouped = childElements(item, 'group', [NS.media]).flatMap((group) => childElements(group, local, [NS.media]));
  return [...direct, ...grouped].filter(isElement);
}
