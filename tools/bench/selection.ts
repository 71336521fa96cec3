/**
 * Which benchmark groups a run measures, from the environment, so that one part can be measured again
 * without the whole run (which takes many minutes on a shared machine):
 *
 * - `BENCH_ONLY`: a comma-separated list of groups (`core`, `load`, `pan`, `history`, `quiz`, `study`);
 *   all of them when unset. `pan` and `history` both measure bare Phaser's panning as their baseline.
 * - `BENCH_CPU`: a comma-separated list of CPU slowdowns (`1,4` when unset).
 * - `BENCH_DIST`: the game's build to measure (`dist` when unset), e.g. a copy of an earlier build, so that
 *   two builds can be measured in turns under the same load.
 */

/** The benchmark groups, in the order the run measures them. */
export const BENCH_GROUPS = ['core', 'load', 'pan', 'history', 'quiz', 'study'] as const;

/** One benchmark group. */
export type BenchGroup = (typeof BENCH_GROUPS)[number];

/** The groups `BENCH_ONLY` names, checked: an unknown name is an error that says which. */
function chosenGroups(): ReadonlySet<BenchGroup> {
  const raw = process.env.BENCH_ONLY?.trim();
  if (!raw) return new Set(BENCH_GROUPS);
  const names = raw.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(BENCH_GROUPS as readonly string[]).includes(name))
      throw new Error(`BENCH_ONLY names "${name}", which is not one of: ${BENCH_GROUPS.join(', ')}`);
  }
  return new Set(names as BenchGroup[]);
}

const groups = chosenGroups();

/** Whether this run measures a group. */
export function selected(group: BenchGroup): boolean {
  return groups.has(group);
}

/** The CPU slowdowns to measure at (`BENCH_CPU`, 1 and 4 when unset), checked. */
export function benchCpus(): number[] {
  const raw = process.env.BENCH_CPU?.trim();
  if (!raw) return [1, 4];
  return raw.split(',').map((text) => {
    const cpu = Number(text.trim());
    if (!Number.isFinite(cpu) || cpu < 1)
      throw new Error(`BENCH_CPU "${text}" is not a slowdown of 1 or more`);
    return cpu;
  });
}
