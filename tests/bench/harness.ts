/**
 * The benchmark harness behind `npm run bench`. Each `*.bench.ts` file beside
 * this one default-exports a suite; a suite measures its subject and a baseline
 * in the same run and reports figures with their target. Nothing here is part
 * of `npm test`: timings are never asserted by tests.
 */
export interface BenchFigure {
  /** What was measured, e.g. "sync 5,000 items vs. parse + bulkPut". */
  name: string;
  value: number;
  unit: string;
  /** The budget; `lowerIsBetter` unless said otherwise. */
  target: number;
  higherIsBetter?: boolean;
  /** Extra context printed beside the figure (row counts, baseline, peak memory). */
  details?: Record<string, string | number>;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchFigure[]>;
}

export const defineBench = (suite: BenchSuite) => suite;

export function passes(figure: BenchFigure): boolean {
  return figure.higherIsBetter ? figure.value >= figure.target : figure.value <= figure.target;
}

/** The value below which `fraction` of the values lie (linear interpolation); NaN for no values. */
export function quantile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Median of repeated timings, in milliseconds, after warm-up runs. */
export async function medianMs(task: () => unknown | Promise<unknown>, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Interleaves subject and baseline runs so machine noise hits both alike, and
 * returns their medians and the ratio subject / baseline.
 */
export async function compareMs(
  subject: () => unknown | Promise<unknown>,
  baseline: () => unknown | Promise<unknown>,
  runs = 9,
): Promise<{ subject: number; baseline: number; ratio: number }> {
  await subject();
  await baseline();
  const subjectSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let start = performance.now();
    await baseline();
    baselineSamples.push(performance.now() - start);
    start = performance.now();
    await subject();
    subjectSamples.push(performance.now() - start);
  }
  const s = median(subjectSamples);
  const b = median(baselineSamples);
  return { subject: s, baseline: b, ratio: s / b };
}
