/** Shapes of the rows Relais keeps in IndexedDB, on the employee's machine only. */
import type { FeedProblem } from '../feed/parse';
import type { FeedSnapshot } from '../feed/library-item';

export type FeedSource = 'user' | 'managed' | 'demo';

export interface FeedError {
  /** Machine-readable kind, e.g. `timeout`, `too-large`, `invalid-json`, `http-404`. */
  code: string;
  /** Plain words a comms person understands. */
  message: string;
  at: number;
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

export interface DraftRecord {
  itemKey: string;
  angle?: string;
  answers: string[];
  text: string;
  startedAt: number;
  updatedAt: number;
}

export type CharterSeverity = 'error' | 'warning' | 'tip';

export interface ShareFinding {
  rule: string;
  severity: CharterSeverity;
  message: string;
}

export type ShareVia = 'post-button' | 'manual' | 'practice';

export interface ShareRecord {
  id?: number;
  itemKey: string;
  itemId: string;
  feedUrl: string;
  title: string;
  channel: string;
  category: string;
  language?: string;
  draftStartedAt?: number;
  insertedAt?: number;
  postedAt: number;
  /** Share of the text in the employee's own words, 0–1. */
  ownWords: number;
  findings: ShareFinding[];
  /** The employee's own text, on their own machine. */
  text: string;
  via: ShareVia;
}
