/**
 * The message an item offers employees. A Relais feed's `content_text` is the
 * message the comms team wrote. A newsroom's article is not: its body is cut
 * to the summary, or to its first paragraphs, within MESSAGE_MAX_LENGTH, and
 * the article's link is added so the post leads to the whole story.
 */
import { LINKEDIN_MAX_POST_LENGTH } from './limits';

/** Well under LinkedIn's 3,000 characters: room for the employee's own words around it. */
export const MESSAGE_MAX_LENGTH = 1200;

export interface MessageSource {
  text: string;
  /** True when the text is an article body (content_html), not a message written for Relais. */
  fromArticle: boolean;
  summary?: string;
  title: string;
  url?: string;
}

export function messageOf(source: MessageSource): string {
  const text = source.text.trim();
  const limit = source.fromArticle ? MESSAGE_MAX_LENGTH : LINKEDIN_MAX_POST_LENGTH;
  if (text === '') return withLink(source.title, source.url, LINKEDIN_MAX_POST_LENGTH);
  if (text.length <= limit) return text;
  const summary = source.summary?.trim();
  const body =
    summary && summary.length <= MESSAGE_MAX_LENGTH && summary.length >= 40 ? summary : firstParagraphs(text);
  return withLink(body, source.url, MESSAGE_MAX_LENGTH);
}

/** Whole paragraphs while they fit; a first paragraph too long is cut at a word, with "…". */
function firstParagraphs(text: string): string {
  const room = MESSAGE_MAX_LENGTH - 160;
  const paragraphs = text.split(/\n{2,}/);
  let kept = '';
  for (const paragraph of paragraphs) {
    const next = kept === '' ? paragraph : `${kept}\n\n${paragraph}`;
    if (next.length > room) break;
    kept = next;
  }
  if (kept !== '') return kept;
  const cut = text.slice(0, room);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > room / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function withLink(body: string, url: string | undefined, limit: number): string {
  if (!url || body.includes(url)) return body.slice(0, limit);
  const suffix = `\n\n${url}`;
  return `${body.slice(0, Math.max(0, limit - suffix.length))}${suffix}`;
}
