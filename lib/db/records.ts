/**
 * Shapes of the rows Relais keeps in IndexedDB, on the employee's machine only.
 * Drafts and shares are zod schemas because they also travel in history
 * exports: the schema here is the one definition of both the row and the
 * export row (lib/history/export-format.ts builds on it).
 */
import { z } from 'zod';
import type { FeedProblem } from '../feed/parse';
import type { Problem } from '../problems/problem';
import type { FeedSnapshot } from '../feed/library-item';

export type FeedSource = 'user' | 'managed' | 'demo';

/**
 * The last sync problem of a feed: its code (e.g. `timeout`, `too-large`, `invalid-feed`, `http-404`) and
 * params, worded by the UI in the language it shows (`wordSyncProblem`). Not indexed: no Dexie version.
 */
export interface FeedError extends Problem {
  at: number;
  /**
   * `invalid-feed` only: the validator's first problem, as data (path, code, words), worded by the UI with
   * the rest of the sentence. Rows written before it quote the problem as text in `params.first`.
   */
  first?: FeedProblem;
  /** Only in rows written before problems were stored as codes: the sentence, in that day's language. */
  message?: string;
}

export interface FeedStatus {
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  itemCount: number;
  skipped: FeedProblem[];
  lastError?: FeedError;
}

export interface FeedRecord {
  url: string;
  source: FeedSource;
  addedAt: number;
  /** Feed-level data (title, charter, channels, mix, switches) from the last good sync. */
  snapshot?: FeedSnapshot;
  status: FeedStatus;
  /** Validators for conditional GET. */
  etag?: string;
  lastModified?: string;
}

/** The last instant a JavaScript Date can hold (year 275760): past it, `new Date(ms)` is invalid. */
export const MAX_EPOCH_MS = 8.64e15;

/** Epoch milliseconds that are a real date: a share at 9e15 would break every date computation after it. */
const epochMs = z
  .number()
  .int()
  .nonnegative()
  .max(MAX_EPOCH_MS, { error: 'not a date: at most 8640000000000000 ms after 1970 (the year 275760)' });

/** Where the item's link goes (lib/personalise/link-placement.ts). Not indexed: no Dexie version needed. */
export const linkPlacementSchema = z.enum(['first-comment', 'post']);

export const draftRecordSchema = z.object({
  itemKey: z.string().min(1),
  angle: z.string().optional(),
  /** Absent in drafts saved before the choice existed: their link is in the post. */
  linkPlacement: linkPlacementSchema.optional(),
  answers: z.array(z.string()),
  text: z.string(),
  startedAt: epochMs,
  updatedAt: epochMs,
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;

export const charterSeveritySchema = z.enum(['error', 'warning', 'tip']);
export type CharterSeverity = z.infer<typeof charterSeveritySchema>;

export const shareFindingSchema = z.object({
  rule: z.string().min(1),
  severity: charterSeveritySchema,
  message: z.string(),
});
export type ShareFinding = z.infer<typeof shareFindingSchema>;

export const shareViaSchema = z.enum(['post-button', 'manual', 'practice']);
export type ShareVia = z.infer<typeof shareViaSchema>;

/**
 * How the employee relayed the item: their own post, a repost of the company's
 * post with their thoughts, or a comment under it. Rows and exports written
 * before the kinds existed are posts.
 */
export const shareKindSchema = z.enum(['post', 'repost', 'comment']);
export type ShareKind = z.infer<typeof shareKindSchema>;
export const SHARE_KINDS: readonly ShareKind[] = shareKindSchema.options;

export const shareRecordSchema = z.object({
  /** Local auto-increment id: never exported, meaningless on another machine. */
  id: z.number().int().positive().optional(),
  itemKey: z.string().min(1),
  itemId: z.string(),
  feedUrl: z.string(),
  title: z.string(),
  channel: z.string(),
  category: z.string().min(1),
  language: z.string().optional(),
  draftStartedAt: epochMs.optional(),
  insertedAt: epochMs.optional(),
  postedAt: epochMs,
  /** Share of the text in the employee's own words, 0–1. */
  ownWords: z.number().min(0).max(1),
  findings: z.array(shareFindingSchema),
  /** The employee's own text, on their own machine. */
  text: z.string(),
  via: shareViaSchema,
  /** Absent in rows and exports from before version 2: a post. */
  kind: shareKindSchema.default('post'),
  /** The item's image went along as an attachment. Absent before version 2: false. */
  withImage: z.boolean().default(false),
});
export type ShareRecord = z.infer<typeof shareRecordSchema>;

/**
 * A derived, columnar summary of the shares posted in one UTC month: what the
 * insight queries read instead of the full rows (see docs/data.md, "Share
 * digest"). Typed arrays clone as flat buffers, so reading 100,000 shares'
 * facts costs a few milliseconds where reading the rows costs hundreds.
 * Column `i` of every array describes the same share.
 */
export interface ShareMonthDigest {
  /** Months since January 1970, UTC: `year * 12 + monthIndex - 1970 * 12`. */
  month: number;
  ids: Float64Array;
  postedAt: Float64Array;
  ownWords: Float64Array;
  /** Index into `categories`. */
  categoryIndex: Uint16Array;
  categories: string[];
  /** Bit flags per share, see `SHARE_FLAG_*`. */
  flags: Uint8Array;
}

/** The share had no charter finding of severity error or warning. */
export const SHARE_FLAG_CLEAN = 1;
/** The share was a repost with the employee's thoughts (neither flag: a post). */
export const SHARE_FLAG_REPOST = 2;
/** The share was a comment under the company's post. */
export const SHARE_FLAG_COMMENT = 4;
/** The item's image went along. */
export const SHARE_FLAG_WITH_IMAGE = 8;

/** How often, and when last, the employee shared one library item. Derived from `shares`, like the digest. */
export interface SharedItemSummary {
  itemKey: string;
  count: number;
  lastPostedAt: number;
}

/**
 * What the share digest was last built from. When `shares` no longer has this
 * many rows or this highest id, something wrote shares without going through
 * lib/history, and the digest is rebuilt before it is read.
 */
export interface ShareDigestState {
  key: 'share-digest';
  count: number;
  maxId: number;
}

/** Small bookkeeping rows, one per `key`. */
export type MetaRecord = ShareDigestState;
