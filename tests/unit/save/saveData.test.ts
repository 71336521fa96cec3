import { describe, it, expect } from 'vitest';
import type { GameState } from '../../../src/core/play/gameState';
import type { Problem } from '../../../src/core/problems';
import { SAVE_SCHEMA_VERSION, parseSaveData, toSaveData } from '../../../src/core/save/saveData';
import { T0 } from '../../support/packs';
import { cardState, logEntry } from '../../support/reviews';

/** A game state in the middle of a round, with history of both response kinds. */
function midGameState(): GameState {
  return {
    regions: { 'european-russia': 'cleared', crimea: 'open', 'north-china': 'open', mongolia: 'locked' },
    answers: [
      { questionId: 'q1', regionId: 'european-russia', response: 2, correct: true, at: T0, ms: 4200 },
      {
        questionId: 'q2',
        regionId: 'european-russia',
        response: false,
        correct: false,
        at: T0 + 9000,
        ms: 3100,
      },
      { questionId: 'q3', regionId: 'north-china', response: true, correct: true, at: T0 + 20_000, ms: 0 },
    ],
    settings: { muted: true },
    round: {
      regionId: 'north-china',
      questions: [
        { questionId: 'q3', order: [] },
        { questionId: 'q4', order: [2, 0, 1] },
      ],
      index: 0,
      answers: [{ questionId: 'q3', response: true, correct: true, at: T0 + 20_000, ms: 0 }],
      phase: 'feedback',
      shownAt: T0 + 20_000,
    },
    cards: {
      q1: cardState(2, T0 + 86_400_000, {
        stability: 3.2,
        difficulty: 5.1,
        scheduled_days: 1,
        reps: 1,
        last_review: T0,
      }),
    },
    reviewLog: [logEntry('q1', T0, { state: 0, stability: 0, difficulty: 0, scheduled_days: 0 })],
  };
}

/** A finished round with its result. */
function finishedState(): GameState {
  const state = midGameState();
  return {
    ...state,
    round: {
      ...state.round!,
      index: 1,
      phase: 'finished',
      result: { score: 1, total: 2, passed: false, unlocked: [] },
    },
  };
}

function problemsOf(raw: unknown): Problem[] {
  const result = parseSaveData(raw);
  if (result.ok) throw new Error('expected the save to be rejected');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

describe('toSaveData', () => {
  it('adds the schema version and the save time to the state', () => {
    const state = midGameState();
    const save = toSaveData(state, T0 + 60_000);
    expect(save).toEqual({
      schemaVersion: SAVE_SCHEMA_VERSION,
      savedAt: T0 + 60_000,
      regions: state.regions,
      answers: state.answers.map((answer) => ({ ...answer, score: answer.correct ? 1 : 0 })),
      settings: state.settings,
      round: {
        ...state.round,
        answers: state.round?.answers.map((answer) => ({ ...answer, score: answer.correct ? 1 : 0 })),
      },
      cards: state.cards,
      reviewLog: state.reviewLog,
    });
  });
});

describe('parseSaveData: round trips', () => {
  it.each([
    ['in the middle of a round', midGameState()],
    ['with a finished round', finishedState()],
    ['with no round', { ...midGameState(), round: null }],
    [
      'for a new player',
      {
        regions: {},
        answers: [],
        settings: { muted: false },
        round: null,
        cards: {},
        reviewLog: [],
      } as GameState,
    ],
  ])('reads back what toSaveData wrote, %s', (_label, state) => {
    const save = toSaveData(state, T0);
    const direct = parseSaveData(save);
    expect(direct).toEqual({ ok: true, value: save });

    const throughJson = parseSaveData(JSON.parse(JSON.stringify(save)));
    expect(throughJson.ok).toBe(true);
    if (throughJson.ok) expect(throughJson.value).toEqual(save);
  });

  it('keeps the credit and the timed points of every answer in the round on screen', () => {
    const state = midGameState();
    const round = state.round!;
    const partial = { questionId: 'q3', response: true, correct: false, score: 0.7, points: 612 };
    const timed: GameState = {
      ...state,
      round: { ...round, timed: true, answers: [{ ...partial, at: T0 + 20_000, ms: 1800 }] },
    };
    const read = parseSaveData(JSON.parse(JSON.stringify(toSaveData(timed, T0))));
    expect(read.ok && read.value.round?.answers).toEqual([{ ...partial, at: T0 + 20_000, ms: 1800 }]);
  });

  it('does not hand back the stored object itself', () => {
    const save = toSaveData(midGameState(), T0);
    const result = parseSaveData(save);
    expect(result.ok && result.value).not.toBe(save);
  });
});

describe('parseSaveData: corrupt input', () => {
  it.each([
    ['null', null, /null/],
    ['a string', 'progress', /string/],
    ['a number', 7, /number/],
    ['undefined', undefined, /undefined|nothing|missing/],
  ])('rejects %s as a whole, saying what it found', (_label, raw, found) => {
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'saved progress', path: '' });
    expect(problems[0]?.message).toMatch(/expected an object/);
    expect(problems[0]?.message).toMatch(found);
  });

  it('rejects an array, saying it found a list rather than "an object"', () => {
    const problems = problemsOf([toSaveData(midGameState(), T0)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    expect(problems[0]?.message).toMatch(/expected an object/);
    // "expected an object, found object" would contradict itself.
    expect(problems[0]?.message).not.toMatch(/found object/);
    expect(problems[0]?.message).toMatch(/array|list/i);
  });

  it('names a missing field', () => {
    const save: Record<string, unknown> = { ...toSaveData(midGameState(), T0) };
    delete save.settings;
    const problems = problemsOf(save);
    expect(problems).toEqual([
      { file: 'saved progress', path: 'settings', message: expect.stringMatching(/missing/) },
    ]);
  });

  it('names a wrong type deep inside the answers', () => {
    const save = JSON.parse(JSON.stringify(toSaveData(midGameState(), T0))) as {
      answers: Record<string, unknown>[];
    };
    save.answers[2]!.correct = 'yes';
    const problems = problemsOf(save);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('answers[2].correct');
    expect(problems[0]?.message).toMatch(/boolean/i);
    expect(problems[0]?.message).toContain('"yes"');
  });

  it('names a bad field inside the saved round', () => {
    const save = JSON.parse(JSON.stringify(toSaveData(midGameState(), T0))) as {
      round: { questions: { order: unknown[] }[] };
    };
    save.round.questions[1]!.order[0] = -1;
    expect(problemsOf(save).map((p) => p.path)).toEqual(['round.questions[1].order[0]']);
  });

  it('rejects an unknown region status', () => {
    const save = { ...toSaveData(midGameState(), T0), regions: { crimea: 'conquered' } };
    const problems = problemsOf(save);
    expect(problems[0]?.path).toBe('regions.crimea');
  });

  it('rejects a negative or non-finite time', () => {
    expect(problemsOf({ ...toSaveData(midGameState(), T0), savedAt: -1 })[0]?.path).toBe('savedAt');
    const save = JSON.parse(JSON.stringify(toSaveData(midGameState(), T0))) as {
      answers: Record<string, unknown>[];
    };
    save.answers[0]!.ms = Number.POSITIVE_INFINITY;
    expect(problemsOf(save)[0]?.path).toBe('answers[0].ms');
  });

  it('says a save from a newer version needs a newer game, naming schemaVersion', () => {
    const problems = problemsOf({ ...toSaveData(midGameState(), T0), schemaVersion: 99 });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('schemaVersion');
    expect(problems[0]?.message).toMatch(/newer version/);
    expect(problems[0]?.message).toContain('99');
  });

  it('rejects an older or missing schema version by field', () => {
    expect(problemsOf({ ...toSaveData(midGameState(), T0), schemaVersion: 0 })[0]?.path).toBe(
      'schemaVersion',
    );
    const save: Record<string, unknown> = { ...toSaveData(midGameState(), T0) };
    delete save.schemaVersion;
    expect(problemsOf(save)[0]).toMatchObject({
      path: 'schemaVersion',
      message: expect.stringMatching(/missing/),
    });
  });

  it('uses the name it is given for where the data came from', () => {
    const result = parseSaveData(null, 'backup.json');
    expect(!result.ok && result.problems[0]?.file).toBe('backup.json');
  });

  it('lists at most five problems for a badly broken save', () => {
    const problems = problemsOf({ schemaVersion: 1 });
    expect(problems.length).toBeLessThanOrEqual(5);
    expect(problems.map((p) => p.path)).toContain('savedAt');
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
  });
});

describe('saves from before cards and the review log', () => {
  it('still read when they are version 1, with no cards and an empty log', () => {
    const save = toSaveData(midGameState(), T0) as Record<string, unknown>;
    save.schemaVersion = 1;
    delete save.cards;
    delete save.reviewLog;
    const parsed = parseSaveData(JSON.parse(JSON.stringify(save)));
    expect(parsed.ok && parsed.value.cards).toEqual({});
    expect(parsed.ok && parsed.value.reviewLog).toEqual([]);
  });

  it('are incomplete when they claim the current version', () => {
    const save = toSaveData(midGameState(), T0) as Record<string, unknown>;
    delete save.cards;
    const parsed = parseSaveData(JSON.parse(JSON.stringify(save)));
    expect(!parsed.ok && parsed.problems[0]).toMatchObject({ path: 'cards', message: 'is missing' });
  });

  it('report a damaged card by its field', () => {
    const save = toSaveData(midGameState(), T0);
    const broken = { ...save, cards: { q1: { ...save.cards?.q1, state: 7 } } };
    const parsed = parseSaveData(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('cards.q1.state');
  });
});

describe('study settings and review scopes', () => {
  it('round-trips the study settings and a mistakes-review round', () => {
    const state = midGameState();
    state.settings = { muted: false, newPerDay: 5, retention: 0.85, dailyGoal: 40 };
    state.round = { ...state.round!, regionId: '', review: true, scope: 'mistakes' };
    const parsed = parseSaveData(JSON.parse(JSON.stringify(toSaveData(state, T0))));
    expect(parsed.ok && parsed.value.settings).toEqual({
      muted: false,
      newPerDay: 5,
      retention: 0.85,
      dailyGoal: 40,
    });
    expect(parsed.ok && parsed.value.round?.scope).toBe('mistakes');
  });

  it('round-trips a round on a feature of the history map, with its name', () => {
    const state = midGameState();
    state.round = { ...state.round!, regionId: '', review: true, scope: 'feature', topic: 'Amur' };
    const parsed = parseSaveData(JSON.parse(JSON.stringify(toSaveData(state, T0))));
    expect(parsed.ok && parsed.value.round).toMatchObject({ scope: 'feature', topic: 'Amur' });
  });

  it.each([
    ['retention', 1.5],
    ['retention', 0.2],
    ['newPerDay', -1],
    ['newPerDay', 2.5],
    ['dailyGoal', 0],
  ])('names an out-of-range %s (%s) by its path', (key, value) => {
    const save = JSON.parse(JSON.stringify(toSaveData(midGameState(), T0))) as {
      settings: Record<string, unknown>;
    };
    save.settings[key] = value;
    expect(problemsOf(save)).toEqual([
      expect.objectContaining({ file: 'saved progress', path: `settings.${key}` }),
    ]);
  });
});
