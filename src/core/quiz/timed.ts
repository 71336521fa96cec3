import type { Question } from '../model/pack';
import { kindOf } from '../questions/registry';

/** Most points one answer can earn in timed mode, before the streak bonus. */
export const MAX_POINTS = 1000;

/** Bonus per answer in a streak of fully right answers (from the second on), capped at five steps. */
export const STREAK_STEP = 100;

/**
 * Milliseconds allowed per question in timed mode, as the question's type sets them: enough to read and
 * answer, more for the types that take typing or arranging.
 */
export function timeLimitMs(question: Question): number {
  return kindOf(question.type).timeLimitMs;
}

/**
 * Points for one timed answer, Kahoot-style: credit times 1000, losing up to half for the time taken,
 * plus a streak bonus of 100 per fully right answer in a row before this one (at most 500). A time-out
 * earns nothing.
 *
 * @param streakBefore - fully right answers in a row just before this one
 */
export function timedPoints(score: number, ms: number, limitMs: number, streakBefore: number): number {
  if (score <= 0 || ms >= limitMs) return 0;
  const speed = 1 - 0.5 * Math.max(0, Math.min(1, ms / limitMs));
  const bonus = score >= 1 ? Math.min(streakBefore, 5) * STREAK_STEP : 0;
  return Math.round(score * MAX_POINTS * speed) + bonus;
}
