/** Draft autosave: one draft per library item, kept until the item is shared or the draft deleted. */
import type { RelaisDb } from '../db/db';
import type { DraftRecord } from '../db/records';
import { withStorageErrors } from './errors';

export type DraftInput = Omit<DraftRecord, 'startedAt' | 'updatedAt'> & { startedAt?: number };

/**
 * Saves the draft for `draft.itemKey`, stamping `updatedAt = now` and keeping
 * the first save's `startedAt`, so autosaving never resets when work began.
 */
export async function saveDraft(db: RelaisDb, draft: DraftInput, now: number = Date.now()): Promise<DraftRecord> {
  return withStorageErrors(() =>
    db.transaction('rw', db.drafts, async () => {
      const previous = await db.drafts.get(draft.itemKey);
      const saved: DraftRecord = { ...draft, startedAt: previous?.startedAt ?? draft.startedAt ?? now, updatedAt: now };
      await db.drafts.put(saved);
      return saved;
    }),
  );
}

export async function getDraft(db: RelaisDb, itemKey: string): Promise<DraftRecord | undefined> {
  return withStorageErrors(() => db.drafts.get(itemKey));
}

export async function deleteDraft(db: RelaisDb, itemKey: string): Promise<void> {
  await withStorageErrors(() => db.drafts.delete(itemKey));
}
