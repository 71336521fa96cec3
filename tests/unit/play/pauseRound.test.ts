/**
 * A question's clock stands still while it is off screen: leaving the map pauses it, coming back resumes
 * it, and the time away counts neither for the response time nor against a timed round's countdown.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../../src/core/events';
import type { GameAction } from '../../../src/core/play/gameReducer';
import type { GameState } from '../../../src/core/play/gameState';
import { planRegionRound } from '../../../src/core/play/plans';
import { createSeededRng } from '../../../src/core/rng';
import { T0 } from '../../support/packs';
import { freshState, reducerFor, responseTo, testLibrary } from './playWorld';

const library = testLibrary();
const reduce = reducerFor(library);
const AWAY_MS = 15 * 60_000;

/** A timed round on `home` with its first question shown at T0. */
function asking(): GameState {
  const start = planRegionRound(freshState(), library, 'home', createSeededRng(5), T0)!;
  return reduce(freshState(), { ...start, timed: true });
}

/** The right response to the question on screen. */
function rightAnswer(state: GameState) {
  const asked = state.round!.questions[state.round!.index]!;
  return responseTo(library.bank.get(asked.questionId)!.question, true);
}

describe('pausing and resuming the question on screen', () => {
  it('keeps the time spent when paused, and starts the clock from there when resumed', () => {
    const paused = reduce(asking(), { type: 'roundPaused', at: T0 + 3000 });
    expect(paused.round?.pausedMs).toBe(3000);
    const resumed = reduce(paused, { type: 'roundResumed', at: T0 + AWAY_MS });
    expect(resumed.round?.pausedMs).toBeUndefined();
    expect(resumed.round?.shownAt).toBe(T0 + AWAY_MS - 3000);
    const answered = reduce(resumed, {
      type: 'answered',
      response: rightAnswer(resumed),
      at: T0 + AWAY_MS + 2000,
    });
    expect(answered.round?.answers[0]?.ms).toBe(5000);
    expect(answered.round?.answers[0]?.points).toBeGreaterThan(0);
  });

  it('counts an answer given while paused with the time spent before the pause, and resumes the round', () => {
    const paused = reduce(asking(), { type: 'roundPaused', at: T0 + 3000 });
    const answered = reduce(paused, { type: 'answered', response: rightAnswer(paused), at: T0 + AWAY_MS });
    expect(answered.round?.answers[0]?.ms).toBe(3000);
    expect(answered.round?.pausedMs).toBeUndefined();
  });

  it('changes nothing when there is no question being asked or it is already paused', () => {
    const state = asking();
    const answered = reduce(state, { type: 'answered', response: rightAnswer(state), at: T0 + 1000 });
    for (const action of [
      { type: 'roundPaused', at: T0 + 2000 },
      { type: 'roundResumed', at: T0 + 2000 },
    ] as GameAction[]) {
      expect(reduce(answered, action)).toBe(answered);
      expect(reduce(freshState(), action).round).toBeNull();
    }
    const paused = reduce(state, { type: 'roundPaused', at: T0 + 2000 });
    expect(reduce(paused, { type: 'roundPaused', at: T0 + 9000 })).toBe(paused);
    expect(reduce(state, { type: 'roundResumed', at: T0 + 9000 })).toBe(state);
  });

  it('names both changes as events, so that they are saved', () => {
    const state = asking();
    const pause: GameAction = { type: 'roundPaused', at: T0 + 2500 };
    const paused = reduce(state, pause);
    expect(eventsOf(state, paused, pause)).toEqual([{ name: 'roundPaused', index: 0, spentMs: 2500 }]);
    const resume: GameAction = { type: 'roundResumed', at: T0 + AWAY_MS };
    expect(eventsOf(paused, reduce(paused, resume), resume)).toEqual([{ name: 'roundResumed', index: 0 }]);
  });
});
