import { installRandom } from './hash';

/**
 * The item's angles in a per-install order, so colleagues don't all start from
 * the same hook. A rotation, not a shuffle: the comms team's sequence is kept,
 * only the starting point moves. Same seed and item, same order; another seed
 * or item, likely another start.
 */
export function rotateAngles<T>(angles: readonly T[], seed: string, itemKey: string): T[] {
  if (angles.length < 2) return [...angles];
  const shift = Math.floor(installRandom(seed, itemKey, 'angles')() * angles.length);
  return [...angles.slice(shift), ...angles.slice(0, shift)];
}
