import { type Rng, shuffled } from '../rng';
import type { Attempt } from './grading';
import type { ModeTarget } from './targets';

/** The map modes: type the name, click the place, every region against the clock, and today's ten. */
export type ModeKind = 'name' | 'find' | 'whole' | 'daily';

/** Tries a Find it target allows before the right one is shown. */
export const FIND_TRIES = 3;

/** Tries a Name it target allows: one, then the right name is shown. */
export const NAME_TRIES = 1;

/** How many targets a Name it or Find it practice run asks. */
export const PRACTICE_COUNT = 10;

/** How a target ended: found or named at the first try, at a later try, or missed (the answer was shown). */
export type Outcome = 'first' | 'later' | 'missed';

/** One target of a run, once finished: its tries and how it ended. */
export interface TargetResult {
  /** The target's id. */
  targetId: string;
  /** Every try, in order. */
  attempts: Attempt[];
  /** How it ended. */
  outcome: Outcome;
}

/**
 * A run of a map mode, a plain value changed only by the functions below. Time comes in as timestamps
 * (epoch ms), never read here.
 */
export interface ModeRun {
  /** Which mode. */
  mode: ModeKind;
  /** What the player does for each target: type its name, or find it on the map. */
  ask: 'name' | 'find';
  /** The targets, in the order asked. */
  targets: ModeTarget[];
  /** The target asked now (equal to the number of targets once finished). */
  index: number;
  /** The tries at the target asked now. */
  attempts: Attempt[];
  /** The targets finished so far, in order. */
  results: TargetResult[];
  /** `asking`; `shown` after the last try missed (the answer stays shown until the player moves on); `finished`. */
  phase: 'asking' | 'shown' | 'finished';
  /** When the run began. */
  startedAt: number;
  /** When the last target was finished. */
  finishedAt?: number;
  /** The daily challenge's date (UTC, YYYY-MM-DD). */
  date?: string;
}

/** What a mode asks the player to do. */
export function askOf(mode: ModeKind): 'name' | 'find' {
  return mode === 'name' ? 'name' : 'find';
}

/** Tries allowed per target in a run. */
export function triesOf(run: Pick<ModeRun, 'ask'>): number {
  return run.ask === 'name' ? NAME_TRIES : FIND_TRIES;
}

/** Starts a run over `targets` (in that order) at `at`. */
export function startRun(mode: ModeKind, targets: readonly ModeTarget[], at: number, date?: string): ModeRun {
  return {
    mode,
    ask: askOf(mode),
    targets: [...targets],
    index: 0,
    attempts: [],
    results: [],
    phase: targets.length === 0 ? 'finished' : 'asking',
    startedAt: at,
    ...(targets.length === 0 ? { finishedAt: at } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}

/** The target asked now, or undefined once the run is finished. */
export function currentTarget(run: ModeRun): ModeTarget | undefined {
  return run.phase === 'finished' ? undefined : run.targets[run.index];
}

/** Tries left at the target asked now. */
export function triesLeft(run: ModeRun): number {
  return Math.max(0, triesOf(run) - run.attempts.length);
}

/** Moves past a finished target: to the next one, or to the end of the run. */
function finishTarget(run: ModeRun, result: TargetResult, at: number): ModeRun {
  const results = [...run.results, result];
  const index = run.index + 1;
  if (index >= run.targets.length)
    return { ...run, results, index, attempts: [], phase: 'finished', finishedAt: at };
  return { ...run, results, index, attempts: [], phase: 'asking' };
}

/**
 * Records one try at the target asked now. A right try finishes the target and moves on at once; a wrong
 * one uses up a try, and the last wrong try leaves the run `shown` (the right answer on screen) until
 * {@link nextTarget}. A try while nothing is asked changes nothing.
 */
export function attempt(run: ModeRun, tried: Attempt, at: number): ModeRun {
  const target = currentTarget(run);
  if (!target || run.phase !== 'asking') return run;
  const attempts = [...run.attempts, tried];
  if (tried.right)
    return finishTarget(
      run,
      { targetId: target.id, attempts, outcome: attempts.length === 1 ? 'first' : 'later' },
      at,
    );
  if (attempts.length < triesOf(run)) return { ...run, attempts };
  return { ...run, attempts, phase: 'shown' };
}

/** After a missed target's answer was shown: on to the next target (or the end). */
export function nextTarget(run: ModeRun, at: number): ModeRun {
  const target = currentTarget(run);
  if (!target || run.phase !== 'shown') return run;
  return finishTarget(run, { targetId: target.id, attempts: run.attempts, outcome: 'missed' }, at);
}

/** A run's result in numbers. */
export interface RunSummary {
  /** Targets asked. */
  total: number;
  /** Targets found or named at the first try: the score. */
  right: number;
  /** Targets found at a later try. */
  later: number;
  /** Targets missed. */
  missed: number;
  /** Time from the start to the last target, ms (to now while the run goes on). */
  ms: number;
  /** Each target's outcome, in order. */
  outcomes: Outcome[];
}

/** Sums up a run; `now` stands for its end while it is still going on. */
export function summarize(run: ModeRun, now: number): RunSummary {
  const outcomes = run.results.map((result) => result.outcome);
  return {
    total: run.targets.length,
    right: outcomes.filter((outcome) => outcome === 'first').length,
    later: outcomes.filter((outcome) => outcome === 'later').length,
    missed: outcomes.filter((outcome) => outcome === 'missed').length,
    ms: Math.max(0, (run.finishedAt ?? now) - run.startedAt),
    outcomes,
  };
}

/** A practice run's targets: `count` of them, drawn with `rng` from all the targets. */
export function practiceTargets(
  targets: readonly ModeTarget[],
  rng: Rng,
  count = PRACTICE_COUNT,
): ModeTarget[] {
  return shuffled(targets, rng).slice(0, count);
}

/** The whole map's targets: every region, in an order drawn with `rng`. */
export function wholeMapTargets(targets: readonly ModeTarget[], rng: Rng): ModeTarget[] {
  return shuffled(
    targets.filter((target) => target.kind === 'region'),
    rng,
  );
}
