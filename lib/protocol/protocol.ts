/**
 * The one typed message protocol between Relais's contexts (background worker,
 * LinkedIn content scripts, extension pages). Every request is validated with
 * zod by its receiver; only the extension's own contexts are trusted (see
 * `isTrustedSender`). Nothing arriving through `window.postMessage` is ever
 * treated as a request.
 */
import type { Problem } from '../problems/problem';
import type { AnnouncedFeed } from '../feed/discover';
import { z } from 'zod';
import {
  draftRecordSchema,
  shareRecordSchema,
  type FeedRecord,
  type DraftRecord,
  type ShareRecord,
} from '../db/records';
import type { StoredShare, ImportResult } from '../history';
import type { InsightsReport } from '../history/insights-report';
import { CHALLENGE_IDS } from '../history/challenges';
import { isValidTimeZone } from '../time/calendar';
import type { LibraryItem, LibraryListItem } from '../feed/library-item';
import type { PackedFeedItems } from '../library/list-item';
import type { ManagedPolicy } from '../sync/managed-policy';
import type { WorkshopLibrary } from '../workshop/demo-library';
import type { WorkshopResetResult } from '../workshop/reset';
import type { FetchedImage } from '../images/fetch-image';

export const workspaceSchema = z.enum(['real', 'workshop']);

/** Drafts and shares travel with the same fields they are stored with (lib/db/records.ts), with size caps for messages. */
export const draftInputSchema = draftRecordSchema.extend({
  answers: draftRecordSchema.shape.answers.max(10),
  text: draftRecordSchema.shape.text.max(100_000),
});

export const shareInputSchema = shareRecordSchema.omit({ id: true }).extend({
  text: shareRecordSchema.shape.text.max(100_000),
});

/** A history page reads at most this many shares per request. */
export const HISTORY_PAGE_LIMIT = 500;

/** Requests answered by the background worker. */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('library.get'), workspace: workspaceSchema }),
  /** One whole item (the list has only what it shows and searches); null when gone or not visible now. */
  z.object({ type: z.literal('library.item'), workspace: workspaceSchema, key: z.string().max(10_000) }),
  /** The search text of each listed item, by key: read after the list shows, for searches in messages. */
  z.object({ type: z.literal('library.searchTexts'), workspace: workspaceSchema }),
  /** Per feed, the stored items shown now, not yet published and expired (the options explain the counts). */
  z.object({ type: z.literal('library.counts'), workspace: workspaceSchema }),
  z.object({ type: z.literal('feeds.list') }),
  z.object({ type: z.literal('feeds.add'), url: z.string().max(2048) }),
  /** The address itself when it is a feed, else the feeds the page announces (fetched by the worker). */
  z.object({ type: z.literal('feeds.discover'), url: z.string().max(2048) }),
  z.object({ type: z.literal('feeds.remove'), url: z.string().max(2048) }),
  z.object({ type: z.literal('feeds.sync'), url: z.string().max(2048).optional() }),
  /** The organisation's policy as Relais reads it (whether the list is locked). */
  z.object({ type: z.literal('feeds.policy') }),
  z.object({ type: z.literal('draft.get'), workspace: workspaceSchema, itemKey: z.string() }),
  z.object({ type: z.literal('draft.save'), workspace: workspaceSchema, draft: draftInputSchema }),
  z.object({ type: z.literal('share.record'), workspace: workspaceSchema, share: shareInputSchema }),
  /**
   * A feed image, fetched by the worker (lib/images/fetch-image.ts: https, a granted feed origin, raster types,
   * 2 MB): the library shows it as a `blob:` URL, and the composer can attach it (issue #13).
   */
  z.object({ type: z.literal('image.fetch'), url: z.string().max(2048) }),
  /** From the LinkedIn content script: load the sidebar UI into this tab (it is not in every page's bundle). */
  z.object({ type: z.literal('sidebar.inject') }),
  z.object({ type: z.literal('page.open'), page: z.enum(['options', 'insights', 'studio']) }),
  /** The Studio opens a feed or a newsroom by address: the worker downloads it (pages cannot reach every origin). */
  z.object({ type: z.literal('studio.fetchFeed'), url: z.string().max(2048) }),
  /**
   * Brings Relais up on LinkedIn (sidebar or side panel, as set); with `itemKey` (a "Share next" click in
   * My shares) that item opens there, once (lib/host/open-item-request.ts).
   */
  z.object({ type: z.literal('linkedin.show'), itemKey: z.string().min(1).max(2048).optional() }),
  /**
   * From the Relais app on LinkedIn (in-page sidebar or side panel): the item a `linkedin.show` asked this
   * surface to open, taken once (the in-page sidebar's tab is the sender's), or null.
   */
  z.object({ type: z.literal('linkedin.takeItemToOpen'), surface: z.enum(['in-page', 'side-panel']) }),
  /** The share history, newest first; `search` matches every word in the title or text, ignoring case and accents. */
  z.object({
    type: z.literal('history.list'),
    workspace: workspaceSchema,
    search: z.string().max(500).optional(),
    limit: z.number().int().positive().max(HISTORY_PAGE_LIMIT).optional(),
    offset: z.number().int().nonnegative().optional(),
  }),
  z.object({ type: z.literal('history.delete'), workspace: workspaceSchema, id: z.number().int().positive() }),
  /** Forgets every share and draft of the workspace; feeds and the library stay. */
  z.object({ type: z.literal('history.deleteAll'), workspace: workspaceSchema }),
  z.object({ type: z.literal('history.export'), workspace: workspaceSchema, format: z.enum(['json', 'csv']) }),
  /** A history file's text (JSON export); validated completely before anything is written. */
  z.object({ type: z.literal('history.import'), workspace: workspaceSchema, text: z.string().max(50_000_000) }),
  /** Everything the insights page shows, in one round trip. Times in epoch ms, [from, to). */
  z.object({
    type: z.literal('insights.get'),
    workspace: workspaceSchema,
    from: z.number(),
    to: z.number(),
    timeZone: z.string().max(100).refine(isValidTimeZone, 'timeZone must be an IANA time zone, e.g. Europe/Paris'),
    challenges: z.array(z.enum(CHALLENGE_IDS)).max(CHALLENGE_IDS.length),
    /** The UI's language: "Share next" offers items in it first, one version per story. */
    language: z.string().max(35).optional(),
  }),
  /** Workshop mode: install the bundled demo feed into the workshop database if it is not there yet. */
  z.object({ type: z.literal('workshop.ensureLibrary') }),
  /** Workshop mode: a trainer's own feed file replaces the workshop library. */
  z.object({
    type: z.literal('workshop.loadFeed'),
    feedText: z.string().max(5_000_000),
    fileName: z.string().max(255),
  }),
  /** Clears the workshop database's drafts and shares; the real database is never touched. */
  z.object({ type: z.literal('workshop.reset') }),
]);

export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
export type BackgroundRequestType = BackgroundRequest['type'];
export type RequestOf<T extends BackgroundRequestType> = Extract<BackgroundRequest, { type: T }>;

/** `library.get`'s answer: list items packed by feed (`unpackListItems` gives `LibrarySnapshot.items`). */
export interface PackedLibrarySnapshot {
  itemsByFeed: PackedFeedItems[];
  feeds: FeedRecord[];
  /** When each already shared item was last posted (epoch ms), by item key: the cards say "Shared on …". */
  lastShared: Record<string, number>;
}

export interface LibrarySnapshot {
  /** Items visible now (embargo and expiry applied), in their list form. */
  items: LibraryListItem[];
  feeds: FeedRecord[];
  lastShared: Record<string, number>;
}

/** One feed's stored items by what the library does with them now (`visibilityAt`). */
export interface FeedItemCounts {
  feedUrl: string;
  shown: number;
  upcoming: number;
  expired: number;
}

export interface BackgroundResponses {
  'library.get': PackedLibrarySnapshot;
  'library.item': LibraryItem | null;
  'library.searchTexts': Record<string, string>;
  'library.counts': FeedItemCounts[];
  'feeds.list': FeedRecord[];
  'feeds.add': FeedRecord;
  'feeds.discover': { isFeed: true; url: string } | { isFeed: false; feeds: AnnouncedFeed[] };
  'feeds.remove': null;
  /** Every feed with its status after the sync: per-feed errors and skipped items are in `status`. */
  'feeds.sync': FeedRecord[];
  'feeds.policy': ManagedPolicy;
  'draft.get': DraftRecord | null;
  'draft.save': null;
  'share.record': ShareRecord;
  'image.fetch': FetchedImage;
  'sidebar.inject': null;
  'page.open': null;
  'studio.fetchFeed': { text: string; finalUrl: string };
  'linkedin.show': null;
  'linkedin.takeItemToOpen': string | null;
  'history.list': StoredShare[];
  'history.delete': boolean;
  'history.deleteAll': null;
  'history.export': string;
  'history.import': ImportResult;
  'insights.get': InsightsReport;
  'workshop.ensureLibrary': WorkshopLibrary;
  'workshop.loadFeed': FeedRecord;
  'workshop.reset': WorkshopResetResult;
}

export type { InsertOutcome, TabRequest, TabRequestType, TabResponses } from './tab-protocol';

/** A problem (code and params, worded by the UI) with the receiver's log message, for unknown codes and consoles. */
export interface RequestError extends Problem {
  message: string;
  /** An `invalid-feed` (or a problem wrapping one): the feed validator's first problem, as data. */
  first?: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: RequestError };
