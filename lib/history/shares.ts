/**
 * The employee's share history: what they posted, when, and how much of it was
 * their own words. Stored only in this browser's IndexedDB.
 */
import type { z } from 'zod';
import type { RelaisDb } from '../db/db';
import { shareRecordSchema, type ShareRecord } from '../db/records';
import { foldedWords, foldText } from '../text/fold';
import { changeShares, clearShareDigest, digestTables, type StoredShare } from './digest';
import { withStorageErrors } from './errors';

const newShareSchema = shareRecordSchema.omit({ id: true });

/** A share to record: `kind` and `withImage` may be left out (a post without image), as in exports before them. */
export type NewShare = z.input<typeof newShareSchema>;
/** A share as stored, before it has an id. */
type ShareRow = Omit<ShareRecord, 'id'>;

/**
 * Records one share and drops the item's draft, which has now been posted.
 * Throws a ZodError for a malformed share, a `StorageError` when storage fails
 * (then nothing was written).
 */
export async function recordShare(db: RelaisDb, share: NewShare): Promise<StoredShare> {
  const row = newShareSchema.parse(share);
  return withStorageErrors(() =>
    db.transaction('rw', [...digestTables(db), db.drafts], () =>
      changeShares(db, async (log) => {
        const id = (await db.shares.add(row)) as number;
        const stored = { ...row, id };
        log.added([stored]);
        await db.drafts.delete(row.itemKey);
        return stored;
      }),
    ),
  );
}

/** Adds shares as they are (imported or generated histories), all or none; drafts are left alone. */
export async function recordShares(db: RelaisDb, shares: readonly NewShare[]): Promise<StoredShare[]> {
  const rows = shares.map((share) => newShareSchema.parse(share));
  return withStorageErrors(() => db.transaction('rw', digestTables(db), () => addShareRows(db, rows)));
}

/** The write behind `recordShares`, for callers already inside a rw transaction over `digestTables`. */
export async function addShareRows(db: RelaisDb, rows: readonly ShareRow[]): Promise<StoredShare[]> {
  return changeShares(db, async (log) => {
    const ids = await db.shares.bulkAdd(rows as ShareRow[], { allKeys: true });
    const stored = rows.map((row, i) => ({ ...row, id: ids[i]! }));
    log.added(stored);
    return stored;
  });
}

export interface ListSharesOptions {
  /** Words that must all appear in the title or the text, ignoring case and accents. */
  search?: string;
  limit?: number;
  offset?: number;
}

/** Shares, newest first. */
export async function listShares(db: RelaisDb, options: ListSharesOptions = {}): Promise<StoredShare[]> {
  const { search = '', limit = 50, offset = 0 } = options;
  const words = foldedWords(search);
  return withStorageErrors(async () => {
    let collection = db.shares.orderBy('postedAt').reverse();
    if (words.length > 0) {
      collection = collection.filter((share) => {
        const haystack = foldText(`${share.title}\n${share.text}`);
        return words.every((word) => haystack.includes(word));
      });
    }
    return (await collection.offset(offset).limit(limit).toArray()) as StoredShare[];
  });
}

export async function getShare(db: RelaisDb, id: number): Promise<StoredShare | undefined> {
  return withStorageErrors(async () => (await db.shares.get(id)) as StoredShare | undefined);
}

/** Deletes one share; false when there was none with this id. */
export async function deleteShare(db: RelaisDb, id: number): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', digestTables(db), () =>
      changeShares(db, async (log) => {
        const share = (await db.shares.get(id)) as StoredShare | undefined;
        if (!share) return false;
        await db.shares.delete(id);
        log.removed([share]);
        return true;
      }),
    ),
  );
}

/** Forgets every share and draft, in one transaction. Feeds and the library stay. */
export async function deleteAllHistory(db: RelaisDb): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', [...digestTables(db), db.drafts], async () => {
      await Promise.all([db.shares.clear(), db.drafts.clear(), clearShareDigest(db)]);
    }),
  );
}
