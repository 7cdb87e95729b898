/**
 * The file name an item's image gets when Relais hands it to LinkedIn's media
 * input or offers it for download: the last segment of its address, reduced
 * to safe characters, with the extension of the type the server declared
 * (what the bytes are, whatever the address says). Pure.
 */
import type { ImageType } from './fetch-image';

const EXTENSIONS: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

const MAX_STEM = 80;

export function imageFileName(url: string, type: ImageType): string {
  const extension = EXTENSIONS[type];
  const segment = URL.canParse(url) ? (new URL(url).pathname.split('/').pop() ?? '') : '';
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape: keep the raw segment, it is cleaned below anyway.
  }
  const stem = decoded
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_STEM);
  return `${stem || 'image'}.${extension}`;
}
