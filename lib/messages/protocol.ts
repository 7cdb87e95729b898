/**
 * The one typed message protocol between Relais's contexts (background worker,
 * LinkedIn content scripts, extension pages). Every request is validated with
 * zod by its receiver; only the extension's own contexts are trusted (see
 * `isTrustedSender`). Nothing arriving through `window.postMessage` is ever
 * treated as a request.
 */
import { z } from 'zod';
import type { FeedRecord, DraftRecord, ShareRecord } from '../db/records';
import type { LibraryItem } from '../feed/library-item';
import type { ManagedPolicy } from '../sync/managed-policy';
import type { WorkshopLibrary } from '../workshop/demo-library';
import type { WorkshopResetResult } from '../workshop/reset';

export const workspaceSchema = z.enum(['real', 'workshop']);

const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'tip']),
  message: z.string(),
});

export const draftInputSchema = z.object({
  itemKey: z.string().min(1),
  angle: z.string().optional(),
  answers: z.array(z.string()).max(10),
  text: z.string().max(100_000),
  startedAt: z.number(),
  updatedAt: z.number(),
});

export const shareInputSchema = z.object({
  itemKey: z.string().min(1),
  itemId: z.string(),
  feedUrl: z.string(),
  title: z.string(),
  channel: z.string(),
  category: z.string(),
  language: z.string().optional(),
  draftStartedAt: z.number().optional(),
  insertedAt: z.number().optional(),
  postedAt: z.number(),
  ownWords: z.number().min(0).max(1),
  findings: z.array(findingSchema),
  text: z.string().max(100_000),
  via: z.enum(['post-button', 'manual', 'practice']),
});

/** Requests answered by the background worker. */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('library.get'), workspace: workspaceSchema }),
  z.object({ type: z.literal('feeds.list') }),
  z.object({ type: z.literal('feeds.add'), url: z.string().max(2048) }),
  z.object({ type: z.literal('feeds.remove'), url: z.string().max(2048) }),
  z.object({ type: z.literal('feeds.sync'), url: z.string().max(2048).optional() }),
  /** The organisation's policy as Relais reads it (whether the list is locked). */
  z.object({ type: z.literal('feeds.policy') }),
  z.object({ type: z.literal('draft.get'), workspace: workspaceSchema, itemKey: z.string() }),
  z.object({ type: z.literal('draft.save'), workspace: workspaceSchema, draft: draftInputSchema }),
  z.object({ type: z.literal('share.record'), workspace: workspaceSchema, share: shareInputSchema }),
  /** From the LinkedIn content script: load the sidebar UI into this tab (it is not in every page's bundle). */
  z.object({ type: z.literal('sidebar.inject') }),
  z.object({ type: z.literal('page.open'), page: z.enum(['options']) }),
  /** Workshop mode: install the bundled demo feed into the workshop database if it is not there yet. */
  z.object({ type: z.literal('workshop.ensureLibrary') }),
  /** Workshop mode: a trainer's own feed file replaces the workshop library. */
  z.object({ type: z.literal('workshop.loadFeed'), feedText: z.string().max(5_000_000), fileName: z.string().max(255) }),
  /** Clears the workshop database's drafts and shares; the real database is never touched. */
  z.object({ type: z.literal('workshop.reset') }),
]);

export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
export type BackgroundRequestType = BackgroundRequest['type'];
export type RequestOf<T extends BackgroundRequestType> = Extract<BackgroundRequest, { type: T }>;

export interface LibrarySnapshot {
  /** Items visible now (embargo and expiry applied). */
  items: LibraryItem[];
  feeds: FeedRecord[];
}

export interface BackgroundResponses {
  'library.get': LibrarySnapshot;
  'feeds.list': FeedRecord[];
  'feeds.add': FeedRecord;
  'feeds.remove': null;
  /** Every feed with its status after the sync: per-feed errors and skipped items are in `status`. */
  'feeds.sync': FeedRecord[];
  'feeds.policy': ManagedPolicy;
  'draft.get': DraftRecord | null;
  'draft.save': null;
  'share.record': ShareRecord;
  'sidebar.inject': null;
  'page.open': null;
  'workshop.ensureLibrary': WorkshopLibrary;
  'workshop.loadFeed': FeedRecord;
  'workshop.reset': WorkshopResetResult;
}

export type { InsertOutcome, TabRequest, TabRequestType, TabResponses } from './tab-protocol';

export interface RequestError {
  code: string;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: RequestError };
