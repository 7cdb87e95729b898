import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { aShare, freshDb, utc } from '../../tests/helpers/history';
import type { RelaisDb } from '../db/db';
import { describeImportResult } from './describe';
import { saveDraft } from './drafts';
import { DiskFullError } from './errors';
import { CSV_COLUMNS, exportCsv, exportJson } from './export';
import { generateShareHistory } from './generate';
import { importJson } from './import';
import { editorialMix } from './insights';
import { recordShares } from './shares';

const withoutIds = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);

async function snapshot(db: RelaisDb) {
  return { shares: await db.shares.orderBy('postedAt').toArray(), drafts: await db.drafts.toArray() };
}

async function filledHistory() {
  const db = freshDb();
  const history = generateShareHistory({ count: 120, from: utc(2025, 1, 1), to: utc(2026, 1, 1), seed: 3 });
  await recordShares(db, [
    ...history,
    aShare({
      itemId: 'minimal',
      language: undefined,
      draftStartedAt: undefined,
      insertedAt: undefined,
      postedAt: utc(2026, 2, 1),
    }),
  ]);
  await saveDraft(db, { itemKey: 'k1', angle: 'pride', answers: ['a', 'b'], text: 'Draft one' }, 1000);
  await saveDraft(db, { itemKey: 'k2', answers: [], text: '' }, 2000);
  return db;
}

describe('JSON export and import', () => {
  it('round-trips into an empty history without losing anything but local ids', async () => {
    const source = await filledHistory();
    const text = await exportJson(source, utc(2026, 3, 1));
    const target = freshDb();
    const result = await importJson(target, text);
    expect(result).toEqual({ ok: true, added: { shares: 121, drafts: 2 }, unchanged: { shares: 0, drafts: 0 } });
    const [before, after] = [await snapshot(source), await snapshot(target)];
    expect(withoutIds(after.shares)).toEqual(withoutIds(before.shares));
    expect(after.drafts).toEqual(before.drafts);
    expect(await editorialMix(target)).toEqual(await editorialMix(source));
  });

  it('writes a versioned document', async () => {
    const file = JSON.parse(await exportJson(freshDb(), utc(2026, 3, 1)));
    expect(file).toEqual({
      format: 'relais-history',
      version: 1,
      exportedAt: '2026-03-01T12:00:00.000Z',
      shares: [],
      drafts: [],
    });
  });

  it('adds nothing when the same file is imported twice', async () => {
    const source = await filledHistory();
    const text = await exportJson(source);
    const target = freshDb();
    await importJson(target, text);
    const once = await snapshot(target);
    const again = await importJson(target, text);
    expect(again).toEqual({ ok: true, added: { shares: 0, drafts: 0 }, unchanged: { shares: 121, drafts: 2 } });
    expect(await snapshot(target)).toEqual(once);
  });

  it('merges: new shares are added, known ones kept, a draft only replaced by a newer one', async () => {
    const db = freshDb();
    await recordShares(db, [aShare({ itemId: 'a', postedAt: utc(2026, 1, 1) })]);
    await saveDraft(db, { itemKey: 'old', answers: [], text: 'local, older' }, 100);
    await saveDraft(db, { itemKey: 'new', answers: [], text: 'local, newer' }, 900);
    const file = {
      format: 'relais-history',
      version: 1,
      exportedAt: '2026-03-01T00:00:00Z',
      shares: [aShare({ itemId: 'a', postedAt: utc(2026, 1, 1) }), aShare({ itemId: 'b', postedAt: utc(2026, 1, 2) })],
      drafts: [
        { itemKey: 'old', answers: [], text: 'file, newer', startedAt: 100, updatedAt: 500 },
        { itemKey: 'new', answers: [], text: 'file, older', startedAt: 100, updatedAt: 500 },
      ],
    };
    const result = await importJson(db, JSON.stringify(file));
    expect(result).toEqual({ ok: true, added: { shares: 1, drafts: 1 }, unchanged: { shares: 1, drafts: 1 } });
    expect((await db.shares.toArray()).map((share) => share.itemId).sort()).toEqual(['a', 'b']);
    expect((await db.drafts.toArray()).map((draft) => draft.text).sort()).toEqual(['file, newer', 'local, newer']);
    expect(describeImportResult(result, 'en')).toEqual([
      '1 share added to your history.',
      '1 share was already in your history.',
    ]);
  });

  it('imports all or nothing: a full disk halfway through leaves the history as it was', async () => {
    const text = await exportJson(await filledHistory());
    const db = freshDb();
    await recordShares(db, [aShare({ itemId: 'mine' })]);
    const before = await snapshot(db);
    vi.spyOn(db.shareMonths, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(importJson(db, text)).rejects.toBeInstanceOf(DiskFullError);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  describe('refuses a bad file, says why and changes nothing', () => {
    async function refused(text: string) {
      const db = await filledHistory();
      const before = await snapshot(db);
      const result = await importJson(db, text);
      expect(result.ok).toBe(false);
      expect(await snapshot(db)).toEqual(before);
      return result.ok ? [] : result.problems;
    }

    it('not JSON', async () => {
      const [problem] = await refused('{"format": "relais-history", ');
      expect(problem).toMatchObject({ code: 'not-json', path: '' });
    });

    it('another kind of file', async () => {
      const problems = await refused(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }));
      expect(problems).toEqual([{ code: 'wrong-format', path: 'format', message: 'format must be "relais-history"' }]);
    });

    it('a file from a newer Relais', async () => {
      const problems = await refused(JSON.stringify({ format: 'relais-history', version: 2, shares: [], drafts: [] }));
      expect(problems).toMatchObject([{ code: 'newer-version', path: 'version', version: 2 }]);
      expect(describeImportResult({ ok: false, problems }, 'fr')).toEqual([
        'Rien n’a été importé : corrigez le fichier et réessayez.',
        'Cet historique vient d’une version plus récente de Relais (format 2). Mettez Relais à jour, puis importez-le à nouveau.',
      ]);
    });

    it('one bad row among good ones', async () => {
      const good = JSON.parse(await exportJson(await filledHistory()));
      good.shares[7].ownWords = 'lots';
      const problems = await refused(JSON.stringify(good));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        code: 'invalid',
        path: 'shares[7].ownWords',
        entry: { list: 'shares', position: 8, title: good.shares[7].title },
      });
      expect(describeImportResult({ ok: false, problems }, 'en')[1]).toMatch(
        /^Share 8 of the file \(“.+”\), at shares\[7\]\.ownWords: /,
      );
    });

    it('a share posted at 9e15 ms, past the last date JavaScript knows: names the entry and why, not storage', async () => {
      const good = JSON.parse(await exportJson(await filledHistory()));
      good.shares[1].title = 'Nice title';
      good.shares[1].postedAt = 9e15;
      const problems = await refused(JSON.stringify(good));
      expect(problems).toMatchObject([
        { code: 'bad-date', path: 'shares[1].postedAt', field: 'postedAt', value: '9000000000000000' },
      ]);
      const [, en] = describeImportResult({ ok: false, problems }, 'en');
      expect(en).toBe(
        'Share 2 of the file (“Nice title”): “postedAt” is 9000000000000000, which is not a date. Fix or remove this entry.',
      );
      const [, fr] = describeImportResult({ ok: false, problems }, 'fr');
      expect(fr).toContain('Partage 2 du fichier');
      expect(`${en} ${fr}`).not.toMatch(/storage|stockage/i);
    });

    it('a missing section', async () => {
      const problems = await refused(
        JSON.stringify({ format: 'relais-history', version: 1, exportedAt: '2026-03-01T00:00:00Z', shares: [] }),
      );
      expect(problems).toMatchObject([{ code: 'invalid', path: 'drafts' }]);
    });
  });
});

describe('CSV export', () => {
  it('has a header and one row per share, oldest first, RFC 4180 quoted', async () => {
    const db = freshDb();
    await recordShares(db, [
      aShare({ itemId: 'b', title: 'Second', postedAt: utc(2026, 3, 2), text: 'Line one\nLine "two", end' }),
      aShare({ itemId: 'a', title: 'First, really', postedAt: utc(2026, 3, 1), ownWords: 0.7234, language: 'fr' }),
    ]);
    const csv = await exportCsv(db);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.map((column) => column.name).join(','));
    expect(lines[1]).toBe(
      '2026-03-01T12:00:00.000Z,"First, really",product,corporate,fr,72.3,post-button,,,,a,https://comms.example.com/feed.json,Proud to share what my team built.',
    );
    expect(lines.slice(2).join('\r\n')).toBe(
      '2026-03-02T12:00:00.000Z,Second,product,corporate,,50,post-button,,,,b,https://comms.example.com/feed.json,"Line one\nLine ""two"", end"\r\n',
    );
  });

  it('keeps a formula hidden after a separator as text, for "," and for ";" (French Excel) alike', async () => {
    const db = freshDb();
    await recordShares(db, [aShare({ title: 'Nice title;=1+1', text: 'A, -2 and ; "@SUM(A1)"', channel: 'x;y' })]);
    const row = (await exportCsv(db)).split('\r\n')[1]!;
    // Quoted so that a reader splitting on either separator keeps the cell whole…
    expect(row).toContain(`,"Nice title;'=1+1",`);
    expect(row).toContain(',"x;y",');
    // …and no piece that a reader ignoring the quotes would cut out starts a formula.
    expect(row.endsWith(`,"A, '-2 and ; ""'@SUM(A1)"""`)).toBe(true);
    for (const piece of row.split(/[,;]/)) expect(piece.replace(/^[\s"]+/, '')).not.toMatch(/^[=+\-@]/);
  });

  it('keeps cells that look like formulas as text', async () => {
    const db = freshDb();
    await recordShares(db, [
      aShare({ title: '=HYPERLINK("http://evil")', text: '+33 6 12', channel: '-1', category: '@team', findings: [] }),
    ]);
    const row = (await exportCsv(db)).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(",'@team,'-1,");
    expect(row.endsWith(",'+33 6 12")).toBe(true);
  });

  it('lists every column in docs/data.md', () => {
    const docs = readFileSync(new URL('../../docs/data.md', import.meta.url), 'utf8');
    for (const column of CSV_COLUMNS) expect(docs, column.name).toContain(`\`${column.name}\``);
  });
});
