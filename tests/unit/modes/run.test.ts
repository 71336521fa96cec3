import { describe, expect, it } from 'vitest';
import {
  FIND_TRIES,
  attempt,
  currentTarget,
  nextTarget,
  practiceTargets,
  startRun,
  summarize,
  triesLeft,
  wholeMapTargets,
} from '../../../src/core/modes/run';
import { modeTargets } from '../../../src/core/modes/targets';
import { createSeededRng } from '../../../src/core/rng';
import { MAP, PLACE_QUESTIONS } from './modeWorld';

const TARGETS = modeTargets(MAP.regions, PLACE_QUESTIONS);
const T = 1_765_000_000_000;
const right = { right: true };
const wrong = { right: false, region: 'mongolia' };

describe('a Find it run', () => {
  it('moves on at a right try, and counts a target found at a later try apart', () => {
    let run = startRun('find', TARGETS.slice(0, 3), T);
    expect(currentTarget(run)?.id).toBe(TARGETS[0]!.id);
    expect(triesLeft(run)).toBe(FIND_TRIES);
    run = attempt(run, right, T + 1_000);
    expect(run.index).toBe(1);
    run = attempt(run, wrong, T + 2_000);
    expect([run.index, triesLeft(run), run.phase]).toEqual([1, 2, 'asking']);
    run = attempt(run, right, T + 3_000);
    expect(run.results.map((result) => result.outcome)).toEqual(['first', 'later']);
    expect(run.results[1]?.attempts).toEqual([wrong, right]);
  });

  it('shows the answer after the third miss, until the player moves on', () => {
    let run = startRun('find', TARGETS.slice(0, 2), T);
    for (let i = 0; i < FIND_TRIES; i++) run = attempt(run, wrong, T + i);
    expect(run.phase).toBe('shown');
    // No more tries while the answer is shown.
    expect(attempt(run, right, T + 10)).toBe(run);
    run = nextTarget(run, T + 20);
    expect([run.index, run.phase, run.results[0]?.outcome]).toEqual([1, 'asking', 'missed']);
  });

  it('times the run from its start to its last target, from the timestamps it is given', () => {
    let run = startRun('whole', TARGETS.slice(0, 2), T);
    expect(summarize(run, T + 5_000).ms).toBe(5_000);
    run = attempt(run, right, T + 10_000);
    run = attempt(run, wrong, T + 20_000);
    run = attempt(run, wrong, T + 30_000);
    run = attempt(run, wrong, T + 40_000);
    run = nextTarget(run, T + 61_000);
    expect(run.phase).toBe('finished');
    expect(summarize(run, T + 999_999)).toEqual({
      total: 2,
      right: 1,
      later: 0,
      missed: 1,
      ms: 61_000,
      outcomes: ['first', 'missed'],
    });
    expect(attempt(run, right, T + 70_000)).toBe(run);
  });

  it('gives Name it one try, then the name', () => {
    let run = startRun('name', TARGETS.slice(0, 2), T);
    run = attempt(run, { right: false, typed: 'Atlantis' }, T + 1);
    expect(run.phase).toBe('shown');
  });
});

describe('targets of a run', () => {
  it('draws ten practice targets, the same for the same generator', () => {
    const first = practiceTargets(TARGETS, createSeededRng(7));
    expect(first).toHaveLength(10);
    expect(new Set(first.map((target) => target.id)).size).toBe(10);
    expect(practiceTargets(TARGETS, createSeededRng(7))).toEqual(first);
  });

  it('asks the whole map for every region once, and no place', () => {
    const order = wholeMapTargets(TARGETS, createSeededRng(3));
    expect(order.map((target) => target.id).sort()).toEqual(
      MAP.regions.map((region) => `region:${region.id}`).sort(),
    );
  });
});
