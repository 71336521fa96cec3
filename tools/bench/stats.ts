/** Summary statistics for benchmark samples. */

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** Median and 95th percentile of the samples. */
export function summarise(samples: readonly number[]): { median: number; p95: number; runs: number } {
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs: samples.length };
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
