import type { RelaisDb } from '../db/db';

export interface WorkshopResetResult {
  drafts: number;
  shares: number;
}

/**
 * Clears practice drafts and shares in one transaction. The library stays, so
 * the next group starts at once. Takes the workshop database explicitly: the
 * caller passes `getDb('workshop')`, never the real one.
 */
export async function resetWorkshop(db: RelaisDb): Promise<WorkshopResetResult> {
  return db.transaction('rw', db.drafts, db.shares, async () => {
    const [drafts, shares] = await Promise.all([db.drafts.count(), db.shares.count()]);
    await Promise.all([db.drafts.clear(), db.shares.clear()]);
    return { drafts, shares };
  });
}
