/** Summary statistics for benchmark samples. */

/** The value below which `fraction` of the sorted samples lie (nearest rank); NaN for no samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN
  );
}

/** Median, 95th and 99th percentile of the samples, and how many there were. */
export function summarise(samples: readonly number[]): {
  median: number;
  p95: number;
  p99: number;
  runs: number;
} {
  return {
    median: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    p99: percentile(samples, 0.99),
    runs: samples.length,
  };
}

/**
 * Least-squares slope of `values` against their index (change per step): how fast a series such as the
 * heap after each round grows. NaN for fewer than two values.
 */
export function slope(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / n;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, x) => {
    covariance += (x - meanX) * (value - meanY);
    variance += (x - meanX) ** 2;
  });
  return covariance / variance;
}

/** Mean of the values; NaN for none. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Runs `work` `runs` times after `warmup` untimed runs and returns each run's time in ms. */
export function timeRuns(work: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * What each step of the time control costs beyond bare Phaser's own frame: the time from its input event
 * to the second frame painted, minus `bareFrame` (bare Phaser's median frame at the same CPU speed), and
 * never less than the step's own work. Left is the step's work plus the extra drawing its frame needs.
 */
export function stepCostBeyondBare(
  steps: { painted: readonly number[]; work: readonly number[] },
  bareFrame: number,
): number[] {
  return steps.painted.map((painted, i) => Math.max(steps.work[i] ?? 0, painted - bareFrame));
}
