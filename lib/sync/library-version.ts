/** storage.local item bumped after each library change; contexts watch it to refresh. */
import { libraryVersionItem } from '../storage/items';
import { STORAGE_KEYS } from '../storage/keys';

export const LIBRARY_VERSION_KEY = STORAGE_KEYS.libraryVersion;

let lastVersion = 0;

/**
 * Tells every open Relais view (sidebar, side panel, options) that feeds or
 * items changed. Strictly increasing: storage only reports a change when the
 * value differs, and two changes can fall in the same millisecond.
 */
export async function bumpLibraryVersion(now: number = Date.now()): Promise<void> {
  lastVersion = Math.max(now, lastVersion + 1);
  await libraryVersionItem.setValue(lastVersion);
}

/** The last library version bumped in any context; undefined before the first change. */
export async function readLibraryVersion(): Promise<number | undefined> {
  const version: unknown = await libraryVersionItem.getValue();
  return typeof version === 'number' ? version : undefined;
}
