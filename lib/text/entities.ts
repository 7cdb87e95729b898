/**
 * Character references in feed text ("Don&#8217;t", "&amp;", "&eacute;"):
 * the full HTML5 named-reference table, from the `entities` package that the
 * HTML tokenizer (htmlparser2) already ships, so there is one table.
 */
import { decodeHTMLStrict } from 'entities';

/**
 * For plain text (`content_text`, which publishers often escape anyway): only
 * references closed by ";", so "R&D" or "AT&T" in a message stay as written.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
