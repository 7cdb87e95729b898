/**
 * Parses a feed document: the one entry point for every format Relais reads
 * (JSON Feed 1.1 with `_relais`, JSON Feed 1 and 1.1, RSS 2.0/0.9x/1.0, Atom),
 * told apart by content. RSS and Atom are read into JSON Feed items, then every
 * format goes through the same lenient rules (lib/feed/lenient.ts) and schema.
 * A document that is no feed, or whose envelope (title, items list,
 * feed-level `_relais`) is wrong, fails as a whole; items are validated one by
 * one and a bad item is skipped with problems naming its id and path.
 * Warnings never skip anything. A web page that announces feeds says where.
 */
import { z } from 'zod';
import type { Locale } from '../i18n/messages';
import { foldText } from '../text/fold';
import { decodeEntities } from '../text/entities';
import {
  JSON_FEED_VERSION,
  feedEnvelopeSchema,
  feedExtensionSchema,
  feedItemSchema,
  itemExtensionSchema,
  type Channel,
  type FeedExtension,
  type FeedItem,
} from './schema';
import {
  type FeedSnapshot,
  type LibraryItem,
  NEWS_WATCH_CHANNEL,
  NEWS_WATCH_LABEL,
  toLibraryItem,
  type ToLibraryItemOptions,
} from './library-item';
import { type FeedProblem, type FeedWords, formatPath, pluralWords, problemsFromZod, speaker, words } from './problems';
import { findUnknownKeys } from './unknown-keys';
import { detectDocument } from './detect';
import { type AnnouncedFeed, findAnnouncedFeeds } from './discover';
import { type FeedFormat, jsonFeedFormat, lenientJsonFeed } from './lenient';
import { rssToRawFeed } from './xml/rss';
import { atomToRawFeed } from './xml/atom';
import type { RawFeed } from './xml/raw-feed';
import { appendAll } from '../arrays';

export { formatPath, type FeedProblem, type FeedWords } from './problems';
export type { FeedFormat } from './lenient';
export type { AnnouncedFeed } from './discover';

export interface ParseOptions {
  /** Language of the problem messages. */
  locale?: Locale;
  /** Where the document was read from (after redirects): the base for relative links, after `xml:base`. */
  feedUrl?: string;
  /**
   * The Content-Type it was served with. The format is judged by content; this
   * only sharpens the message when the content is no feed.
   */
  contentType?: string;
}

export type FeedParseResult =
  | {
      ok: true;
      /** What the document was; `json-feed-1.1` for a Relais feed. */
      format: FeedFormat;
      snapshot: FeedSnapshot;
      /** Valid items, each with `_relais.channel` resolved (see resolveChannels) and `language` defaulting to the feed's. */
      items: FeedItem[];
      /** Problems of the items left out; several problems may concern one item. */
      skipped: FeedProblem[];
      /** Things worth fixing that changed nothing (unknown `_relais` keys, hashtags over the charter's max…). */
      warnings: FeedProblem[];
    }
  | {
      ok: false;
      problems: FeedProblem[];
      /** For a web page: the feeds it announces in its head, to propose instead. */
      announced?: AnnouncedFeed[];
    };

/**
 * Problems need the faulty input (a missing field reads differently from a
 * wrong one), but asking zod for it costs its fast path on every item; so the
 * input is only asked for when explaining a failure.
 */
function safeParseExplained<T extends z.ZodType>(schema: T, value: unknown) {
  const quick = schema.safeParse(value);
  return quick.success ? quick : schema.safeParse(value, { reportInput: true });
}

/**
 * Judges a document (JSON Feed, RSS, Atom; a web page is told apart) as Relais reads it. Every problem
 * carries its message and hint as data too (`words`, `hintWords`), so one kept in a feed's status is
 * worded by the UI in the language shown, not in the parse's.
 */
export function parseFeedText(text: string, options: ParseOptions = {}): FeedParseResult {
  const say = speaker(options.locale ?? 'en');
  const document = detectDocument(text, { baseUrl: webAddress(options.feedUrl) });
  const fatal = (code: string, said: FeedWords, hintWords: FeedWords): FeedParseResult => ({
    ok: false,
    problems: [say({ path: '', code, words: said, hintWords })],
  });
  switch (document.kind) {
    case 'empty':
      return fatal('empty', words('emptyDocument'), words('hintEmptyDocument'));
    case 'unknown':
      return fatal('not-a-feed', words('notAFeed'), words('hintNotAFeed'));
    case 'other-xml':
      return fatal('not-a-feed', words('otherXml', { root: document.root }), words('hintNotAFeed'));
    case 'html': {
      const announced = findAnnouncedFeeds(document.text, webAddress(options.feedUrl));
      if (announced.length === 0) return fatal('html', words('htmlPage'), words('hintHtmlPage'));
      return {
        ok: false,
        announced,
        problems: [
          say({
            path: '',
            code: 'html-announces-feed',
            words: pluralWords('htmlAnnouncesFeed', announced.length, { url: announced[0]!.url }),
            hintWords: words('hintAnnouncedFeed', { urls: announced.map((feed) => feed.url).join(', ') }),
          }),
        ],
      };
    }
    case 'rss':
    case 'atom': {
      const raw = document.kind === 'rss' ? rssToRawFeed(document.root) : atomToRawFeed(document.root);
      const format: FeedFormat =
        document.kind === 'atom'
          ? document.version === '0.3'
            ? 'atom-0.3'
            : 'atom-1.0'
          : document.version === '1.0'
            ? 'rss-1.0'
            : document.version === '0.9'
              ? 'rss-0.9'
              : 'rss-2.0';
      return parseLenient(xmlEnvelope(raw, options.feedUrl), format, { ...options, fromXml: true });
    }
    case 'json':
      break;
  }
  let json: unknown;
  try {
    json = JSON.parse(document.text);
  } catch (error) {
    const { line, column, detail } = locateJsonError(document.text, (error as Error).message);
    return fatal('not-json', words('notJson', { detail, line, column }), words('hintNotJson'));
  }
  return parseLenient(json, jsonFeedFormat(json) ?? 'json-feed-1.1', options);
}

/** An RSS/Atom channel as a JSON Feed envelope; a feed without a title is named after its site. */
function xmlEnvelope(raw: RawFeed, feedUrl: string | undefined): unknown {
  const title = inlineTitle(raw.title) || hostOf(raw.home_page_url) || hostOf(feedUrl) || 'Feed';
  return { version: JSON_FEED_VERSION, ...raw, title };
}

const inlineTitle = (title: string) => title.replace(/\s+/g, ' ').trim();

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host || undefined : undefined;
  } catch {
    return undefined;
  }
}

const webAddress = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

function parseLenient(
  json: unknown,
  format: FeedFormat,
  options: ParseOptions & { fromXml?: boolean },
): FeedParseResult {
  const locale = options.locale ?? 'en';
  const lenient = lenientJsonFeed(json, { locale, feedUrl: webAddress(options.feedUrl), fromXml: options.fromXml });
  const parsed = parseFeedJson(lenient.json, options);
  if (!parsed.ok) return parsed;
  return { ...parsed, format, warnings: [...lenient.warnings, ...parsed.warnings] };
}

/** Judges a JSON Feed 1.1 document as the schema says, without the lenient rules (parseFeedText applies them). */
export function parseFeedJson(json: unknown, options: ParseOptions = {}): FeedParseResult {
  const locale = options.locale ?? 'en';
  const say = speaker(locale);
  const envelope = safeParseExplained(feedEnvelopeSchema, json);
  if (!envelope.success) return { ok: false, problems: problemsFromZod(envelope.error, locale) };
  const feed = envelope.data;
  const ext = feed._relais;
  const declared = ext?.channels ?? [];
  const declaredIds = new Set(declared.map((channel) => channel.id));
  const items: FeedItem[] = [];
  const skipped: FeedProblem[] = [];
  const warnings: FeedProblem[] = [];
  const seenIds = new Set<string>();

  const forbiddenMentions = new Set((ext?.charter?.forbidden_mentions ?? []).map(foldMention));
  const rawRelais = (json as { _relais?: unknown })._relais;
  appendAll(warnings, unknownKeyProblems(feedExtensionSchema, rawRelais, ['_relais'], locale));

  feed.items.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const itemId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    const where = { itemId, itemIndex: index };
    const parsed = safeParseExplained(feedItemSchema, raw);
    if (!parsed.success) {
      appendAll(skipped, problemsFromZod(parsed.error, locale, ['items', index], where));
      return;
    }
    const item = parsed.data;
    if (seenIds.has(item.id)) {
      skipped.push(
        say({
          path: `items[${index}].id`,
          code: 'duplicate-id',
          words: words('duplicateId', { id: item.id }),
          hintWords: words('hintDuplicateId'),
          ...where,
        }),
      );
      return;
    }
    const channel = item._relais?.channel;
    if (channel !== undefined && declaredIds.size > 0 && !declaredIds.has(channel)) {
      skipped.push(
        say({
          path: `items[${index}]._relais.channel`,
          code: 'unknown-channel',
          words: words('unknownChannel', { channel }),
          hintWords: words('hintChannel', { channels: [...declaredIds].join(', ') }),
          ...where,
        }),
      );
      return;
    }
    seenIds.add(item.id);
    if (item.language === undefined && feed.language !== undefined) item.language = feed.language;
    items.push(item);
    const rawItemRelais = (raw as { _relais?: unknown })._relais;
    warnings.push(
      ...unknownKeyProblems(itemExtensionSchema, rawItemRelais, ['items', index, '_relais'], locale, where),
      ...charterWarnings(item, index, ext, forbiddenMentions, locale, where),
    );
  });

  const channels = resolveChannels(items, declared);
  return {
    ok: true,
    format: 'json-feed-1.1',
    items,
    skipped,
    warnings,
    snapshot: {
      // Publishers escape titles twice (`Solaire &amp; Co`); a "<" stays a character.
      title: decodeEntities(feed.title).trim() || feed.title,
      organisation: ext?.organisation,
      language: feed.language,
      channels,
      charter: ext?.charter,
      mix: ext?.mix,
      features: ext?.features ?? {},
      linkedinSelectors: ext?.linkedin_selectors,
      plain: ext === undefined,
    },
  };
}

/**
 * Gives every item a channel and returns the channels to show: the declared
 * ones when there are any (an item without a channel goes to the first);
 * otherwise the ids the items use, labelled with themselves, plus "news watch"
 * for items without a channel. Every item's channel is then in the list.
 */
function resolveChannels(items: FeedItem[], declared: Channel[]): Channel[] {
  const fallback = declared[0]?.id ?? NEWS_WATCH_CHANNEL;
  const used: string[] = [];
  for (const item of items) {
    const channel = item._relais?.channel ?? fallback;
    item._relais = { ...item._relais, channel };
    if (!used.includes(channel)) used.push(channel);
  }
  if (declared.length > 0) return declared;
  return used.map((id) => ({ id, label: id === NEWS_WATCH_CHANNEL ? NEWS_WATCH_LABEL : id }));
}

function unknownKeyProblems(
  schema: z.ZodType,
  raw: unknown,
  prefix: PropertyKey[],
  locale: Locale,
  where?: { itemId?: string; itemIndex: number },
): FeedProblem[] {
  const say = speaker(locale);
  return findUnknownKeys(schema, raw, prefix).map((unknown) =>
    say({
      path: formatPath(unknown.path),
      code: 'unknown-key',
      words: words('unknownKey', { key: unknown.key }),
      hintWords: unknown.suggestion
        ? words('hintDidYouMean', { suggestion: unknown.suggestion })
        : words('hintUnknownKey'),
      ...where,
    }),
  );
}

/** An item that suggests what its own charter flags would set employees up to fail. */
function charterWarnings(
  item: FeedItem,
  index: number,
  ext: FeedExtension | undefined,
  forbidden: ReadonlySet<string>,
  locale: Locale,
  where: { itemId?: string; itemIndex: number },
): FeedProblem[] {
  const say = speaker(locale);
  const charter = ext?.charter;
  const problems: FeedProblem[] = [];
  const hashtags = item._relais?.hashtags ?? [];
  const max = charter?.hashtags?.max;
  if (max !== undefined && hashtags.length > max) {
    problems.push(
      say({
        path: `items[${index}]._relais.hashtags`,
        code: 'hashtags-over-max',
        words: words('hashtagsOverMax', { count: hashtags.length, max }),
        hintWords: words('hintHashtagsOverMax'),
        ...where,
      }),
    );
  }
  (item._relais?.mentions ?? []).forEach((mention, mentionIndex) => {
    if (forbidden.has(foldMention(mention))) {
      problems.push(
        say({
          path: `items[${index}]._relais.mentions[${mentionIndex}]`,
          code: 'forbidden-mention',
          words: words('forbiddenMentionSuggested', { mention }),
          hintWords: words('hintForbiddenMention'),
          ...where,
        }),
      );
    }
  });
  return problems;
}

const foldMention = (mention: string) => foldText(mention.replace(/^@/, '').trim());

/** Line and column (1-based) of a JSON.parse error, from the engine's message. */
export function locateJsonError(text: string, engineMessage: string): { line: number; column: number; detail: string } {
  const lineColumn = /line (\d+) column (\d+)/.exec(engineMessage);
  const position = /position (\d+)/.exec(engineMessage);
  const token = /Unexpected token '(.+?)'/.exec(engineMessage);
  let offset = 0;
  if (position) offset = Number(position[1]);
  else if (/Unexpected end/i.test(engineMessage)) offset = text.length;
  else if (token?.[1]) offset = Math.max(0, text.indexOf(token[1]));
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  const detail = engineMessage
    .replace(/,? ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)/, '')
    .trim();
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]), detail };
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, detail };
}

export function toLibraryItems(
  feedUrl: string,
  items: FeedItem[],
  fetchedAt: number,
  options: ToLibraryItemOptions = {},
): LibraryItem[] {
  return items.map((item) => toLibraryItem(feedUrl, item, fetchedAt, options));
}
