import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineLocalItem } from './define-item';
import {
  challengesItem,
  linkedInThemeItem,
  openItemRequestItem,
  installSeedItem,
  librarySetUpItem,
  libraryVersionItem,
  settingsItem,
  sidebarOpenItem,
  tourSeenItem,
  uiItem,
} from './items';
import { STORAGE_KEYS } from './keys';

/**
 * Version 1 of every item: the value today's code writes, stored raw as an
 * older install left it (no version metadata). Each comes back unchanged.
 * A version 2 adds its migration here with a version 1 fixture, as lib/db does.
 */
const VERSION_1_FIXTURES = [
  [settingsItem, { locale: 'fr', display: 'side-panel', workshopMode: true, largeText: false }],
  [installSeedItem, '6f1c4a52-0d1e-4e0b-9a43-5b8a3c2d1e0f'],
  [sidebarOpenItem, true],
  [libraryVersionItem, 1767225600000],
  [uiItem, { state: { query: 'lyon', filters: { channel: 'corporate' }, sort: 'newest' }, version: 1 }],
  [tourSeenItem, true],
  [librarySetUpItem, true],
  [challengesItem, ['steady-month']],
  [linkedInThemeItem, 'dark'],
  [
    openItemRequestItem,
    { itemKey: 'https://acme.example/feed.json#42', surface: 'in-page', tabId: 7, at: 1767225600000 },
  ],
] as const;

describe('storage.local items', () => {
  it('defines one item per key, each key once', () => {
    const keys = VERSION_1_FIXTURES.map(([item]) => item.key);
    expect(new Set(keys)).toEqual(new Set(Object.values(STORAGE_KEYS)));
    expect(keys).toHaveLength(new Set(keys).size);
  });

  it.each(VERSION_1_FIXTURES)('reads its version 1 value as stored ($key)', async (item, stored) => {
    await fakeBrowser.storage.local.set({ [item.key]: stored });
    expect(await (item as { getValue(): Promise<unknown> }).getValue()).toEqual(stored);
  });

  it.each(VERSION_1_FIXTURES)('falls back when nothing is stored ($key)', async (item) => {
    expect(await (item as { getValue(): Promise<unknown> }).getValue()).toEqual(item.fallback);
  });
});

describe('an item with migrations', () => {
  it('turns a version 1 value into version 2 once, and records the version', async () => {
    const key = `migration-test-${crypto.randomUUID()}`;
    await fakeBrowser.storage.local.set({ [key]: { locale: 'fr' } });
    const item = defineLocalItem<{ language: string }>(key, {
      fallback: { language: 'auto' },
      version: 2,
      migrations: { 2: (previous) => ({ language: (previous as { locale: string }).locale }) },
    });
    expect(await item.getValue()).toEqual({ language: 'fr' });
    expect(await fakeBrowser.storage.local.get(`${key}$`)).toEqual({ [`${key}$`]: { v: 2 } });
  });

  it('throws at the caller when a migration fails, instead of handing out the old shape', async () => {
    const key = `migration-test-${crypto.randomUUID()}`;
    await fakeBrowser.storage.local.set({ [key]: { locale: 'fr' } });
    const failing = defineLocalItem<{ language: string }>(key, {
      fallback: { language: 'auto' },
      version: 2,
      migrations: {
        2: () => {
          throw new Error('unreadable');
        },
      },
    });
    await expect(failing.getValue()).rejects.toThrow(/v2 migration failed/);
    // Nothing lost: the old value stays for a fixed release to migrate.
    expect(await fakeBrowser.storage.local.get(key)).toEqual({ [key]: { locale: 'fr' } });
  });
});
