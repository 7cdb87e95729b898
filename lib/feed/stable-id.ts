/**
 * An id for an item that has none (no id, guid or link): a hash of what
 * identifies it to a reader, stable from one sync to the next so drafts and
 * share history stay attached. 53-bit two-lane multiplicative mix (the public-domain cyrb53 scheme), linear in the input.
 */
export function stableItemId(parts: readonly (string | undefined)[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const text = parts.map((part) => part ?? '').join('\u0000');
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `hash-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
