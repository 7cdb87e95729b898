/** Scales for the insights charts: plain numbers, so the SVG stays simple and the maths is tested. */

/** The smallest 1, 2 or 5 × 10ⁿ at or above `max` (at least 1): a round top for a count axis. */
export function niceCeiling(max: number): number {
  if (!(max > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Bars for `values` drawn bottom-up in a `width` × `height` box scaled to
 * `top`; a value above `top` is clipped to the box, never drawn outside it.
 */
export function layoutBars(
  values: readonly number[],
  box: { width: number; height: number; gap: number },
  top: number,
): Bar[] {
  if (values.length === 0) return [];
  const slot = box.width / values.length;
  const width = Math.max(slot - box.gap, 1);
  return values.map((value, i) => {
    const height = top > 0 ? (Math.min(Math.max(value, 0), top) / top) * box.height : 0;
    return { x: i * slot + (slot - width) / 2, y: box.height - height, width, height };
  });
}

/**
 * Axis ticks from 0 to `top` inclusive, a whole 1, 2 or 5 × 10ⁿ apart, at most
 * `maxTicks` of them; `top` is always a tick, so pair this with `niceCeiling`.
 */
export function countTicks(top: number, maxTicks = 6): number[] {
  let step = top;
  for (let magnitude = 1; magnitude <= top; magnitude *= 10) {
    const fitting = [1, 2, 5]
      .map((factor) => factor * magnitude)
      .find((candidate) => top % candidate === 0 && top / candidate < maxTicks);
    if (fitting !== undefined) {
      step = fitting;
      break;
    }
  }
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += Math.max(step, 1)) ticks.push(tick);
  return ticks;
}
