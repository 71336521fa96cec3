import { describe, expect, it } from 'vitest';
import { mean, percentile, slope, stepCostBeyondBare, summarise } from '../../../tools/bench/stats';

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank, whatever the order of the samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 0.5)).toBe(5);
    expect(percentile(samples, 0.95)).toBe(10);
    expect(percentile(samples, 0.1)).toBe(1);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('summarises median, p95, p99 and the count', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarise(samples)).toEqual({ median: 50, p95: 95, p99: 99, runs: 100 });
  });

  it('fits the growth per step of a series by least squares', () => {
    expect(slope([10, 12, 14, 16])).toBeCloseTo(2);
    expect(slope([5, 5, 5])).toBeCloseTo(0);
    expect(slope([3, 1, 3, 1, 3, 1])).toBeCloseTo(-3 / 17.5);
    expect(slope([1])).toBeNaN();
  });

  it('averages', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNaN();
  });

  it("takes bare Phaser's frame off each time-control step, never below the step's own work", () => {
    const steps = { painted: [120, 70, 40], work: [5, 12, 8] };
    expect(stepCostBeyondBare(steps, 60)).toEqual([60, 12, 8]);
    expect(stepCostBeyondBare({ painted: [], work: [] }, 60)).toEqual([]);
  });
});
