/**
 * A small element tree for RSS and Atom, built in one pass by htmlparser2 in
 * XML mode (no DOMParser in the MV3 service worker). Forgiving like the feed
 * readers people use: unclosed or stray tags do not sink the document.
 * Namespaces are resolved (publishers pick their own prefixes, and some forget
 * to declare the usual ones), and `xml:base` is tracked for relative links.
 * No DTD is read, so no entity expansion.
 */
import { parseMarkup } from '../../text/bounded-parse';

export interface XmlElement {
  /** Namespace URI ('' for none), with well-known prefixes filled in when undeclared. */
  ns: string;
  local: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Base for relative addresses: `xml:base` resolved against the parent's. */
  base?: string;
  /** In-scope prefixes, for attributes such as `rdf:about`. */
  scope: ReadonlyMap<string, string>;
}
export type XmlNode = XmlElement | string;

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss09: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

/** Prefixes used without a declaration in the wild, read as what everyone means by them. */
const CONVENTIONAL_PREFIXES = new Map<string, string>([
  ['atom', NS.atom],
  ['content', NS.content],
  ['dc', NS.dc],
  ['media', NS.media],
  ['rdf', NS.rdf],
  ['xml', 'http://www.w3.org/XML/1998/namespace'],
]);

/** Deeper elements are read as text only: no feed needs them and the tree stays bounded. */
const MAX_DEPTH = 64;

const normaliseNs = (uri: string) => (uri === 'http://search.yahoo.com/mrss' ? NS.media : uri);

function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon === -1 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function resolveBase(value: string | undefined, parent: string | undefined): string | undefined {
  if (value === undefined) return parent;
  try {
    return new URL(value.trim(), parent).href;
  } catch {
    return parent;
  }
}

/** The root element, or undefined when the text holds no element. */
export function parseXmlTree(text: string, options: { baseUrl?: string } = {}): XmlElement | undefined {
  const rootScope = new Map(CONVENTIONAL_PREFIXES);
  rootScope.set('', '');
  const document: XmlElement = {
    ns: '',
    local: '#document',
    attributes: {},
    children: [],
    base: options.baseUrl,
    scope: rootScope,
  };
  const stack: XmlElement[] = [document];
  /** Open tags below MAX_DEPTH that got no element of their own. */
  let ignoredDepth = 0;

  parseMarkup(
    text,
    {
      onopentag(name, attributes) {
        const parent = stack[stack.length - 1]!;
        if (stack.length > MAX_DEPTH) {
          ignoredDepth += 1;
          return;
        }
        let scope: Map<string, string> | ReadonlyMap<string, string> = parent.scope;
        for (const key in attributes) {
          if (key === 'xmlns' || key.startsWith('xmlns:')) {
            if (scope === parent.scope) scope = new Map(parent.scope);
            (scope as Map<string, string>).set(
              key === 'xmlns' ? '' : key.slice(6),
              normaliseNs(attributes[key]!.trim()),
            );
          }
        }
        const [prefix, local] = splitName(name);
        const element: XmlElement = {
          ns: scope.get(prefix) ?? prefix,
          local,
          attributes,
          children: [],
          base: resolveBase(attributes['xml:base'], parent.base),
          scope,
        };
        parent.children.push(element);
        stack.push(element);
      },
      ontext(value) {
        stack[stack.length - 1]!.children.push(value);
      },
      onclosetag() {
        if (ignoredDepth > 0) ignoredDepth -= 1;
        else if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  return document.children.find((child): child is XmlElement => typeof child !== 'string');
}

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

export function childElements(element: XmlElement, local: string, namespaces: readonly string[]): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => isElement(child) && child.local === local && namespaces.includes(child.ns),
  );
}

export function childElement(element: XmlElement, local: string, namespaces: readonly string[]) {
  return element.children.find(
    (child): child is XmlElement => isElement(child) && child.local === local && namespaces.includes(child.ns),
  );
}

/** All text inside, markup dropped (CDATA included). */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const pending: XmlNode[] = [element];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') parts.push(node);
    else for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push(node.children[index]!);
  }
  return parts.join('').trim();
}

/** An attribute by namespace and local name, whatever prefix the publisher chose. */
export function attributeOf(element: XmlElement, local: string, namespace?: string): string | undefined {
  if (namespace === undefined) return element.attributes[local];
  for (const key in element.attributes) {
    const [prefix, name] = splitName(key);
    if (name === local && prefix !== '' && element.scope.get(prefix) === namespace) return element.attributes[key];
  }
  return undefined;
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes inline XHTML (Atom `type="xhtml"`) back as HTML, for the one HTML-to-text path. */
export function serializeChildren(element: XmlElement): string {
  const parts: string[] = [];
  const pending: (XmlNode | { close: string })[] = [...element.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') parts.push(escapeText(node));
    else if ('close' in node) parts.push(`</${node.close}>`);
    else {
      const attributes = Object.entries(node.attributes)
        .filter(([key]) => key === 'href' || key === 'src' || key === 'alt')
        .map(([key, value]) => ` ${key}="${escapeText(value).replace(/"/g, '&quot;')}"`)
        .join('');
      parts.push(`<${node.local}${attributes}>`);
      pending.push({ close: node.local });
      for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push(node.children[index]!);
    }
  }
  return parts.join('');
}
