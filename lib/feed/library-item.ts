/**
 * The library as stored locally: feed items normalised for display, search and
 * the personalisation flow. Derived from the zod feed types.
 */
import type { Channel, Charter, FeatureSwitches, FeedItem, LinkedInSelectors, LocalizedText } from './schema';
import { htmlToText, inlineText } from '../text/html-to-text';
import { foldText } from '../text/fold';
import { messageOf } from './message';
import { decodeEntities } from '../text/entities';

import { NEWS_WATCH_CHANNEL, NEWS_WATCH_LABEL } from './channels';

export { NEWS_WATCH_CHANNEL, NEWS_WATCH_LABEL };
/** Items without `_relais.category` (including every item of a plain JSON Feed). */
export const DEFAULT_CATEGORY = 'industry';

export interface LibraryItem {
  /** `${feedUrl}#${id}`: item ids are only unique within one feed. */
  key: string;
  feedUrl: string;
  id: string;
  title: string;
  /** The corporate message, always plain text. */
  text: string;
  summary?: string;
  url?: string;
  image?: string;
  /** Epoch milliseconds. */
  publishedAt: number;
  modifiedAt?: number;
  tags: string[];
  language?: string;
  channel: string;
  category: string;
  angles: string[];
  prompts: string[];
  /** Each with its leading "#". */
  hashtags: string[];
  mentions: string[];
  notBefore?: number;
  expiresAt?: number;
  campaign?: { start: number; end: number; name?: LocalizedText };
  pinned: boolean;
  /** The company page's own LinkedIn post about the item (`_relais.linkedin_post`), to repost or comment on. */
  linkedinPost?: string;
  /** Folded title, text, summary and tags, for accent- and case-insensitive search. */
  searchText: string;
}

/**
 * An item as the library list shows it: no message, angles or prompts (the
 * open item is read whole with `library.item`) and no search text (read once
 * the list shows, with `library.searchTexts`).
 */
export type LibraryListItem = Pick<
  LibraryItem,
  | 'key'
  | 'feedUrl'
  | 'title'
  | 'summary'
  | 'image'
  | 'publishedAt'
  | 'tags'
  | 'hashtags'
  | 'language'
  | 'channel'
  | 'category'
  | 'notBefore'
  | 'expiresAt'
  | 'campaign'
  | 'pinned'
>;

export interface FeedSnapshot {
  title: string;
  organisation?: string;
  language?: string;
  channels: Channel[];
  charter?: Charter;
  mix?: Record<string, number>;
  features: FeatureSwitches;
  /** The feed's selector hotfix for LinkedIn's composer (`_relais.linkedin_selectors`). */
  linkedinSelectors?: LinkedInSelectors;
  /** True when the feed had no `_relais` at all (a plain JSON Feed: "news watch"). */
  plain: boolean;
}

const toEpoch = (date: string | undefined) => (date === undefined ? undefined : Date.parse(date));

export interface ToLibraryItemOptions {
  /**
   * True for a feed without `_relais` (a newsroom's RSS, Atom or JSON Feed):
   * its items are articles, whose text is cut to a message (lib/feed/message.ts).
   */
  articles?: boolean;
}

export function toLibraryItem(
  feedUrl: string,
  item: FeedItem,
  fetchedAt: number,
  options: ToLibraryItemOptions = {},
): LibraryItem {
  const ext = item._relais;
  const url = item.url ?? item.external_url;
  // content_text wins when it has words; HTML is data here, reduced to text and never rendered.
  const fromHtml = !item.content_text?.trim();
  const fromArticle = fromHtml || options.articles === true;
  const body = fromHtml ? articleText(item.content_html ?? '', url ?? baseOf(feedUrl)) : undefined;
  const summary = item.summary === undefined ? undefined : inlineOrText(item.summary) || undefined;
  const rawTitle = item.title === undefined ? '' : inlineText(item.title);
  const fullText = body?.text ?? decodeEntities(item.content_text ?? '');
  const title = rawTitle || firstLine(summary ?? fullText) || url || item.id;
  const text = messageOf({ text: fullText, fromArticle, summary, title, url });
  const publishedAt = toEpoch(item.date_published) ?? toEpoch(item.date_modified) ?? fetchedAt;
  const tags = (item.tags ?? []).map(inlineText).filter((tag) => tag !== '');
  const bodyImage = body?.firstImage?.startsWith('https://') ? body.firstImage : undefined;
  return {
    key: `${feedUrl}#${item.id}`,
    feedUrl,
    id: item.id,
    title,
    text,
    summary,
    url,
    image: item.image ?? item.banner_image ?? bodyImage,
    publishedAt,
    modifiedAt: toEpoch(item.date_modified),
    tags,
    language: item.language,
    channel: ext?.channel ?? NEWS_WATCH_CHANNEL,
    category: ext?.category ?? DEFAULT_CATEGORY,
    angles: ext?.angles ?? [],
    prompts: ext?.prompts ?? [],
    hashtags: normaliseHashtags(ext?.hashtags ?? []),
    mentions: ext?.mentions ?? [],
    notBefore: toEpoch(ext?.not_before),
    expiresAt: toEpoch(ext?.expires_at),
    campaign: ext?.campaign
      ? { start: Date.parse(ext.campaign.start), end: Date.parse(ext.campaign.end), name: ext.campaign.name }
      : undefined,
    pinned: ext?.pinned ?? false,
    linkedinPost: ext?.linkedin_post,
    searchText: foldText([title, text, summary ?? '', tags.join(' ')].join('\n')),
  };
}

/**
 * "#Energie" and "energie" are one hashtag: stored once, with its "#", as
 * first written. Accents stay significant, as on LinkedIn ("#Énergie" and
 * "#Energie" are two hashtags there).
 */
function normaliseHashtags(hashtags: string[]): string[] {
  const seen = new Set<string>();
  return hashtags.flatMap((raw) => {
    const tag = raw.startsWith('#') ? raw : `#${raw}`;
    const key = tag.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [tag];
  });
}

/**
 * Some publishers escape their HTML twice (`&amp;lt;p&amp;gt;`): once read, it is still markup.
 * One more pass then, never more, so the cost stays linear.
 */
function articleText(html: string, baseUrl: string | undefined) {
  const once = htmlToText(html, { baseUrl });
  if (!ESCAPED_TWICE.test(once.text)) return once;
  const twice = htmlToText(once.text, { baseUrl });
  return { text: twice.text, firstImage: once.firstImage ?? twice.firstImage };
}
const ESCAPED_TWICE = /^\s*<(!--|\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>)|<(object|embed|iframe|script|param)\b/i;

/** The feed's address as a base for relative links, when it is a web address (the validator passes file paths). */
function baseOf(feedUrl: string): string | undefined {
  return /^https?:\/\//i.test(feedUrl) ? feedUrl : undefined;
}

/** Summaries are plain text in JSON Feed but often HTML in RSS: paragraphs kept either way. */
const inlineOrText = (value: string) =>
  /<[a-z!/]/i.test(value) ? htmlToText(value).text : decodeEntities(value).trim();

function firstLine(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}

/** Whether the library shows an item now, and if not, why: not published yet (embargo) or expired. */
export type Visibility = 'shown' | 'upcoming' | 'expired';

/** Embargoed items are hidden until `not_before`; expired ones disappear after `expires_at`, without a sync. */
export function visibilityAt(item: Pick<LibraryItem, 'notBefore' | 'expiresAt'>, now: number): Visibility {
  if (item.notBefore !== undefined && now < item.notBefore) return 'upcoming';
  if (item.expiresAt !== undefined && now >= item.expiresAt) return 'expired';
  return 'shown';
}

export function isVisibleAt(item: Pick<LibraryItem, 'notBefore' | 'expiresAt'>, now: number): boolean {
  return visibilityAt(item, now) === 'shown';
}
