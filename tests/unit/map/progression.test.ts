import { describe, it, expect } from 'vitest';
import {
  type RegionGraph,
  type RegionStatuses,
  PASS_MARK,
  clearRegion,
  initialStatuses,
  reconcileStatuses,
  roundPasses,
} from '../../../src/core/map/progression';

/**
 *   european-russia — western-siberia — eastern-siberia — north-china — south-china
 *          |                                   |
 *        crimea                             mongolia
 */
const GRAPH: RegionGraph = {
  'european-russia': ['crimea', 'western-siberia'],
  crimea: ['european-russia'],
  'western-siberia': ['eastern-siberia', 'european-russia'],
  'eastern-siberia': ['mongolia', 'north-china', 'western-siberia'],
  mongolia: ['eastern-siberia'],
  'north-china': ['eastern-siberia', 'south-china'],
  'south-china': ['north-china'],
};
const IDS = Object.keys(GRAPH);
/** The Eurasia map's starting regions (its spec's `startingRegions`). */
const START = ['european-russia', 'north-china'];

describe('initialStatuses', () => {
  it('opens European Russia and North China and locks everything else', () => {
    expect(initialStatuses(IDS, START)).toEqual({
      'european-russia': 'open',
      crimea: 'locked',
      'western-siberia': 'locked',
      'eastern-siberia': 'locked',
      mongolia: 'locked',
      'north-china': 'open',
      'south-china': 'locked',
    });
  });

  it('accepts other starting regions and ignores starting regions not on the map', () => {
    expect(initialStatuses(['a', 'b'], ['b', 'zzz'])).toEqual({ a: 'locked', b: 'open' });
  });

  it('works with any iterable of ids, including an empty one', () => {
    expect(initialStatuses(new Set(['mongolia']), START)).toEqual({ mongolia: 'locked' });
    expect(initialStatuses([], START)).toEqual({});
  });
});

describe('roundPasses (pass mark 0.8)', () => {
  it('uses a pass mark of 4 in 5', () => {
    expect(PASS_MARK).toBe(0.8);
  });

  it.each([
    [5, 5, true],
    [4, 5, true],
    [3, 5, false],
    [0, 5, false],
    [10, 10, true],
    [8, 10, true],
    [7, 10, false],
    [1, 1, true],
    [0, 1, false],
    [0, 0, false],
    [3, 3, true],
    [2, 3, false],
    [4, 4, true],
    [3, 4, false],
  ])('%d of %d passes: %s', (score, total, expected) => {
    expect(roundPasses(score, total)).toBe(expected);
  });
});

describe('clearRegion', () => {
  it('clears the region and opens only its locked neighbours, in neighbour order', () => {
    const before: RegionStatuses = {
      'european-russia': 'cleared',
      crimea: 'locked',
      'western-siberia': 'cleared',
      'eastern-siberia': 'open',
      mongolia: 'locked',
      'north-china': 'locked',
      'south-china': 'locked',
    };
    const { statuses, unlocked } = clearRegion(before, 'eastern-siberia', GRAPH);
    expect(unlocked).toEqual(['mongolia', 'north-china']);
    expect(statuses).toEqual({
      ...before,
      'eastern-siberia': 'cleared',
      mongolia: 'open',
      'north-china': 'open',
    });
  });

  it('leaves cleared and open neighbours as they were', () => {
    const before: RegionStatuses = {
      'european-russia': 'open',
      crimea: 'cleared',
      'western-siberia': 'open',
    };
    const { statuses, unlocked } = clearRegion(before, 'european-russia', GRAPH);
    expect(unlocked).toEqual([]);
    expect(statuses).toEqual({ 'european-russia': 'cleared', crimea: 'cleared', 'western-siberia': 'open' });
  });

  it('does not change the statuses passed in', () => {
    const before: RegionStatuses = Object.freeze({ 'european-russia': 'open', crimea: 'locked' });
    clearRegion(before, 'european-russia', GRAPH);
    expect(before).toEqual({ 'european-russia': 'open', crimea: 'locked' });
  });

  it('does not add neighbours that have no status (not on this map)', () => {
    const { statuses, unlocked } = clearRegion({ 'european-russia': 'open' }, 'european-russia', GRAPH);
    expect(unlocked).toEqual([]);
    expect(statuses).toEqual({ 'european-russia': 'cleared' });
  });

  it('clears a region that has no entry in the graph', () => {
    const { statuses, unlocked } = clearRegion({ island: 'open' }, 'island', GRAPH);
    expect(statuses).toEqual({ island: 'cleared' });
    expect(unlocked).toEqual([]);
  });

  it('opens nothing new when clearing an already cleared region again', () => {
    const first = clearRegion(initialStatuses(IDS, START), 'european-russia', GRAPH);
    expect(first.unlocked).toEqual(['crimea', 'western-siberia']);
    const second = clearRegion(first.statuses, 'european-russia', GRAPH);
    expect(second.unlocked).toEqual([]);
    expect(second.statuses).toEqual(first.statuses);
  });
});

describe('reconcileStatuses', () => {
  it('keeps saved statuses of regions still on the map', () => {
    const saved: RegionStatuses = {
      'european-russia': 'cleared',
      crimea: 'open',
      'western-siberia': 'open',
      'eastern-siberia': 'locked',
      mongolia: 'locked',
      'north-china': 'open',
      'south-china': 'locked',
    };
    expect(reconcileStatuses(saved, IDS, GRAPH, START)).toEqual(saved);
  });

  it('drops regions the map no longer has', () => {
    const saved: RegionStatuses = { 'european-russia': 'open', atlantis: 'cleared' };
    const result = reconcileStatuses(saved, ['european-russia'], GRAPH, START);
    expect(result).toEqual({ 'european-russia': 'open' });
    expect(result).not.toHaveProperty('atlantis');
  });

  it('adds new regions locked, or open when they are a starting region or border a cleared region', () => {
    const saved: RegionStatuses = { 'western-siberia': 'cleared', 'eastern-siberia': 'open' };
    const result = reconcileStatuses(saved, IDS, GRAPH, START);
    expect(result).toEqual({
      'european-russia': 'open', // starting region
      crimea: 'locked', // new, next to European Russia which is only open
      'western-siberia': 'cleared',
      'eastern-siberia': 'open',
      mongolia: 'locked', // new, next to Eastern Siberia which is only open
      'north-china': 'open', // starting region
      'south-china': 'locked',
    });
  });

  it('opens a new region next to a cleared one even when the map lists it before the cleared region', () => {
    const graph: RegionGraph = { fresh: ['old'], old: ['fresh'] };
    expect(reconcileStatuses({ old: 'cleared' }, ['fresh', 'old'], graph, [])).toEqual({
      fresh: 'open',
      old: 'cleared',
    });
    expect(reconcileStatuses({ old: 'cleared' }, ['old', 'fresh'], graph, [])).toEqual({
      old: 'cleared',
      fresh: 'open',
    });
  });

  it('uses the given starting regions for new regions', () => {
    expect(reconcileStatuses({}, ['a', 'b'], { a: [], b: [] }, ['b'])).toEqual({ a: 'locked', b: 'open' });
  });

  it('gives the same result as initialStatuses for an empty save', () => {
    expect(reconcileStatuses({}, IDS, GRAPH, START)).toEqual(initialStatuses(IDS, START));
  });
});
