import * as v from 'valibot';
import type { Outcome, RunSummary } from './run';

/** How many recent whole-map runs are kept (the best is kept apart, however old). */
export const RECENT_RUNS = 10;

/** How many days of daily challenge results are kept. */
export const DAILY_DAYS_KEPT = 60;

const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const OutcomeSchema = v.picklist(['first', 'later', 'missed']);

/** Schema of one timed whole-map run. */
const TimedRunSchema = v.object({ at: epochMs, ms: epochMs, right: count, total: count });

/** Schema of one day's daily challenge result. */
const DailyRecordSchema = v.object({
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be written YYYY-MM-DD')),
  at: epochMs,
  ms: epochMs,
  right: count,
  total: count,
  outcomes: v.array(OutcomeSchema),
});

/** Schema of the map modes' records, as saved with the learner's progress (save format 4 on). */
export const ModeRecordsSchema = v.object({
  wholeMap: v.object({ best: v.nullable(TimedRunSchema), recent: v.array(TimedRunSchema) }),
  daily: v.array(DailyRecordSchema),
});

/** One whole-map run: when it ended, how long it took, and how many regions were found at the first try. */
export type TimedRun = v.InferOutput<typeof TimedRunSchema>;

/** One day's daily challenge: the result the player can share. */
export type DailyRecord = v.InferOutput<typeof DailyRecordSchema>;

/** What the map modes remember for a learner: whole-map times (best and recent) and daily results. */
export type ModeRecords = v.InferOutput<typeof ModeRecordsSchema>;

/** The records of a learner who has played no map mode. */
export const NO_MODE_RECORDS: ModeRecords = { wholeMap: { best: null, recent: [] }, daily: [] };

/** Whether run `a` beats run `b`: more regions at the first try, then less time, then earlier. */
export function beats(a: TimedRun, b: TimedRun | null): boolean {
  if (!b) return true;
  if (a.right !== b.right) return a.right > b.right;
  if (a.ms !== b.ms) return a.ms < b.ms;
  return a.at < b.at;
}

/** A finished run as kept: its end, time and score. */
export function timedRunOf(summary: RunSummary, at: number): TimedRun {
  return { at, ms: summary.ms, right: summary.right, total: summary.total };
}

/** The records with a finished whole-map run added to the recent ones, and made best if it beats the best. */
export function recordWholeMap(records: ModeRecords, run: TimedRun): ModeRecords {
  const { best, recent } = records.wholeMap;
  return {
    ...records,
    wholeMap: {
      best: beats(run, best) ? run : best,
      recent: [...recent, run].slice(-RECENT_RUNS),
    },
  };
}

/** The daily result of `date`, if the learner has played it. */
export function dailyRecordOf(records: ModeRecords, date: string): DailyRecord | undefined {
  return records.daily.find((record) => record.date === date);
}

/** A finished daily challenge as kept. */
export function dailyRecordFrom(date: string, summary: RunSummary, at: number): DailyRecord {
  return {
    date,
    at,
    ms: summary.ms,
    right: summary.right,
    total: summary.total,
    outcomes: [...summary.outcomes] as Outcome[],
  };
}

/** The records with a daily result added: one run a day counts, so a second one for the same date is ignored. */
export function recordDaily(records: ModeRecords, record: DailyRecord): ModeRecords {
  if (dailyRecordOf(records, record.date)) return records;
  const daily = [...records.daily, record].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...records, daily: daily.slice(-DAILY_DAYS_KEPT) };
}

/**
 * Merges the records of two tabs (or a stored copy and this tab's): every run and daily result of either is
 * kept (the recent runs by when they ended, the latest {@link RECENT_RUNS}), the better best, and for a date
 * both played, the result that came first (the one run of the day).
 */
export function mergeModeRecords(stored: ModeRecords, mine: ModeRecords): ModeRecords {
  const runs = new Map<number, TimedRun>();
  for (const run of [...stored.wholeMap.recent, ...mine.wholeMap.recent]) runs.set(run.at, run);
  const recent = [...runs.values()].sort((a, b) => a.at - b.at).slice(-RECENT_RUNS);
  const best = [stored.wholeMap.best, mine.wholeMap.best].reduce<TimedRun | null>(
    (kept, run) => (run && beats(run, kept) ? run : kept),
    null,
  );
  let merged: ModeRecords = { wholeMap: { best, recent }, daily: [] };
  for (const record of [...stored.daily, ...mine.daily].sort((a, b) => a.at - b.at))
    merged = recordDaily(merged, record);
  return merged;
}
