import { describe, it, expect } from 'vitest';
import type { RegionGraph } from '../../../src/core/map/progression';
import { type World, restoreGameState } from '../../../src/core/play/restoreState';
import { MIXED_REGION } from '../../../src/core/quiz/round';
import { type SaveData, SAVE_SCHEMA_VERSION } from '../../../src/core/save/saveData';
import { T0 } from '../../support/packs';

const GRAPH: RegionGraph = {
  'european-russia': ['crimea', 'western-siberia'],
  crimea: ['european-russia'],
  'western-siberia': ['european-russia', 'yamal'],
  yamal: ['western-siberia'],
  'north-china': [],
};
/** When the game loads again: a minute after the save. */
const LOADED_AT = T0 + 65_000;
const INSTALLED = new Set(['q1', 'q2', 'q3', 'q4', 'q5']);

function world(
  regionIds: readonly string[] = Object.keys(GRAPH),
  installed: ReadonlySet<string> = INSTALLED,
): World {
  return {
    regionIds,
    graph: GRAPH,
    startingRegions: ['european-russia', 'north-china'],
    hasQuestion: (id) => installed.has(id),
  };
}

/** A round as saved. */
type SavedRound = NonNullable<SaveData['round']>;

function savedRound(overrides: Partial<SavedRound> = {}): SavedRound {
  return {
    regionId: 'crimea',
    questions: [
      { questionId: 'q1', order: [] },
      { questionId: 'q2', order: [1, 0, 2] },
    ],
    index: 1,
    answers: [{ questionId: 'q1', response: true, correct: true, score: 1, at: T0 + 1000, ms: 1000 }],
    phase: 'asking',
    shownAt: T0 + 2000,
    ...overrides,
  };
}

function save(overrides: Partial<SaveData> = {}): SaveData {
  return {
    schemaVersion: SAVE_SCHEMA_VERSION,
    savedAt: T0 + 5000,
    regions: {
      'european-russia': 'cleared',
      crimea: 'open',
      'western-siberia': 'open',
      yamal: 'locked',
      'north-china': 'open',
    },
    answers: [
      {
        questionId: 'q1',
        regionId: 'crimea',
        response: true,
        correct: true,
        score: 1,
        at: T0 + 1000,
        ms: 1000,
      },
      {
        questionId: 'retired',
        regionId: 'atlantis',
        response: 3,
        correct: false,
        score: 0,
        at: T0 - 50_000,
        ms: 800,
      },
    ],
    settings: { muted: true },
    round: savedRound(),
    cards: {},
    reviewLog: [],
    ...overrides,
  };
}

describe('restoreGameState with no save', () => {
  it('starts a new player with the starting regions open and nothing else', () => {
    const state = restoreGameState(null, world(), LOADED_AT);
    expect(state).toEqual({
      regions: {
        'european-russia': 'open',
        crimea: 'locked',
        'western-siberia': 'locked',
        yamal: 'locked',
        'north-china': 'open',
      },
      answers: [],
      settings: { muted: false },
      round: null,
      cards: {},
      reviewLog: [],
    });
  });
});

describe('restoreGameState with a save', () => {
  it('keeps the answers, settings, statuses and a round that can resume, its question paused', () => {
    const saved = save();
    const state = restoreGameState(saved, world(), LOADED_AT);
    expect(state.answers).toEqual(saved.answers);
    expect(state.settings).toEqual({ muted: true });
    expect(state.regions).toEqual(saved.regions);
    // Shown at T0 + 2 s, saved at T0 + 5 s: 3 s spent on it, and its clock stands still until it shows.
    expect(state.round).toEqual({ ...saved.round, pausedMs: 3000 });
  });

  it('keeps a question paused before the save paused with the time it had then', () => {
    const round = savedRound({ pausedMs: 1500 });
    expect(restoreGameState(save({ round }), world(), LOADED_AT).round).toEqual(round);
  });

  it('keeps the seconds spent on a running timed question spent: counted until the game loads again', () => {
    // Shown at T0 + 2 s, 16 s spent on it, and the page reloaded before a pause could be written: the last
    // save (T0 + 5 s) is older than the reload, so the time until the load counts, not only until the save.
    const round = savedRound({ timed: true });
    const restored = restoreGameState(save({ round }), world(), T0 + 18_000).round;
    expect(restored).toEqual({ ...round, pausedMs: 16_000 });
  });

  it('keeps a timed question paused on the way out (the page hidden or unloaded) with the time it had then', () => {
    const round = savedRound({ timed: true, pausedMs: 16_000 });
    expect(restoreGameState(save({ round }), world(), T0 + 600_000).round).toEqual(round);
  });

  it('takes the later of the save and the load for a running timed question (a clock set back)', () => {
    const round = savedRound({ timed: true });
    expect(restoreGameState(save({ round }), world(), T0).round).toEqual({ ...round, pausedMs: 3000 });
  });

  it('keeps a round across regions (a pack, an assignment, recent mistakes)', () => {
    const round = savedRound({ regionId: MIXED_REGION, scope: 'pack', packId: 'p', review: true });
    expect(restoreGameState(save({ round }), world(), LOADED_AT).round).toEqual({ ...round, pausedMs: 3000 });
  });

  it('keeps answers to questions that are no longer installed', () => {
    const state = restoreGameState(save(), world(Object.keys(GRAPH), new Set(['q1', 'q2'])), LOADED_AT);
    expect(state.answers.map((a) => a.questionId)).toEqual(['q1', 'retired']);
  });

  it('fits the regions to the current map: new ones added, removed ones dropped', () => {
    const saved = save({
      regions: { 'european-russia': 'cleared', atlantis: 'cleared', 'north-china': 'open' },
    });
    const state = restoreGameState(
      saved,
      world(['european-russia', 'crimea', 'yamal', 'north-china']),
      LOADED_AT,
    );
    expect(state.regions).toEqual({
      'european-russia': 'cleared',
      crimea: 'open', // new, next to a cleared region
      yamal: 'locked', // new, not next to a cleared region
      'north-china': 'open',
    });
  });

  it('drops a round whose questions are no longer installed', () => {
    const state = restoreGameState(save(), world(Object.keys(GRAPH), new Set(['q1', 'q3'])), LOADED_AT);
    expect(state.round).toBeNull();
    expect(state.answers).toHaveLength(2);
  });

  it('drops a round whose index is past the end of its questions', () => {
    expect(restoreGameState(save({ round: savedRound({ index: 2 }) }), world(), LOADED_AT).round).toBeNull();
    expect(restoreGameState(save({ round: savedRound({ index: 7 }) }), world(), LOADED_AT).round).toBeNull();
  });

  it('keeps a round on its last question', () => {
    const round = savedRound({ index: 1, phase: 'feedback' });
    expect(restoreGameState(save({ round }), world(), LOADED_AT).round).toEqual(round);
  });

  it('drops a round whose region is no longer on the map', () => {
    const state = restoreGameState(save(), world(['european-russia', 'north-china']), LOADED_AT);
    expect(state.round).toBeNull();
  });

  it('keeps no round when none was saved', () => {
    expect(restoreGameState(save({ round: null }), world(), LOADED_AT).round).toBeNull();
  });

  it('fills in default settings for a save without them', () => {
    const saved = save();
    const partial = { ...saved, settings: {} as SaveData['settings'] };
    expect(restoreGameState(partial, world(), LOADED_AT).settings).toEqual({ muted: false });
  });
});
