/** storage.local key bumped after each library change; contexts watch it to refresh. */
import { browser } from 'wxt/browser';

export const LIBRARY_VERSION_KEY = 'libraryVersion';

let lastVersion = 0;

/**
 * Tells every open Relais view (sidebar, side panel, options) that feeds or
 * items changed. Strictly increasing: storage only reports a change when the
 * value differs, and two changes can fall in the same millisecond.
 */
export async function bumpLibraryVersion(now: number = Date.now()): Promise<void> {
  lastVersion = Math.max(now, lastVersion + 1);
  await browser.storage.local.set({ [LIBRARY_VERSION_KEY]: lastVersion });
}

/** The last library version bumped in any context; undefined before the first change. */
export async function readLibraryVersion(): Promise<number | undefined> {
  const stored = await browser.storage.local.get(LIBRARY_VERSION_KEY);
  const version: unknown = stored[LIBRARY_VERSION_KEY];
  return typeof version === 'number' ? version : undefined;
}
