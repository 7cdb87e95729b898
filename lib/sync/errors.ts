/**
 * Sync problems: a stable code and its params (lib/problems/problem.ts), kept
 * as such in the feed's status; `wordSyncProblem` is the one place that turns
 * them into words, called by the UI in the language it shows.
 */
import { createTranslator, type Locale, type Translator } from '../i18n/messages';
import { type Problem, type ProblemParams, problem } from '../problems/problem';
import { messagesOf, type EnglishOf } from '../i18n/catalog';

export type SyncErrorCode =
  | 'invalid-url'
  | 'insecure-url'
  | 'credentials-in-url'
  | 'insecure-redirect'
  | 'unsafe-redirect'
  | 'too-many-redirects'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'too-large'
  | `http-${number}`
  | 'html-page'
  | 'not-utf8'
  | 'invalid-feed'
  | 'duplicate'
  | 'unknown-feed'
  | 'locked'
  | 'managed-feed'
  | 'removed-during-sync'
  | 'storage';

export interface SyncError extends Problem<SyncErrorCode> {
  /** Plain words in the locale the caller asked for: for an immediate answer and logs; never stored. */
  message: string;
}

export type SyncTranslator = Translator<keyof EnglishOf<'sync'> & string>;

export const syncTranslator = (locale: Locale = 'en'): SyncTranslator => createTranslator(messagesOf('sync'), locale);

type SyncKey = keyof EnglishOf<'sync'> & string;

const camel = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

function httpKey(status: number): SyncKey {
  if (status === 404 || status === 410) return 'httpNotFound';
  if (status === 401 || status === 403) return 'httpDenied';
  if (status === 429) return 'httpBusy';
  return status >= 500 ? 'httpServerError' : 'httpOther';
}

/** The words of a sync problem (also the `content-type` warning); undefined for a code the sync never sends. */
export function wordSyncProblem(found: Problem, t: SyncTranslator): string | undefined {
  const params = found.params ?? {};
  const http = /^http-(\d+)$/.exec(found.code);
  if (http) return t(httpKey(Number(http[1])), { status: http[1]!, ...params });
  if (found.code === 'invalid-feed') return t.plural('invalidFeed', Number(params.count ?? 1), params);
  const key = camel(found.code);
  return Object.hasOwn(messagesOf('sync').en, key) ? t(key as SyncKey, params) : undefined;
}

/** A sync problem, with its words in the translator's language for the immediate answer. */
export function syncError(t: SyncTranslator, code: SyncErrorCode, params?: ProblemParams): SyncError {
  const found = problem(code, params);
  return { ...found, message: wordSyncProblem(found, t) ?? code };
}
