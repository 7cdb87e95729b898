/**
 * Reads a history file back. The file is validated completely before anything
 * is written; then it is merged in one transaction (all or nothing): shares
 * already present (same item, same posting time) are not added twice, and a
 * draft replaces the local one only if it is newer.
 */
import type { z } from 'zod';
import { maxOf, minOf } from '../arrays';
import type { RelaisDb } from '../db/db';
import type { DraftRecord } from '../db/records';
import { formatPath } from '../feed/parse';
import { digestTables } from './digest';
import { withStorageErrors } from './errors';
import {
  type ExportedShare,
  HISTORY_FORMAT_ID,
  HISTORY_FORMAT_VERSION,
  type HistoryFile,
  historyFileSchema,
  shareIdentity,
} from './export-format';
import { addShareRows } from './shares';

export type ImportProblemCode = 'not-json' | 'wrong-format' | 'newer-version' | 'invalid' | 'bad-date';

/** Which share or draft of the file a problem is in, as the employee would count them, with its title. */
export interface ImportEntry {
  list: 'shares' | 'drafts';
  /** 1 for the first. */
  position: number;
  title?: string;
}

export interface ImportProblem {
  code: ImportProblemCode;
  /** JSON path of the culprit, e.g. `shares[3].postedAt`; empty for the whole file. */
  path: string;
  /** Technical detail, in English. `describeImportProblem` gives the employee's wording. */
  message: string;
  /** For `newer-version`: the file's format version. */
  version?: number;
  /** For a problem inside one share or draft. */
  entry?: ImportEntry;
  /** For `bad-date`: the field and the value found, as written in the file (shortened). */
  field?: string;
  value?: string;
}

export interface ImportCounts {
  shares: number;
  drafts: number;
}

export type ImportResult =
  { ok: true; added: ImportCounts; unchanged: ImportCounts } | { ok: false; problems: ImportProblem[] };

/** More problems than this are not listed: the file is refused either way. */
export const MAX_LISTED_PROBLEMS = 20;

export function validateHistoryFile(
  text: string,
): { ok: true; file: HistoryFile } | { ok: false; problems: ImportProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'not-json', path: '', message: (error as Error).message }] };
  }
  const header = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (header.format !== HISTORY_FORMAT_ID) {
    return {
      ok: false,
      problems: [{ code: 'wrong-format', path: 'format', message: `format must be "${HISTORY_FORMAT_ID}"` }],
    };
  }
  if (typeof header.version === 'number' && header.version > HISTORY_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          code: 'newer-version',
          path: 'version',
          message: `version ${header.version} is newer than ${HISTORY_FORMAT_VERSION}`,
          version: header.version,
        },
      ],
    };
  }
  const parsed = historyFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => problemOf(json, issue)),
    };
  }
  return { ok: true, file: parsed.data };
}

/** The date fields of shares and drafts (epoch milliseconds). */
const DATE_FIELDS = new Set(['postedAt', 'draftStartedAt', 'insertedAt', 'startedAt', 'updatedAt']);

const shorten = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/** Names the entry and, for a date, the field and the value, so the employee can find it in the file. */
function problemOf(json: unknown, issue: z.core.$ZodIssue): ImportProblem {
  const path = formatPath(issue.path);
  const [list, index, field] = issue.path;
  if ((list !== 'shares' && list !== 'drafts') || typeof index !== 'number')
    return { code: 'invalid', path, message: issue.message };
  const raw = (json as Record<string, unknown[] | undefined>)[list]?.[index] as Record<string, unknown> | undefined;
  const title = typeof raw?.title === 'string' && raw.title !== '' ? raw.title.slice(0, 80) : undefined;
  const entry: ImportEntry = { list, position: index + 1, title };
  if (typeof field === 'string' && DATE_FIELDS.has(field) && issue.path.length === 3)
    return { code: 'bad-date', path, message: issue.message, entry, field, value: shorten(raw?.[field]) };
  return { code: 'invalid', path, message: issue.message, entry };
}

/** Validates `text` as a history file and merges it; a refused file changes nothing. */
export async function importJson(db: RelaisDb, text: string): Promise<ImportResult> {
  const validated = validateHistoryFile(text);
  if (!validated.ok) return validated;
  const { shares, drafts } = validated.file;
  return withStorageErrors(() =>
    db.transaction('rw', [...digestTables(db), db.drafts], async () => {
      const newShares = await sharesNotYetStored(db, shares);
      await addShareRows(db, newShares);
      const newerDrafts = await draftsNewerThanStored(db, drafts);
      await db.drafts.bulkPut(newerDrafts);
      return {
        ok: true as const,
        added: { shares: newShares.length, drafts: newerDrafts.length },
        unchanged: { shares: shares.length - newShares.length, drafts: drafts.length - newerDrafts.length },
      };
    }),
  );
}

/**
 * The identities already stored among `shares`. A slice of an export covers a
 * short span of time (exports are oldest first), so reading the rows of that
 * span is cheapest; a file in no particular order falls back to looking each
 * identity up in the `[itemKey+postedAt]` index.
 */
async function storedIdentities(db: RelaisDb, shares: readonly ExportedShare[]): Promise<Set<string>> {
  if (shares.length === 0) return new Set();
  const span = db.shares
    .where('postedAt')
    .between(minOf(shares.map((s) => s.postedAt)), maxOf(shares.map((s) => s.postedAt)), true, true);
  if ((await span.count()) <= 4 * shares.length) return new Set((await span.toArray()).map(shareIdentity));
  const pairs = shares.map((share) => [share.itemKey, share.postedAt]);
  const stored = await db.shares.where('[itemKey+postedAt]').anyOf(pairs).keys();
  return new Set(
    stored.map((key) => {
      const [itemKey, postedAt] = key as unknown as [string, number];
      return shareIdentity({ itemKey, postedAt });
    }),
  );
}

async function sharesNotYetStored(db: RelaisDb, shares: readonly ExportedShare[]): Promise<ExportedShare[]> {
  const seen = await storedIdentities(db, shares);
  return shares.filter((share) => {
    const identity = shareIdentity(share);
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}

async function draftsNewerThanStored(db: RelaisDb, drafts: readonly DraftRecord[]): Promise<DraftRecord[]> {
  const newest = new Map<string, DraftRecord>();
  for (const draft of drafts) {
    const other = newest.get(draft.itemKey);
    if (!other || draft.updatedAt > other.updatedAt) newest.set(draft.itemKey, draft);
  }
  const candidates = [...newest.values()];
  const stored = await db.drafts.bulkGet(candidates.map((draft) => draft.itemKey));
  return candidates.filter((draft, i) => !stored[i] || draft.updatedAt > stored[i].updatedAt);
}
