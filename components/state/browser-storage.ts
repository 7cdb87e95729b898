/**
 * A zustand `persist` storage over one `storage.local` item (lib/storage): the
 * extension's own storage, shared by the sidebar on every LinkedIn tab and the
 * side panel, and out of reach of linkedin.com's scripts (unlike the page's
 * localStorage).
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { RelaisStorageItem } from '@/lib/storage/define-item';

export function browserLocalStorage<S>(item: RelaisStorageItem<unknown>): PersistStorage<S> {
  return {
    async getItem() {
      return ((await item.getValue()) as StorageValue<S> | null | undefined) ?? null;
    },
    async setItem(_name, value) {
      await item.setValue(value);
    },
    async removeItem() {
      await item.removeValue();
    },
  };
}
