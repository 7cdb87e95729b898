/**
 * Atom 1.0 (and the 0.3 drafts still served) as JSON Feed 1.1 items, before the
 * lenient rules and the schema. `text`, `html` and `xhtml` contents all end up
 * in the one HTML-to-text path; links are resolved against `xml:base`.
 */
import { NS, type XmlElement, attributeOf, childElement, childElements, serializeChildren, textOf } from './tree';
import { absoluteOrAsIs, type RawFeed, type RawItem } from './raw-feed';

const ATOM = [NS.atom, NS.atom03];

export function atomToRawFeed(root: XmlElement): RawFeed {
  return {
    title: textOf(childElement(root, 'title', ATOM)),
    home_page_url: absoluteOrAsIs(alternateLink(root), root.base),
    description: textOf(childElement(root, 'subtitle', ATOM)) || undefined,
    language: attributeOf(root, 'lang', 'http://www.w3.org/XML/1998/namespace'),
    items: [...childElements(root, 'entry', ATOM)].map(atomEntry),
  };
}

function alternateLink(element: XmlElement): string | undefined {
  const links = childElements(element, 'link', ATOM);
  const alternate =
    links.find(
      (link) => (link.attributes.rel ?? 'alternate') === 'alternate' && link.attributes.type === 'text/html',
    ) ?? links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate');
  return alternate?.attributes.href;
}

/** A text construct as HTML, whatever its type. */
function htmlOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const type = (element.attributes.type ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = element.children.find(
      (child): child is XmlElement => typeof child !== 'string' && child.local === 'div',
    );
    return serializeChildren(div ?? element) || undefined;
  }
  const text = textOf(element);
  if (text === '') return undefined;
  if (type === 'html' || type === 'text/html' || element.attributes.mode === 'escaped') return text;
  // Blogs label escaped HTML as text (`Don&rsquo;t`, `&lt;a href…`): character references or
  // closing tags in plain text mean HTML was meant.
  if (looksLikeHtml(text)) return text;
  // Plain text: escaped so that "<" in a sentence stays a character.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
}

const HTML_HINT = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});|<\/[a-z][a-z0-9]{0,9}>/i;
const looksLikeHtml = (text: string) => HTML_HINT.test(text);

function atomEntry(entry: XmlElement): RawItem {
  const base = entry.base;
  const content = childElement(entry, 'content', ATOM);
  const summary = childElement(entry, 'summary', ATOM);
  const contentHtml = content?.attributes.src ? undefined : htmlOf(content);
  const summaryHtml = htmlOf(summary);
  const link = alternateLink(entry);
  const image =
    childElements(entry, 'link', ATOM).find(
      (element) => element.attributes.rel === 'enclosure' && (element.attributes.type ?? '').startsWith('image/'),
    )?.attributes.href ??
    childElement(entry, 'thumbnail', [NS.media])?.attributes.url ??
    childElements(childElement(entry, 'group', [NS.media]) ?? entry, 'thumbnail', [NS.media])[0]?.attributes.url;
  const tags = childElements(entry, 'category', ATOM)
    .map((category) => category.attributes.label || category.attributes.term || '')
    .filter((tag) => tag !== '');
  const titleElement = childElement(entry, 'title', ATOM);
  return {
    id: textOf(childElement(entry, 'id', ATOM)) || link || undefined,
    url: absoluteOrAsIs(link, base),
    title: titleElement ? htmlOf(titleElement) : undefined,
    content_html: contentHtml ?? summaryHtml ?? mediaDescription(entry),
    summary: contentHtml ? summaryHtml : undefined,
    date_published:
      textOf(childElement(entry, 'published', ATOM)) || textOf(childElement(entry, 'issued', ATOM)) || undefined,
    date_modified:
      textOf(childElement(entry, 'updated', ATOM)) || textOf(childElement(entry, 'modified', ATOM)) || undefined,
    tags: tags.length > 0 ? tags : undefined,
    image: absoluteOrAsIs(image, base),
    language: attributeOf(entry, 'lang', 'http://www.w3.org/XML/1998/namespace'),
  };
}

/** YouTube-style entries keep their text in media:group/media:description. */
function mediaDescription(entry: XmlElement): string | undefined {
  const group = childElement(entry, 'group', [NS.media]);
  const description = textOf(childElement(group ?? entry, 'description', [NS.media]));
  return description ? description.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>') : undefined;
}
