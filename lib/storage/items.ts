/**
 * Every value Relais keeps in `storage.local`, each defined once with its
 * fallback and version (./define-item.ts). Readers still validate what comes
 * back (a corrupt value falls back to its default); a change of shape is a new
 * version with a migration, never a silent reset. The always-on LinkedIn
 * script does not import this module: it reads its two keys raw (./keys.ts).
 *
 * Versions today: every item is at version 1, its first shape, so there is
 * no migration yet (./items.test.ts holds each item's version-1 fixture).
 */
import { defineLocalItem } from './define-item';
import { STORAGE_KEYS } from './keys';

/** Raw: `parseSettings` (lib/settings) validates on read. */
export const settingsItem = defineLocalItem<unknown>(STORAGE_KEYS.settings, { fallback: null, version: 1 });

export const installSeedItem = defineLocalItem<string | null>(STORAGE_KEYS.installSeed, { fallback: null, version: 1 });

export const sidebarOpenItem = defineLocalItem<boolean>(STORAGE_KEYS.sidebarOpen, { fallback: false, version: 1 });

export const libraryVersionItem = defineLocalItem<number | null>(STORAGE_KEYS.libraryVersion, {
  fallback: null,
  version: 1,
});

/** zustand `persist`'s `{ state, version }` (components/state/ui-store.ts validates the state). */
export const uiItem = defineLocalItem<unknown>(STORAGE_KEYS.ui, { fallback: null, version: 1 });

export const librarySetUpItem = defineLocalItem<boolean>(STORAGE_KEYS.librarySetUp, { fallback: false, version: 1 });

export const tourSeenItem = defineLocalItem<boolean>(STORAGE_KEYS.tourSeen, { fallback: false, version: 1 });

/** Raw: `challengesFrom` (components/insights) keeps known ids only. */
export const challengesItem = defineLocalItem<unknown>(STORAGE_KEYS.challenges, { fallback: [], version: 1 });

/**
 * LinkedIn's theme ('light' | 'dark'), as the sidebar's content script last read it from the page:
 * the sidebar's extension-origin frame cannot read LinkedIn's DOM, so it follows this item.
 */
export const linkedInThemeItem = defineLocalItem<string | null>(STORAGE_KEYS.linkedInTheme, {
  fallback: null,
  version: 1,
});

/** Raw: `takeOpenItemRequest` (lib/host/open-item-request.ts) validates it and drops it once taken or stale. */
export const openItemRequestItem = defineLocalItem<unknown>(STORAGE_KEYS.openItemRequest, {
  fallback: null,
  version: 1,
});
