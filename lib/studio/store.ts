/**
 * The Studio's work in progress, autosaved in its own IndexedDB database
 * ("relais-studio"). It is deliberately not the employee's database (lib/db):
 * a comms person's drafts of a feed and an employee's share history never
 * share a file, a migration or an export. One record: the open document.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { JsonObject } from './document';

export const STUDIO_DB_NAME = 'relais-studio';
const WORK_KEY = 'current';

export interface StudioWork {
  key: string;
  feed: JsonObject;
  savedAt: number;
}

export class StudioDb extends Dexie {
  work!: EntityTable<StudioWork, 'key'>;
  constructor(name: string = STUDIO_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ work: 'key' });
  }
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
