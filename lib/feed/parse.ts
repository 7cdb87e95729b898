/**
 * Parses a feed document. A feed that is not JSON, or whose envelope is wrong,
 * fails as a whole; items are validated one by one and a bad item is skipped
 * with a problem naming its id and JSON path.
 */
import type { z } from 'zod';
import { feedEnvelopeSchema, feedItemSchema, type FeedItem } from './schema';
import { type FeedSnapshot, type LibraryItem, toLibraryItem } from './library-item';

export interface FeedProblem {
  /** JSON path, e.g. `items[3]._relais.expires_at`. */
  path: string;
  message: string;
  /** The id of the skipped item, when it had one. */
  itemId?: string;
}

export type FeedParseResult =
  | { ok: true; snapshot: FeedSnapshot; items: FeedItem[]; skipped: FeedProblem[] }
  | { ok: false; problems: FeedProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

function toProblems(error: z.ZodError, prefix: readonly PropertyKey[], itemId?: string): FeedProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
    itemId,
  }));
}

export function parseFeedText(text: string): FeedParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `Not valid JSON: ${(error as Error).message}` }],
    };
  }
  return parseFeedJson(json);
}

export function parseFeedJson(json: unknown): FeedParseResult {
  const envelope = feedEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, problems: toProblems(envelope.error, []) };
  const feed = envelope.data;
  const items: FeedItem[] = [];
  const skipped: FeedProblem[] = [];
  const seenIds = new Set<string>();
  feed.items.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const itemId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    const parsed = feedItemSchema.safeParse(raw);
    if (!parsed.success) {
      skipped.push(...toProblems(parsed.error, ['items', index], itemId));
      return;
    }
    if (seenIds.has(parsed.data.id)) {
      skipped.push({ path: `items[${index}].id`, message: `Duplicate item id "${parsed.data.id}"`, itemId });
      return;
    }
    seenIds.add(parsed.data.id);
    items.push(parsed.data);
  });
  const ext = feed._relais;
  return {
    ok: true,
    items,
    skipped,
    snapshot: {
      title: feed.title,
      organisation: ext?.organisation,
      language: feed.language,
      channels: ext?.channels ?? [],
      charter: ext?.charter,
      mix: ext?.mix,
      features: ext?.features ?? {},
      plain: ext === undefined,
    },
  };
}

export function toLibraryItems(feedUrl: string, items: FeedItem[], fetchedAt: number): LibraryItem[] {
  return items.map((item) => toLibraryItem(feedUrl, item, fetchedAt));
}
