/**
 * Replaces the extension's library (the demo, on a fresh profile) with one feed and its items, as a sync would,
 * then bumps `libraryVersion` so open sidebars refresh. Items go through the
 * real parser and normaliser (lib/feed) on the test side; the worker only
 * stores them, with the raw IndexedDB API (the worker has no Dexie global).
 *
 * The database must exist first: open the sidebar once (its library request
 * makes the worker's Dexie create it) before seeding.
 */
import type { Worker } from '@playwright/test';
import type { FeedRecord, FeedSource } from '../../lib/db/records';
import { parseFeedJson, toLibraryItems } from '../../lib/feed/parse';
import { REAL_DB_NAME } from '../../lib/db/db';
import { STORAGE_KEYS } from '../../lib/storage/keys';

export interface SeedOptions {
  url?: string;
  source?: FeedSource;
  now?: number;
  /** Overrides of the feed's sync status, e.g. a `lastError`. */
  status?: Partial<FeedRecord['status']>;
}

export async function seedLibrary(background: Worker, feedJson: unknown, options: SeedOptions = {}) {
  const url = options.url ?? 'https://comms.example.com/relais/feed.json';
  const now = options.now ?? Date.now();
  const parsed = parseFeedJson(feedJson);
  if (!parsed.ok) throw new Error(`The seed feed is invalid: ${JSON.stringify(parsed.problems)}`);
  const items = toLibraryItems(url, parsed.items, now);
  const feed: FeedRecord = {
    url,
    source: options.source ?? 'user',
    addedAt: now,
    snapshot: parsed.snapshot,
    status: {
      lastAttemptAt: now,
      lastSuccessAt: now,
      itemCount: items.length,
      skipped: parsed.skipped,
      ...options.status,
    },
  };
  await background.evaluate(
    async ({ dbName, versionKey, feed, items }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onupgradeneeded = () => {
          request.transaction?.abort();
          reject(new Error(`IndexedDB "${dbName}" does not exist yet: open the sidebar before seeding.`));
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`Could not open IndexedDB "${dbName}"`));
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['feeds', 'items'], 'readwrite');
        // Like adding a first feed, which retires the demo library the extension installs.
        transaction.objectStore('items').clear();
        transaction.objectStore('feeds').clear();
        transaction.objectStore('feeds').put(feed);
        for (const item of items) transaction.objectStore('items').put(item);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(values: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ [versionKey]: Date.now() });
    },
    { dbName: REAL_DB_NAME, versionKey: STORAGE_KEYS.libraryVersion, feed, items },
  );
  return { feed, items };
}
