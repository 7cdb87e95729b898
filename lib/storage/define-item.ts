/**
 * WXT's `storage.defineItem({ fallback, version, migrations })`, with one
 * change: a failing migration throws at the caller instead of being logged
 * while the old value is handed out (which the readers' zod `.catch()`
 * defaults would then silently reset). A value's shape changes only with a
 * new version and a migration from the one before; each migration has a test
 * with a stored fixture of the previous version (./items.test.ts), like the
 * Dexie upgrades.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

export interface ItemDefinition<T> {
  fallback: T;
  /** 1 for the first shape; raise it with each change of shape. */
  version: number;
  /** `migrations[n]` turns a version n - 1 value into a version n one. */
  migrations?: Record<number, (previous: unknown) => unknown>;
}

export type RelaisStorageItem<T> = Pick<
  WxtStorageItem<T, Record<string, unknown>>,
  'getValue' | 'setValue' | 'removeValue' | 'watch' | 'fallback'
> & {
  key: string;
};

export function defineLocalItem<T>(key: string, definition: ItemDefinition<T>): RelaisStorageItem<T> {
  const hasMigrations = definition.version > 1;
  // Defined on first use: WXT reads the value (and runs the migrations) as soon as an item is
  // defined, which a context importing this module for one item should not pay for the other six.
  let defined: WxtStorageItem<T, Record<string, unknown>> | undefined;
  const item = () =>
    (defined ??= storage.defineItem<T>(`local:${key}`, {
      fallback: definition.fallback,
      version: definition.version,
      // Without migrations WXT has nothing to run (version 1 needs none).
      migrations: hasMigrations ? definition.migrations : undefined,
    }));
  let migrated: Promise<void> | undefined;
  // WXT runs the migrations once when the item is defined and only logs a failure; running them again
  // (a no-op once done) hands the failure to the caller.
  const ready = () => (hasMigrations ? (migrated ??= item().migrate()) : Promise.resolve());
  return {
    key,
    fallback: definition.fallback,
    getValue: async () => {
      await ready();
      return item().getValue();
    },
    setValue: async (value) => {
      await ready();
      return item().setValue(value);
    },
    removeValue: async (options) => {
      await ready();
      return item().removeValue(options);
    },
    watch: (callback) => item().watch(callback),
  };
}
