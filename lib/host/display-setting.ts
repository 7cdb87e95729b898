/**
 * Where the Relais app shows, read from storage.local without zod: the
 * always-on LinkedIn content script and the background's user-gesture paths
 * need it cheaply. `lib/settings/settings.ts` stays the schema, `lib/storage` the owner of the key.
 */
import { STORAGE_KEYS } from '../storage/keys';

export type Display = 'in-page' | 'side-panel';

export const SETTINGS_STORAGE_KEY = STORAGE_KEYS.settings;

export function displayFrom(storedSettings: unknown): Display {
  const display = (storedSettings as { display?: unknown } | undefined)?.display;
  return display === 'side-panel' ? 'side-panel' : 'in-page';
}

/** What the shortcut and the toolbar button do. */
export type OpenTarget = 'side-panel' | 'in-page-sidebar' | 'insights';

/** Off LinkedIn there is no composer to help with: the toolbar button opens the employee's own history instead. */
export function openTargetFor(display: Display, tabIsLinkedIn: boolean): OpenTarget {
  if (display === 'side-panel') return 'side-panel';
  return tabIsLinkedIn ? 'in-page-sidebar' : 'insights';
}
