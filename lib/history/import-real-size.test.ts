/**
 * Issue #18: an 80,000-share history (33.9 MB) exported, deleted and imported
 * back failed with "Maximum call stack size exceeded" and stored nothing. A
 * 100,000-share round trip, as the page does it: the whole file validated, then
 * merged slice by slice with progress.
 */
import { describe, expect, it } from 'vitest';
import { freshDb, utc } from '../../tests/helpers/history';
import { describeImportFailure } from './describe';
import { exportJson } from './export';
import { generateShareHistory } from './generate';
import { importJson } from './import';
import { IMPORT_SLICE_SHARES, ImportInterruptedError, importInSlices, type ImportProgress } from './import-chunks';
import { editorialMix } from './insights';
import { deleteAllHistory, recordShares } from './shares';

const SHARES = 100_000;
const from = utc(2021, 1, 1);
const to = utc(2026, 1, 1);

describe('a real-size history survives export → delete → import', () => {
  it('100,000 shares come back, with their digest, in slices with progress', { timeout: 1_200_000 }, async () => {
    const db = freshDb();
    const history = generateShareHistory({ count: SHARES, from, to, seed: 18 });
    // One call with every share: the path that spread 100,000 arguments onto the stack.
    await recordShares(db, history);
    expect(await db.shares.count()).toBe(SHARES);
    const mixBefore = await editorialMix(db);
    const text = await exportJson(db);

    await deleteAllHistory(db);
    expect(await db.shares.count()).toBe(0);

    const progress: ImportProgress[] = [];
    const result = await importInSlices(
      text,
      (slice) => importJson(db, slice),
      (step) => progress.push(step),
    );
    expect(result).toEqual({ ok: true, added: { shares: SHARES, drafts: 0 }, unchanged: { shares: 0, drafts: 0 } });
    expect(await db.shares.count()).toBe(SHARES);
    expect(await editorialMix(db)).toEqual(mixBefore);

    expect(progress[0]).toEqual({ done: 0, total: SHARES });
    expect(progress.at(-1)).toEqual({ done: SHARES, total: SHARES });
    expect(progress).toHaveLength(SHARES / IMPORT_SLICE_SHARES + 1);
    expect(progress.every((step, i) => i === 0 || step.done > progress[i - 1]!.done)).toBe(true);
  });

  it('a failure half-way says how far it got and how to finish, in plain words, never the engine\u2019s text', async () => {
    const db = freshDb();
    const text = await exportJson(
      await (async () => {
        const source = freshDb();
        await recordShares(source, generateShareHistory({ count: 50, from, to, seed: 5 }));
        return source;
      })(),
    );
    let calls = 0;
    const failing = async (slice: string) => {
      calls += 1;
      if (calls === 3) throw new RangeError('Maximum call stack size exceeded');
      return importJson(db, slice);
    };
    const error = await importInSlices(text, failing, undefined, 10).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportInterruptedError);
    expect((error as ImportInterruptedError).progress).toEqual({ done: 20, total: 50 });
    expect(await db.shares.count()).toBe(20);
    const lines = describeImportFailure(error, 'fr');
    expect(lines.join(' ')).not.toMatch(/Maximum call stack|RangeError/);
    expect(lines).toEqual([
      'Relais n’a pas pu terminer. Votre historique est intact. Rechargez la page et réessayez.',
      '20 partages sur 50 ont été importés avant l’interruption. Importez à nouveau le même fichier pour terminer\u00a0: les partages déjà présents ne sont pas ajoutés deux fois.',
    ]);

    // Importing the same file again finishes the job without adding anything twice.
    const again = await importInSlices(text, (slice) => importJson(db, slice), undefined, 10);
    expect(again).toMatchObject({ ok: true, added: { shares: 30 }, unchanged: { shares: 20 } });
    expect(await db.shares.count()).toBe(50);
  });

  it('a file refused by validation writes nothing at all', async () => {
    const db = freshDb();
    const file = JSON.parse(
      await exportJson(
        await (async () => {
          const source = freshDb();
          await recordShares(source, generateShareHistory({ count: 30, from, to, seed: 6 }));
          return source;
        })(),
      ),
    );
    file.shares[25].postedAt = 9e15;
    let merged = 0;
    const result = await importInSlices(
      JSON.stringify(file),
      async (slice) => {
        merged += 1;
        return importJson(db, slice);
      },
      undefined,
      10,
    );
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'bad-date', path: 'shares[25].postedAt' }] });
    expect(merged).toBe(0);
    expect(await db.shares.count()).toBe(0);
  });
});
