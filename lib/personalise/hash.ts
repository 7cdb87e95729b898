/**
 * Small, fast, deterministic randomness for per-install choices (angle order,
 * posting time). Not for security: it only has to spread colleagues apart and
 * give each install the same answer every time.
 */

/** FNV-1a, 32 bits, over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: numbers in [0, 1) from a 32-bit seed. It also mixes FNV's weak low bits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generator for one decision of one install about one item. `purpose` keeps
 * decisions independent: whoever gets the first angle does not also get the
 * earliest time.
 */
export function installRandom(seed: string, itemKey: string, purpose: string): () => number {
  return seededRandom(hashString(`${purpose}\u0000${seed}\u0000${itemKey}`));
}
