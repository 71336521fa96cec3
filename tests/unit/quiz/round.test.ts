import { describe, it, expect } from 'vitest';
import type { Question } from '../../../src/core/model/pack';
import { createSeededRng } from '../../../src/core/rng';
import {
  type AnswerHistory,
  type Round,
  ROUND_SIZE,
  currentQuestion,
  pickRoundQuestions,
  roundScore,
  startRound,
} from '../../../src/core/quiz/round';
import { T0, singleQuestion, trueFalseQuestion } from '../../support/packs';

/** Eight questions: even ones single choice (4 options), odd ones true/false. */
const QUESTIONS: Question[] = Array.from({ length: 8 }, (_, i) =>
  i % 2 === 0 ? singleQuestion(`q${i}`) : trueFalseQuestion(`q${i}`),
);
const byId = new Map(QUESTIONS.map((q) => [q.id, q]));
const NO_HISTORY: AnswerHistory = new Map();

describe('pickRoundQuestions', () => {
  it('picks five questions by default, without duplicates, all from the pool', () => {
    expect(ROUND_SIZE).toBe(5);
    for (let seed = 0; seed < 50; seed++) {
      const picked = pickRoundQuestions(QUESTIONS, NO_HISTORY, createSeededRng(seed));
      expect(picked).toHaveLength(5);
      const ids = picked.map((p) => p.questionId);
      expect(new Set(ids).size).toBe(5);
      for (const id of ids) expect(byId.has(id)).toBe(true);
    }
  });

  it('asks the easiest questions first in a first round, and mixes difficulties once any was answered', () => {
    const mixed = QUESTIONS.map((question, i) => ({ ...question, difficulty: i < 5 ? 2 : 1 }) as Question);
    const easy = new Set(
      mixed.filter((question) => question.difficulty === 1).map((question) => question.id),
    );
    for (let seed = 0; seed < 20; seed++) {
      const first = pickRoundQuestions(mixed, NO_HISTORY, createSeededRng(seed), 3);
      expect(first.every(({ questionId }) => easy.has(questionId))).toBe(true);
    }
    const answered: AnswerHistory = new Map([['q0', { right: 0, wrong: 1 }]]);
    const later = new Set<string>();
    for (let seed = 0; seed < 20; seed++)
      for (const { questionId } of pickRoundQuestions(mixed, answered, createSeededRng(seed), 3))
        later.add(questionId);
    expect([...later].some((id) => !easy.has(id) && id !== 'q0')).toBe(true);
  });

  it('honours a different round size', () => {
    expect(pickRoundQuestions(QUESTIONS, NO_HISTORY, createSeededRng(1), 3)).toHaveLength(3);
  });

  it('returns all the questions when there are fewer than five', () => {
    const few = QUESTIONS.slice(0, 3);
    const picked = pickRoundQuestions(few, NO_HISTORY, createSeededRng(4));
    expect(picked.map((p) => p.questionId).sort()).toEqual(['q0', 'q1', 'q2']);
    expect(pickRoundQuestions([], NO_HISTORY, createSeededRng(4))).toEqual([]);
  });

  it('shows single-choice options in a permutation of their indices and true/false as []', () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const picked of pickRoundQuestions(QUESTIONS, NO_HISTORY, createSeededRng(seed))) {
        const question = byId.get(picked.questionId)!;
        if (question.type === 'single') {
          expect([...picked.order].sort()).toEqual(question.choices.map((_, i) => i));
        } else {
          expect(picked.order).toEqual([]);
        }
      }
    }
  });

  it('shuffles choice order for some seeds', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const [picked] = pickRoundQuestions([singleQuestion('only')], NO_HISTORY, createSeededRng(seed));
      orders.add(picked!.order.join(','));
    }
    expect(orders.size).toBeGreaterThan(5);
  });

  it('varies which questions of the same difficulty come first across seeds', () => {
    const alike = QUESTIONS.map((question) => ({ ...question, difficulty: 1 }) as Question);
    const firsts = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      firsts.add(pickRoundQuestions(alike, NO_HISTORY, createSeededRng(seed))[0]!.questionId);
    }
    expect(firsts.size).toBeGreaterThan(4);
  });

  it('is deterministic for a seed', () => {
    const history: AnswerHistory = new Map([['q3', { right: 2, wrong: 0 }]]);
    expect(pickRoundQuestions(QUESTIONS, history, createSeededRng(99))).toEqual(
      pickRoundQuestions(QUESTIONS, history, createSeededRng(99)),
    );
  });

  it('does not change the question list passed in', () => {
    const list = [...QUESTIONS];
    pickRoundQuestions(list, NO_HISTORY, createSeededRng(5));
    expect(list).toEqual(QUESTIONS);
  });

  it('puts unseen and missed questions before mastered ones', () => {
    // q0..q4 mastered (more right than wrong); q5 missed; q6 and q7 unseen.
    const history: AnswerHistory = new Map([
      ['q0', { right: 3, wrong: 0 }],
      ['q1', { right: 1, wrong: 0 }],
      ['q2', { right: 2, wrong: 1 }],
      ['q3', { right: 5, wrong: 0 }],
      ['q4', { right: 1, wrong: 0 }],
      ['q5', { right: 0, wrong: 2 }],
    ]);
    for (let seed = 0; seed < 40; seed++) {
      const ids = pickRoundQuestions(QUESTIONS, history, createSeededRng(seed)).map((p) => p.questionId);
      expect(ids.slice(0, 3).sort()).toEqual(['q5', 'q6', 'q7']);
      expect(ids.slice(3).every((id) => ['q0', 'q1', 'q2', 'q3', 'q4'].includes(id))).toBe(true);
    }
  });

  it('counts a question answered right as often as wrong as not mastered', () => {
    const history: AnswerHistory = new Map(
      QUESTIONS.map((q) => [q.id, q.id === 'q4' ? { right: 1, wrong: 1 } : { right: 2, wrong: 0 }]),
    );
    for (let seed = 0; seed < 20; seed++) {
      expect(pickRoundQuestions(QUESTIONS, history, createSeededRng(seed))[0]?.questionId).toBe('q4');
    }
  });

  it('fills the round with mastered questions when too few are unseen or missed', () => {
    const history: AnswerHistory = new Map(QUESTIONS.slice(1).map((q) => [q.id, { right: 1, wrong: 0 }]));
    const ids = pickRoundQuestions(QUESTIONS, history, createSeededRng(8)).map((p) => p.questionId);
    expect(ids[0]).toBe('q0');
    expect(ids).toHaveLength(5);
  });
});

describe('startRound, currentQuestion, roundScore', () => {
  const questions = [
    { questionId: 'q0', order: [1, 0, 3, 2] },
    { questionId: 'q1', order: [] },
  ];

  it('starts at the first question, asking, with no answers', () => {
    expect(startRound('north-china', questions, T0)).toEqual({
      regionId: 'north-china',
      questions,
      index: 0,
      answers: [],
      phase: 'asking',
      shownAt: T0,
    });
  });

  it('gives the current question until the round is finished', () => {
    const round = startRound('north-china', questions, T0);
    expect(currentQuestion(round)).toBe(questions[0]);
    expect(currentQuestion({ ...round, index: 1, phase: 'feedback' })).toBe(questions[1]);
    expect(currentQuestion({ ...round, index: 1, phase: 'finished' })).toBeUndefined();
  });

  it('counts right answers', () => {
    const round: Round = {
      ...startRound('north-china', questions, T0),
      answers: [
        { questionId: 'q0', response: 1, correct: true, at: T0 + 1000, ms: 1000 },
        { questionId: 'q1', response: false, correct: false, at: T0 + 3000, ms: 1500 },
      ],
    };
    expect(roundScore(round)).toBe(1);
    expect(roundScore(startRound('x', questions, T0))).toBe(0);
  });
});
