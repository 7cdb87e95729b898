/**
 * Storage failures crossing the message protocol. The background answers with
 * a code naming the failure's kind (`storage.disk-full`, …) and the English
 * message; the page, which knows the employee's language, describes it with
 * `describeRequestFailure`. The background never needs the UI's locale.
 */
import { createTranslator, type Locale } from '../i18n/messages';
import { STORAGE_MESSAGE_KEYS, type StorageErrorKind, toStorageError } from './errors';
import { messagesOf } from '../i18n/catalog';

const PREFIX = 'storage.';

export function storageErrorCode(kind: StorageErrorKind): string {
  return `${PREFIX}${kind}`;
}

function storageKindOf(code: string): StorageErrorKind | undefined {
  if (!code.startsWith(PREFIX)) return undefined;
  const kind = code.slice(PREFIX.length);
  return kind in STORAGE_MESSAGE_KEYS ? (kind as StorageErrorKind) : undefined;
}

/** The code and message to answer with when `error` is a storage failure; undefined otherwise. */
export function storageFailureOf(error: unknown): { code: string; message: string } | undefined {
  const storage = toStorageError(error);
  return storage ? { code: storageErrorCode(storage.kind), message: storage.message } : undefined;
}

/**
 * A failed request in the employee's language. Storage failures say what
 * happened; anything else (a bug, an engine error such as "Maximum call stack
 * size exceeded") gets plain words instead of the engine's text, which is
 * logged for whoever debugs it.
 */
export function describeRequestFailure(error: { code?: string; message: string }, locale: Locale): string {
  const t = createTranslator(messagesOf('history'), locale);
  const kind = error.code === undefined ? undefined : storageKindOf(error.code);
  if (kind) return t(STORAGE_MESSAGE_KEYS[kind]);
  if (error.code === 'no-answer') return t('errorNoAnswer');
  console.warn('Relais request failed:', error.code, error.message);
  return t('errorUnexpected');
}
