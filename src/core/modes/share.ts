import type { Outcome } from './run';

/** The square shown for each outcome in a shared result: first try, later try, missed. */
export const OUTCOME_SQUARES: Record<Outcome, string> = { first: '🟩', later: '🟨', missed: '🟥' };

/** A duration as minutes and seconds ("1:42"), with hours when it takes that long ("1:02:03"). */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const two = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours > 0) return `${hours}:${two(minutes)}:${two(seconds % 60)}`;
  return `${minutes}:${two(seconds % 60)}`;
}

/** A daily challenge's result, as shared. */
export interface DailyShare {
  /** The challenge's date (YYYY-MM-DD). */
  date: string;
  /** Found at the first try. */
  right: number;
  /** Targets asked. */
  total: number;
  /** Time taken, ms. */
  ms: number;
  /** Each target's outcome, in order. */
  outcomes: readonly Outcome[];
}

/**
 * The text a player copies to share a daily result, the same for the same result:
 * "Borderlines daily 2026-12-07: 8/10 in 1:42 🟩🟩🟥…", one square per target (green at the first try,
 * yellow at a later try, red missed).
 */
export function shareText(result: DailyShare): string {
  const squares = result.outcomes.map((outcome) => OUTCOME_SQUARES[outcome]).join('');
  return `Borderlines daily ${result.date}: ${result.right}/${result.total} in ${formatDuration(result.ms)} ${squares}`;
}
