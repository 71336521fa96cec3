import { describe, expect, it } from 'vitest';
import { activeDaysOf, dayStreak, isoWeekOf } from '../../../src/core/progress/streak';
import { dayNumber } from '../../../src/core/review/days';

const DAY = 86_400_000;
/** Monday 7 December 2026 as a day number; the days of its week are MON … MON + 6. */
const MON = dayNumber(Date.UTC(2026, 11, 7), 0);

describe('ISO weeks of local days', () => {
  it('run Monday to Sunday', () => {
    expect(new Date(MON * DAY).getUTCDay()).toBe(1);
    expect(isoWeekOf(MON)).toBe(isoWeekOf(MON + 6));
    expect(isoWeekOf(MON + 7)).toBe(isoWeekOf(MON) + 1);
    expect(isoWeekOf(MON - 1)).toBe(isoWeekOf(MON) - 1);
  });
});

describe('day streak', () => {
  it('counts days in a row, alive through yesterday before today is played', () => {
    expect(dayStreak([MON, MON + 1, MON + 2], MON + 2)).toMatchObject({ current: 3, activeToday: true });
    expect(dayStreak([MON, MON + 1, MON + 2], MON + 3)).toMatchObject({ current: 3, activeToday: false });
  });

  it("covers a missed day with the week's freeze: the streak neither grows nor breaks", () => {
    const streak = dayStreak([MON, MON + 1, MON + 3], MON + 3);
    expect(streak).toMatchObject({ current: 3, best: 3, freezeAvailable: false, frozenDays: [MON + 2] });
  });

  it('breaks on a second missed day in the same week', () => {
    expect(dayStreak([MON, MON + 1, MON + 4], MON + 4)).toMatchObject({
      current: 1,
      best: 2,
      frozenDays: [],
    });
  });

  it("covers a missed Sunday and a missed Monday, each with its own week's freeze", () => {
    const streak = dayStreak([MON + 4, MON + 5, MON + 8], MON + 8);
    expect(streak).toMatchObject({ current: 3, frozenDays: [MON + 6, MON + 7], freezeAvailable: false });
  });

  it('gives a fresh freeze each week, unused ones not carried over', () => {
    // Played every day of the first week but Wednesday (frozen), then the next week's Tuesday is missed.
    const days = [MON, MON + 1, MON + 3, MON + 4, MON + 5, MON + 6, MON + 7, MON + 9];
    expect(dayStreak(days, MON + 9)).toMatchObject({ current: 8, frozenDays: [MON + 2, MON + 8] });
    // Nothing missed in the first week: its freeze does not save the second week's two missed days.
    const steady = [MON, MON + 1, MON + 2, MON + 3, MON + 4, MON + 5, MON + 6, MON + 7, MON + 10];
    expect(dayStreak(steady, MON + 10)).toMatchObject({ current: 1, best: 8 });
  });

  it('uses no freeze without a streak to keep, and never counts today as missed', () => {
    expect(dayStreak([], MON)).toEqual({
      current: 0,
      best: 0,
      activeToday: false,
      freezeAvailable: true,
      frozenDays: [],
    });
    expect(dayStreak([MON], MON + 1)).toMatchObject({ current: 1, freezeAvailable: true });
    expect(dayStreak([MON], MON + 2)).toMatchObject({ current: 1, freezeAvailable: false });
    expect(dayStreak([MON], MON + 3)).toMatchObject({ current: 0, best: 1, freezeAvailable: false });
  });

  it('ignores days after today', () => {
    expect(dayStreak([MON, MON + 5], MON)).toMatchObject({ current: 1, best: 1 });
  });
});

describe('active days in the learner time zone', () => {
  // 23:30 UTC on Monday is already Tuesday in UTC+1 and still Monday in UTC−5.
  const late = Date.UTC(2026, 11, 7, 23, 30);
  const morning = Date.UTC(2026, 11, 8, 8, 0);

  it('fall on local days', () => {
    expect(activeDaysOf([late, morning], (ms) => dayNumber(ms, 60))).toEqual([MON + 1]);
    expect(activeDaysOf([late, morning], (ms) => dayNumber(ms, -300))).toEqual([MON, MON + 1]);
  });

  it('decide the streak: one local day for a learner east of UTC, two west of it', () => {
    const streakAt = (offset: number) =>
      dayStreak(
        activeDaysOf([late, morning], (ms) => dayNumber(ms, offset)),
        dayNumber(morning, offset),
      ).current;
    expect(streakAt(60)).toBe(1);
    expect(streakAt(-300)).toBe(2);
  });
});
