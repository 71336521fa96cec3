/**
 * Calendar days for study statistics and daily limits. The core has no time zone of its own: callers pass
 * the learner's UTC offset (minutes east of UTC, e.g. 60 for Paris in winter), so that "today" means the
 * learner's day and tests can pin it.
 */

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** The learner's day number (days since 1970-01-01 in local time) of an instant. */
export function dayNumber(ms: number, utcOffsetMin: number): number {
  return Math.floor((ms + utcOffsetMin * 60_000) / DAY_MS);
}

/** When a local day begins, as epoch ms. */
export function dayStartMs(day: number, utcOffsetMin: number): number {
  return day * DAY_MS - utcOffsetMin * 60_000;
}

/** The local date of a day number as `YYYY-MM-DD`, for labels and keys. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
