/** The one owner of `storage.local`: its keys, and an item per key. */
export { STORAGE_KEYS, type StorageKey } from './keys';
export * from './items';
export { defineLocalItem, type ItemDefinition, type RelaisStorageItem } from './define-item';
