/**
 * Parses a feed document. A feed that is not JSON, or whose envelope (version,
 * title, items list, feed-level `_relais`) is wrong, fails as a whole; items
 * are validated one by one and a bad item is skipped with problems naming its
 * id and JSON path. Warnings never skip anything.
 */
import { z } from 'zod';
import type { Locale } from '../i18n/messages';
import { foldText } from '../text/fold';
import {
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
} from './library-item';
import { type FeedProblem, feedTranslator, formatPath, problemsFromZod } from './problems';
import { findUnknownKeys } from './unknown-keys';

export { formatPath, type FeedProblem } from './problems';

export interface ParseOptions {
  /** Language of the problem messages. */
  locale?: Locale;
}

export type FeedParseResult =
  | {
      ok: true;
      snapshot: FeedSnapshot;
      /** Valid items, each with `_relais.channel` resolved (see resolveChannels) and `language` defaulting to the feed's. */
      items: FeedItem[];
      /** Problems of the items left out; several problems may concern one item. */
      skipped: FeedProblem[];
      /** Things worth fixing that changed nothing (unknown `_relais` keys, hashtags over the charter's max…). */
      warnings: FeedProblem[];
    }
  | { ok: false; problems: FeedProblem[] };

/**
 * Problems need the faulty input (a missing field reads differently from a
 * wrong one), but asking zod for it costs its fast path on every item; so the
 * input is only asked for when explaining a failure.
 */
function safeParseExplained<T extends z.ZodType>(schema: T, value: unknown) {
  const quick = schema.safeParse(value);
  return quick.success ? quick : schema.safeParse(value, { reportInput: true });
}

export function parseFeedText(text: string, options: ParseOptions = {}): FeedParseResult {
  const locale = options.locale ?? 'en';
  const t = feedTranslator(locale);
  // Editors on Windows like to start UTF-8 files with a byte order mark, which JSON.parse refuses.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = source.trimStart();
  if (trimmed === '') {
    return {
      ok: false,
      problems: [{ path: '', code: 'empty', message: t('emptyDocument'), hint: t('hintEmptyDocument') }],
    };
  }
  if (trimmed.startsWith('<')) {
    return { ok: false, problems: [{ path: '', code: 'html', message: t('htmlPage'), hint: t('hintHtmlPage') }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const { line, column, detail } = locateJsonError(source, (error as Error).message);
    return {
      ok: false,
      problems: [
        { path: '', code: 'not-json', message: t('notJson', { detail, line, column }), hint: t('hintNotJson') },
      ],
    };
  }
  return parseFeedJson(json, options);
}

export function parseFeedJson(json: unknown, options: ParseOptions = {}): FeedParseResult {
  const locale = options.locale ?? 'en';
  const t = feedTranslator(locale);
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
  warnings.push(...unknownKeyProblems(feedExtensionSchema, rawRelais, ['_relais'], locale));

  feed.items.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const itemId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    const where = { itemId, itemIndex: index };
    const parsed = safeParseExplained(feedItemSchema, raw);
    if (!parsed.success) {
      skipped.push(...problemsFromZod(parsed.error, locale, ['items', index], where));
      return;
    }
    const item = parsed.data;
    if (seenIds.has(item.id)) {
      skipped.push({
        path: `items[${index}].id`,
        code: 'duplicate-id',
        message: t('duplicateId', { id: item.id }),
        hint: t('hintDuplicateId'),
        ...where,
      });
      return;
    }
    const channel = item._relais?.channel;
    if (channel !== undefined && declaredIds.size > 0 && !declaredIds.has(channel)) {
      skipped.push({
        path: `items[${index}]._relais.channel`,
        code: 'unknown-channel',
        message: t('unknownChannel', { channel }),
        hint: t('hintChannel', { channels: [...declaredIds].join(', ') }),
        ...where,
      });
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
    items,
    skipped,
    warnings,
    snapshot: {
      title: feed.title,
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
  const t = feedTranslator(locale);
  return findUnknownKeys(schema, raw, prefix).map((unknown) => ({
    path: formatPath(unknown.path),
    code: 'unknown-key',
    message: t('unknownKey', { key: unknown.key }),
    hint: unknown.suggestion ? t('hintDidYouMean', { suggestion: unknown.suggestion }) : t('hintUnknownKey'),
    ...where,
  }));
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
  const t = feedTranslator(locale);
  const charter = ext?.charter;
  const problems: FeedProblem[] = [];
  const hashtags = item._relais?.hashtags ?? [];
  const max = charter?.hashtags?.max;
  if (max !== undefined && hashtags.length > max) {
    problems.push({
      path: `items[${index}]._relais.hashtags`,
      code: 'hashtags-over-max',
      message: t('hashtagsOverMax', { count: hashtags.length, max }),
      hint: t('hintHashtagsOverMax'),
      ...where,
    });
  }
  (item._relais?.mentions ?? []).forEach((mention, mentionIndex) => {
    if (forbidden.has(foldMention(mention))) {
      problems.push({
        path: `items[${index}]._relais.mentions[${mentionIndex}]`,
        code: 'forbidden-mention',
        message: t('forbiddenMentionSuggested', { mention }),
        hint: t('hintForbiddenMention'),
        ...where,
      });
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

export function toLibraryItems(feedUrl: string, items: FeedItem[], fetchedAt: number): LibraryItem[] {
  return items.map((item) => toLibraryItem(feedUrl, item, fetchedAt));
}
