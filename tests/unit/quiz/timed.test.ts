import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/model/pack';
import { MAX_POINTS, STREAK_STEP, timeLimitMs, timedPoints } from '../../../src/core/quiz/timed';
import { bestStreak, currentStreak, type RoundAnswer } from '../../../src/core/quiz/round';

describe('timedPoints', () => {
  it('gives full points for an instant right answer and half at the buzzer', () => {
    expect(timedPoints(1, 0, 20_000, 0)).toBe(MAX_POINTS);
    expect(timedPoints(1, 10_000, 20_000, 0)).toBe(750);
    expect(timedPoints(1, 19_999, 20_000, 0)).toBe(500);
  });
  it('gives nothing for a wrong answer or a time-out', () => {
    expect(timedPoints(0, 1000, 20_000, 4)).toBe(0);
    expect(timedPoints(1, 20_000, 20_000, 4)).toBe(0);
  });
  it('scales with partial credit and adds a streak bonus only for fully right answers', () => {
    expect(timedPoints(0.5, 0, 20_000, 3)).toBe(500);
    expect(timedPoints(1, 0, 20_000, 3)).toBe(MAX_POINTS + 3 * STREAK_STEP);
    expect(timedPoints(1, 0, 20_000, 12)).toBe(MAX_POINTS + 5 * STREAK_STEP);
  });
  it('never goes above the maximum for odd times', () => {
    expect(timedPoints(1, -500, 20_000, 0)).toBe(MAX_POINTS);
  });
});

describe('timeLimitMs', () => {
  const base = { id: 'q', prompt: 'Q', explanation: 'E.', source: 's', difficulty: 1 as const, tags: [] };
  it('allows more time for typing and arranging than for picking', () => {
    const single = timeLimitMs({ ...base, type: 'truefalse', answer: true } as Question);
    const typed = timeLimitMs({ ...base, type: 'typed', answer: 'Amur' } as Question);
    const ordering = timeLimitMs({
      ...base,
      type: 'ordering',
      items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
    } as Question);
    expect(single).toBeLessThan(typed);
    expect(typed).toBeLessThan(ordering);
  });
});

describe('streaks', () => {
  const answer = (correct: boolean): RoundAnswer => ({ questionId: 'q', response: 0, correct, at: 0, ms: 0 });
  it('counts the current run and the best run of right answers', () => {
    const answers = [true, true, true, false, true, true].map(answer);
    expect(currentStreak(answers)).toBe(2);
    expect(bestStreak(answers)).toBe(3);
    expect(currentStreak([])).toBe(0);
    expect(bestStreak([answer(false)])).toBe(0);
  });
});
