/**
 * Replaces one feed's rows with a new set, writing only what changed. A feed
 * that gained one item since the last hour rewrites one row, not thousands:
 * less disk churn, and the library's live queries see only real changes.
 * Call inside a read-write transaction over `items`.
 */
import type { RelaisDb } from '../db/db';
import type { LibraryItem } from '../feed/library-item';

export interface ReplaceOutcome {
  written: number;
  removed: number;
}

export async function replaceFeedItems(
  db: RelaisDb,
  feedUrl: string,
  rows: LibraryItem[],
  /** Items the feed gives no date for: they keep the date Relais first saw them. */
  undatedIds: ReadonlySet<string>,
): Promise<ReplaceOutcome> {
  const previous = new Map((await db.items.where('feedUrl').equals(feedUrl).toArray()).map((row) => [row.key, row]));
  const changed: LibraryItem[] = [];
  for (const row of rows) {
    const before = previous.get(row.key);
    previous.delete(row.key);
    if (before && undatedIds.has(row.id)) row.publishedAt = before.publishedAt;
    if (!before || !isSameData(before, row)) changed.push(row);
  }
  const stale = [...previous.keys()];
  await db.items.bulkDelete(stale);
  await db.items.bulkPut(changed);
  return { written: changed.length, removed: stale.length };
}

/** Equality of stored data (plain objects, arrays, primitives); a missing key equals an undefined one. */
export function isSameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const left = a as unknown[];
    const right = b as unknown[];
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i += 1) if (!isSameData(left[i], right[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key in left) if (!isSameData(left[key], right[key])) return false;
  for (const key in right) if (!(key in left) && right[key] !== undefined) return false;
  return true;
}
