/**
 * Which feed addresses Relais fetches: https only, so an employee's library
 * cannot be tampered with on the way; plain http only on this machine (demo
 * and tests); the extension's own files for the bundled demo feed.
 */
import type { Locale } from '../i18n/messages';
import { type SyncError, syncError, syncTranslator } from './errors';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface FeedUrlOptions {
  /** The extension's own origin (e.g. `chrome-extension://abc…`), allowed for the bundled demo feed. */
  extensionOrigin?: string;
  locale?: Locale;
}

export type FeedUrlCheck = { ok: true; url: string } | { ok: false; error: SyncError };

/** Checks an address and returns it normalised (`new URL(…).href` without fragment), the form feeds are stored under. */
export function checkFeedUrl(raw: string, options: FeedUrlOptions = {}): FeedUrlCheck {
  const t = syncTranslator(options.locale);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, error: syncError(t, 'invalid-url') };
  }
  // Never sent to the server, so "feed.json#x" is the same feed as "feed.json"; item keys are `${url}#${id}`.
  url.hash = '';
  if (options.extensionOrigin && isSameOrigin(url, options.extensionOrigin)) return { ok: true, url: url.href };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: syncError(t, 'invalid-url') };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: syncError(t, 'credentials-in-url') };
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return { ok: false, error: syncError(t, 'insecure-url') };
  }
  return { ok: true, url: url.href };
}

/** Compares scheme and host: `URL.origin` is "null" for extension schemes outside browsers. */
function isSameOrigin(url: URL, origin: string): boolean {
  try {
    const base = new URL(origin);
    return url.protocol === base.protocol && url.host === base.host && url.host !== '';
  } catch {
    return false;
  }
}

/**
 * The host permission to ask for before Relais downloads `url` from its
 * background worker (match patterns cover every port of the host). `url` must
 * have passed checkFeedUrl.
 */
export function hostPermissionFor(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
