/** History exports: a complete JSON document that can be imported again, and a CSV for spreadsheets. */
import type { RelaisDb } from '../db/db';
import type { ShareRecord } from '../db/records';
import { toCsv } from './csv';
import { withStorageErrors } from './errors';
import { type ExportedShare, HISTORY_FORMAT_ID, HISTORY_FORMAT_VERSION, type HistoryFile } from './export-format';

const withoutId = ({ id: _id, ...share }: ShareRecord): ExportedShare => share;

/** Every share (oldest first) and draft, in the history file format. */
export async function buildHistoryFile(db: RelaisDb, now: number = Date.now()): Promise<HistoryFile> {
  const [shares, drafts] = await withStorageErrors(() =>
    db.transaction('r', db.shares, db.drafts, () =>
      Promise.all([db.shares.orderBy('postedAt').toArray(), db.drafts.toArray()]),
    ),
  );
  return {
    format: HISTORY_FORMAT_ID,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    shares: shares.map(withoutId),
    drafts,
  };
}

/** The history file as JSON text, ready to download; `importJson` reads it back. */
export async function exportJson(db: RelaisDb, now: number = Date.now()): Promise<string> {
  return `${JSON.stringify(await buildHistoryFile(db, now), null, 2)}\n`;
}

const isoOrEmpty = (epoch: number | undefined) => (epoch === undefined ? '' : new Date(epoch).toISOString());

export interface CsvColumn {
  name: string;
  /** What the column holds, for docs/data.md. */
  description: string;
  value(share: ShareRecord): string;
}

/** The CSV columns, in order. docs/data.md lists them (a test keeps the two in step). */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'posted_at', description: 'When it was posted, ISO 8601 in UTC.', value: (s) => isoOrEmpty(s.postedAt) },
  { name: 'title', description: 'Title of the library item shared.', value: (s) => s.title },
  { name: 'category', description: 'Editorial category of the item.', value: (s) => s.category },
  { name: 'channel', description: 'Channel of the item.', value: (s) => s.channel },
  { name: 'language', description: 'Language of the item, when the feed gave one.', value: (s) => s.language ?? '' },
  {
    name: 'own_words_percent',
    description: 'Share of the post in your own words, 0–100, one decimal.',
    value: (s) => (Math.round(s.ownWords * 1000) / 10).toString(),
  },
  { name: 'via', description: 'How the share was recorded: post-button, manual or practice.', value: (s) => s.via },
  {
    name: 'charter_findings',
    description: 'Charter findings at posting time, "severity: rule" separated by "; ".',
    value: (s) => s.findings.map((finding) => `${finding.severity}: ${finding.rule}`).join('; '),
  },
  {
    name: 'draft_started_at',
    description: 'When you started the draft, ISO 8601 in UTC.',
    value: (s) => isoOrEmpty(s.draftStartedAt),
  },
  {
    name: 'inserted_at',
    description: "When the draft was put in LinkedIn's composer, ISO 8601 in UTC.",
    value: (s) => isoOrEmpty(s.insertedAt),
  },
  { name: 'item_id', description: 'Id of the item in its feed.', value: (s) => s.itemId },
  { name: 'feed_url', description: 'Address of the feed the item came from.', value: (s) => s.feedUrl },
  { name: 'text', description: 'The text you posted.', value: (s) => s.text },
];

/**
 * One row per share, oldest first, with a header row. Starts with a UTF-8
 * byte-order mark so spreadsheet apps read accents right.
 */
export async function exportCsv(db: RelaisDb): Promise<string> {
  const shares = await withStorageErrors(() => db.shares.orderBy('postedAt').toArray());
  const rows = [
    CSV_COLUMNS.map((column) => column.name),
    ...shares.map((share) => CSV_COLUMNS.map((column) => column.value(share))),
  ];
  return `\uFEFF${toCsv(rows)}`;
}
