/**
 * Storage failures in words an employee can act on. Dexie reports them as
 * DOMExceptions, sometimes wrapped (AbortError, BulkError, OpenFailedError);
 * `toStorageError` finds the real cause. Every history function rethrows
 * through it, so callers see a `StorageError` subclass for any storage failure.
 */
import Dexie from 'dexie';
import type { Locale } from '../i18n/messages';
import { createTranslator } from '../i18n/messages';
import { messagesOf } from '../i18n/catalog';
import { STORAGE_MESSAGE_KEYS, type StorageErrorKind } from './storage-problems';

export type { StorageErrorKind } from './storage-problems';

export abstract class StorageError extends Error {
  protected constructor(
    readonly kind: StorageErrorKind,
    name: string,
    options?: ErrorOptions,
  ) {
    super(messagesOf('history').en[STORAGE_MESSAGE_KEYS[kind]], options);
    this.name = name;
  }

  /** The message in the employee's language. */
  describe(locale: Locale): string {
    return createTranslator(messagesOf('history'), locale)(STORAGE_MESSAGE_KEYS[this.kind]);
  }
}

function storageErrorClass<K extends StorageErrorKind>(kind: K, name: string) {
  return class extends StorageError {
    declare readonly kind: K;
    constructor(options?: ErrorOptions) {
      super(kind, name, options);
    }
  };
}

/** The browser refused to store more (QuotaExceededError). Nothing already saved is lost. */
export const DiskFullError = storageErrorClass('disk-full', 'DiskFullError');
export type DiskFullError = InstanceType<typeof DiskFullError>;

/** Another tab runs other Relais code against the same database (blocked open, VersionError). */
export const OlderTabError = storageErrorClass('older-tab', 'OlderTabError');
export type OlderTabError = InstanceType<typeof OlderTabError>;

/** A schema upgrade threw: IndexedDB rolled it back and the data is still in the old version. */
export const UpgradeFailedError = storageErrorClass('upgrade-failed', 'UpgradeFailedError');
export type UpgradeFailedError = InstanceType<typeof UpgradeFailedError>;

/** Any other storage failure. */
export const StorageUnavailableError = storageErrorClass('unavailable', 'StorageUnavailableError');
export type StorageUnavailableError = InstanceType<typeof StorageUnavailableError>;

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const OLDER_TAB_NAMES = new Set(['VersionError', 'VersionChangeError', 'BlockedError']);
const UPGRADE_NAMES = new Set(['UpgradeError']);

/** The error and every error it wraps (Dexie's `inner`, `cause`, BulkError `failures`). */
function causeChain(error: unknown, seen = new Set<unknown>()): unknown[] {
  if (error === null || typeof error !== 'object' || seen.has(error)) return [];
  seen.add(error);
  const wrapper = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  const failures = Array.isArray(wrapper.failures)
    ? wrapper.failures
    : wrapper.failures && typeof wrapper.failures === 'object'
      ? Object.values(wrapper.failures)
      : [];
  return [error, ...[wrapper.inner, wrapper.cause, ...failures].flatMap((inner) => causeChain(inner, seen))];
}

const nameOf = (error: unknown) => (error as { name?: unknown }).name;

const isStorageFailure = (error: unknown) => error instanceof Dexie.DexieError || error instanceof DOMException;
/** Dexie's wrappers for "the database could not be opened"; their `inner` says why. */
const OPEN_FAILURE_NAMES = new Set(['OpenFailedError', 'DatabaseClosedError']);

/** The storage error behind `error`, or undefined when it is not a storage failure (e.g. a bug). */
export function toStorageError(error: unknown): StorageError | undefined {
  if (error instanceof StorageError) return error;
  const chain = causeChain(error);
  const names = chain.map(nameOf).filter((name): name is string => typeof name === 'string');
  if (names.some((name) => QUOTA_NAMES.has(name))) return new DiskFullError({ cause: error });
  if (names.some((name) => UPGRADE_NAMES.has(name))) return new UpgradeFailedError({ cause: error });
  if (names.some((name) => OLDER_TAB_NAMES.has(name))) return new OlderTabError({ cause: error });
  // Opening failed on something that is not IndexedDB's doing: an upgrade function threw.
  if (names.some((name) => OPEN_FAILURE_NAMES.has(name)) && !chain.every(isStorageFailure)) {
    return new UpgradeFailedError({ cause: error });
  }
  if (!chain.some(isStorageFailure)) return undefined;
  return new StorageUnavailableError({ cause: error });
}

/** Runs a storage task and rethrows storage failures as a `StorageError`; other errors pass unchanged. */
export async function withStorageErrors<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    throw toStorageError(error) ?? error;
  }
}

/**
 * Opens the database, failing fast with `OlderTabError` when another tab holds
 * an older version open (IndexedDB would otherwise wait silently until that
 * tab closes), with `UpgradeFailedError` when an upgrade throws, and with a
 * `StorageError` for any other storage failure.
 */
export async function openRelaisDb<D extends Dexie>(db: D): Promise<D> {
  let onBlocked: (() => void) | undefined;
  const blocked = new Promise<never>((_, reject) => {
    onBlocked = () => reject(new OlderTabError());
    db.on('blocked', onBlocked);
  });
  try {
    await Promise.race([db.open(), blocked]);
    return db;
  } catch (error) {
    // Besides IndexedDB itself, only upgrade functions run during open().
    throw toStorageError(error) ?? new UpgradeFailedError({ cause: error });
  } finally {
    db.on('blocked').unsubscribe(onBlocked!);
  }
}
