/**
 * `npm run bench`: measures the game against the budgets in DESIGN.md and prints one table. Core
 * computations run in Node; loading, panning, answering, saving and memory run in headless Chromium
 * against the production build and a bare-Phaser page built in the same run, at 1× and 4× CPU.
 * `BENCH_ONLY` and `BENCH_CPU` pick a part of the run (see `selection.ts`). Exits with status 1 when a
 * measure is over its budget. Benchmarks are measurements, not tests.
 */
import { browserBenches } from './browserBenches';
import { coreBenches } from './coreBenches';
import { formatTable, overBudget } from './report';
import { selected } from './selection';

const measures = [...(selected('core') ? coreBenches() : []), ...(await browserBenches())];
console.log(formatTable(measures));
const over = measures.filter(overBudget);
if (over.length > 0) {
  console.log(`\n${over.length} measure(s) over budget.`);
  process.exitCode = 1;
}
