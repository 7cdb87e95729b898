/**
 * The Studio's work in progress, autosaved in its own IndexedDB database
 * ("relais-studio"). It is deliberately not the employee's database (lib/db):
 * a comms person's drafts of a feed and an employee's share history never
 * share a file, a migration or an export. It holds the open document and the
 * summaries dropped into Results.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ShareSummary } from '../summary/schema';
import type { JsonObject } from './document';

export const STUDIO_DB_NAME = 'relais-studio';
const WORK_KEY = 'current';

export interface StudioWork {
  key: string;
  feed: JsonObject;
  savedAt: number;
}

/** A summary dropped into the Results tab, kept until the comms person forgets it. */
export interface StoredSummary {
  token: string;
  summary: ShareSummary;
}

export class StudioDb extends Dexie {
  work!: EntityTable<StudioWork, 'key'>;
  summaries!: EntityTable<StoredSummary, 'token'>;
  constructor(name: string = STUDIO_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ work: 'key', summaries: 'token' });
  }
}

let shared: StudioDb | undefined;
/** One connection per page. */
export function getStudioDb(): StudioDb {
  shared ??= new StudioDb();
  return shared;
}

export async function loadWork(db: StudioDb): Promise<StudioWork | undefined> {
  return db.work.get(WORK_KEY);
}

export async function saveWork(db: StudioDb, feed: JsonObject, now: number): Promise<void> {
  await db.work.put({ key: WORK_KEY, feed, savedAt: now });
}

export async function clearWork(db: StudioDb): Promise<void> {
  await db.work.delete(WORK_KEY);
}

export async function loadSummaries(db: StudioDb): Promise<ShareSummary[]> {
  return (await db.summaries.toArray()).map((stored) => stored.summary);
}

export async function addSummaries(db: StudioDb, summaries: readonly ShareSummary[]): Promise<void> {
  await db.summaries.bulkPut(summaries.map((summary) => ({ token: summary.token, summary })));
}

export async function clearSummaries(db: StudioDb): Promise<void> {
  await db.summaries.clear();
}
