/**
 * What a downloaded document is, judged by its content alone (file names and
 * Content-Type headers lie often enough): a JSON document, an RSS or Atom feed,
 * a web page, or some other XML.
 */
import { NS, type XmlElement, parseXmlTree } from './xml/tree';

export type DetectedDocument =
  | { kind: 'empty' }
  | { kind: 'json'; text: string }
  | { kind: 'rss'; root: XmlElement; version: '2.0' | '1.0' | '0.9' }
  | { kind: 'atom'; root: XmlElement; version: '1.0' | '0.3' }
  | { kind: 'html'; text: string }
  | { kind: 'other-xml'; root: string }
  | { kind: 'unknown' };

/** How far into the document the start of the markup is looked for (a stray PHP notice, a blank line…). */
const LOOKAHEAD = 4096;

const HTML_START =
  /^(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<!doctype\s+html|^(?:<!--[\s\S]{0,2000}?-->\s*)*<html[\s>]/i;

export function detectDocument(text: string, options: { baseUrl?: string } = {}): DetectedDocument {
  // Editors on Windows like to start UTF-8 files with a byte order mark, which JSON.parse refuses.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = source.trimStart();
  if (trimmed === '') return { kind: 'empty' };
  const first = trimmed[0];
  if (first === '{' || first === '[') return { kind: 'json', text: source };
  const start = first === '<' ? 0 : trimmed.slice(0, LOOKAHEAD).search(/<(\?xml|rss|feed|rdf:RDF|!doctype|html)[\s>]/i);
  if (start === -1) return { kind: 'unknown' };
  const markup = trimmed.slice(start);
  if (HTML_START.test(markup.slice(0, LOOKAHEAD))) return { kind: 'html', text: markup };
  const root = parseXmlTree(markup, options);
  if (!root) return { kind: 'unknown' };
  if (root.local === 'rss')
    return { kind: 'rss', root, version: (root.attributes.version ?? '2.0').startsWith('0.9') ? '0.9' : '2.0' };
  if (root.local === 'RDF' && root.ns === NS.rdf)
    return {
      kind: 'rss',
      root,
      version: root.children.some((c) => typeof c !== 'string' && c.ns === NS.rss09) ? '0.9' : '1.0',
    };
  if (root.local === 'feed') return { kind: 'atom', root, version: root.ns === NS.atom03 ? '0.3' : '1.0' };
  if (root.local.toLowerCase() === 'html') return { kind: 'html', text: markup };
  return { kind: 'other-xml', root: root.local };
}
