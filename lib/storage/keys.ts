/**
 * The keys Relais keeps in `storage.local`, in one place, without any import:
 * the always-on LinkedIn script reads two of them raw (one `storage.local.get`
 * per page load, no zod, no WXT storage), everything else goes through the
 * items of ./items.ts.
 */
export const STORAGE_KEYS = {
  /** The employee's preferences (lib/settings/settings.ts is their schema). */
  settings: 'settings',
  /** A random seed made once per install: angles and posting times differ between colleagues. */
  installSeed: 'installSeed',
  /** The sidebar was open: reopen it on the next LinkedIn page. */
  sidebarOpen: 'sidebarOpen',
  /** Bumped by the worker after each library change; every context watches it to refresh. */
  libraryVersion: 'libraryVersion',
  /** The library's UI state (zustand `persist`, components/state/ui-store.ts). */
  ui: 'ui',
  /** The guided tour was shown once on the practice page. */
  tourSeen: 'tourSeen',
  /** The personal challenges the employee switched on. */
  challenges: 'challenges',
  /**
   * The worker finished setting the library up after an install or update (the demo library
   * seeded, the first sync tried): before that, an empty library means "not yet", not "none".
   */
  librarySetUp: 'librarySetUp',
  /** LinkedIn's own colour theme, published by the sidebar's content script for the sidebar's frame. */
  linkedInTheme: 'linkedInTheme',
  /**
   * An item to open once in Relais on LinkedIn (a "Share next" click in My shares): written by the
   * worker, taken once by the app on the surface and tab it names (lib/host/open-item-request.ts).
   */
  openItemRequest: 'openItemRequest',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
