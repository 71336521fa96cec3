/**
 * Personal bests with a short history, per mode: the best score of each region's rounds, and the best
 * points of timed rounds, each with the last few results. Rounds are not recorded anywhere else (answers
 * do not say which round they were in), so these are stored with the learner's progress (save format 5
 * on). The map modes' whole-map run keeps its own best and recent runs (`modes/records.ts`), in the same
 * shape: a best kept apart however old, and the recent results.
 */
import * as v from 'valibot';

/** How many recent results each mode keeps (the best is kept apart, however old). */
export const RECENT_RESULTS = 5;

const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Schema of one region round's result: when it ended, its score (credit, may be fractional) out of total. */
const RoundResultSchema = v.object({ at: epochMs, score: v.pipe(v.number(), v.minValue(0)), total: count });

/** Schema of one timed round's result: when it ended, its points, and the region (or '' across regions). */
const TimedResultSchema = v.object({ at: epochMs, points: count, regionId: v.string() });

/** Schema of one mode's record: the best result and the recent ones, oldest first. */
function recordSchema<S extends v.GenericSchema>(result: S) {
  return v.object({ best: v.nullable(result), recent: v.array(result) });
}

/** Schema of the personal bests as saved with the learner's progress. */
export const BestsSchema = v.object({
  regions: v.record(v.string(), recordSchema(RoundResultSchema)),
  timed: recordSchema(TimedResultSchema),
});

/** One region round's result. */
export type RoundResultRecord = v.InferOutput<typeof RoundResultSchema>;

/** One timed round's result. */
export type TimedResultRecord = v.InferOutput<typeof TimedResultSchema>;

/** A mode's best result and its recent ones (oldest first, at most {@link RECENT_RESULTS}). */
export interface BestRecord<R> {
  /** The best result ever, or null before the first. */
  best: R | null;
  /** The latest results, oldest first. */
  recent: R[];
}

/** The personal bests: each region's rounds, and timed rounds. */
export type Bests = v.InferOutput<typeof BestsSchema>;

/** The bests of a learner who has finished no round. */
export const NO_BESTS: Bests = { regions: {}, timed: { best: null, recent: [] } };

/** Whether region round `a` beats `b`: a higher share right, then more right, then earlier. */
export function beatsRound(a: RoundResultRecord, b: RoundResultRecord | null): boolean {
  if (!b) return true;
  const shareA = a.total > 0 ? a.score / a.total : 0;
  const shareB = b.total > 0 ? b.score / b.total : 0;
  if (Math.abs(shareA - shareB) > 1e-9) return shareA > shareB;
  if (a.score !== b.score) return a.score > b.score;
  return a.at < b.at;
}

/** Whether timed round `a` beats `b`: more points, then earlier. */
export function beatsTimed(a: TimedResultRecord, b: TimedResultRecord | null): boolean {
  if (!b) return true;
  if (a.points !== b.points) return a.points > b.points;
  return a.at < b.at;
}

/** A record with a result added to the recent ones, and made best if it beats the best. */
function withResult<R>(
  record: BestRecord<R>,
  result: R,
  beats: (a: R, b: R | null) => boolean,
): BestRecord<R> {
  return {
    best: beats(result, record.best) ? result : record.best,
    recent: [...record.recent, result].slice(-RECENT_RESULTS),
  };
}

/** What a finished round tells the bests. */
export interface FinishedRound {
  /** The region played, or '' for a round across regions. */
  regionId: string;
  /** Its score (credit). */
  score: number;
  /** Its questions. */
  total: number;
  /** Whether it was practice (mistakes, a refresh, a pack): practice sets no best. */
  review: boolean;
  /** Its points, when it was timed. */
  points?: number;
  /** When it ended, epoch ms. */
  at: number;
}

/**
 * The bests with a finished round recorded: a region's own round (not practice, not across regions) in
 * that region's record, and a timed round that is not practice in the timed record.
 */
export function recordRound(bests: Bests, round: FinishedRound, mixedRegion: string): Bests {
  if (round.review) return bests;
  let next = bests;
  if (round.regionId !== mixedRegion) {
    const record = bests.regions[round.regionId] ?? { best: null, recent: [] };
    const result = { at: round.at, score: round.score, total: round.total };
    next = {
      ...next,
      regions: { ...next.regions, [round.regionId]: withResult(record, result, beatsRound) },
    };
  }
  if (round.points !== undefined) {
    const result = { at: round.at, points: Math.max(0, Math.round(round.points)), regionId: round.regionId };
    next = { ...next, timed: withResult(next.timed, result, beatsTimed) };
  }
  return next;
}

/** Merges two records of one mode: every result of either (by end time, the latest kept) and the better best. */
function mergeRecord<R extends { at: number }>(
  a: BestRecord<R>,
  b: BestRecord<R>,
  beats: (x: R, y: R | null) => boolean,
): BestRecord<R> {
  const byTime = new Map<number, R>();
  for (const result of [...a.recent, ...b.recent]) byTime.set(result.at, result);
  const recent = [...byTime.values()].sort((x, y) => x.at - y.at).slice(-RECENT_RESULTS);
  const best = [a.best, b.best].reduce<R | null>(
    (kept, result) => (result && beats(result, kept) ? result : kept),
    null,
  );
  return { best, recent };
}

/** Merges the bests of two tabs (or a stored copy and this tab's): nothing either recorded is lost. */
export function mergeBests(stored: Bests, mine: Bests): Bests {
  const regions: Bests['regions'] = {};
  const empty = { best: null, recent: [] };
  for (const id of new Set([...Object.keys(stored.regions), ...Object.keys(mine.regions)]))
    regions[id] = mergeRecord(stored.regions[id] ?? empty, mine.regions[id] ?? empty, beatsRound);
  return { regions, timed: mergeRecord(stored.timed, mine.timed, beatsTimed) };
}
