import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { RelaisDb } from '../db/db';
import { aShare, freshDb, utc } from '../../tests/helpers/history';
import { saveDraft } from './drafts';
import {
  DiskFullError,
  OlderTabError,
  openRelaisDb,
  StorageUnavailableError,
  toStorageError,
  UpgradeFailedError,
} from './errors';
import { editorialMix } from './insights';
import { recordShare, recordShares } from './shares';

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function historyWithThreeShares() {
  const db = freshDb();
  await recordShares(db, [
    aShare({ itemId: 'a', category: 'product', postedAt: utc(2026, 3, 1) }),
    aShare({ itemId: 'b', category: 'culture', postedAt: utc(2026, 3, 2) }),
    aShare({ itemId: 'c', category: 'culture', postedAt: utc(2026, 3, 3) }),
  ]);
  return { db, before: await db.shares.toArray(), digestBefore: await db.shareMonths.toArray() };
}

describe('a full disk', () => {
  it('refuses the new share with a clear error and keeps every saved row', async () => {
    const { db, before, digestBefore } = await historyWithThreeShares();
    db.shares.hook('creating', () => {
      throw quotaExceeded();
    });
    const attempt = recordShare(db, aShare({ itemId: 'd', postedAt: utc(2026, 3, 4) }));
    await expect(attempt).rejects.toBeInstanceOf(DiskFullError);
    await expect(attempt).rejects.toThrow(
      'Your disk is full: Relais could not save this share. Nothing already saved was lost. Free some space and try again.',
    );
    expect(await db.shares.toArray()).toEqual(before);
    expect(await db.shareMonths.toArray()).toEqual(digestBefore);
  });

  it('rolls the share back when the disk fills up while the insights digest is written', async () => {
    const { db, before } = await historyWithThreeShares();
    await saveDraft(db, { itemKey: aShare({ itemId: 'd' }).itemKey, answers: [], text: 'my draft' });
    vi.spyOn(db.shareMonths, 'bulkPut').mockRejectedValue(quotaExceeded());
    await expect(recordShare(db, aShare({ itemId: 'd', postedAt: utc(2026, 3, 4) }))).rejects.toBeInstanceOf(
      DiskFullError,
    );
    vi.restoreAllMocks();
    expect(await db.shares.toArray()).toEqual(before);
    expect(await db.drafts.count()).toBe(1);
    expect((await editorialMix(db)).total).toBe(3);
  });

  it('is recognised inside the wrappers Dexie puts around it', () => {
    const abort = new Dexie.AbortError('Transaction aborted', quotaExceeded());
    expect(toStorageError(abort)).toBeInstanceOf(DiskFullError);
    const bulk = new Dexie.BulkError('1 of 2 failed', { 1: quotaExceeded() });
    expect(toStorageError(bulk)).toBeInstanceOf(DiskFullError);
  });
});

describe('storage error mapping', () => {
  it('maps version conflicts and failed upgrades', () => {
    expect(toStorageError(new DOMException('version', 'VersionError'))).toBeInstanceOf(OlderTabError);
    expect(toStorageError(new Dexie.UpgradeError('boom'))).toBeInstanceOf(UpgradeFailedError);
    expect(toStorageError(new Dexie.DatabaseClosedError())).toBeInstanceOf(StorageUnavailableError);
  });

  it('leaves programming errors alone', () => {
    expect(toStorageError(new TypeError('x is undefined'))).toBeUndefined();
  });

  it('speaks French and English', () => {
    const error = new OlderTabError();
    expect(error.describe('en')).toBe('Relais is open in an older tab: close other LinkedIn tabs and reload.');
    expect(error.describe('fr')).toBe(
      'Relais est ouvert dans un ancien onglet : fermez les autres onglets LinkedIn et rechargez la page.',
    );
    expect(new DiskFullError().describe('fr')).toMatch(/^Votre disque est plein/);
  });
});

describe('opening while an older tab holds the database', () => {
  it('fails fast with OlderTabError instead of waiting', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const olderTab = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
    });
    const db = new RelaisDb(name);
    await expect(openRelaisDb(db)).rejects.toBeInstanceOf(OlderTabError);
    olderTab.close();
    await db.open();
    expect(db.isOpen()).toBe(true);
    await db.delete();
  });
});
