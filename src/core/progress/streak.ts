/**
 * The day streak, with streak freezes (Duolingo's rule, made automatic). A day counts when the learner
 * answered a question or rated a flashcard on it, in their own local day (`review/days.ts`).
 *
 * The rule, day by day from the first active day to today:
 * - an active day adds one to the streak;
 * - a missed day (no activity, and over: today is never missed, it is not over yet) is covered by the
 *   week's streak freeze if that week's freeze is still unused and there is a streak to keep: the streak
 *   stays as it was (it does not grow) and the freeze is used;
 * - a missed day that no freeze covers ends the streak (back to 0).
 *
 * One freeze per week: weeks are ISO weeks, Monday to Sunday in the learner's local days. Each week brings
 * one freeze, used automatically on that week's first missed day while a streak runs; an unused freeze does
 * not carry over to the next week. So two missed days in a row inside one week end the streak, while a
 * missed Sunday and a missed Monday are both covered (each by its own week's freeze).
 */

/** A local day's ISO week: days since 1970-01-01 (a Thursday) grouped Monday to Sunday. */
export function isoWeekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** The streak as the learner sees it today. */
export interface StreakInfo {
  /** Active days in the streak still alive today (a streak not yet extended today is alive); 0 when broken. */
  current: number;
  /** The longest streak ever reached. */
  best: number;
  /** Whether today already counts. */
  activeToday: boolean;
  /** Whether this week's freeze is still unused (it would cover a day missed later this week). */
  freezeAvailable: boolean;
  /** The missed days covered by freezes in the current streak, oldest first. */
  frozenDays: number[];
}

/** The local days with any activity, ascending and without repeats. */
export function activeDaysOf(instants: Iterable<number>, toDay: (ms: number) => number): number[] {
  const days = new Set<number>();
  for (const ms of instants) days.add(toDay(ms));
  return [...days].sort((a, b) => a - b);
}

/**
 * The streak today from the active days (any order; days after today are ignored): see the rule above.
 *
 * @param days - local day numbers with activity
 * @param today - the learner's local day now
 */
export function dayStreak(days: Iterable<number>, today: number): StreakInfo {
  const active = new Set<number>();
  let first = Infinity;
  for (const day of days) {
    if (day > today) continue;
    active.add(day);
    first = Math.min(first, day);
  }
  const usedWeeks = new Set<number>();
  let current = 0;
  let best = 0;
  let frozenDays: number[] = [];
  for (let day = first; day <= today; day++) {
    if (active.has(day)) {
      current += 1;
      best = Math.max(best, current);
    } else if (day === today) {
      break;
    } else if (current > 0 && !usedWeeks.has(isoWeekOf(day))) {
      usedWeeks.add(isoWeekOf(day));
      frozenDays.push(day);
    } else {
      current = 0;
      frozenDays = [];
    }
  }
  return {
    current,
    best,
    activeToday: active.has(today),
    freezeAvailable: !usedWeeks.has(isoWeekOf(today)),
    frozenDays,
  };
}
