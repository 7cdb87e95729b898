/**
 * Where each row of a windowed list starts, from each row's height, and which
 * rows a scroll position shows. Linear to build, logarithmic to look up, so a
 * 5,000-item library costs a few microseconds a scroll.
 */

/** `offsets[i]` is where row i starts; `offsets[count]` is the list's whole height. */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let index = 0; index < count; index += 1) offsets[index + 1] = (offsets[index] ?? 0) + heightOf(index);
  return offsets;
}

/** The first row whose bottom is below `position` (the row under it), or the last row. */
function rowAt(offsets: Float64Array, position: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle + 1] ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, Math.max(0, count - 1));
}

/** The rows to draw (`first` included, `last` excluded): those in view and `overscan` more on each side. */
export function rowsInView(
  offsets: Float64Array,
  scrollTop: number,
  viewport: number,
  overscan: number,
): { first: number; last: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: 0 };
  const top = rowAt(offsets, Math.max(0, scrollTop));
  const bottom = rowAt(offsets, scrollTop + viewport);
  return { first: Math.max(0, top - overscan), last: Math.min(count, bottom + 1 + overscan) };
}
