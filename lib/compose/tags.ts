import { foldText } from '../text/fold';
import { findUrls, overlapsAny, type TextRange } from './urls';

export interface TextTag extends TextRange {
  /** The tag without its sigil, as written: "Lyon2026" for "#Lyon2026". */
  name: string;
}

/*
 * A hashtag is "#" then letters (accents included), digits or underscores with at
 * least one letter: LinkedIn does not link "#2026". The "#" must not follow a
 * letter, digit, "&" or "/" so that "C#", "&#39;" and "page/#anchor" are not tags.
 */
const HASHTAG = /(?<![\p{L}\p{N}\p{M}_&/#])#([\p{L}\p{M}\p{N}_]+)/gu;
const HAS_LETTER = /\p{L}/u;

/*
 * A mention is "@" then a name. In plain text we cannot know whether the composer
 * will turn it into a linked mention, so every "@Name" counts. Not after a
 * letter, digit or dot, so e-mail addresses are not mentions.
 */
const MENTION = /(?<![\p{L}\p{N}\p{M}_.@/])@([\p{L}\p{N}_](?:[\p{L}\p{M}\p{N}_.-]*[\p{L}\p{M}\p{N}_])?)/gu;

function extract(text: string, pattern: RegExp): TextTag[] {
  const urls = findUrls(text);
  return [...text.matchAll(pattern)]
    .map((match) => ({ name: match[1] ?? '', start: match.index, end: match.index + match[0].length }))
    .filter((tag) => !overlapsAny(tag, urls));
}

/** The hashtags of a text, in order, with their positions. */
export function extractHashtags(text: string): TextTag[] {
  return extract(text, HASHTAG).filter((tag) => HAS_LETTER.test(tag.name));
}

/** The @mentions of a text, in order, with their positions. */
export function extractMentions(text: string): TextTag[] {
  return extract(text, MENTION);
}

/** "#Tag" from a tag written with or without "#" and with spaces or punctuation ("Acme Lyon" → "#AcmeLyon"). */
export function toHashtag(tag: string): string {
  const name = tag.replace(/[^\p{L}\p{M}\p{N}_]/gu, '');
  return HAS_LETTER.test(name) ? `#${name}` : '';
}

/**
 * The suggested tags (as "#Tag") that `text` does not already contain, without
 * duplicates, ignoring case and accents; at most `limit` of them.
 */
export function missingHashtags(
  text: string,
  suggested: readonly string[],
  limit = Number.POSITIVE_INFINITY,
): string[] {
  const present = new Set(extractHashtags(text).map((tag) => foldText(tag.name)));
  const missing: string[] = [];
  for (const tag of suggested.map(toHashtag)) {
    if (missing.length >= limit) break;
    const key = foldText(tag.slice(1));
    if (tag === '' || present.has(key)) continue;
    present.add(key);
    missing.push(tag);
  }
  return missing;
}
