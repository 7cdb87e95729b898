/**
 * A zustand `persist` storage over `browser.storage.local`: the extension's own
 * storage, shared by the sidebar on every LinkedIn tab and the side panel, and
 * out of reach of linkedin.com's scripts (unlike the page's localStorage).
 */
import { browser } from 'wxt/browser';
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export function browserLocalStorage<S>(): PersistStorage<S> {
  return {
    async getItem(name) {
      const stored = (await browser.storage.local.get(name))[name];
      return (stored as StorageValue<S> | undefined) ?? null;
    },
    async setItem(name, value) {
      await browser.storage.local.set({ [name]: value });
    },
    async removeItem(name) {
      await browser.storage.local.remove(name);
    },
  };
}
