/** One benchmark result, with its budget when DESIGN.md sets one. */
export interface Measure {
  name: string;
  unit: 'ms';
  median: number;
  p95: number;
  runs: number;
  /** Budget from DESIGN.md, in `unit`. */
  budget?: number;
  /** Which statistic the budget applies to. */
  judged?: 'median' | 'p95';
}

/** True when a measure with a budget is over it. */
export function overBudget(measure: Measure): boolean {
  if (measure.budget === undefined) return false;
  return measure[measure.judged ?? 'p95'] > measure.budget;
}

/** Formats the results as a plain-text table with a verdict per budget. */
export function formatTable(measures: readonly Measure[]): string {
  const rows = measures.map((measure) => [
    measure.name,
    `${measure.median.toFixed(1)} ${measure.unit}`,
    `${measure.p95.toFixed(1)} ${measure.unit}`,
    String(measure.runs),
    measure.budget === undefined ? '—' : `${measure.judged ?? 'p95'} ≤ ${measure.budget} ${measure.unit}`,
    measure.budget === undefined ? '' : overBudget(measure) ? 'OVER BUDGET' : 'ok',
  ]);
  const header = ['measure', 'median', 'p95', 'runs', 'budget', 'verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}
