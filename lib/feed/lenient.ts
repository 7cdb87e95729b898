/**
 * Lenient where publishers are sloppy: the rules that turn a JSON Feed as
 * companies really publish it (version 1 or 1.1, or what the RSS and Atom
 * readers made of a feed) into one the schema accepts, with a warning for
 * each thing dropped or guessed. Never lenient on what protects employees:
 * `javascript:`/`data:` links still skip the item (the schema says so),
 * images stay https-only (an http image is dropped, the item kept), and
 * `_relais` is left for the schema to judge as strictly as ever.
 */
import { z } from 'zod';
import type { Locale } from '../i18n/messages';
import { readFeedDate } from './dates';
import { type FeedProblem, type FeedWords, formatPath, problemsFromZod, speaker, words } from './problems';
import { JSON_FEED_VERSION, imageLink, languageTag, webLink } from './schema';
import { stableItemId } from './stable-id';

export type FeedFormat =
  'json-feed-1.1' | 'json-feed-1.0' | 'rss-2.0' | 'rss-1.0' | 'rss-0.9' | 'atom-1.0' | 'atom-0.3';

/** Versions JSON Feed has published; 1.1 only added fields, so 1 reads the same way. */
const JSON_FEED_VERSIONS = /^https?:\/\/jsonfeed\.org\/version\/1(\.1)?\/?$/;

const SCRIPT_SCHEMES = /^\s*(javascript|data|vbscript):/i;

export interface LenientOptions {
  locale: Locale;
  /** Where the feed was read from: the first base for relative links. */
  feedUrl?: string;
  /** True for RSS/Atom, where a missing guid or link is common and needs no warning of its own. */
  fromXml?: boolean;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function absoluteBase(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not absolute: try the next.
    }
  }
  return undefined;
}

/** Returns the version JSON Feed format, or undefined if the document does not claim one. */
export function jsonFeedFormat(json: unknown): FeedFormat | undefined {
  if (!isObject(json) || typeof json.version !== 'string' || !JSON_FEED_VERSIONS.test(json.version.trim()))
    return undefined;
  return json.version.includes('1.1') ? 'json-feed-1.1' : 'json-feed-1.0';
}

/** A copy of `json` the schema can judge, and what was changed on the way. Leaves non-feeds alone. */
export function lenientJsonFeed(json: unknown, options: LenientOptions): { json: unknown; warnings: FeedProblem[] } {
  if (!isObject(json)) return { json, warnings: [] };
  const say = speaker(options.locale);
  const warnings: FeedProblem[] = [];
  const feed: Json = { ...json };
  if (jsonFeedFormat(feed) !== undefined) feed.version = JSON_FEED_VERSION;
  dropNulls(feed);

  const base = absoluteBase(options.feedUrl, feed.feed_url, feed.home_page_url);
  const drop = (
    target: Json,
    key: string,
    why: { words: FeedWords; hintWords?: FeedWords },
    path: PropertyKey[],
    where?: Where,
  ) => {
    delete target[key];
    warnings.push(say({ path: formatPath(path), code: 'dropped-field', ...why, ...where }));
  };
  const checkField = (target: Json, key: string, schema: z.ZodType, path: PropertyKey[], where?: Where) => {
    if (!(key in target)) return;
    // Judged as a field of its object, so the explanation knows which field it is (an image, a link…).
    const parsed = fieldSchema(key, schema).safeParse({ [key]: target[key] }, { reportInput: true });
    if (parsed.success) return;
    const [explained] = problemsFromZod(parsed.error, options.locale, path.slice(0, -1), where);
    // Zod's own message has no words: it is quoted as it is, in every language.
    const problem = explained ? (explained.words ?? explained.message) : words('invalid');
    drop(target, key, { words: words('fieldDropped', { problem }), hintWords: explained?.hintWords }, path, where);
  };
  const resolveLink = (target: Json, key: string) => {
    const value = target[key];
    if (typeof value !== 'string') return;
    if (SCRIPT_SCHEMES.test(value)) return; // strict: the schema skips the item
    const trimmed = value.trim();
    if (trimmed === '') return; // the field check below drops it, with a warning
    try {
      target[key] = new URL(trimmed, base).href;
    } catch {
      // Relative without a base: the field check below explains it.
    }
  };

  for (const key of ['home_page_url', 'feed_url', 'icon', 'favicon']) resolveLink(feed, key);
  checkField(feed, 'home_page_url', webLink, ['home_page_url']);
  checkField(feed, 'feed_url', webLink, ['feed_url']);
  checkField(feed, 'icon', imageLink, ['icon']);
  checkField(feed, 'language', languageTag, ['language']);
  if ('description' in feed && typeof feed.description !== 'string') delete feed.description;

  if (Array.isArray(feed.items)) {
    feed.items = feed.items.map((raw, index) => {
      if (!isObject(raw)) return raw;
      const item: Json = { ...raw };
      dropNulls(item);
      const path = (key: string): PropertyKey[] => ['items', index, key];
      const where: Where = { itemIndex: index };
      if (typeof item.title === 'number') item.title = String(item.title);
      for (const key of ['title', 'content_text', 'content_html', 'summary']) {
        if (key in item && typeof item[key] !== 'string') delete item[key];
      }
      for (const key of ['url', 'external_url', 'image', 'banner_image']) resolveLink(item, key);
      if (!(typeof item.id === 'string' && item.id.trim() !== '') && typeof item.id !== 'number') {
        const fallback = hasText(item.url) ? item.url : hasText(item.external_url) ? item.external_url : undefined;
        item.id = fallback ?? stableItemId([item.title as string, item.date_published as string]);
        if (!options.fromXml || fallback === undefined) {
          warnings.push(
            say({
              path: formatPath(path('id')),
              code: 'id-missing',
              words: fallback ? words('idFromLink') : words('idFromHash'),
              hintWords: words('hintId'),
              ...where,
            }),
          );
        }
      }
      where.itemId = String(item.id);
      checkField(item, 'url', linkOrScript, path('url'), where);
      checkField(item, 'external_url', linkOrScript, path('external_url'), where);
      checkField(item, 'image', imageLink, path('image'), where);
      checkField(item, 'banner_image', imageLink, path('banner_image'), where);
      checkField(item, 'language', languageTag, path('language'), where);
      for (const key of ['date_published', 'date_modified']) {
        if (!(key in item)) continue;
        const read = typeof item[key] === 'string' ? readFeedDate(item[key]) : ({ ok: false } as const);
        if (!read.ok) {
          drop(item, key, { words: words('dateDropped'), hintWords: words('hintDate') }, path(key), where);
          continue;
        }
        item[key] = read.iso;
        if (read.zoneMissing)
          warnings.push(
            say({
              path: formatPath(path(key)),
              code: 'date-without-zone',
              words: words('dateWithoutZone'),
              hintWords: words('hintDateZone'),
              ...where,
            }),
          );
      }
      if (typeof item.tags === 'string') item.tags = item.tags.trim() === '' ? [] : [item.tags];
      else if (Array.isArray(item.tags))
        item.tags = item.tags.flatMap((tag) =>
          typeof tag === 'string' || typeof tag === 'number' ? [String(tag)] : [],
        );
      else delete item.tags;
      if (!hasText(item.content_text) && !hasText(item.content_html)) {
        // A summary is a message; so is a titled link (link posts, image-only posts).
        if (hasText(item.summary)) item.content_text = item.summary;
        else if (hasText(item.title) && hasText(item.url)) item.content_text = item.title;
      }
      return item;
    });
  }
  return { json: feed, warnings };
}

type Where = { itemId?: string; itemIndex: number };

/** Kept as is so that the schema refuses it and skips the item, as always. */
const scriptLink = z.custom<string>((value) => typeof value === 'string' && SCRIPT_SCHEMES.test(value));
const linkOrScript = webLink.or(scriptLink);

/**
 * `{ [key]: schema }`, built once: zod compiles each new object schema on its first parse, which
 * cost more than the rest of the lenient pass together when done for every field of 5,000 items.
 */
const fieldSchemas = new Map<z.ZodType, Map<string, z.ZodType>>();
function fieldSchema(key: string, schema: z.ZodType): z.ZodType {
  let byKey = fieldSchemas.get(schema);
  if (!byKey) fieldSchemas.set(schema, (byKey = new Map()));
  let object = byKey.get(key);
  if (!object) byKey.set(key, (object = z.object({ [key]: schema })));
  return object;
}

/** `null` means absent in JSON Feeds written by hand or by templates. `_relais` is left to the schema. */
function dropNulls(target: Json) {
  for (const key of Object.keys(target)) {
    if ((target[key] === null || target[key] === undefined) && key !== '_relais') delete target[key];
  }
}
