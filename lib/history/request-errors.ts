/**
 * Storage failures crossing the message protocol. The background answers with
 * a problem: a code naming the failure's kind (`storage.disk-full`, …) and a
 * message for logs only (the failure's name and the engine's own text, never a
 * sentence for the employee). The page, which knows the language it shows now,
 * words the code (`wordHistoryProblem`, through lib/problems/words.ts). The
 * background never needs the UI's locale.
 */
import { createTranslator, type Locale } from '../i18n/messages';
import { toStorageError } from './errors';
import { storageErrorCode, wordHistoryProblem } from './storage-problems';
import { messagesOf } from '../i18n/catalog';
import { problemFrom } from '../problems/problem';

export { storageErrorCode } from './storage-problems';

/** The engine's own words for what went wrong, deepest cause first: for logs. */
function causeText(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const named = (cause ?? error) as { name?: unknown; message?: unknown } | null;
  const name = typeof named?.name === 'string' ? named.name : 'Error';
  return typeof named?.message === 'string' && named.message !== '' ? `${name}: ${named.message}` : name;
}

/** The problem to answer with when `error` is a storage failure (its message for logs); undefined otherwise. */
export function storageFailureOf(error: unknown): { code: string; message: string } | undefined {
  const storage = toStorageError(error);
  return storage
    ? { code: storageErrorCode(storage.kind), message: `${storage.name} (${causeText(storage)})` }
    : undefined;
}

/**
 * A failed request in the employee's language. Storage failures say what
 * happened; anything else (a bug, an engine error such as "Maximum call stack
 * size exceeded") gets plain words instead of the engine's text, which is
 * logged for whoever debugs it.
 */
export function describeRequestFailure(error: { code?: string; message: string }, locale: Locale): string {
  const t = createTranslator(messagesOf('history'), locale);
  const found = problemFrom(error);
  const words = found ? wordHistoryProblem(found, t) : undefined;
  if (words !== undefined) return words;
  console.warn('Relais request failed:', error.code, error.message);
  return t('errorUnexpected');
}
