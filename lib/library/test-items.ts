/** Library items for tests and benchmarks, built through the real normalisation (`toLibraryItem`). */
import type { FeedItem } from '../feed/schema';
import { type LibraryItem, toLibraryItem } from '../feed/library-item';

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
