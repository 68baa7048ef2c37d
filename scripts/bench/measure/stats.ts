/** Summaries of repeated timings: nearest-rank percentiles, so every figure is one that was measured. */

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** The nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summarise(values: readonly number[]): Summary {
  return {
    runs: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** Least-squares slope of y over x (per unit of x): how fast memory grows over a run. */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  const numerator = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0);
  const denominator = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Times `run` `times` times after `warmUp` untimed runs; milliseconds. */
export async function time(run: () => Promise<unknown>, times: number, warmUp = 1): Promise<number[]> {
  for (let index = 0; index < warmUp; index += 1) await run();
  const timings: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings;
}

/**
 * Times several tasks round after round (A, B, C, A, B, C …), so that figures to be compared saw the same
 * background load on a shared machine; milliseconds, one list per task.
 */
export async function interleave(tasks: readonly (() => Promise<unknown>)[], rounds: number): Promise<number[][]> {
  const timings = tasks.map(() => [] as number[]);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, task] of tasks.entries()) {
      const started = performance.now();
      await task();
      timings[index]!.push(performance.now() - started);
    }
  }
  return timings;
}
