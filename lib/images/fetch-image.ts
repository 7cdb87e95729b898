/**
 * A feed item's image, fetched by the background worker rather than by a page:
 * LinkedIn's page never requests it, and the same rules as for the feed apply
 * — https only, a time limit, a size cap enforced while the body streams in,
 * raster image types only (no SVG), no cookies, no referrer, no redirects —
 * plus one more: only from an origin the employee (or their IT department)
 * granted as a feed origin. The caller shows the bytes as a `blob:` URL.
 * Used for the library cards and the item detail, and meant for attaching the
 * image in LinkedIn's composer (issue #13).
 */
import { BodyTooLarge, type FetchLike, readCapped } from '../sync/fetch-feed';
import { toBase64 } from './base64';

export { fromBase64, toBase64 } from './base64';

export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const IMAGE_TIMEOUT_MS = 15_000;
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'] as const;

export type ImageType = (typeof IMAGE_TYPES)[number];

export interface FetchedImage {
  type: ImageType;
  /** The image's bytes, base64-encoded (extension messages carry JSON). */
  base64: string;
  bytes: number;
}

export type ImageRefusal =
  'not-https' | 'origin-not-granted' | 'unreachable' | 'http-status' | 'not-an-image' | 'too-large' | 'timeout';

export class ImageFetchError extends Error {
  constructor(
    readonly reason: ImageRefusal,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchImageOptions {
  fetch: FetchLike;
  /** Whether Relais holds a host permission for this origin (`https://host`): the feed origins granted. */
  originGranted(origin: string): Promise<boolean>;
  maxBytes?: number;
  timeoutMs?: number;
}

export async function fetchImage(url: string, options: FetchImageOptions): Promise<FetchedImage> {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'https:') throw new ImageFetchError('not-https', `Images load over https only: ${url}`);
  if (!(await options.originGranted(parsed.origin))) {
    throw new ImageFetchError(
      'origin-not-granted',
      `Images load only from a feed’s own origin (granted when the feed was added): ${parsed.origin}`,
    );
  }
  const maxBytes = options.maxBytes ?? IMAGE_MAX_BYTES;
  const signal = AbortSignal.timeout(options.timeoutMs ?? IMAGE_TIMEOUT_MS);
  let response: Response;
  try {
    response = await options.fetch(parsed.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      cache: 'force-cache',
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw new ImageFetchError('timeout', `The image took too long to load: ${parsed.href}`);
    throw new ImageFetchError('unreachable', `Could not load the image ${parsed.href}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new ImageFetchError('http-status', `The image ${parsed.href} answered ${response.status}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(IMAGE_TYPES as readonly string[]).includes(type)) {
    void response.body?.cancel().catch(() => undefined);
    throw new ImageFetchError('not-an-image', `Not a PNG, JPEG, GIF, WebP or AVIF image (${type || 'no type'})`);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(parsed.href, maxBytes);
  }
  let body: Uint8Array;
  try {
    body = await readCapped(response, maxBytes, signal);
  } catch (error) {
    if (error instanceof BodyTooLarge) throw tooLarge(parsed.href, maxBytes);
    if (signal.aborted) throw new ImageFetchError('timeout', `The image took too long to load: ${parsed.href}`);
    throw new ImageFetchError('unreachable', `Could not load the image ${parsed.href}: ${(error as Error).message}`);
  }
  return { type: type as ImageType, base64: toBase64(body), bytes: body.byteLength };
}

const tooLarge = (url: string, maxBytes: number) =>
  new ImageFetchError('too-large', `The image ${url} is larger than ${maxBytes / 1024 / 1024} MB`);
