/**
 * The history's problems as they cross the message protocol: `storage.<kind>` for a storage failure, and
 * `no-answer` when the worker did not answer. No Dexie here: the UI words these codes
 * (lib/problems/words.ts) without bundling the database.
 */
import type { Problem } from '../problems/problem';
import type { EnglishOf } from '../i18n/catalog';
import type { Translator } from '../i18n/messages';

export type StorageErrorKind = 'disk-full' | 'older-tab' | 'upgrade-failed' | 'unavailable';

export const STORAGE_MESSAGE_KEYS = {
  'disk-full': 'errorDiskFull',
  'older-tab': 'errorOlderTab',
  'upgrade-failed': 'errorUpgradeFailed',
  unavailable: 'errorUnavailable',
} as const satisfies Record<StorageErrorKind, keyof EnglishOf<'history'>>;

export type HistoryTranslator = Translator<keyof EnglishOf<'history'> & string>;

const PREFIX = 'storage.';

export function storageErrorCode(kind: StorageErrorKind): string {
  return `${PREFIX}${kind}`;
}

export function storageKindOf(code: string): StorageErrorKind | undefined {
  if (!code.startsWith(PREFIX)) return undefined;
  const kind = code.slice(PREFIX.length);
  return Object.hasOwn(STORAGE_MESSAGE_KEYS, kind) ? (kind as StorageErrorKind) : undefined;
}

/** The words of a history request's problem; undefined for a code the history never sends. */
export function wordHistoryProblem(found: Problem, t: HistoryTranslator): string | undefined {
  const kind = storageKindOf(found.code);
  if (kind) return t(STORAGE_MESSAGE_KEYS[kind]);
  if (found.code === 'no-answer') return t('errorNoAnswer');
  return undefined;
}
