import { afterEach, describe, expect, it, vi } from 'vitest';

/** Loads the selection module afresh with the given environment (it reads the environment once). */
async function selectionWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import('../../../tools/bench/selection');
}

describe('which benchmarks a run measures', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('measures every group at 1× and 4× CPU when nothing is chosen', async () => {
    const selection = await selectionWith({ BENCH_ONLY: '', BENCH_CPU: '' });
    for (const group of selection.BENCH_GROUPS) expect(selection.selected(group)).toBe(true);
    expect(selection.benchCpus()).toEqual([1, 4]);
  });

  it('measures only the groups and CPU speeds named', async () => {
    const selection = await selectionWith({ BENCH_ONLY: 'history, pan', BENCH_CPU: '4' });
    expect(selection.selected('history')).toBe(true);
    expect(selection.selected('pan')).toBe(true);
    expect(selection.selected('quiz')).toBe(false);
    expect(selection.selected('core')).toBe(false);
    expect(selection.benchCpus()).toEqual([4]);
  });

  it('names an unknown group or a bad CPU speed in its error', async () => {
    await expect(selectionWith({ BENCH_ONLY: 'history,panning' })).rejects.toThrow(
      'BENCH_ONLY names "panning", which is not one of: core, load, pan, history, quiz, study',
    );
    const selection = await selectionWith({ BENCH_ONLY: undefined, BENCH_CPU: '1,half' });
    expect(() => selection.benchCpus()).toThrow('BENCH_CPU "half" is not a slowdown of 1 or more');
  });
});
