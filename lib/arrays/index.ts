/**
 * Array helpers that hold for data-sized arrays. A call such as
 * `target.push(...items)` or `Math.max(...values)` passes every element as an
 * argument on the stack: past some 100,000 elements (engine-dependent) it
 * throws "Maximum call stack size exceeded" (issue #18: an 80,000-share
 * history could not be imported back). Use these instead wherever the array's
 * length comes from data.
 */

/** Appends `items` to `target` (in place) and returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`; -Infinity for none, as Math.max(). */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}

/** The smallest of `values`; Infinity for none, as Math.min(). */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}

/** `items` cut into consecutive slices of at most `size` elements (none for an empty array). */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError(`chunk size must be at least 1, got ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
