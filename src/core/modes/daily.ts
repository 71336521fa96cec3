import { createSeededRng, shuffled } from '../rng';
import { seedOf } from '../questions/placeMarks';
import type { ModeTarget } from './targets';

/** How many targets the daily challenge asks. */
export const DAILY_COUNT = 10;

/** The UTC date of a moment, as YYYY-MM-DD: the daily challenge changes at midnight UTC for everyone. */
export function utcDate(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * The daily challenge of `date` (YYYY-MM-DD): {@link DAILY_COUNT} targets drawn from `targets` with a
 * generator seeded by the date alone, from the targets sorted by id, so that everyone with the same
 * targets gets the same ten in the same order that day, whatever order they were listed in.
 */
export function dailyTargets(date: string, targets: readonly ModeTarget[]): ModeTarget[] {
  const sorted = [...targets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return shuffled(sorted, createSeededRng(seedOf(`borderlines-daily:${date}`))).slice(0, DAILY_COUNT);
}
