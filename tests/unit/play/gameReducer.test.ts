import { describe, it, expect } from 'vitest';
import type { RegionGraph, RegionStatuses } from '../../../src/core/map/progression';
import type { SingleChoiceQuestion, TrueFalseQuestion } from '../../../src/core/model/pack';
import { type GameAction, type GameRules, createGameReducer } from '../../../src/core/play/gameReducer';
import { DEFAULT_SETTINGS, type GameState } from '../../../src/core/play/gameState';
import type { Response } from '../../../src/core/questions/responses';
import type { RoundQuestion } from '../../../src/core/quiz/round';
import { roundStarted } from '../../support/actions';
import { T0, singleQuestion, trueFalseQuestion } from '../../support/packs';

const GRAPH: RegionGraph = {
  home: ['east', 'west'],
  east: ['home'],
  west: ['home', 'far'],
  far: ['west'],
};

const QUESTIONS: (SingleChoiceQuestion | TrueFalseQuestion)[] = [
  trueFalseQuestion('tf-1', { answer: true }),
  singleQuestion('sc-2'), // correct index 1
  trueFalseQuestion('tf-3', { answer: false }),
  singleQuestion('sc-4'),
  trueFalseQuestion('tf-5', { answer: true }),
];
const byId = new Map(QUESTIONS.map((q) => [q.id, q]));
const RULES: GameRules = { graph: GRAPH, question: (id) => byId.get(id) };
const reduce = createGameReducer(RULES);

const ROUND_QUESTIONS: RoundQuestion[] = QUESTIONS.map((q) => ({
  questionId: q.id,
  order: q.type === 'single' ? [3, 1, 0, 2] : [],
}));

/** The right and a wrong response for each question of the round. */
function responseFor(question: SingleChoiceQuestion | TrueFalseQuestion, right: boolean): Response {
  if (question.type === 'truefalse') return right ? question.answer : !question.answer;
  const correct = question.choices.findIndex((choice) => choice.correct === true);
  return right ? correct : (correct + 1) % question.choices.length;
}

function freshState(
  regions: RegionStatuses = { home: 'open', east: 'locked', west: 'cleared', far: 'locked' },
): GameState {
  return { regions, answers: [], settings: { ...DEFAULT_SETTINGS }, round: null, cards: {}, reviewLog: [] };
}

/** Applies actions one after another. */
function run(state: GameState, actions: GameAction[]): GameState {
  return actions.reduce(reduce, state);
}

/** Starts a round on `regionId` at T0 and plays it, answering right where `rights` says so. */
function playRound(
  state: GameState,
  rights: boolean[],
  regionId = 'home',
  mode: { review?: boolean } = {},
): GameState {
  let next = reduce(state, roundStarted(regionId, ROUND_QUESTIONS, mode));
  rights.forEach((right, i) => {
    const question = QUESTIONS[i]!;
    const shown = T0 + i * 10_000;
    next = reduce(next, {
      type: 'answered',
      response: responseFor(question, right),
      at: shown + 1000 + i * 100,
    });
    next = reduce(next, { type: 'advanced', at: shown + 10_000 });
  });
  return next;
}

describe('gameReducer: a full round', () => {
  it('goes start → answer → advance ×5 → finished, with the result', () => {
    const start = freshState();
    let state = reduce(start, roundStarted('home', ROUND_QUESTIONS));
    expect(state.round).toMatchObject({
      regionId: 'home',
      index: 0,
      phase: 'asking',
      shownAt: T0,
      answers: [],
    });

    for (let i = 0; i < 5; i++) {
      const question = QUESTIONS[i]!;
      expect(state.round?.index).toBe(i);
      expect(state.round?.phase).toBe('asking');
      state = reduce(state, {
        type: 'answered',
        response: responseFor(question, true),
        at: T0 + i * 10_000 + 2500,
      });
      expect(state.round?.phase).toBe('feedback');
      expect(state.round?.answers).toHaveLength(i + 1);
      state = reduce(state, { type: 'advanced', at: T0 + (i + 1) * 10_000 });
    }

    expect(state.round?.phase).toBe('finished');
    expect(state.round?.index).toBe(4);
    expect(state.round?.result).toEqual({ score: 5, total: 5, passed: true, unlocked: ['east'] });
    expect(start.round).toBeNull();
  });

  it('clears the region and opens its locked neighbours on 4 of 5', () => {
    const state = playRound(freshState(), [true, true, false, true, true]);
    expect(state.round?.result).toEqual({ score: 4, total: 5, passed: true, unlocked: ['east'] });
    expect(state.regions).toEqual({ home: 'cleared', east: 'open', west: 'cleared', far: 'locked' });
  });

  it('does not clear on 3 of 5', () => {
    const before = freshState();
    const state = playRound(before, [true, false, true, false, true]);
    expect(state.round?.result).toEqual({ score: 3, total: 5, passed: false, unlocked: [] });
    expect(state.regions).toBe(before.regions);
  });

  it('keeps a cleared region cleared after a failed round', () => {
    const state = playRound(freshState(), [false, false, false, false, false], 'west');
    expect(state.round?.result?.passed).toBe(false);
    expect(state.regions.west).toBe('cleared');
    expect(state.regions.far).toBe('locked');
  });

  it('opens nothing new when a cleared region is cleared again', () => {
    const once = playRound(freshState(), [true, true, true, true, true]);
    const twice = playRound({ ...once, round: null }, [true, true, true, true, true]);
    expect(twice.round?.result).toEqual({ score: 5, total: 5, passed: true, unlocked: [] });
    expect(twice.regions).toEqual(once.regions);
  });

  it('shows the next question with the time of the advance', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS));
    state = reduce(state, { type: 'answered', response: true, at: T0 + 4000 });
    state = reduce(state, { type: 'advanced', at: T0 + 9000 });
    expect(state.round).toMatchObject({ index: 1, phase: 'asking', shownAt: T0 + 9000 });
  });

  it('passes a shorter round with the same pass mark', () => {
    const two = ROUND_QUESTIONS.slice(0, 2);
    const state = run(freshState(), [
      roundStarted('home', two),
      { type: 'answered', response: true, at: T0 + 1 },
      { type: 'advanced', at: T0 + 2 },
      { type: 'answered', response: 0, at: T0 + 3 },
      { type: 'advanced', at: T0 + 4 },
    ]);
    expect(state.round?.result).toEqual({ score: 1, total: 2, passed: false, unlocked: [] });
  });
});

describe('gameReducer: answers', () => {
  it('records the response, whether it was right, the time and the response time (at − shownAt)', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS));
    state = reduce(state, { type: 'answered', response: false, at: T0 + 3250 });
    const record = { questionId: 'tf-1', response: false, correct: false, score: 0, at: T0 + 3250, ms: 3250 };
    expect(state.round?.answers).toEqual([record]);
    expect(state.answers).toEqual([{ ...record, regionId: 'home' }]);

    state = run(state, [
      { type: 'advanced', at: T0 + 5000 },
      { type: 'answered', response: 1, at: T0 + 5000 + 1234 },
    ]);
    expect(state.round?.answers[1]).toEqual({
      questionId: 'sc-2',
      response: 1,
      correct: true,
      score: 1,
      at: T0 + 6234,
      ms: 1234,
    });
  });

  it('never records a negative response time when the clock went backwards', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS));
    state = reduce(state, { type: 'answered', response: true, at: T0 - 500 });
    expect(state.round?.answers[0]?.ms).toBe(0);
  });

  it('appends answers to the history, oldest first, with the region id, across rounds', () => {
    const history = [
      { questionId: 'old', regionId: 'west', response: 0, correct: true, at: T0 - 100_000, ms: 900 },
    ];
    const first = playRound({ ...freshState(), answers: history }, [true, false, true, true, true]);
    expect(first.answers).toHaveLength(6);
    expect(first.answers[0]).toBe(history[0]);
    expect(first.answers.slice(1).map((a) => [a.questionId, a.regionId, a.correct])).toEqual([
      ['tf-1', 'home', true],
      ['sc-2', 'home', false],
      ['tf-3', 'home', true],
      ['sc-4', 'home', true],
      ['tf-5', 'home', true],
    ]);
    const second = playRound({ ...first, round: null }, [true], 'east');
    expect(second.answers).toHaveLength(7);
    expect(second.answers[6]).toMatchObject({ questionId: 'tf-1', regionId: 'east' });
  });

  it('ignores a second answer to the same question, returning the same state object', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS));
    state = reduce(state, { type: 'answered', response: true, at: T0 + 1000 });
    expect(reduce(state, { type: 'answered', response: false, at: T0 + 2000 })).toBe(state);
  });

  it('ignores an answer with no round, or after the round finished', () => {
    const idle = freshState();
    expect(reduce(idle, { type: 'answered', response: true, at: T0 })).toBe(idle);
    const finished = playRound(freshState(), [true, true, true, true, true]);
    expect(reduce(finished, { type: 'answered', response: true, at: T0 + 99_000 })).toBe(finished);
  });

  it('ignores an answer to a question that is not installed', () => {
    const state = reduce(freshState(), roundStarted('home', [{ questionId: 'uninstalled', order: [] }]));
    expect(reduce(state, { type: 'answered', response: true, at: T0 + 1 })).toBe(state);
  });

  it('grades a response of the wrong kind as wrong', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS));
    state = reduce(state, { type: 'answered', response: 1, at: T0 + 1 });
    expect(state.round?.answers[0]?.correct).toBe(false);
    expect(state.round?.phase).toBe('feedback');
  });
});

describe('gameReducer: actions that make no sense are ignored', () => {
  it('ignores advancing while a question is being asked', () => {
    const state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS));
    expect(reduce(state, { type: 'advanced', at: T0 + 1 })).toBe(state);
  });

  it('ignores advancing with no round and after the round finished', () => {
    const idle = freshState();
    expect(reduce(idle, { type: 'advanced', at: T0 })).toBe(idle);
    const finished = playRound(freshState(), [true, true, true, true, true]);
    expect(reduce(finished, { type: 'advanced', at: T0 + 99_000 })).toBe(finished);
  });

  it('ignores starting a round on a locked region', () => {
    const state = freshState();
    expect(reduce(state, roundStarted('east', ROUND_QUESTIONS))).toBe(state);
  });

  it('ignores starting a round with no questions', () => {
    const state = freshState();
    expect(reduce(state, roundStarted('home', []))).toBe(state);
  });

  it('starts rounds on open and on cleared regions', () => {
    const state = freshState();
    expect(reduce(state, roundStarted('home', ROUND_QUESTIONS)).round?.regionId).toBe('home');
    expect(reduce(state, roundStarted('west', ROUND_QUESTIONS)).round?.regionId).toBe('west');
  });
});

describe('gameReducer: roundClosed and muteSet', () => {
  it('closes the round and keeps the progress made', () => {
    const finished = playRound(freshState(), [true, true, true, true, true]);
    const closed = reduce(finished, { type: 'roundClosed' });
    expect(closed.round).toBeNull();
    expect(closed.regions).toBe(finished.regions);
    expect(closed.answers).toBe(finished.answers);
  });

  it('closes a round in the middle', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS));
    state = reduce(state, { type: 'answered', response: true, at: T0 + 1 });
    const closed = reduce(state, { type: 'roundClosed' });
    expect(closed.round).toBeNull();
    expect(closed.answers).toHaveLength(1);
    expect(closed.regions.home).toBe('open');
  });

  it('returns the same state when there is no round to close', () => {
    const state = freshState();
    expect(reduce(state, { type: 'roundClosed' })).toBe(state);
  });

  it('sets the mute setting, and returns the same state when it is unchanged', () => {
    const state = freshState();
    expect(reduce(state, { type: 'muteSet', muted: false })).toBe(state);
    const muted = reduce(state, { type: 'muteSet', muted: true });
    expect(muted.settings.muted).toBe(true);
    expect(state.settings.muted).toBe(false);
    expect(reduce(muted, { type: 'muteSet', muted: true })).toBe(muted);
    expect(reduce(muted, { type: 'muteSet', muted: false }).settings.muted).toBe(false);
  });
});

describe('gameReducer: purity', () => {
  it('does not change the state it is given', () => {
    const start = freshState();
    const snapshot = structuredClone(start);
    playRound(start, [true, true, true, true, true]);
    expect(start).toEqual(snapshot);
  });
});

describe('review rounds', () => {
  it('never clear a region, however well they go', () => {
    const state = playRound(freshState(), [true, true, true, true, true], 'home', { review: true });
    expect(state.round?.phase).toBe('finished');
    expect(state.round?.result).toMatchObject({ score: 5, passed: false, unlocked: [] });
    expect(state.regions.home).toBe('open');
  });
});

describe('timed rounds', () => {
  it('earn points for speed and streaks, count a time-out as wrong, and total the points', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS, { timed: true }));
    expect(state.round?.timed).toBe(true);
    state = reduce(state, { type: 'answered', response: responseFor(QUESTIONS[0]!, true), at: T0 });
    expect(state.round?.answers[0]?.points).toBe(1000);
    state = reduce(state, { type: 'advanced', at: T0 + 100 });
    state = reduce(state, { type: 'answered', response: responseFor(QUESTIONS[1]!, true), at: T0 + 100 });
    expect(state.round?.answers[1]?.points).toBe(1100);
    state = reduce(state, { type: 'advanced', at: T0 + 200 });
    state = reduce(state, { type: 'answered', response: null, at: T0 + 20_200 });
    expect(state.round?.answers[2]).toMatchObject({ correct: false, score: 0, points: 0 });
    for (const question of QUESTIONS.slice(3)) {
      state = reduce(state, { type: 'advanced', at: T0 + 30_000 });
      state = reduce(state, { type: 'answered', response: responseFor(question, true), at: T0 + 30_000 });
    }
    state = reduce(state, { type: 'advanced', at: T0 + 40_000 });
    expect(state.round?.result?.timed).toEqual({ points: 1000 + 1100 + 0 + 1000 + 1100, bestStreak: 2 });
    expect(state.round?.result?.passed).toBe(true);
  });

  it('remembers the timed-mode setting', () => {
    const state = reduce(freshState(), { type: 'timedSet', timed: true });
    expect(state.settings.timed).toBe(true);
    expect(reduce(state, { type: 'timedSet', timed: true })).toBe(state);
  });
});

describe('every answer feeds the memory model', () => {
  it('creates and updates the FSRS card of the question with a rating derived from the grade', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS));
    state = reduce(state, { type: 'answered', response: responseFor(QUESTIONS[0]!, true), at: T0 + 4000 });
    const card = state.cards['tf-1'];
    expect(card).toMatchObject({ reps: 1, lapses: 0, last_review: T0 + 4000 });
    expect(card?.due).toBeGreaterThan(T0 + 4000);
    expect(state.reviewLog).toEqual([
      expect.objectContaining({ questionId: 'tf-1', rating: 3, review: T0 + 4000, state: 0 }),
    ]);

    state = reduce(state, { type: 'advanced', at: T0 + 5000 });
    state = reduce(state, { type: 'answered', response: responseFor(QUESTIONS[1]!, false), at: T0 + 6000 });
    expect(state.reviewLog[1]).toMatchObject({ questionId: 'sc-2', rating: 1 });
    expect(state.cards['sc-2']?.due).toBeLessThan(state.cards['tf-1']?.due ?? 0);
  });

  it('rates a time-out Again', () => {
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS, { timed: true }));
    state = reduce(state, { type: 'answered', response: null, at: T0 + 30_000 });
    expect(state.reviewLog[0]?.rating).toBe(1);
  });
});

describe('gameReducer: flashcard ratings, undo and study settings', () => {
  it('rates a card directly, logs it and makes it undoable', () => {
    const state = reduce(freshState(), { type: 'cardRated', questionId: 'tf-1', rating: 4, at: T0 });
    expect(state.cards['tf-1']).toMatchObject({ reps: 1, state: 2 });
    expect(state.reviewLog).toEqual([expect.objectContaining({ questionId: 'tf-1', rating: 4, state: 0 })]);
    expect(state.undo).toEqual({ questionId: 'tf-1', logLength: 0 });
  });

  it('undo restores the card exactly and removes the rating from the log, once', () => {
    const once = reduce(freshState(), { type: 'cardRated', questionId: 'tf-1', rating: 3, at: T0 });
    const twice = reduce(once, { type: 'cardRated', questionId: 'tf-1', rating: 1, at: T0 + 600_000 });
    const undone = reduce(twice, { type: 'ratingUndone' });
    expect(undone.cards).toEqual(once.cards);
    expect(undone.reviewLog).toEqual(once.reviewLog);
    expect(undone.undo).toBeNull();
    expect(reduce(undone, { type: 'ratingUndone' })).toBe(undone);
  });

  it('undo of a first rating forgets the card entirely', () => {
    const rated = reduce(freshState(), { type: 'cardRated', questionId: 'sc-2', rating: 3, at: T0 });
    const undone = reduce(rated, { type: 'ratingUndone' });
    expect(undone.cards).toEqual({});
    expect(undone.reviewLog).toEqual([]);
  });

  it('a quiz answer after a rating ends the chance to undo it', () => {
    let state = reduce(freshState(), { type: 'cardRated', questionId: 'sc-2', rating: 3, at: T0 });
    state = reduce(state, roundStarted('home', ROUND_QUESTIONS));
    state = reduce(state, { type: 'answered', response: true, at: T0 + 3000 });
    expect(state.undo).toBeNull();
    expect(reduce(state, { type: 'ratingUndone' })).toBe(state);
  });

  it('ignores ratings of unknown questions', () => {
    const state = freshState();
    expect(reduce(state, { type: 'cardRated', questionId: 'nope', rating: 3, at: T0 })).toBe(state);
  });

  it('schedules with the learner’s desired retention', () => {
    const rateTwice = (state: GameState) =>
      run(state, [
        { type: 'cardRated', questionId: 'tf-1', rating: 3, at: T0 },
        { type: 'cardRated', questionId: 'tf-1', rating: 3, at: T0 + 600_000 },
        { type: 'cardRated', questionId: 'tf-1', rating: 3, at: T0 + 3 * 86_400_000 },
      ]).cards['tf-1']?.scheduled_days ?? 0;
    const relaxed = reduce(freshState(), { type: 'studySettingsChanged', settings: { retention: 0.75 } });
    expect(rateTwice(relaxed)).toBeGreaterThan(rateTwice(freshState()));
  });

  it('clamps study settings into range and ignores no-op changes', () => {
    const state = reduce(freshState(), {
      type: 'studySettingsChanged',
      settings: { newPerDay: 1000, retention: 0.1, dailyGoal: 12.4 },
    });
    expect(state.settings).toMatchObject({ newPerDay: 200, retention: 0.7, dailyGoal: 12 });
    expect(reduce(state, { type: 'studySettingsChanged', settings: { newPerDay: 200 } })).toBe(state);
    expect(reduce(state, { type: 'studySettingsChanged', settings: { dailyGoal: Number.NaN } })).toBe(state);
  });

  it('records each answer of a mixed-region review under its own question’s region', () => {
    let state = reduce(
      freshState(),
      roundStarted('', ROUND_QUESTIONS.slice(0, 2), { review: true, scope: 'mistakes' }),
    );
    expect(state.round?.scope).toBe('mistakes');
    state = reduce(state, { type: 'answered', response: true, at: T0 + 1000 });
    expect(state.answers[0]?.regionId).toBe('european-russia');
  });
});

describe('gameReducer: progress merged from another tab', () => {
  it('adopts the merged progress but keeps this tab’s round, and drops an undo the merge invalidated', () => {
    let state = reduce(freshState(), { type: 'cardRated', questionId: 'tf-1', rating: 3, at: T0 });
    state = reduce(state, roundStarted('home', ROUND_QUESTIONS));
    const other = reduce(freshState(), { type: 'cardRated', questionId: 'sc-2', rating: 1, at: T0 + 1 });
    const merged = reduce(state, {
      type: 'progressMerged',
      progress: {
        regions: { ...state.regions, east: 'open' },
        answers: state.answers,
        settings: { muted: true },
        cards: { ...state.cards, ...other.cards },
        reviewLog: [...state.reviewLog, ...other.reviewLog],
      },
    });
    expect(merged.round).toBe(state.round);
    expect(merged.regions.east).toBe('open');
    expect(merged.settings.muted).toBe(true);
    expect(Object.keys(merged.cards).sort()).toEqual(['sc-2', 'tf-1']);
    expect(merged.undo).toBeNull();
  });
});

describe('personal bests', () => {
  it("records each region round's result and keeps the best apart from the last few", () => {
    let state = playRound(freshState(), [true, true, false, false, false]);
    state = run(state, [{ type: 'roundClosed' }]);
    state = playRound(state, [true, true, true, true, false]);
    state = run(state, [{ type: 'roundClosed' }]);
    state = playRound(state, [true, false, false, false, false]);
    const home = state.bests?.regions.home;
    expect(home?.best).toMatchObject({ score: 4, total: 5 });
    expect(home?.recent.map((result) => result.score)).toEqual([2, 4, 1]);
    expect(state.bests?.timed).toEqual({ best: null, recent: [] });
  });

  it('records the points of a timed round, and nothing for practice rounds', () => {
    const practice = playRound(freshState(), [true, true, true, true, true], 'home', { review: true });
    expect(practice.bests).toBeUndefined();
    let state = reduce(freshState(), roundStarted('home', ROUND_QUESTIONS, { timed: true }));
    QUESTIONS.forEach((question, i) => {
      state = reduce(state, { type: 'answered', response: responseFor(question, true), at: T0 + 1000 });
      state = reduce(state, { type: 'advanced', at: T0 + 2000 + i });
    });
    const points = state.round?.result?.timed?.points;
    expect(points).toBeGreaterThan(0);
    expect(state.bests?.timed.best).toMatchObject({ points, regionId: 'home' });
  });
});
