/**
 * The share digest: per UTC month, the few facts insight queries need about
 * each share (id, time, own words, category, clean flag) in typed arrays
 * (`shareMonths`), and per library item how often and when last it was shared
 * (`sharedItems`). It is derived from `shares` and written in the same
 * transaction as every share change made through lib/history. If `shares` was changed some other way (its
 * row count or highest id no longer match the digest's state), the digest is
 * rebuilt from the rows before it is read, so it can be slow once, never wrong.
 */
import Dexie from 'dexie';
import type { RelaisDb } from '../db/db';
import {
  SHARE_FLAG_CLEAN,
  SHARE_FLAG_COMMENT,
  SHARE_FLAG_REPOST,
  SHARE_FLAG_WITH_IMAGE,
  type SharedItemSummary,
  type ShareDigestState,
  type ShareMonthDigest,
  type ShareRecord,
} from '../db/records';
import { appendAll } from '../arrays';

const STATE_KEY = 'share-digest';

/** Months since January 1970, UTC. */
export function monthOf(epoch: number): number {
  const date = new Date(epoch);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

interface DigestEntry {
  id: number;
  postedAt: number;
  ownWords: number;
  category: string;
  flags: number;
}

export type StoredShare = ShareRecord & { id: number };

const KIND_FLAGS: Record<ShareRecord['kind'], number> = {
  post: 0,
  repost: SHARE_FLAG_REPOST,
  comment: SHARE_FLAG_COMMENT,
};

const flagsOf = (share: ShareRecord) =>
  (share.findings.some((finding) => finding.severity === 'error' || finding.severity === 'warning')
    ? 0
    : SHARE_FLAG_CLEAN) |
  KIND_FLAGS[share.kind ?? 'post'] |
  (share.withImage ? SHARE_FLAG_WITH_IMAGE : 0);

/** The kind a digest flag byte records. */
export function kindOfFlags(flags: number): ShareRecord['kind'] {
  if (flags & SHARE_FLAG_COMMENT) return 'comment';
  if (flags & SHARE_FLAG_REPOST) return 'repost';
  return 'post';
}

const toEntry = (share: StoredShare): DigestEntry => ({
  id: share.id,
  postedAt: share.postedAt,
  ownWords: share.ownWords,
  category: share.category,
  flags: flagsOf(share),
});

function unpack(row: ShareMonthDigest | undefined): DigestEntry[] {
  if (!row) return [];
  return Array.from(row.ids, (id, i) => ({
    id,
    postedAt: row.postedAt[i]!,
    ownWords: row.ownWords[i]!,
    category: row.categories[row.categoryIndex[i]!]!,
    flags: row.flags[i]!,
  }));
}

function pack(month: number, entries: DigestEntry[]): ShareMonthDigest {
  const sorted = [...entries].sort((a, b) => a.postedAt - b.postedAt || a.id - b.id);
  const categories = [...new Set(sorted.map((entry) => entry.category))];
  const indexOf = new Map(categories.map((category, index) => [category, index]));
  return {
    month,
    ids: Float64Array.from(sorted, (entry) => entry.id),
    postedAt: Float64Array.from(sorted, (entry) => entry.postedAt),
    ownWords: Float64Array.from(sorted, (entry) => entry.ownWords),
    categoryIndex: Uint16Array.from(sorted, (entry) => indexOf.get(entry.category)!),
    categories,
    flags: Uint8Array.from(sorted, (entry) => entry.flags),
  };
}

function groupByMonth<T extends { postedAt: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const month = monthOf(row.postedAt);
    const group = groups.get(month);
    if (group) group.push(row);
    else groups.set(month, [row]);
  }
  return groups;
}

/** The tables a transaction must include to change shares through `changeShares`. */
export const digestTables = (db: RelaisDb) => [db.shares, db.shareMonths, db.sharedItems, db.meta];

async function sharesState(db: RelaisDb): Promise<ShareDigestState> {
  const [count, last] = await Promise.all([
    db.shares.count(),
    db.shares.toCollection().reverse().limit(1).primaryKeys(),
  ]);
  return { key: STATE_KEY, count, maxId: last[0] ?? 0 };
}

async function isDigestFresh(db: RelaisDb): Promise<boolean> {
  const [recorded, actual] = await Promise.all([db.meta.get(STATE_KEY), sharesState(db)]);
  const expected = recorded ?? { count: 0, maxId: 0 };
  return expected.count === actual.count && expected.maxId === actual.maxId;
}

/** Rebuilds the whole digest from the share rows. Call inside a rw transaction over `digestTables`. */
export async function rebuildShareDigest(db: RelaisDb): Promise<void> {
  const shares = (await db.shares.toArray()) as StoredShare[];
  await db.shareMonths.clear();
  await db.sharedItems.clear();
  const rows = [...groupByMonth(shares.map(toEntry))].map(([month, entries]) => pack(month, entries));
  await db.shareMonths.bulkPut(rows);
  await db.sharedItems.bulkPut([...summariseItems(new Map(), shares).values()]);
  await db.meta.put(await sharesState(db));
}

/** Adds `shares` to the per-item summaries in `summaries` (changed in place and returned). */
function summariseItems(
  summaries: Map<string, SharedItemSummary>,
  shares: readonly StoredShare[],
): Map<string, SharedItemSummary> {
  for (const share of shares) {
    const summary = summaries.get(share.itemKey);
    if (summary) {
      summary.count += 1;
      summary.lastPostedAt = Math.max(summary.lastPostedAt, share.postedAt);
    } else {
      summaries.set(share.itemKey, { itemKey: share.itemKey, count: 1, lastPostedAt: share.postedAt });
    }
  }
  return summaries;
}

/** Recomputes the summary of each item from the share rows left: after removals, the last post may have changed. */
async function recountItems(db: RelaisDb, itemKeys: readonly string[]): Promise<(SharedItemSummary | undefined)[]> {
  return Promise.all(
    itemKeys.map(async (itemKey) => {
      const range = db.shares.where('[itemKey+postedAt]').between([itemKey, Dexie.minKey], [itemKey, Dexie.maxKey]);
      const [count, last] = await Promise.all([range.count(), range.clone().reverse().limit(1).keys()]);
      const lastKey = last[0] as unknown as [string, number] | undefined;
      return count > 0 && lastKey ? { itemKey, count, lastPostedAt: lastKey[1] } : undefined;
    }),
  );
}

async function updateSharedItems(db: RelaisDb, added: readonly StoredShare[], removed: readonly StoredShare[]) {
  const removedKeys = [...new Set(removed.map((share) => share.itemKey))];
  const recounted = await recountItems(db, removedKeys);
  const removedKeySet = new Set(removedKeys);
  const addedOnly = added.filter((share) => !removedKeySet.has(share.itemKey));
  const addedKeys = [...new Set(addedOnly.map((share) => share.itemKey))];
  const existing = await db.sharedItems.bulkGet(addedKeys);
  const summaries = new Map(existing.filter((row) => row !== undefined).map((row) => [row.itemKey, row]));
  summariseItems(summaries, addedOnly);
  await db.sharedItems.bulkPut([...summaries.values(), ...recounted.filter((row) => row !== undefined)]);
  await db.sharedItems.bulkDelete(removedKeys.filter((_, i) => recounted[i] === undefined));
}

/** Empties the digest; only correct together with emptying `shares`. */
export async function clearShareDigest(db: RelaisDb): Promise<void> {
  await Promise.all([db.shareMonths.clear(), db.sharedItems.clear(), db.meta.delete(STATE_KEY)]);
}

export interface ShareChangeLog {
  added(shares: readonly StoredShare[]): void;
  removed(shares: readonly StoredShare[]): void;
}

/**
 * Runs `change` (which writes `shares` and reports what it added or removed)
 * inside the caller's rw transaction over `digestTables`, then brings the
 * digest in step. A stale digest is rebuilt rather than patched.
 */
export async function changeShares<T>(db: RelaisDb, change: (log: ShareChangeLog) => Promise<T>): Promise<T> {
  const fresh = await isDigestFresh(db);
  const added: StoredShare[] = [];
  const removed: StoredShare[] = [];
  const result = await change({
    added: (shares) => void appendAll(added, shares),
    removed: (shares) => void appendAll(removed, shares),
  });
  if (!fresh) {
    await rebuildShareDigest(db);
    return result;
  }
  const addedByMonth = groupByMonth(added);
  const removedByMonth = groupByMonth(removed);
  const months = [...new Set([...addedByMonth.keys(), ...removedByMonth.keys()])];
  const existing = await db.shareMonths.bulkGet(months);
  const puts: ShareMonthDigest[] = [];
  const deletes: number[] = [];
  months.forEach((month, i) => {
    const removedIds = new Set((removedByMonth.get(month) ?? []).map((share) => share.id));
    const entries = unpack(existing[i])
      .filter((entry) => !removedIds.has(entry.id))
      .concat((addedByMonth.get(month) ?? []).map(toEntry));
    if (entries.length === 0) deletes.push(month);
    else puts.push(pack(month, entries));
  });
  await db.shareMonths.bulkPut(puts);
  await db.shareMonths.bulkDelete(deletes);
  await updateSharedItems(db, added, removed);
  await db.meta.put(await sharesState(db));
  return result;
}

/** The digest's facts about every share posted in [from, to), as parallel columns in time order per month. */
export interface ShareFacts {
  count: number;
  postedAt: Float64Array;
  ownWords: Float64Array;
  category: string[];
  flags: Uint8Array;
}

export interface TimeRange {
  /** Epoch ms, inclusive; no lower bound when absent. */
  from?: number;
  /** Epoch ms, exclusive; no upper bound when absent. */
  to?: number;
}

function collect(rows: readonly ShareMonthDigest[], { from = -Infinity, to = Infinity }: TimeRange): ShareFacts {
  let capacity = 0;
  for (const row of rows) capacity += row.ids.length;
  const postedAt = new Float64Array(capacity);
  const ownWords = new Float64Array(capacity);
  const category: string[] = [];
  const flags = new Uint8Array(capacity);
  let count = 0;
  for (const row of rows) {
    for (let i = 0; i < row.ids.length; i += 1) {
      const time = row.postedAt[i]!;
      if (time < from || time >= to) continue;
      postedAt[count] = time;
      ownWords[count] = row.ownWords[i]!;
      category.push(row.categories[row.categoryIndex[i]!]!);
      flags[count] = row.flags[i]!;
      count += 1;
    }
  }
  return {
    count,
    postedAt: postedAt.subarray(0, count),
    ownWords: ownWords.subarray(0, count),
    category,
    flags: flags.subarray(0, count),
  };
}

/** Runs `read` over a fresh digest, rebuilding it first if it is stale. */
async function readFreshDigest<T>(db: RelaisDb, read: () => Promise<T>): Promise<T> {
  const attempt = () =>
    db.transaction('r', digestTables(db), async () =>
      (await isDigestFresh(db)) ? { value: await read() } : undefined,
    );
  const first = await attempt();
  if (first) return first.value;
  return db.transaction('rw', digestTables(db), async () => {
    await rebuildShareDigest(db);
    return read();
  });
}

/** Reads the facts of the shares in `range`. */
export async function readShareFacts(db: RelaisDb, range: TimeRange = {}): Promise<ShareFacts> {
  const lower = range.from === undefined ? -Infinity : monthOf(Math.max(range.from, -8.64e15));
  const upper = range.to === undefined ? Infinity : monthOf(Math.min(range.to, 8.64e15));
  return readFreshDigest(db, async () =>
    collect(await db.shareMonths.where('month').between(lower, upper, true, true).toArray(), range),
  );
}

/** How often and when last each of `itemKeys` was shared; items never shared are absent. */
export async function readSharedItems(
  db: RelaisDb,
  itemKeys: readonly string[],
): Promise<Map<string, SharedItemSummary>> {
  return readFreshDigest(db, async () => {
    const rows = await db.sharedItems.bulkGet([...itemKeys]);
    return new Map(rows.filter((row) => row !== undefined).map((row) => [row.itemKey, row]));
  });
}
