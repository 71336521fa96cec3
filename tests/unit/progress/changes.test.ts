import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../../src/core/play/gameState';
import { changeMessage, progressChanges, progressOf } from '../../../src/core/progress/snapshot';
import { type CardState, type ReviewLogEntry, reviewCard } from '../../../src/core/review/cards';

const DAY = 86_400_000;
const T = Date.UTC(2026, 11, 7, 10);
const REGION = ['q0', 'q1', 'q2', 'q3', 'q4'];
const questionsIn = (id: string) => (id === 'home' ? REGION : []);

/** A state after answering `questionIds` right at `at` (each also rated for FSRS, as the reducer does). */
function answered(
  questionIds: readonly string[],
  at: number,
  before = {
    answers: [] as AnswerRecord[],
    reviewLog: [] as ReviewLogEntry[],
    cards: {} as Record<string, CardState>,
  },
) {
  const state = {
    ...before,
    answers: [...before.answers],
    reviewLog: [...before.reviewLog],
    cards: { ...before.cards },
  };
  questionIds.forEach((id, i) => {
    const when = at + i * 1000;
    state.answers.push({
      questionId: id,
      regionId: 'home',
      response: 0,
      correct: true,
      score: 1,
      at: when,
      ms: 900,
    });
    const reviewed = reviewCard(id, state.cards[id], 3, when);
    state.cards[id] = reviewed.card;
    state.reviewLog.push(reviewed.log);
  });
  return { ...state, regions: { home: 'open' as const, east: 'locked' as const } };
}

const moment = (now: number) => ({ now, utcOffsetMin: 0 });

describe('progress changes', () => {
  it('are none for the same progress', () => {
    const snapshot = progressOf(answered(['q0'], T), questionsIn, moment(T));
    expect(progressChanges(snapshot, snapshot)).toEqual([]);
  });

  it("tell the day's first answer growing the streak, and a star gained", () => {
    const before = progressOf(answered([], T), questionsIn, moment(T));
    const after = progressOf(answered(['q0'], T), questionsIn, moment(T));
    expect(progressChanges(before, after)).toEqual([
      { kind: 'streak', days: 1 },
      { kind: 'star', regionId: 'home', stars: 1 },
    ]);
  });

  it('tell a level up, and no streak growth for a second answer the same day', () => {
    const ten = Array.from({ length: 9 }, (_, i) => `x${i}`);
    const state = answered(ten, T);
    const before = progressOf(state, questionsIn, moment(T + DAY / 4));
    const after = progressOf(answered(['x9'], T + DAY / 4, state), questionsIn, moment(T + DAY / 4));
    expect(after.xp.total).toBe(100);
    expect(progressChanges(before, after)).toEqual([{ kind: 'level', level: 2, name: 'Customs officer' }]);
  });

  it('tell a star lost once the cards have faded', () => {
    const state = answered(REGION, T);
    const fresh = progressOf(state, questionsIn, moment(T));
    const faded = progressOf(state, questionsIn, moment(T + 10 * DAY));
    expect(fresh.stars.home?.stars).toBe(3);
    expect(progressChanges(fresh, faded)).toEqual([{ kind: 'fade', regionId: 'home', stars: 0 }]);
  });

  it('are put in words with the region named', () => {
    const name = (id: string) => (id === 'home' ? 'Home' : id);
    expect(changeMessage({ kind: 'level', level: 3, name: 'Interpreter' }, name)).toBe(
      'Level up! You are now level 3: Interpreter.',
    );
    expect(changeMessage({ kind: 'streak', days: 1 }, name)).toBe('Day streak: 1 day.');
    expect(changeMessage({ kind: 'star', regionId: 'home', stars: 2 }, name)).toBe(
      'Home earned a star: 2 of 3.',
    );
    expect(changeMessage({ kind: 'fade', regionId: 'home', stars: 1 }, name)).toMatch(/^Home lost a star/);
  });
});

describe('progress snapshot', () => {
  it('gathers XP, level, streak, stars and completion', () => {
    const state = {
      ...answered(['q0', 'q1'], T),
      regions: { home: 'cleared' as const, east: 'open' as const },
    };
    const snapshot = progressOf(state, questionsIn, moment(T + DAY));
    expect(snapshot.xp.total).toBe(20);
    expect(snapshot.level.name).toBe('Border guard');
    expect(snapshot.streak).toMatchObject({ current: 1, activeToday: false });
    expect(snapshot.stars.home).toEqual({ stars: 1, remembered: 2, total: 5 });
    expect(snapshot.stars.east).toEqual({ stars: 0, remembered: 0, total: 0 });
    expect(snapshot.completion).toEqual({ cleared: 1, total: 2, percent: 50 });
  });
});
