import { describe, expect, it } from 'vitest';
import { aShare, freshDb, utc } from '../../tests/helpers/history';
import { deleteDraft, getDraft, saveDraft } from './drafts';
import { editorialMix } from './insights';
import { deleteAllHistory, deleteShare, getShare, listShares, recordShare, recordShares } from './shares';
import { getSharedItems } from './suggest';

describe('recording shares', () => {
  it('stores a share with an id and reads it back', async () => {
    const db = freshDb();
    const stored = await recordShare(db, aShare({ title: 'Résultats' }));
    expect(stored.id).toBeGreaterThan(0);
    expect(await getShare(db, stored.id)).toEqual(stored);
  });

  it('refuses a malformed share without writing anything', async () => {
    const db = freshDb();
    await expect(recordShare(db, aShare({ ownWords: 1.5 }))).rejects.toThrow(/ownWords|1/);
    expect(await db.shares.count()).toBe(0);
  });

  it("drops the item's draft once it is shared", async () => {
    const db = freshDb();
    const share = aShare();
    await saveDraft(db, { itemKey: share.itemKey, answers: ['a'], text: 'draft' }, 1);
    await recordShare(db, share);
    expect(await getDraft(db, share.itemKey)).toBeUndefined();
  });

  it('lists newest first, with paging', async () => {
    const db = freshDb();
    await recordShares(
      db,
      [1, 3, 2].map((day) => aShare({ itemId: `d${day}`, postedAt: utc(2026, 3, day) })),
    );
    const all = await listShares(db);
    expect(all.map((share) => share.itemId)).toEqual(['d3', 'd2', 'd1']);
    expect((await listShares(db, { offset: 1, limit: 1 })).map((share) => share.itemId)).toEqual(['d2']);
  });

  it('searches title and text ignoring case and accents, every word required', async () => {
    const db = freshDb();
    await recordShares(db, [
      aShare({ itemId: 'a', title: 'Évènement à Lyon', text: 'Rejoignez-nous', postedAt: utc(2026, 3, 1) }),
      aShare({ itemId: 'b', title: 'Results', text: 'Un ÉVÉNEMENT remarquable', postedAt: utc(2026, 3, 2) }),
      aShare({ itemId: 'c', title: 'Hiring', text: 'Nantes', postedAt: utc(2026, 3, 3) }),
    ]);
    const ids = async (search: string) => (await listShares(db, { search })).map((share) => share.itemId);
    expect(await ids('evenement')).toEqual(['b', 'a']);
    expect(await ids('ÉVÈNEMENT')).toEqual(['b', 'a']);
    expect(await ids('remarquable événement')).toEqual(['b']);
    expect(await ids('lyon rejoignez')).toEqual(['a']);
    expect(await ids('lyon nantes')).toEqual([]);
    expect(await ids('  ')).toEqual(['c', 'b', 'a']);
    const secondMatch = await listShares(db, { search: 'evenement', offset: 1, limit: 5 });
    expect(secondMatch.map((share) => share.itemId)).toEqual(['a']);
  });

  it('deletes one share and the insights forget it', async () => {
    const db = freshDb();
    const [first, second] = await recordShares(db, [
      aShare({ category: 'product' }),
      aShare({ category: 'culture', postedAt: utc(2026, 3, 11) }),
    ]);
    expect(await deleteShare(db, first!.id)).toBe(true);
    expect(await deleteShare(db, first!.id)).toBe(false);
    expect(await getShare(db, first!.id)).toBeUndefined();
    expect(await getShare(db, second!.id)).toBeDefined();
    expect((await editorialMix(db)).entries.map(({ category, count }) => ({ category, count }))).toEqual([
      { category: 'culture', count: 1 },
    ]);
  });

  it('deletes all shares and drafts, and nothing else', async () => {
    const db = freshDb();
    await recordShares(db, [aShare(), aShare({ postedAt: utc(2026, 4, 1) })]);
    await saveDraft(db, { itemKey: 'other', answers: [], text: 'x' });
    await db.feeds.put({ url: 'f', source: 'user', addedAt: 1, status: { itemCount: 0, skipped: [] } });
    await deleteAllHistory(db);
    expect(await db.shares.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.shareMonths.count()).toBe(0);
    expect(await db.sharedItems.count()).toBe(0);
    expect(await db.feeds.count()).toBe(1);
    expect((await editorialMix(db)).total).toBe(0);
  });
});

describe('getSharedItems', () => {
  it('says how often and when last each item was shared, and follows deletions', async () => {
    const db = freshDb();
    const [, , latest] = await recordShares(db, [
      aShare({ itemId: 'a', postedAt: utc(2026, 3, 1) }),
      aShare({ itemId: 'b', postedAt: utc(2026, 3, 2) }),
      aShare({ itemId: 'a', postedAt: utc(2026, 3, 5) }),
    ]);
    const keys = ['a', 'b', 'never'].map((itemId) => aShare({ itemId }).itemKey);
    const summary = async () =>
      [...(await getSharedItems(db, keys)).values()].map(({ itemKey, count, lastPostedAt }) => [
        itemKey.split('#')[1],
        count,
        lastPostedAt,
      ]);
    expect(await summary()).toEqual([
      ['a', 2, utc(2026, 3, 5)],
      ['b', 1, utc(2026, 3, 2)],
    ]);
    await deleteShare(db, latest!.id);
    await recordShare(db, aShare({ itemId: 'b', postedAt: utc(2026, 3, 9) }));
    expect(await summary()).toEqual([
      ['a', 1, utc(2026, 3, 1)],
      ['b', 2, utc(2026, 3, 9)],
    ]);
    await db.shares.clear();
    expect(await summary()).toEqual([]);
  });
});

describe('drafts', () => {
  it('autosave keeps the first start time and stamps every update', async () => {
    const db = freshDb();
    await saveDraft(db, { itemKey: 'k', answers: ['why'], text: 'v1' }, 100);
    const saved = await saveDraft(db, { itemKey: 'k', angle: 'pride', answers: ['why', 'how'], text: 'v2' }, 250);
    expect(saved).toEqual({
      itemKey: 'k',
      angle: 'pride',
      answers: ['why', 'how'],
      text: 'v2',
      startedAt: 100,
      updatedAt: 250,
    });
    expect(await getDraft(db, 'k')).toEqual(saved);
    await deleteDraft(db, 'k');
    expect(await getDraft(db, 'k')).toBeUndefined();
  });
});
