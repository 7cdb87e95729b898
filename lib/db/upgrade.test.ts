/**
 * Every past database version, opened by the current code, keeps every row;
 * a failing upgrade throws and leaves the old data untouched, never skipped.
 * Fixtures: tests/fixtures/db/v<n>.json (see docs/data.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabaseAt, decodeFixture, type DbFixture, storesOf } from '../../tests/fixtures/db/fixture';
import { openRelaisDb, UpgradeFailedError } from '../history/errors';
import { editorialMix } from '../history/insights';
import { listShares } from '../history/shares';
import { RelaisDb } from './db';

const FIXTURE_DIR = new URL('../../tests/fixtures/db/', import.meta.url);

const fixtures = readdirSync(FIXTURE_DIR)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => decodeFixture(readFileSync(new URL(file, FIXTURE_DIR), 'utf8')))
  .sort((a, b) => a.version - b.version);

/**
 * How a version's rows must look once upgraded to the current version. Rows
 * must survive as they were unless an upgrade deliberately reshapes them: such
 * an upgrade adds its mapping here (fixture version → table → expected rows).
 */
const expectedAfterUpgrade: Record<number, Partial<Record<string, (rows: unknown[]) => unknown[]>>> = {
  // Version 2: every v1 share was a post without the item's image; the digest is rebuilt on the next read.
  1: {
    shares: (rows) => rows.map((row) => ({ ...(row as object), kind: 'post', withImage: false })),
    meta: (rows) => rows.filter((row) => (row as { key: string }).key !== 'share-digest'),
  },
};

const expectedRows = (fixture: DbFixture, table: string) => {
  const rows = fixture.tables[table] ?? [];
  return expectedAfterUpgrade[fixture.version]?.[table]?.(rows) ?? rows;
};

const databaseName = () => `upgrade-${crypto.randomUUID()}`;

describe('database fixtures', () => {
  it('exist for every version up to the current one', async () => {
    const db = new RelaisDb(databaseName());
    await db.open();
    expect(fixtures.map((fixture) => fixture.version)).toEqual(Array.from({ length: db.verno }, (_, i) => i + 1));
    await db.delete();
  });

  it("match the current version's stores: change a released schema only through a new version", async () => {
    const db = new RelaisDb(databaseName());
    await db.open();
    expect(fixtures.at(-1)?.schema).toEqual(storesOf(db));
    await db.delete();
  });
});

describe.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('a version %i database', (_, fixture) => {
  it('opens with the current code with every row intact', async () => {
    const name = databaseName();
    await createDatabaseAt(name, fixture);
    const db = new RelaisDb(name);
    await db.open();
    for (const table of Object.keys(fixture.tables)) {
      expect(await db.table(table).toArray(), table).toEqual(expectedRows(fixture, table));
    }
    const shareCount = (fixture.tables.shares ?? []).length;
    expect((await editorialMix(db)).total).toBe(shareCount);
    expect(await listShares(db, { limit: 1000 })).toHaveLength(shareCount);
    await db.delete();
  });
});

describe('the version 2 upgrade', () => {
  const v1 = fixtures.find((fixture) => fixture.version === 1)!;

  it('makes every v1 share a post without image, and the mix counts them as posts', async () => {
    const name = databaseName();
    await createDatabaseAt(name, v1);
    const db = new RelaisDb(name);
    await db.open();
    const shares = await listShares(db, { limit: 1000 });
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.map((share) => [share.kind, share.withImage])).toEqual(shares.map(() => ['post', false]));
    expect((await editorialMix(db)).kinds).toEqual({ post: shares.length, repost: 0, comment: 0 });
    await db.delete();
  });

  it('keeps the kinds recorded since version 2', async () => {
    const v2 = fixtures.find((fixture) => fixture.version === 2)!;
    const name = databaseName();
    await createDatabaseAt(name, v2);
    const db = new RelaisDb(name);
    await db.open();
    expect((await editorialMix(db)).kinds).toEqual({ post: 4, repost: 1, comment: 1 });
    await db.delete();
  });
});

/** The current schema plus a version whose upgrade changes every share, then fails. */
class FailingUpgradeDb extends RelaisDb {
  constructor(name: string) {
    super(name);
    this.version(this.verno + 1)
      .stores({ shares: '++id, itemKey, postedAt, feedUrl, category, [itemKey+postedAt], via' })
      .upgrade(async (transaction) => {
        await transaction
          .table('shares')
          .toCollection()
          .modify((share: { title: string }) => {
            share.title = 'changed by a broken upgrade';
          });
        throw new Error('upgrade bug');
      });
  }
}

describe('a failing upgrade', () => {
  const current = fixtures.at(-1)!;

  it('throws, and the old data is untouched at the old version', async () => {
    const name = databaseName();
    await createDatabaseAt(name, current);
    const broken = new FailingUpgradeDb(name);
    await expect(openRelaisDb(broken)).rejects.toBeInstanceOf(UpgradeFailedError);
    await expect(listShares(broken)).rejects.toBeInstanceOf(UpgradeFailedError);
    broken.close();

    const db = new RelaisDb(name);
    await db.open();
    expect(db.verno).toBe(current.version);
    for (const table of Object.keys(current.tables))
      expect(await db.table(table).toArray(), table).toEqual(current.tables[table]);
    db.close();
  });

  it('is never skipped: every later open tries it again and fails again', async () => {
    const name = databaseName();
    await createDatabaseAt(name, current);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const broken = new FailingUpgradeDb(name);
      await expect(broken.open()).rejects.toThrow();
      broken.close();
    }
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(current.version);
    raw.close();
    await Dexie.delete(name);
  });
});
