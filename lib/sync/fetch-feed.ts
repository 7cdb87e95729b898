/**
 * Downloads a feed the way every part of Relais does (background sync and
 * `npm run feed:validate`): conditional GET, a time limit, a size cap enforced
 * while the body streams in, https only, and errors in plain words. Never
 * throws: the outcome says what happened.
 */
import type { Locale } from '../i18n/messages';
import { type SyncError, syncError, type SyncTranslator, syncTranslator } from './errors';
import { checkFeedUrl } from './url-rules';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Served as one of these, a feed is what it says. Anything else but HTML is read anyway, with a warning. */
export const FEED_CONTENT_TYPES = [
  'application/feed+json',
  'application/json',
  'text/json',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
] as const;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchFeedOptions {
  fetch: FetchLike;
  /** Validators from the last successful download, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  /** Allows the extension's own files (the bundled demo feed). */
  extensionOrigin?: string;
  locale?: Locale;
  /** Reads an HTML page instead of refusing it (feed discovery and the validator look for announced feeds). */
  acceptHtml?: boolean;
}

export interface FetchWarning {
  code: 'content-type';
  message: string;
}

export type FetchFeedResult =
  | {
      status: 'ok';
      text: string;
      etag?: string;
      lastModified?: string;
      contentType?: string;
      /** Where the feed was finally read from, after redirects. */
      finalUrl: string;
      warnings: FetchWarning[];
    }
  | { status: 'not-modified' }
  | { status: 'error'; error: SyncError };

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export class BodyTooLarge extends Error {}

export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const t = syncTranslator(options.locale);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const checked = checkFeedUrl(url, options);
  if (!checked.ok) return { status: 'error', error: checked.error };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stopFromCaller = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', stopFromCaller, { once: true });

  const headers: Record<string, string> = {
    Accept:
      'application/feed+json, application/json;q=0.9, application/rss+xml;q=0.9, application/atom+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1',
  };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;

  const abortedError = (): SyncError =>
    timedOut ? syncError(t, 'timeout', { seconds: Math.round(timeoutMs / 100) / 10 }) : syncError(t, 'aborted');

  try {
    let response: Response;
    try {
      const hop = await fetchCheckingEachHop(checked.url, options, t, {
        method: 'GET',
        headers,
        signal: controller.signal,
        // Validators are ours to send: the HTTP cache must neither answer for the server nor swallow a 304.
        cache: 'no-store',
        // The feed is public by contract; cookies of the feed's site are not sent along.
        credentials: 'omit',
      });
      if ('error' in hop) return { status: 'error', error: hop.error };
      response = hop.response;
    } catch {
      if (controller.signal.aborted) return { status: 'error', error: abortedError() };
      return {
        status: 'error',
        error: syncError(t, 'network', { host: new URL(checked.url).host }),
      };
    }

    if (response.url && response.url !== checked.url && !checkFeedUrl(response.url, options).ok) {
      void response.body?.cancel().catch(() => undefined);
      return {
        status: 'error',
        error: syncError(t, 'insecure-redirect', { url: response.url }),
      };
    }
    if (response.status === 304) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 'error', error: httpError(t, response) };
    }

    const contentType = response.headers.get('content-type') ?? undefined;
    const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
    const isHtml = mediaType === 'text/html' || mediaType === 'application/xhtml+xml';
    if (isHtml && !options.acceptHtml) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 'error', error: syncError(t, 'html-page') };
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 'error', error: tooLarge(t, maxBytes) };
    }

    let bytes: Uint8Array;
    try {
      bytes = await readCapped(response, maxBytes, controller.signal);
    } catch (error) {
      if (error instanceof BodyTooLarge) return { status: 'error', error: tooLarge(t, maxBytes) };
      if (controller.signal.aborted) return { status: 'error', error: abortedError() };
      return {
        status: 'error',
        error: syncError(t, 'network', { host: new URL(checked.url).host }),
      };
    }
    const decoded = decodeFeedBytes(bytes, options.locale, contentType);
    if (!decoded.ok) return { status: 'error', error: decoded.error };

    const warnings: FetchWarning[] = [];
    if (!isHtml && !FEED_CONTENT_TYPES.some((type) => type === mediaType) && !mediaType?.match(/\+(json|xml)$/)) {
      warnings.push({ code: 'content-type', message: t('contentType', { contentType: contentType ?? '—' }) });
    }
    return {
      status: 'ok',
      text: decoded.text,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      contentType,
      finalUrl: response.url || checked.url,
      warnings,
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stopFromCaller);
  }
}

export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Requests `url` without letting the platform follow redirects: each hop's
 * address is checked (https, or http on this machine) before it is requested,
 * so a redirect to plain http never sends that request, and a `javascript:` or
 * `data:` target gets its own words. Browsers hide a redirect's target from
 * `fetch` (an "opaqueredirect" answer): then the browser follows it and the
 * address it lands on is checked the same way before anything is read. That
 * keeps ordinary moves working (a newsroom's `/feed` → `/feed/`), at the cost
 * of the browser having made the hops it chose (docs/security.md). Node (the
 * validator CLI) shows every hop, so there each one is checked first.
 */
async function fetchCheckingEachHop(
  url: string,
  options: FetchFeedOptions,
  t: SyncTranslator,
  init: RequestInit,
): Promise<{ response: Response } | { error: SyncError }> {
  let current = url;
  for (let hops = 0; ; hops += 1) {
    const response = await options.fetch(current, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      void response.body?.cancel().catch(() => undefined);
      return followHiddenRedirect(current, options, t, init);
    }
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return { response };
    void response.body?.cancel().catch(() => undefined);
    if (hops >= MAX_REDIRECTS) return { error: syncError(t, 'too-many-redirects', { count: MAX_REDIRECTS }) };
    const refused = refusedRedirect(location, current, options, t);
    if (typeof refused !== 'string') return { error: refused };
    current = refused;
  }
}

/** Lets the browser follow the redirects it hides, then refuses what lands anywhere Relais would not go. */
async function followHiddenRedirect(
  url: string,
  options: FetchFeedOptions,
  t: SyncTranslator,
  init: RequestInit,
): Promise<{ response: Response } | { error: SyncError }> {
  const response = await options.fetch(url, { ...init, redirect: 'follow' });
  const refused = refusedRedirect(response.url || url, url, options, t);
  if (typeof refused === 'string') return { response };
  void response.body?.cancel().catch(() => undefined);
  return { error: refused };
}

/** The next hop's address when Relais may request it, or why not. */
function refusedRedirect(
  location: string,
  from: string,
  options: FetchFeedOptions,
  t: SyncTranslator,
): string | SyncError {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    return syncError(t, 'unsafe-redirect', { scheme: location.split(':')[0] ?? '' });
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:')
    return syncError(t, 'unsafe-redirect', { scheme: next.protocol.replace(/:$/, '') });
  const checked = checkFeedUrl(next.href, options);
  if (!checked.ok) return syncError(t, 'insecure-redirect', { url: next.href });
  return checked.url;
}

/**
 * Reads the body, giving up as soon as it passes `maxBytes` rather than after
 * buffering it all, and when `signal` aborts even if the fetch in use does not
 * tie its body to the signal.
 */
export async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (buffer.byteLength > maxBytes) throw new BodyTooLarge();
    return buffer;
  }
  const reader = response.body.getReader();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new DOMException('Aborted', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new BodyTooLarge();
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * JSON is UTF-8; RSS and Atom say their charset in the XML declaration or the
 * Content-Type (ISO-8859-1 and Windows-1252 are still served). A byte order
 * mark wins, then the header, then the declaration, then UTF-8, read strictly
 * so that a file saved in another encoding fails rather than showing "�".
 */
export function decodeFeedBytes(
  bytes: Uint8Array,
  locale?: Locale,
  contentType?: string,
): { ok: true; text: string } | { ok: false; error: SyncError } {
  const charset = declaredCharset(bytes, contentType);
  if (WINDOWS_1252_LABELS.has(charset)) return { ok: true, text: decodeWindows1252(bytes) };
  if (charset !== 'utf-8') {
    try {
      return { ok: true, text: new TextDecoder(charset).decode(bytes) };
    } catch {
      // A label the platform does not know: try UTF-8, the usual truth.
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: syncError(syncTranslator(locale), 'not-utf8') };
  }
}

/** What the Encoding standard reads as Windows-1252 (servers that say ISO-8859-1 mean it). */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);
/** 0x80–0x9F in Windows-1252; the rest is Latin-1. Node's TextDecoder reads these bytes as C1 controls. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    let chunk = '';
    for (const byte of bytes.subarray(start, start + 8192)) {
      chunk += byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

/** The encoding a feed declares, as a TextDecoder label; "utf-8" when it declares none. */
export function declaredCharset(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return canonicalCharset(fromHeader);
  // The declaration is ASCII by rule, in the first bytes.
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const fromDeclaration = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return fromDeclaration ? canonicalCharset(fromDeclaration) : 'utf-8';
}

function canonicalCharset(label: string): string {
  const lower = label.toLowerCase();
  return lower === 'utf8' || lower === 'utf-8' ? 'utf-8' : lower;
}

export function tooLarge(t: SyncTranslator, maxBytes: number): SyncError {
  return syncError(t, 'too-large', { megabytes: Math.round((maxBytes / (1024 * 1024)) * 10) / 10 });
}

function httpError(t: SyncTranslator, response: Response): SyncError {
  const code = response.status;
  // HTTP/2 servers send no reason phrase; the usual one reads better than a bare number.
  const reason = response.statusText || REASON_PHRASES[code];
  return syncError(t, `http-${code}`, { status: reason ? `${code} ${reason}` : String(code) });
}
