/** Benchmark results, their budgets (absolute or relative to the bare-Phaser baseline) and the table. */

/** Units the table prints. */
export type Unit = 'ms' | 'kB' | 'MB' | 'kB/round';

/** Which statistic of a measure a budget applies to. */
export type Statistic = 'median' | 'p95' | 'p99';

/** A baseline a budget is derived from, e.g. bare Phaser's median time to usable. */
export interface Baseline {
  /** What the baseline is, as printed ("bare Phaser"). */
  name: string;
  /** The baseline's value, in the measure's unit. */
  value: number;
  /** The budget is `factor` × `value`. */
  factor: number;
}

/** A budget from DESIGN.md: a limit on one statistic, fixed or derived from a baseline. */
export interface Budget {
  judged: Statistic;
  /** The limit, in the measure's unit (for a relative budget, factor × baseline). */
  limit: number;
  /** Present when the limit is derived from a baseline measured in the same run. */
  baseline?: Baseline;
}

/** One benchmark result; statistics a measure does not have (one value only) are left out. */
export interface Measure {
  name: string;
  unit: Unit;
  median: number;
  p95?: number;
  p99?: number;
  runs: number;
  budget?: Budget;
}

/** A fixed budget: `judged` ≤ `limit`. */
export function absoluteBudget(limit: number, judged: Statistic): Budget {
  return { judged, limit };
}

/** A budget of `factor` × a baseline measured in the same run (e.g. 1.3 × bare Phaser's bytes). */
export function relativeBudget(factor: number, baseline: number, name: string, judged: Statistic): Budget {
  return { judged, limit: factor * baseline, baseline: { name, value: baseline, factor } };
}

/** The judged statistic of a measure divided by its baseline, when its budget has one. */
export function ratioToBaseline(measure: Measure): number | undefined {
  const baseline = measure.budget?.baseline;
  if (!measure.budget || !baseline) return undefined;
  return (measure[measure.budget.judged] ?? Number.NaN) / baseline.value;
}

/** True when a measure with a budget is over it, or when the judged statistic is missing. */
export function overBudget(measure: Measure): boolean {
  if (!measure.budget) return false;
  const value = measure[measure.budget.judged];
  return value === undefined || Number.isNaN(value) || value > measure.budget.limit;
}

/** A value with its unit: one decimal, thousands separated ("1,234.5 kB"). */
export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '—';
  if (Number.isNaN(value)) return 'n/a';
  return `${value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${unit}`;
}

/** The budget as printed: "p95 ≤ 50.0 ms", or "median ≤ 1.3 × bare Phaser 355.0 kB = 461.5 kB". */
export function formatBudget(measure: Measure): string {
  const budget = measure.budget;
  if (!budget) return '—';
  const limit = formatValue(budget.limit, measure.unit);
  if (!budget.baseline) return `${budget.judged} ≤ ${limit}`;
  const { name, value, factor } = budget.baseline;
  return `${budget.judged} ≤ ${factor} × ${name} ${formatValue(value, measure.unit)} = ${limit}`;
}

/** Formats the results as a plain-text table with the ratio to the baseline and a verdict per budget. */
export function formatTable(measures: readonly Measure[]): string {
  const rows = measures.map((measure) => {
    const ratio = ratioToBaseline(measure);
    return [
      measure.name,
      formatValue(measure.median, measure.unit),
      formatValue(measure.p95, measure.unit),
      formatValue(measure.p99, measure.unit),
      String(measure.runs),
      formatBudget(measure),
      ratio === undefined ? '' : `${ratio.toFixed(2)} ×`,
      measure.budget ? (overBudget(measure) ? 'OVER BUDGET' : 'ok') : '',
    ];
  });
  const header = ['measure', 'median', 'p95', 'p99', 'runs', 'budget', 'ratio', 'verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}
