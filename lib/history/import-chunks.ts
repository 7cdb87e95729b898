/**
 * Importing a real-size history (100,000 shares, some 40 MB) in slices: the
 * page validates the whole file first (nothing is written when any entry is
 * wrong), then hands the background one small history file at a time, each
 * merged in its own transaction, and shows progress between them. Merging is
 * idempotent (a share already stored is not added twice), so if storage fails
 * half-way, importing the same file again finishes the job.
 */
import { chunksOf } from '../arrays';
import type { HistoryFile } from './export-format';
import { type ImportCounts, type ImportResult, validateHistoryFile } from './import';

/** Shares per slice: a few hundred kilobytes per message and transaction. */
export const IMPORT_SLICE_SHARES = 2_000;

export interface ImportProgress {
  /** Shares of the file already merged (added or found already there). */
  done: number;
  total: number;
}

/** A slice failed after others were merged; `cause` is the failure, `progress` how far it got. */
export class ImportInterruptedError extends Error {
  constructor(
    readonly progress: ImportProgress,
    cause: unknown,
  ) {
    super(`Import stopped after ${progress.done} of ${progress.total} shares`, { cause });
    this.name = 'ImportInterruptedError';
  }
}

/** The file as smaller history files of at most `size` shares; the drafts travel with the first. */
export function sliceHistoryFile(file: HistoryFile, size = IMPORT_SLICE_SHARES): HistoryFile[] {
  const slices = chunksOf(file.shares, size);
  if (slices.length === 0) slices.push([]);
  return slices.map((shares, index) => ({ ...file, shares, drafts: index === 0 ? file.drafts : [] }));
}

const add = (a: ImportCounts, b: ImportCounts): ImportCounts => ({
  shares: a.shares + b.shares,
  drafts: a.drafts + b.drafts,
});

/**
 * Validates `text`, then merges it slice by slice through `mergeSlice` (the
 * background's `history.import`), calling `onProgress` after each. Returns the
 * summed result, or the validation problems (then nothing was written). Throws
 * `ImportInterruptedError` when a slice fails after others were merged.
 */
export async function importInSlices(
  text: string,
  mergeSlice: (sliceText: string) => Promise<ImportResult>,
  onProgress: (progress: ImportProgress) => void = () => {},
  size = IMPORT_SLICE_SHARES,
): Promise<ImportResult> {
  const validated = validateHistoryFile(text);
  if (!validated.ok) return validated;
  const total = validated.file.shares.length;
  let added: ImportCounts = { shares: 0, drafts: 0 };
  let unchanged: ImportCounts = { shares: 0, drafts: 0 };
  let done = 0;
  onProgress({ done, total });
  for (const slice of sliceHistoryFile(validated.file, size)) {
    let result: ImportResult;
    try {
      result = await mergeSlice(JSON.stringify(slice));
    } catch (error) {
      if (done === 0) throw error;
      throw new ImportInterruptedError({ done, total }, error);
    }
    // Only possible if the background reads the format differently: report it, as for the whole file.
    if (!result.ok) return result;
    added = add(added, result.added);
    unchanged = add(unchanged, result.unchanged);
    done += slice.shares.length;
    onProgress({ done, total });
  }
  return { ok: true, added, unchanged };
}
