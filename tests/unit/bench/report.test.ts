import { describe, expect, it } from 'vitest';
import {
  type Measure,
  absoluteBudget,
  formatBudget,
  formatTable,
  formatValue,
  overBudget,
  ratioToBaseline,
  relativeBudget,
} from '../../../tools/bench/report';

const bytes: Measure = {
  name: 'bytes before the menu is usable',
  unit: 'kB',
  median: 500,
  runs: 10,
  budget: relativeBudget(1.3, 400, 'bare Phaser', 'median'),
};

describe('benchmark report', () => {
  it('derives a relative budget from the baseline and gives the ratio to it', () => {
    expect(bytes.budget?.limit).toBeCloseTo(520);
    expect(ratioToBaseline(bytes)).toBeCloseTo(1.25);
    expect(overBudget(bytes)).toBe(false);
    expect(overBudget({ ...bytes, median: 521 })).toBe(true);
    expect(ratioToBaseline({ ...bytes, budget: absoluteBudget(50, 'median') })).toBeUndefined();
  });

  it('judges the statistic the budget names, and a missing one as over', () => {
    const feedback: Measure = { name: 'f', unit: 'ms', median: 10, p95: 60, runs: 20 };
    expect(overBudget({ ...feedback, budget: absoluteBudget(50, 'p95') })).toBe(true);
    expect(overBudget({ ...feedback, budget: absoluteBudget(50, 'median') })).toBe(false);
    expect(overBudget({ ...feedback, budget: absoluteBudget(50, 'p99') })).toBe(true);
    expect(overBudget({ ...feedback, median: Number.NaN, budget: absoluteBudget(50, 'median') })).toBe(true);
    expect(overBudget(feedback)).toBe(false);
  });

  it('prints values with their units', () => {
    expect(formatValue(1234.56, 'kB')).toBe('1,234.6 kB');
    expect(formatValue(3, 'MB')).toBe('3.0 MB');
    expect(formatValue(-2.25, 'kB/round')).toBe('-2.3 kB/round');
    expect(formatValue(undefined, 'ms')).toBe('—');
    expect(formatValue(Number.NaN, 'ms')).toBe('n/a');
  });

  it('prints absolute and relative budgets', () => {
    expect(formatBudget(bytes)).toBe('median ≤ 1.3 × bare Phaser 400.0 kB = 520.0 kB');
    expect(formatBudget({ ...bytes, unit: 'ms', budget: absoluteBudget(50, 'p95') })).toBe('p95 ≤ 50.0 ms');
    expect(formatBudget({ ...bytes, budget: undefined })).toBe('—');
  });

  it('formats one aligned row per measure with ratio and verdict', () => {
    const table = formatTable([
      bytes,
      { name: 'heap', unit: 'MB', median: 90, runs: 1, budget: absoluteBudget(80, 'median') },
      { name: 'baseline', unit: 'ms', median: 370, p95: 400, p99: 410, runs: 10 },
    ]).split('\n');
    expect(table).toHaveLength(5);
    expect(table[0]).toMatch(/^measure +\| median +\| p95 +\| p99 +\| runs \| budget +\| ratio +\| verdict$/);
    expect(table[2]).toContain('| 500.0 kB |');
    expect(table[2]).toContain('1.25 ×');
    expect(table[2]?.endsWith('ok')).toBe(true);
    expect(table[3]?.endsWith('OVER BUDGET')).toBe(true);
    expect(table[4]).toContain('| 400.0 ms |');
    const pipes = table.map((line) => [...line].flatMap((char, i) => (char === '|' ? [i] : [])).join());
    expect(new Set(pipes.slice(2)).size).toBe(1);
  });
});
