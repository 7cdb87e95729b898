/**
 * Image bytes as base64, the form they cross the extension's messaging in.
 * Apart from the worker's image fetch, so the views that decode them do not
 * load the fetching code (the sidebar's first opening parses only what paints
 * the list, issue #18).
 */

/** Linear, in chunks: no argument spread over the whole array. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode.apply(null, bytes.subarray(start, start + CHUNK) as unknown as number[]);
  }
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
