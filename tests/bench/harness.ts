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

/** Median of repeated timings, in milliseconds, after warm-up runs. */
export async function medianMs(task: () => unknown | Promise<unknown>, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
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
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const s = median(subjectSamples);
  const b = median(baselineSamples);
  return { subject: s, baseline: b, ratio: s / b };
}
