/**
 * Reduces feed HTML to the plain text Relais shows. Feed content is data,
 * never markup: tags are dropped, not sanitised. One pass of a real tokenizer
 * (htmlparser2's state machine, no DOM, so it runs in the MV3 service worker),
 * linear in the input: no chain of regexes that rescans what it already read
 * (400 KB of "<!--" used to take seconds and grew with the square of the size).
 *
 * Kept: paragraph breaks, list bullets, and links as "text (url)" when the text
 * is not the address itself. Found on the way: the first image, for a card.
 */
import { parseMarkup } from './bounded-parse';

/** Beyond this the input is not read: no message needs more, and the work stays bounded. */
export const MAX_HTML_INPUT = 2_000_000;
/** Text collected at most; the message is cut much shorter later (see lib/feed/message.ts). */
export const MAX_TEXT_OUTPUT = 100_000;

export interface HtmlText {
  text: string;
  /** The first `<img src>`, resolved against `baseUrl`, whatever its scheme (callers check it). */
  firstImage?: string;
}

export interface HtmlToTextOptions {
  /** Resolves relative `href` and `src`. */
  baseUrl?: string;
}

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg']);
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'figure',
  'figcaption',
  'address',
  'hr',
  'details',
  'summary',
]);
/** Unclosed links nest; past this many, inner ones are read as text (bounded work per closing tag). */
const MAX_OPEN_LINKS = 32;
const LINE_BREAKS = new Set(['br', 'tr', 'dt', 'dd']);

/** An absolute http(s) address, or undefined. */
export function resolveWebUrl(raw: string | undefined, baseUrl?: string): string | undefined {
  const trimmed = raw?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "https://example.com/a/" and "example.com/a" say the same thing: no need to print the address twice. */
const bareAddress = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/$/, '');

class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  /** 0: nothing pending; 1: a line break; 2: a blank line. */
  private pendingBreak = 0;
  private atLineStart = true;
  private pendingSpace = false;
  full = false;

  text(value: string, preformatted: boolean) {
    if (this.full) return;
    const chunk = preformatted ? value : value.replace(/[\t\n\f\r ]+/g, ' ');
    if (chunk === '') return;
    if (!preformatted && chunk === ' ') {
      if (!this.atLineStart) this.pendingSpace = true;
      return;
    }
    let start = 0;
    let end = chunk.length;
    if (!preformatted && chunk[0] === ' ') {
      start = 1;
      if (!this.atLineStart) this.pendingSpace = true;
    }
    if (!preformatted && chunk[end - 1] === ' ') end -= 1;
    this.flushBreaks();
    if (this.pendingSpace && !this.atLineStart) this.push(' ');
    this.pendingSpace = false;
    this.push(chunk.slice(start, end));
    if (!preformatted && end < chunk.length) this.pendingSpace = true;
  }

  lineBreak(level: 1 | 2) {
    if (this.length === 0) return;
    this.pendingBreak = Math.max(this.pendingBreak, level);
    this.pendingSpace = false;
  }

  /** Text written right after the current position, without the whitespace rules (bullets, link targets). */
  raw(value: string) {
    if (this.full) return;
    this.flushBreaks();
    if (this.pendingSpace && !this.atLineStart) this.push(' ');
    this.pendingSpace = false;
    this.push(value);
  }

  get size() {
    return this.length;
  }

  /** Where the next text goes, for since(). */
  get mark(): { part: number; size: number } {
    return { part: this.parts.length, size: this.length };
  }

  /** The text written since `mark`, or undefined when longer than `max` (no need to build it). */
  since(mark: { part: number; size: number }, max: number): string | undefined {
    if (this.length - mark.size > max) return undefined;
    return this.parts.slice(mark.part).join('');
  }

  result(): string {
    return this.parts
      .join('')
      .replace(/\u00a0+/g, (spaces) => (spaces.length > 1 ? ' ' : '\u00a0'))
      .trim();
  }

  private flushBreaks() {
    if (this.pendingBreak > 0 && this.length > 0) {
      this.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      this.atLineStart = true;
    }
    this.pendingBreak = 0;
  }

  private push(value: string) {
    if (value === '') return;
    const room = MAX_TEXT_OUTPUT - this.length;
    const piece = value.length > room ? value.slice(0, room) : value;
    this.parts.push(piece);
    this.length += piece.length;
    this.atLineStart = piece.endsWith('\n');
    if (this.length >= MAX_TEXT_OUTPUT) this.full = true;
  }
}

export function htmlToText(html: string, options: HtmlToTextOptions = {}): HtmlText {
  const out = new TextBuilder();
  let hiddenDepth = 0;
  let preDepth = 0;
  let firstImage: string | undefined;
  const lists: { ordered: boolean; next: number }[] = [];
  const links: { href?: string; start: { part: number; size: number } }[] = [];

  parseMarkup(
    html.length > MAX_HTML_INPUT ? html.slice(0, MAX_HTML_INPUT) : html,
    {
      onopentag(name, attributes) {
        if (HIDDEN.has(name)) {
          hiddenDepth += 1;
          return;
        }
        if (hiddenDepth > 0) return;
        if (BLOCKS.has(name)) out.lineBreak(2);
        else if (LINE_BREAKS.has(name)) out.lineBreak(1);
        if (name === 'pre') preDepth += 1;
        else if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', next: 1 });
        else if (name === 'li') {
          out.lineBreak(1);
          const list = lists[lists.length - 1];
          out.raw(list?.ordered ? `${list.next++}. ` : '• ');
        } else if (name === 'td' || name === 'th') out.raw(' ');
        else if (name === 'a') {
          // The text is only known at the closing tag; remember where it starts.
          if (links.length < MAX_OPEN_LINKS)
            links.push({ href: resolveWebUrl(attributes.href, options.baseUrl), start: out.mark });
        } else if (name === 'img' && firstImage === undefined && attributes.src) {
          try {
            firstImage = new URL(attributes.src.trim(), options.baseUrl).href;
          } catch {
            // A source that is not an address is no image.
          }
        }
      },
      ontext(text) {
        if (hiddenDepth === 0) out.text(text, preDepth > 0);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1);
          return;
        }
        if (hiddenDepth > 0) return;
        if (BLOCKS.has(name)) out.lineBreak(2);
        else if (name === 'li') out.lineBreak(1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        else if (name === 'ul' || name === 'ol') lists.pop();
        else if (name === 'a') {
          const link = links.pop();
          if (link?.href === undefined) return;
          const label = out.since(link.start, link.href.length + 16)?.trim();
          if (label === '') out.raw(link.href);
          else if (label === undefined || bareAddress(label) !== bareAddress(link.href)) out.raw(` (${link.href})`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  return { text: out.result(), firstImage };
}

/** One line of text from a title or a label that may hold markup or character references. */
export function inlineText(value: string): string {
  if (!/[<&]/.test(value)) return value.replace(/\s+/g, ' ').trim();
  return htmlToText(value).text.replace(/\s+/g, ' ').trim();
}
