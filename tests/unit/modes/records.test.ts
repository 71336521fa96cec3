import { describe, expect, it } from 'vitest';
import {
  NO_MODE_RECORDS,
  RECENT_RUNS,
  beats,
  dailyRecordOf,
  mergeModeRecords,
  recordDaily,
  recordWholeMap,
} from '../../../src/core/modes/records';

const run = (at: number, ms: number, right = 21) => ({ at, ms, right, total: 21 });
const day = (date: string, at: number, right = 8) => ({
  date,
  at,
  ms: 100_000,
  right,
  total: 10,
  outcomes: ['first' as const],
});

describe('whole-map records', () => {
  it('keeps the best run (more right first, then faster) and the recent ones', () => {
    let records = recordWholeMap(NO_MODE_RECORDS, run(1, 120_000));
    records = recordWholeMap(records, run(2, 90_000, 20));
    expect(records.wholeMap.best).toEqual(run(1, 120_000));
    records = recordWholeMap(records, run(3, 95_000));
    expect(records.wholeMap.best).toEqual(run(3, 95_000));
    expect(records.wholeMap.recent.map((kept) => kept.at)).toEqual([1, 2, 3]);
  });

  it('keeps only the latest recent runs, but the best however old', () => {
    let records = recordWholeMap(NO_MODE_RECORDS, run(0, 10_000));
    for (let i = 1; i <= RECENT_RUNS + 3; i++) records = recordWholeMap(records, run(i, 60_000));
    expect(records.wholeMap.recent).toHaveLength(RECENT_RUNS);
    expect(records.wholeMap.recent[0]?.at).toBe(4);
    expect(records.wholeMap.best?.at).toBe(0);
  });

  it('ranks a tie in score and time by the earlier run', () => {
    expect(beats(run(1, 5), run(2, 5))).toBe(true);
    expect(beats(run(2, 5), run(1, 5))).toBe(false);
    expect(beats(run(2, 5), null)).toBe(true);
  });
});

describe('daily records', () => {
  it('keeps one result a day: the first', () => {
    const once = recordDaily(NO_MODE_RECORDS, day('2026-12-07', 1, 8));
    const twice = recordDaily(once, day('2026-12-07', 2, 10));
    expect(twice).toBe(once);
    expect(dailyRecordOf(twice, '2026-12-07')?.right).toBe(8);
    expect(dailyRecordOf(twice, '2026-12-08')).toBeUndefined();
  });
});

describe('merging the records of two tabs', () => {
  it('keeps the runs and days of both, the better best, and the first result of a day both played', () => {
    const mine = recordDaily(recordWholeMap(NO_MODE_RECORDS, run(10, 80_000)), day('2026-12-07', 20, 9));
    const theirs = recordDaily(
      recordWholeMap(recordWholeMap(NO_MODE_RECORDS, run(5, 70_000)), run(10, 80_000)),
      day('2026-12-06', 3),
    );
    const stored = recordDaily(theirs, day('2026-12-07', 15, 6));
    const merged = mergeModeRecords(stored, mine);
    expect(merged.wholeMap.recent.map((kept) => kept.at)).toEqual([5, 10]);
    expect(merged.wholeMap.best).toEqual(run(5, 70_000));
    expect(merged.daily.map((kept) => [kept.date, kept.right])).toEqual([
      ['2026-12-06', 8],
      ['2026-12-07', 6],
    ]);
  });
});
