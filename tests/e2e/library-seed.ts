/**
 * Puts a library straight into the extension's IndexedDB, through its
 * background worker, for tests and benchmarks that need many or hostile items
 * without a feed server. The object stores are created exactly as Dexie would
 * (read from the one RelaisDb class), so the worker opens the database as if
 * it had written it itself.
 */
import type { Worker } from '@playwright/test';
import { RelaisDb, REAL_DB_NAME, WORKSHOP_DB_NAME, type Workspace } from '../../lib/db/db';
import type { FeedRecord } from '../../lib/db/records';
import { type FeedSnapshot, type LibraryItem, toLibraryItem } from '../../lib/feed/library-item';
import type { FeedItem } from '../../lib/feed/schema';
import { STORAGE_KEYS } from '../../lib/storage/keys';

interface StoreSpec {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Array<{ name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }>;
}

interface DatabaseSpec {
  name: string;
  /** Dexie stores version n as IndexedDB version n × 10. */
  version: number;
  stores: StoreSpec[];
}

function databaseSpec(workspace: Workspace): DatabaseSpec {
  const db = new RelaisDb('relais-schema-reader');
  return {
    name: workspace === 'workshop' ? WORKSHOP_DB_NAME : REAL_DB_NAME,
    version: db.verno * 10,
    stores: db.tables.map((table) => ({
      name: table.name,
      keyPath: table.schema.primKey.keyPath ?? null,
      autoIncrement: table.schema.primKey.auto ?? false,
      indexes: table.schema.indexes.map((index) => ({
        name: index.name,
        keyPath: index.keyPath ?? index.name,
        unique: index.unique ?? false,
        multiEntry: index.multi ?? false,
      })),
    })),
  };
}

export interface SeedLibrary {
  items: LibraryItem[];
  feeds: FeedRecord[];
  workspace?: Workspace;
}

/** Writes feeds and items (replacing what was there), then bumps libraryVersion so open UIs refresh. */
export async function seedLibrary(background: Worker, { items, feeds, workspace = 'real' }: SeedLibrary) {
  await background.evaluate(
    async ({ spec, items, feeds }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(spec.name, spec.version);
        request.onupgradeneeded = () => {
          for (const store of spec.stores) {
            if (request.result.objectStoreNames.contains(store.name)) continue;
            const created = request.result.createObjectStore(store.name, {
              keyPath: store.keyPath,
              autoIncrement: store.autoIncrement,
            });
            for (const index of store.indexes) {
              created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
            }
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['feeds', 'items'], 'readwrite');
        transaction.objectStore('items').clear();
        transaction.objectStore('feeds').clear();
        for (const feed of feeds) transaction.objectStore('feeds').put(feed);
        for (const item of items) transaction.objectStore('items').put(item);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { spec: databaseSpec(workspace), items, feeds },
  );
  await setExtensionStorage(background, { [STORAGE_KEYS.libraryVersion]: Date.now() });
}

/** Writes to the extension's storage.local from its worker (e.g. sidebarOpen, libraryVersion). */
export async function setExtensionStorage(background: Worker, values: Record<string, unknown>) {
  await background.evaluate(
    (values) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } } }
      ).chrome.storage.local.set(values),
    values,
  );
}

/**
 * Merges `patch` into Relais's stored settings, as the options page would, and writes `alongside` (other
 * storage.local keys, such as `tourSeen`) in the same call.
 */
export async function patchSettings(
  background: Worker,
  patch: Record<string, unknown>,
  alongside: Record<string, unknown> = {},
) {
  await background.evaluate(
    async ({ key, patch, alongside }) => {
      type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      const storage = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const current = ((await storage.get(key))[key] ?? {}) as Record<string, unknown>;
      await storage.set({ [key]: { ...current, ...patch }, ...alongside });
    },
    { key: STORAGE_KEYS.settings, patch, alongside },
  );
}

export const SEED_FEED_URL = 'https://comms.example.com/relais/feed.json';

/** A feed record as the sync would store it after a good fetch. */
export function seedFeed(snapshot: Partial<FeedSnapshot> = {}, url = SEED_FEED_URL): FeedRecord {
  const now = Date.now();
  return {
    url,
    source: 'user',
    addedAt: now,
    snapshot: { title: 'Acme news', channels: [], features: {}, plain: false, ...snapshot },
    status: { lastAttemptAt: now, lastSuccessAt: now, itemCount: 0, skipped: [] },
  };
}

/** A stored item, normalised by the same function the sync uses. Fields in `item` bypass the feed schema on purpose. */
export function seedItem(item: Partial<FeedItem> & { id: string }, feedUrl = SEED_FEED_URL): LibraryItem {
  return toLibraryItem(feedUrl, { content_text: `Item ${item.id}`, ...item } as FeedItem, Date.now());
}

/** `count` plausible items, newest first, spread over three channels. */
export function manyItems(count: number, feedUrl = SEED_FEED_URL): LibraryItem[] {
  const day = 24 * 60 * 60 * 1000;
  const start = Date.now() - day;
  return Array.from({ length: count }, (_, index) =>
    seedItem(
      {
        id: `item-${index}`,
        title: `Announcement ${index + 1}: our teams ship a new customer story`,
        content_text: `We are proud to share update number ${index + 1}. `.repeat(6),
        summary: `Short summary of update ${index + 1}`,
        date_published: new Date(start - index * 60_000).toISOString(),
        tags: ['product', `tag-${index % 20}`],
        _relais: {
          channel: ['news', 'careers', 'product'][index % 3],
          category: ['product', 'culture', 'industry'][index % 3],
          angles: ['What it changes for customers', 'What I learned'],
          prompts: ['What did you work on?', 'Who should read this?'],
        },
      },
      feedUrl,
    ),
  );
}
