import { describe, expect, it } from 'vitest';
import {
  type Bests,
  NO_BESTS,
  RECENT_RESULTS,
  mergeBests,
  recordRound,
} from '../../../src/core/progress/bests';
import { mapCompletion } from '../../../src/core/progress/completion';

const MIXED = '';
const round = (
  regionId: string,
  score: number,
  at: number,
  extra: { points?: number; review?: boolean } = {},
) => ({
  regionId,
  score,
  total: 5,
  review: extra.review ?? false,
  at,
  ...(extra.points !== undefined ? { points: extra.points } : {}),
});

describe('personal bests', () => {
  it('keep the best however old, and only the last few results', () => {
    let bests: Bests = recordRound(NO_BESTS, round('home', 5, 1), MIXED);
    for (let at = 2; at < 12; at++) bests = recordRound(bests, round('home', 2 + (at % 2), at), MIXED);
    expect(bests.regions.home?.best).toEqual({ at: 1, score: 5, total: 5 });
    expect(bests.regions.home?.recent).toHaveLength(RECENT_RESULTS);
    expect(bests.regions.home?.recent.at(-1)?.at).toBe(11);
  });

  it('prefer a higher share right, then more right, then the earlier on a tie', () => {
    let bests = recordRound(NO_BESTS, round('home', 3, 1), MIXED);
    bests = recordRound(bests, round('home', 3, 2), MIXED);
    expect(bests.regions.home?.best?.at).toBe(1);
    bests = recordRound(bests, { ...round('home', 4, 3), total: 4 }, MIXED);
    expect(bests.regions.home?.best).toEqual({ at: 3, score: 4, total: 4 });
  });

  it('record timed points across regions, and no region best for a round across regions', () => {
    let bests = recordRound(NO_BESTS, round(MIXED, 4, 1, { points: 2400 }), MIXED);
    bests = recordRound(bests, round('home', 5, 2, { points: 3100.4 }), MIXED);
    bests = recordRound(bests, round('home', 5, 3, { points: 1200 }), MIXED);
    expect(Object.keys(bests.regions)).toEqual(['home']);
    expect(bests.timed.best).toEqual({ at: 2, points: 3100, regionId: 'home' });
    expect(bests.timed.recent.map((result) => result.points)).toEqual([2400, 3100, 1200]);
  });

  it('ignore practice rounds', () => {
    expect(recordRound(NO_BESTS, round('home', 5, 1, { review: true, points: 900 }), MIXED)).toBe(NO_BESTS);
  });

  it('merge two tabs without losing a result, keeping the better best', () => {
    const a = recordRound(
      recordRound(NO_BESTS, round('home', 2, 1), MIXED),
      round('west', 3, 4, { points: 50 }),
      MIXED,
    );
    const b = recordRound(recordRound(NO_BESTS, round('home', 4, 2), MIXED), round('home', 1, 3), MIXED);
    const merged = mergeBests(a, b);
    expect(merged.regions.home?.best?.score).toBe(4);
    expect(merged.regions.home?.recent.map((result) => result.at)).toEqual([1, 2, 3]);
    expect(merged.regions.west?.best?.score).toBe(3);
    expect(merged.timed.best?.points).toBe(50);
    expect(mergeBests(merged, merged)).toEqual(merged);
  });
});

describe('map completion', () => {
  it('is the share of regions cleared, in whole per cent rounded down', () => {
    expect(mapCompletion({ a: 'cleared', b: 'open', c: 'locked' })).toEqual({
      cleared: 1,
      total: 3,
      percent: 33,
    });
    expect(mapCompletion({ a: 'cleared', b: 'cleared', c: 'open' }).percent).toBe(66);
    expect(mapCompletion({ a: 'cleared' }).percent).toBe(100);
    expect(mapCompletion({}).percent).toBe(0);
  });
});
