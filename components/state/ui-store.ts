/**
 * The library's UI state (search, filters, sort, open item, scroll), kept
 * across page loads in `browser.storage.local` under the key `ui`, so LinkedIn's
 * full-page navigations do not make the employee start over.
 */
import { useSyncExternalStore } from 'react';
// zod/mini: read back before the list's first screen, and nothing here needs full zod's API.
import { z } from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { LibraryFilters, LibrarySort } from '@/lib/library/search';
import { uiItem } from '@/lib/storage/items';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { browserLocalStorage } from './browser-storage';

export const UI_STORAGE_KEY = STORAGE_KEYS.ui;

export interface LibraryUiState {
  query: string;
  filters: LibraryFilters;
  sort: LibrarySort;
  /** Items in the UI language come first. */
  preferMyLanguage: boolean;
  openItemKey: string | null;
  /**
   * How the open item is being relayed: kept across LinkedIn's page loads, so
   * the draft comes back in the same flow once the company's post has opened.
   */
  relayKind: RelayKind;
  listScrollTop: number;
}

export type RelayKind = 'post' | 'repost' | 'comment';

export interface LibraryUiActions {
  setQuery(query: string): void;
  setFilter(name: keyof LibraryFilters, value: string): void;
  clearFilters(): void;
  setSort(sort: LibrarySort): void;
  setPreferMyLanguage(prefer: boolean): void;
  openItem(key: string): void;
  setRelayKind(kind: RelayKind): void;
  closeItem(): void;
  setListScrollTop(top: number): void;
}

export type UiStore = LibraryUiState & LibraryUiActions;

export const INITIAL_UI_STATE: LibraryUiState = {
  query: '',
  filters: {},
  sort: 'newest',
  preferMyLanguage: true,
  openItemKey: null,
  relayKind: 'post',
  listScrollTop: 0,
};

/** What may come back from storage: anything malformed falls back to the default, field by field. */
const storedUiSchema = z.object({
  query: z.catch(z.string().check(z.maxLength(500)), INITIAL_UI_STATE.query),
  filters: z.catch(
    z.object({ channel: z.optional(z.string()), category: z.optional(z.string()), language: z.optional(z.string()) }),
    {},
  ),
  sort: z.catch(z.enum(['newest', 'campaign-ending']), INITIAL_UI_STATE.sort),
  preferMyLanguage: z.catch(z.boolean(), INITIAL_UI_STATE.preferMyLanguage),
  openItemKey: z.catch(z.nullable(z.string()), null),
  relayKind: z.catch(z.enum(['post', 'repost', 'comment']), 'post'),
  listScrollTop: z.catch(z.number().check(z.minimum(0)), 0),
});

export function createUiStore() {
  return create<UiStore>()(
    persist(
      (set) => ({
        ...INITIAL_UI_STATE,
        setQuery: (query) => set({ query, listScrollTop: 0 }),
        setFilter: (name, value) =>
          set((state) => ({ filters: { ...state.filters, [name]: value || undefined }, listScrollTop: 0 })),
        clearFilters: () => set({ filters: {}, query: '', listScrollTop: 0 }),
        setSort: (sort) => set({ sort, listScrollTop: 0 }),
        setPreferMyLanguage: (preferMyLanguage) => set({ preferMyLanguage }),
        // Another item starts as a post; the same one keeps its flow.
        openItem: (openItemKey) =>
          set((state) => (state.openItemKey === openItemKey ? { openItemKey } : { openItemKey, relayKind: 'post' })),
        setRelayKind: (relayKind) => set({ relayKind }),
        closeItem: () => set({ openItemKey: null }),
        setListScrollTop: (listScrollTop) => set({ listScrollTop }),
      }),
      {
        name: UI_STORAGE_KEY,
        version: 1,
        storage: browserLocalStorage<LibraryUiState>(uiItem),
        partialize: ({ query, filters, sort, preferMyLanguage, openItemKey, relayKind, listScrollTop }) => ({
          query,
          filters,
          sort,
          preferMyLanguage,
          openItemKey,
          relayKind,
          listScrollTop,
        }),
        merge: (stored, current) => ({ ...current, ...storedUiSchema.parse(stored ?? {}) }),
      },
    ),
  );
}

export const useUiStore = createUiStore();

/** False until the remembered state has been read back from storage (it is asynchronous). */
export function useUiHydrated(): boolean {
  return useSyncExternalStore(
    (onChange) => useUiStore.persist.onFinishHydration(onChange),
    () => useUiStore.persist.hasHydrated(),
  );
}
