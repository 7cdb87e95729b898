import { missingHashtags } from '../compose/tags';
import type { LibraryItem } from '../feed/library-item';
import type { Locale } from '../i18n/messages';
import { DEFAULT_LINK_PLACEMENT, type LinkPlacement } from './link-placement';

export interface AssembleOptions {
  /** Use the item's link. Default true. Without a link, a short quote follows the employee's words. */
  includeLink?: boolean;
  /**
   * Where the link goes: left out of the draft for a first comment (the
   * default: see link-placement.ts), or after the employee's words.
   */
  linkPlacement?: LinkPlacement;
  /** Add the item's hashtags at the end (those the employee has not already written). Default true. */
  includeHashtags?: boolean;
  /**
   * Quote the company text when there is no link. Default true; false for a
   * repost or a comment, which sit with the company's post itself.
   */
  includeQuote?: boolean;
  /** Longest quote of the company text, in characters, used when there is no link. Default 140. */
  quoteMaxLength?: number;
}

export interface AssembleInput {
  /**
   * The employee's words, in order: their first words (the box the chosen angle
   * guides), then one answer per prompt. Empty answers are skipped. An angle is
   * never part of the draft unless the employee put it in one of these boxes.
   */
  answers: readonly string[];
  item: Pick<LibraryItem, 'url' | 'text' | 'summary' | 'hashtags'>;
  /** Chooses the quotation marks of the quote (“…” or « … »). */
  locale: Locale;
  options?: AssembleOptions;
}

export const DEFAULT_QUOTE_MAX_LENGTH = 140;

const QUOTE_MARKS: Record<Locale, [string, string]> = { en: ['“', '”'], fr: ['«\u00a0', '\u00a0»'] };

/** The start of the company text, cut at a word boundary, at most `maxLength` characters including the ellipsis. */
export function shortQuote(text: string, maxLength: number = DEFAULT_QUOTE_MAX_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength); // leaves room for "…" once the partial last word goes
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength - 1);
  return `${words.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

const paragraph = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/**
 * A first draft in which the employee speaks first: each of their answers as
 * its own paragraph (line breaks kept), then the company's message as support
 * only (its link when placed in the post, or a short quote when there is no
 * link), then the item's hashtags. A link placed in a first comment is not in
 * the draft at all. Neither the company text nor an angle ever comes first:
 * when the employee has written nothing yet, the draft holds no sentence of
 * the company's, only the link (if in the post) and hashtags.
 */
export function assembleDraft({ answers, item, locale, options = {} }: AssembleInput): string {
  const own = answers.map(paragraph).filter((text) => text !== '');
  const parts = [...own];
  const link = options.includeLink === false ? undefined : item.url;
  const placement = options.linkPlacement ?? DEFAULT_LINK_PLACEMENT;
  if (link) {
    if (placement === 'post') parts.push(link);
  } else if (own.length > 0 && options.includeQuote !== false) {
    const quote = shortQuote(item.summary?.trim() || item.text, options.quoteMaxLength ?? DEFAULT_QUOTE_MAX_LENGTH);
    const [open, close] = QUOTE_MARKS[locale];
    if (quote !== '') parts.push(`${open}${quote}${close}`);
  }
  const tags = options.includeHashtags === false ? [] : missingHashtags(own.join('\n'), item.hashtags);
  if (tags.length > 0) parts.push(tags.join(' '));
  return parts.join('\n\n');
}
