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
