/**
 * The history file format (JSON), the one definition used both to write
 * exports and to validate imports. A newer Relais may add fields; a new
 * version number is only for changes an older Relais could not read.
 */
import { z } from 'zod';
import { draftRecordSchema, shareRecordSchema, type ShareRecord } from '../db/records';

export const HISTORY_FORMAT_ID = 'relais-history';
export const HISTORY_FORMAT_VERSION = 1;

/** A share as exported: everything but the local auto-increment id. */
export const exportedShareSchema = shareRecordSchema.omit({ id: true });

export const historyFileSchema = z.object({
  format: z.literal(HISTORY_FORMAT_ID, { error: `format must be "${HISTORY_FORMAT_ID}"` }),
  version: z.literal(HISTORY_FORMAT_VERSION, { error: `version must be ${HISTORY_FORMAT_VERSION}` }),
  exportedAt: z.iso.datetime({ offset: true }),
  shares: z.array(exportedShareSchema),
  drafts: z.array(draftRecordSchema),
});

export type HistoryFile = z.infer<typeof historyFileSchema>;
export type ExportedShare = z.infer<typeof exportedShareSchema>;

/**
 * Two shares are the same share when they are of the same item and were
 * posted at the same millisecond: ids differ from machine to machine, and one
 * person cannot post the same item twice in one millisecond.
 */
export const shareIdentity = (share: Pick<ShareRecord, 'itemKey' | 'postedAt'>): string =>
  `${share.postedAt}\u0000${share.itemKey}`;
