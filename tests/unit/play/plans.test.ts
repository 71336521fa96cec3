import { describe, expect, it } from 'vitest';
import { createSeededRng } from '../../../src/core/rng';
import {
  answerHistory,
  chooseRegion,
  planFeatureRound,
  planMissed,
  planMistakes,
  planPackRound,
  planRefresh,
  planRegionRound,
  planReplay,
} from '../../../src/core/play/plans';
import type { GameState } from '../../../src/core/play/gameState';
import { MIXED_REGION } from '../../../src/core/quiz/round';
import { T0 } from '../../support/packs';
import { freshState, reducerFor, responseTo, testLibrary, testPacks } from './playWorld';

const library = testLibrary();
const reduce = reducerFor(library);
const rng = () => createSeededRng(7);

/** Plays a started round to its results, answering right where `rights` says so. */
function play(state: GameState, rights: boolean[]): GameState {
  let next = state;
  rights.forEach((right, i) => {
    const asked = next.round?.questions[i];
    const question = asked ? library.bank.get(asked.questionId)?.question : undefined;
    if (!question) throw new Error('no question');
    next = reduce(next, { type: 'answered', response: responseTo(question, right), at: T0 + i * 1000 + 500 });
    next = reduce(next, { type: 'advanced', at: T0 + i * 1000 + 900 });
  });
  return next;
}

describe('round plans', () => {
  it('plans a region round of five of its questions, unseen first, timed when the player chose timed', () => {
    const plan = planRegionRound(freshState(), library, 'home', rng(), T0);
    expect(plan).toMatchObject({ type: 'roundStarted', regionId: 'home', at: T0 });
    expect(plan?.questions).toHaveLength(5);
    expect(plan?.questions.every((q) => q.questionId.startsWith('home-'))).toBe(true);
    expect(plan).not.toHaveProperty('timed');
    const timed = { ...freshState(), settings: { ...freshState().settings, timed: true } };
    expect(planRegionRound(timed, library, 'home', rng(), T0)).toMatchObject({ timed: true });
    expect(planRegionRound(freshState(), library, 'east', rng(), T0)).toBeNull();
  });

  it('puts questions answered right more often than wrong last', () => {
    const mastered = ['home-0', 'home-1', 'home-2', 'home-3', 'home-4'].map((questionId) => ({
      questionId,
      regionId: 'home',
      response: true,
      correct: true,
      at: T0,
      ms: 1000,
    }));
    const state = { ...freshState(), answers: mastered };
    expect(answerHistory(mastered).get('home-0')).toEqual({ right: 1, wrong: 0 });
    expect(planRegionRound(state, library, 'home', rng(), T0)?.questions[0]?.questionId).toBe('home-5');
  });

  it('plans the missed questions of the round just played as practice in the same region', () => {
    const started = reduce(freshState(), planRegionRound(freshState(), library, 'home', rng(), T0)!);
    const finished = play(started, [true, false, true, false, true]);
    const plan = planMissed(finished, library, rng(), T0 + 10_000);
    const missed = finished.round!.answers.filter((a) => !a.correct).map((a) => a.questionId);
    expect(plan).toMatchObject({ regionId: 'home', review: true });
    expect(plan?.questions.map((q) => q.questionId)).toEqual(missed);
    expect(planMissed(play(started, [true, true, true, true, true]), library, rng(), T0)).toBeNull();
  });

  it('plans recent mistakes across regions as one practice round', () => {
    const started = reduce(freshState(), planRegionRound(freshState(), library, 'home', rng(), T0)!);
    const finished = play(started, [false, true, true, true, true]);
    const plan = planMistakes(finished, library, rng(), T0 + 60_000);
    expect(plan).toMatchObject({ regionId: MIXED_REGION, review: true, scope: 'mistakes' });
    expect(plan?.questions.map((q) => q.questionId)).toEqual([finished.round!.answers[0]!.questionId]);
    expect(planMistakes(freshState(), library, rng(), T0)).toBeNull();
  });

  it('plans a pack round of up to ten of its questions, and an assignment the same for every student', () => {
    const practice = planPackRound(freshState(), library, 'loose', rng(), T0);
    expect(practice).toMatchObject({ regionId: MIXED_REGION, review: true, scope: 'pack', packId: 'loose' });
    expect(practice?.questions).toHaveLength(3);
    const first = planPackRound(freshState(), library, 'test-pack', createSeededRng(1), T0, {
      count: 4,
      seed: 99,
    });
    const second = planPackRound(freshState(), library, 'test-pack', createSeededRng(2), T0, {
      count: 4,
      seed: 99,
    });
    expect(first?.questions).toHaveLength(4);
    expect(first?.questions).toEqual(second?.questions);
    expect(first).toMatchObject({ seed: 99 });
    expect(planPackRound(freshState(), library, 'no-such-pack', rng(), T0)).toBeNull();
  });
});

describe('"Play again": another round of the same kind', () => {
  /** Starts `plan` on a fresh state and plays it to its results, answering as `rights` says. */
  const finish = (state: GameState, plan: ReturnType<typeof planRegionRound>, rights: boolean[]) =>
    play(reduce(state, plan!), rights);
  const ids = (plan: ReturnType<typeof planReplay>) => plan?.questions.map((q) => q.questionId);

  it('plays a region again after a region round', () => {
    const done = finish(freshState(), planRegionRound(freshState(), library, 'home', rng(), T0), [true]);
    const again = planReplay(done, library, rng(), T0 + 60_000);
    expect(again).toMatchObject({ type: 'roundStarted', regionId: 'home', at: T0 + 60_000 });
    expect(again).not.toHaveProperty('review');
    expect(again?.questions).toHaveLength(5);
  });

  it('plays the pack again after a pack round, as practice of the same pack', () => {
    const done = finish(freshState(), planPackRound(freshState(), library, 'loose', rng(), T0), [
      true,
      true,
      true,
    ]);
    const again = planReplay(done, library, rng(), T0 + 60_000);
    expect(again).toMatchObject({ regionId: MIXED_REGION, review: true, scope: 'pack', packId: 'loose' });
    expect(again).not.toHaveProperty('seed');
    expect(ids(again)?.sort()).toEqual(['loose-0', 'loose-1', 'loose-2']);
  });

  it('plays the same assignment again: the same questions in the same order, with its seed', () => {
    const assignment = { count: 4, seed: 99 };
    const plan = planPackRound(freshState(), library, 'test-pack', rng(), T0, assignment);
    const done = finish(freshState(), plan, [true, false, true, true]);
    const again = planReplay(done, library, createSeededRng(12345), T0 + 60_000);
    expect(again).toMatchObject({ scope: 'pack', packId: 'test-pack', seed: 99, review: true });
    expect(again?.questions).toEqual(plan?.questions);
  });

  it('reviews the recent mistakes again after "Review mistakes", and offers nothing once none are left', () => {
    const first = finish(freshState(), planRegionRound(freshState(), library, 'home', rng(), T0), [
      false,
      false,
      true,
      true,
      true,
    ]);
    const mistakes = planMistakes(first, library, rng(), T0 + 60_000);
    const halfPutRight = finish(reduce(first, { type: 'roundClosed' }), mistakes, [true, false]);
    const again = planReplay(halfPutRight, library, rng(), T0 + 120_000);
    expect(again).toMatchObject({ regionId: MIXED_REGION, review: true, scope: 'mistakes' });
    expect(ids(again)).toEqual([mistakes!.questions[1]!.questionId]);
    const allPutRight = finish(reduce(first, { type: 'roundClosed' }), mistakes, [true, true]);
    expect(planReplay(allPutRight, library, rng(), T0 + 120_000)).toBeNull();
  });

  it('goes over the same questions again after a review of missed questions', () => {
    const first = finish(freshState(), planRegionRound(freshState(), library, 'home', rng(), T0), [
      false,
      true,
      false,
      true,
      true,
    ]);
    const missed = planMissed(first, library, rng(), T0 + 60_000);
    const reviewed = finish(reduce(first, { type: 'roundClosed' }), missed, [true, true]);
    const again = planReplay(reviewed, library, rng(), T0 + 120_000);
    expect(again).toMatchObject({ regionId: 'home', review: true });
    expect(again).not.toHaveProperty('scope');
    expect(ids(again)?.sort()).toEqual(ids(missed)?.sort());
  });

  it('refreshes the region again after a refresh', () => {
    const cleared = reduce(
      finish(freshState(), planRegionRound(freshState(), library, 'home', rng(), T0), [
        true,
        true,
        true,
        true,
        true,
      ]),
      { type: 'roundClosed' },
    );
    const later = T0 + 365 * 86_400_000;
    const refresh = planRefresh(cleared, library, 'home', rng(), later);
    const done = finish(
      cleared,
      refresh,
      refresh!.questions.map(() => true),
    );
    expect(planReplay(done, library, rng(), later + 60_000)).toMatchObject({
      regionId: 'home',
      review: true,
      scope: 'refresh',
    });
  });

  it('offers nothing with no round, or for a pack that is no longer installed', () => {
    expect(planReplay(freshState(), library, rng(), T0)).toBeNull();
    const done = finish(freshState(), planPackRound(freshState(), library, 'loose', rng(), T0), [
      true,
      true,
      true,
    ]);
    const without = testLibrary(testPacks().filter((pack) => pack.id !== 'loose'));
    expect(planReplay(done, without, rng(), T0 + 60_000)).toBeNull();
  });
});

describe('a round on a feature of the history map', () => {
  it('asks the installed questions listed for the feature, as practice named after it', () => {
    const plan = planFeatureRound(
      freshState(),
      library,
      'Amur',
      ['west-0', 'gone', 'loose-1', 'west-0'],
      rng(),
      T0,
    );
    expect(plan).toMatchObject({
      type: 'roundStarted',
      regionId: MIXED_REGION,
      review: true,
      scope: 'feature',
      topic: 'Amur',
      at: T0,
    });
    expect(plan?.questions.map((q) => q.questionId).sort()).toEqual(['loose-1', 'west-0']);
  });

  it('asks unseen and missed questions first, at most ten', () => {
    const many = library.questionIds;
    expect(many.length).toBeGreaterThan(10);
    const plan = planFeatureRound(freshState(), library, 'Everything', many, rng(), T0);
    expect(plan?.questions).toHaveLength(10);
  });

  it('is null when none of the listed questions is installed', () => {
    expect(planFeatureRound(freshState(), library, 'Amur', ['gone'], rng(), T0)).toBeNull();
    expect(planFeatureRound(freshState(), library, 'Amur', [], rng(), T0)).toBeNull();
  });

  it('plays the same questions again, under the same name, from its results', () => {
    const plan = planFeatureRound(freshState(), library, 'Amur', ['west-0', 'west-1'], rng(), T0)!;
    const done = play(reduce(freshState(), plan), [true, false]);
    expect(done.round).toMatchObject({ scope: 'feature', topic: 'Amur', phase: 'finished' });
    const again = planReplay(done, library, rng(), T0 + 60_000);
    expect(again).toMatchObject({ scope: 'feature', topic: 'Amur', review: true });
    expect(again?.questions.map((q) => q.questionId).sort()).toEqual(['west-0', 'west-1']);
  });
});

describe('choosing a region', () => {
  it('starts a round on an open region, and refuses a locked or empty one with the reason', () => {
    const state = freshState();
    expect(chooseRegion(state, library, 'home', undefined, rng(), T0)).toMatchObject({
      kind: 'play',
      action: { type: 'roundStarted', regionId: 'home' },
    });
    expect(chooseRegion(state, library, 'west', undefined, rng(), T0)).toEqual({
      kind: 'refused',
      reason: 'locked',
    });
    const eastOpen = { ...state, regions: { ...state.regions, east: 'open' as const } };
    expect(chooseRegion(eastOpen, library, 'east', undefined, rng(), T0)).toEqual({
      kind: 'refused',
      reason: 'empty',
    });
  });

  it('is ignored during a round that is not asking about the map', () => {
    const playing = reduce(freshState(), planRegionRound(freshState(), library, 'home', rng(), T0)!);
    expect(chooseRegion(playing, library, 'home', undefined, rng(), T0)).toEqual({ kind: 'ignored' });
  });

  it('refreshes a cleared region whose cards are fading instead of playing it again', () => {
    const started = reduce(freshState(), planRegionRound(freshState(), library, 'home', rng(), T0)!);
    const cleared = reduce(play(started, [true, true, true, true, true]), { type: 'roundClosed' });
    expect(cleared.regions.home).toBe('cleared');
    const soon = chooseRegion(cleared, library, 'home', undefined, rng(), T0 + 60_000);
    expect(soon.kind === 'play' ? soon.action : null).toMatchObject({ regionId: 'home' });
    expect(soon.kind === 'play' ? soon.action.scope : 'not played').toBeUndefined();
    const yearLater = T0 + 365 * 86_400_000;
    expect(chooseRegion(cleared, library, 'home', undefined, rng(), yearLater)).toMatchObject({
      kind: 'play',
      action: { review: true, scope: 'refresh', regionId: 'home' },
    });
  });
});
