/**
 * The one Dexie database class. Every schema change is a new `version(n)` with
 * an explicit upgrade; an upgrade that fails throws (Dexie aborts the
 * transaction, so the old data stays) and is never skipped. How to add a
 * version, with its fixture: docs/data.md.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { LibraryItem } from '../feed/library-item';
import type { DraftRecord, FeedRecord, MetaRecord, SharedItemSummary, ShareMonthDigest, ShareRecord } from './records';

export const REAL_DB_NAME = 'relais';
/** Workshop mode keeps its practice history apart from the employee's real one. */
export const WORKSHOP_DB_NAME = 'relais-workshop';

export type Workspace = 'real' | 'workshop';

/**
 * Version 1 stores. `shares` keeps `[itemKey+postedAt]`, the identity of a share
 * when history files are merged. `shareMonths` and `sharedItems` are derived
 * from `shares` (the share digest, docs/data.md): insight queries and "already
 * shared?" lookups read them instead of scanning share rows.
 */
export const STORES_V1 = {
  feeds: 'url, source',
  items: 'key, feedUrl, publishedAt, channel, category, language, expiresAt',
  drafts: 'itemKey, updatedAt',
  shares: '++id, itemKey, postedAt, feedUrl, category, [itemKey+postedAt]',
  shareMonths: 'month',
  sharedItems: 'itemKey',
  meta: 'key',
} as const;

export class RelaisDb extends Dexie {
  feeds!: EntityTable<FeedRecord, 'url'>;
  items!: EntityTable<LibraryItem, 'key'>;
  drafts!: EntityTable<DraftRecord, 'itemKey'>;
  shares!: EntityTable<ShareRecord, 'id'>;
  shareMonths!: EntityTable<ShareMonthDigest, 'month'>;
  sharedItems!: EntityTable<SharedItemSummary, 'itemKey'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = REAL_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    // Version 2: every share says how it was relayed (`kind`) and whether the image went along.
    // No index changes; v1 rows were all posts without an image.
    this.version(2)
      .stores({})
      .upgrade(async (transaction) => {
        await transaction
          .table('shares')
          .toCollection()
          .modify((share: Partial<ShareRecord>) => {
            share.kind ??= 'post';
            share.withImage ??= false;
          });
        // The digest's flags now carry the kind: rebuilt from the upgraded rows on the next read.
        await transaction.table('meta').delete('share-digest');
      });
  }
}

const openDatabases = new Map<string, RelaisDb>();

/** One instance per database name and context. */
export function getDb(workspace: Workspace = 'real'): RelaisDb {
  const name = workspace === 'workshop' ? WORKSHOP_DB_NAME : REAL_DB_NAME;
  let db = openDatabases.get(name);
  if (!db) {
    db = new RelaisDb(name);
    openDatabases.set(name, db);
  }
  return db;
}
