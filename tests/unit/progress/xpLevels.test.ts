import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../../src/core/play/gameState';
import { LEVEL_NAMES, levelFor, levelName, levelStartXp } from '../../../src/core/progress/levels';
import { REVIEW_XP, answerXp, xpOf } from '../../../src/core/progress/xp';
import { reviewCard } from '../../../src/core/review/cards';
import { logEntry } from '../../support/reviews';

const T = Date.UTC(2026, 11, 7, 10);

function answer(questionId: string, at: number, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  return { questionId, regionId: 'home', response: 0, correct: true, score: 1, at, ms: 3000, ...extra };
}

describe('XP for answers', () => {
  it('gives more for a right answer than a wrong one, and partial credit its share', () => {
    const right = answerXp(answer('a', T));
    const wrong = answerXp(answer('a', T, { correct: false, score: 0 }));
    const half = answerXp(answer('a', T, { correct: false, score: 0.5 }));
    expect([right, half, wrong]).toEqual([10, 6, 2]);
  });

  it('gives nothing for a question left to time out, and a bonus for timed points', () => {
    expect(answerXp(answer('a', T, { response: null, correct: false, score: 0 }))).toBe(0);
    expect(answerXp(answer('a', T, { points: 950 }))).toBe(19);
    expect(answerXp(answer('a', T, { points: 99 }))).toBe(10);
  });

  it('reads an old answer without credit from right and wrong', () => {
    const { score: _ignored, ...old } = answer('a', T);
    expect(answerXp(old)).toBe(10);
    expect(answerXp({ ...old, correct: false })).toBe(2);
  });
});

describe('XP total', () => {
  it("counts a flashcard rating once, and never a quiz answer's own rating", () => {
    const quiz = reviewCard('a', undefined, 3, T);
    const flashcard = reviewCard('a', quiz.card, 4, T + 86_400_000);
    const tally = xpOf([answer('a', T)], [quiz.log, flashcard.log, logEntry('b', T + 5, { rating: 1 })]);
    expect(tally).toEqual({
      total: 10 + 2 * REVIEW_XP,
      fromAnswers: 10,
      fromReviews: 2 * REVIEW_XP,
      reviews: 2,
    });
  });

  it('is zero for a new learner', () => {
    expect(xpOf([], []).total).toBe(0);
  });
});

describe('levels', () => {
  it('start at growing thresholds: 0, 100, 300, 600, 1000', () => {
    expect([1, 2, 3, 4, 5].map(levelStartXp)).toEqual([0, 100, 300, 600, 1000]);
    const gaps = [2, 3, 4, 5, 6, 7].map((n) => levelStartXp(n + 1) - levelStartXp(n));
    expect(gaps.every((gap, i) => i === 0 || gap > gaps[i - 1]!)).toBe(true);
  });

  it('are named after the border and diplomatic service, from Border guard up', () => {
    expect(levelFor(0)).toMatchObject({
      level: 1,
      name: 'Border guard',
      next: 100,
      nextName: 'Customs officer',
    });
    expect(levelFor(99).level).toBe(1);
    expect(levelFor(100)).toMatchObject({ level: 2, name: 'Customs officer', start: 100, progress: 0 });
    expect(levelFor(2100)).toMatchObject({ level: 7, name: 'Envoy' });
    expect(levelFor(2800).name).toBe('Treaty negotiator');
    expect(levelName(9)).toBe('Ambassador');
  });

  it('go on past the last name with its number', () => {
    const last = LEVEL_NAMES.length;
    expect(levelName(last + 1)).toBe(`Elder statesman ${last + 1}`);
    expect(levelFor(levelStartXp(last + 1)).level).toBe(last + 1);
  });

  it('tell the way to the next level', () => {
    expect(levelFor(200).progress).toBeCloseTo(0.5);
    expect(levelFor(-5)).toMatchObject({ level: 1, xp: 0 });
    expect(levelFor(Number.NaN)).toMatchObject({ level: 1, xp: 0 });
  });

  it('agree with the thresholds at every edge up to level 60', () => {
    for (let level = 1; level <= 60; level++) {
      expect(levelFor(levelStartXp(level)).level).toBe(level);
      if (level > 1) expect(levelFor(levelStartXp(level) - 1).level).toBe(level - 1);
    }
  });
});
