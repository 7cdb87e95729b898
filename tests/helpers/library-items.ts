/**
 * Library items for tests and benchmarks: `testItem` through the real
 * normalisation (`toLibraryItem`, from feed-shaped input), `anItem` by hand
 * (every stored field given, for tests about what the library does with them).
 */
import type { FeedItem } from '../../lib/feed/schema';
import { type LibraryItem, toLibraryItem } from '../../lib/feed/library-item';

export const TEST_FEED_URL = 'https://comms.example.com/feed.json';

export interface TestItemInput {
  id: string;
  title?: string;
  text?: string;
  tags?: string[];
  language?: string;
  channel?: string;
  category?: string;
  pinned?: boolean;
  /** Epoch ms. */
  publishedAt?: number;
  campaign?: { start: number; end: number };
  expiresAt?: number;
  feedUrl?: string;
}

export function testItem(input: TestItemInput): LibraryItem {
  const feedItem: FeedItem = {
    id: input.id,
    title: input.title ?? `Item ${input.id}`,
    content_text: input.text ?? 'A message from the comms team.',
    tags: input.tags,
    language: input.language,
    date_published: new Date(input.publishedAt ?? Date.UTC(2026, 0, 1)).toISOString(),
    _relais: {
      channel: input.channel,
      category: input.category,
      pinned: input.pinned,
      campaign: input.campaign
        ? { start: new Date(input.campaign.start).toISOString(), end: new Date(input.campaign.end).toISOString() }
        : undefined,
      expires_at: input.expiresAt === undefined ? undefined : new Date(input.expiresAt).toISOString(),
    },
  };
  return toLibraryItem(input.feedUrl ?? TEST_FEED_URL, feedItem, 0);
}

/** A visible library item; override what the test is about. */
export function anItem(overrides: Partial<LibraryItem> & { id: string }): LibraryItem {
  const feedUrl = overrides.feedUrl ?? TEST_FEED_URL;
  return {
    key: `${feedUrl}#${overrides.id}`,
    feedUrl,
    title: overrides.id,
    text: `About ${overrides.id}`,
    publishedAt: Date.UTC(2026, 0, 1),
    tags: [],
    channel: 'corporate',
    category: 'product',
    angles: [],
    prompts: [],
    hashtags: [],
    mentions: [],
    pinned: false,
    searchText: overrides.id,
    ...overrides,
  };
}
