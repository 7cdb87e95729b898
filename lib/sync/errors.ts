/** Typed sync errors: a stable code for code, plain words for people. */
import { createTranslator, type Locale, type Translator } from '../i18n/messages';
import { syncMessages } from './messages';

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

export interface SyncError {
  code: SyncErrorCode;
  /** Plain words, in the locale the caller asked for. */
  message: string;
}

export type SyncTranslator = Translator<keyof typeof syncMessages.en & string>;

export const syncTranslator = (locale: Locale = 'en'): SyncTranslator => createTranslator(syncMessages, locale);
