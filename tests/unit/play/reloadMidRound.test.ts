/**
 * A reload in the middle of a round gives back exactly what the player had earned: each answer's credit
 * and timed points, the score shown, and a pass stays a pass. The round is saved and read back (through
 * JSON, as storage does) after every answer and after every move to the next question, for every type.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/model/pack';
import type { GameState } from '../../../src/core/play/gameState';
import { restoreGameState, type World } from '../../../src/core/play/restoreState';
import type { Response } from '../../../src/core/questions/responses';
import { type Round, roundScore, timeOnQuestion } from '../../../src/core/quiz/round';
import { parseSaveData, toSaveData } from '../../../src/core/save/saveData';
import { makePack, singleQuestion, T0, trueFalseQuestion } from '../../support/packs';
import { GRAPH, REGIONS, freshState, reducerFor, testLibrary } from './playWorld';

const BASE = { explanation: 'E.', source: 'summit', difficulty: 1 as const, tags: ['test'], region: 'home' };

/** One question of every type in the region `home`, with the response the player gives and its credit. */
const PLAYED: { question: Question; response: Response; credit: number }[] = [
  { question: singleQuestion('q-single', { region: 'home' }), response: 1, credit: 1 },
  {
    question: {
      ...BASE,
      id: 'q-multiple',
      type: 'multiple',
      prompt: 'Which treaties moved the border?',
      choices: [{ text: 'Aigun', correct: true }, { text: 'Peking', correct: true }, { text: 'Nerchinsk' }],
    },
    response: { picks: [0] },
    credit: 0.5,
  },
  { question: trueFalseQuestion('q-truefalse', { region: 'home' }), response: true, credit: 1 },
  {
    question: { ...BASE, id: 'q-typed', type: 'typed', prompt: 'City?', answer: 'Blagoveshchensk' },
    response: { text: 'Blagoveshchensk' },
    credit: 1,
  },
  {
    question: {
      ...BASE,
      id: 'q-numeric',
      type: 'numeric',
      prompt: 'How long, in km?',
      answer: 3000,
      unit: 'km',
      tolerance: { relative: 0.05 },
    },
    response: { text: '3000 km' },
    credit: 1,
  },
  {
    question: { ...BASE, id: 'q-year', type: 'year', prompt: 'When?', answer: 1858 },
    response: { text: '1858' },
    credit: 1,
  },
  {
    question: {
      ...BASE,
      id: 'q-ordering',
      type: 'ordering',
      prompt: 'Earliest first.',
      items: [{ text: 'Aigun' }, { text: 'Peking' }, { text: 'Power of Siberia' }],
    },
    response: { order: [1, 0, 2] },
    credit: 2 / 3,
  },
  {
    question: {
      ...BASE,
      id: 'q-matching',
      type: 'matching',
      prompt: 'Treaty to year.',
      pairs: [
        { left: 'Aigun', right: '1858' },
        { left: 'Peking', right: '1860' },
      ],
    },
    response: { matches: [0, 1] },
    credit: 1,
  },
  {
    question: {
      ...BASE,
      id: 'q-cloze',
      type: 'cloze',
      prompt: 'Fill in.',
      text: 'Signed in {{1858}} at {{Aigun}}.',
    },
    response: { gaps: ['1858', 'Argun river'] },
    credit: 0.5,
  },
  {
    question: {
      ...BASE,
      id: 'q-mapclick',
      type: 'mapclick',
      prompt: 'Click Home.',
      target: { region: 'home' },
    },
    response: { region: 'home' },
    credit: 1,
  },
];

const library = testLibrary([makePack(PLAYED.map((played) => played.question))]);
const reduce = reducerFor(library);
const world: World = {
  regionIds: REGIONS.map((region) => region.id),
  graph: GRAPH,
  startingRegions: ['home'],
  hasQuestion: (id) => library.bank.get(id) !== undefined,
};

/** Seconds the player takes to answer each question once it is on screen. */
const THINKING_MS = 4000;
/** How long the player stays away (on the menu, or with the tab closed) at each reload. */
const AWAY_MS = 10 * 60_000;

/**
 * Saves the state at `at` as storage would (through JSON) and reads it back as the next page load does, at
 * `loadedAt` (at once by default).
 */
function reload(state: GameState, at: number, loadedAt = at): GameState {
  const read = parseSaveData(JSON.parse(JSON.stringify(toSaveData(state, at))) as unknown);
  if (!read.ok) throw new Error(`the save did not read back: ${JSON.stringify(read.problems)}`);
  return restoreGameState(read.value, world, loadedAt);
}

/** What a round earned, as the results show it. */
function earned(round: Round | null) {
  return {
    score: roundScore(round as Round),
    answers: round?.answers.map(({ questionId, score, points, correct }) => ({
      questionId,
      score,
      points,
      correct,
    })),
  };
}

/**
 * Plays the whole round, answering each question `THINKING_MS` after it is on screen. With `reloads`, the
 * page is reloaded after every answer and after every move on, and the player comes back `AWAY_MS` later.
 * Returns the finished state, and what the round had earned just before and just after each reload.
 */
function play(timed: boolean, reloads: boolean) {
  let now = T0;
  let state: GameState = reduce(freshState(), {
    type: 'roundStarted',
    regionId: 'home',
    questions: PLAYED.map((played) => ({ questionId: played.question.id, order: [] })),
    at: now,
    ...(timed ? { timed: true } : {}),
  });
  const kept: { type: string; before: ReturnType<typeof earned>; after: ReturnType<typeof earned> }[] = [];
  const reloadNow = (type: string) => {
    if (!reloads) return;
    const before = earned(state.round);
    state = reload(state, now);
    kept.push({ type, before, after: earned(state.round) });
    now += AWAY_MS;
    // Back on the map: the question is on screen again (nothing changes in the feedback phase).
    state = reduce(state, { type: 'roundResumed', at: now });
  };
  for (const played of PLAYED) {
    reloadNow(`${played.question.type}, before answering`);
    now += THINKING_MS;
    state = reduce(state, { type: 'answered', response: played.response, at: now });
    reloadNow(`${played.question.type}, after answering`);
    now += 1000;
    state = reduce(state, { type: 'advanced', at: now });
  }
  return { state, kept };
}

describe.each([
  ['an untimed round', false],
  ['a timed round', true],
])('reloading in the middle of %s', (_label, timed) => {
  const straight = play(timed, false);
  const reloaded = play(timed, true);

  it('grades every type with the credit the test expects (partial credit included)', () => {
    expect(straight.state.round?.answers.map((answer) => answer.score)).toEqual(
      PLAYED.map((played) => played.credit),
    );
  });

  it.each(PLAYED.map((played) => played.question.type))(
    'keeps each answer’s credit, points and the score after a reload on a %s question',
    (type) => {
      const around = reloaded.kept.filter((entry) => entry.type.startsWith(`${type},`));
      expect(around).toHaveLength(2);
      for (const { before, after } of around) expect(after).toEqual(before);
    },
  );

  it('finishes with the same score, points and pass as without any reload', () => {
    const result = reloaded.state.round?.result;
    expect(result).toEqual(straight.state.round?.result);
    // 8.7 of 10 passes; counting the partly right answers as wrong (7 of 10) would not.
    expect(result?.score).toBe(8.7);
    expect(result?.passed).toBe(true);
    expect(reloaded.state.regions.home).toBe('cleared');
    if (timed) expect(result?.timed?.points).toBeGreaterThan(0);
    else expect(result?.timed).toBeUndefined();
  });

  it('does not count the time away as time spent on the question', () => {
    const times = reloaded.state.round?.answers.map((answer) => answer.ms);
    expect(times).toEqual(PLAYED.map(() => THINKING_MS));
  });
});

describe('reloading in the middle of a timed question', () => {
  /** Seconds already spent on the question when the page reloads. */
  const SPENT_MS = 16_000;
  /** How long the reload itself takes, from the old page going away to the new one loading. */
  const RELOAD_MS = 1500;
  const shown = reduce(freshState(), {
    type: 'roundStarted',
    regionId: 'home',
    questions: [{ questionId: 'q-single', order: [] }],
    at: T0,
    timed: true,
  });

  /** Time spent on the question once the player is back on it after `AWAY_MS` on the menu. */
  function spentWhenBack(restored: GameState, loadedAt: number): number {
    const back = loadedAt + AWAY_MS;
    const resumed = reduce(restored, { type: 'roundResumed', at: back });
    return timeOnQuestion(resumed.round as Round, back);
  }

  it('keeps the seconds spent when the pause made on the way out was saved', () => {
    const leftAt = T0 + SPENT_MS;
    const paused = reduce(shown, { type: 'roundPaused', at: leftAt });
    const loadedAt = leftAt + RELOAD_MS;
    expect(spentWhenBack(reload(paused, leftAt, loadedAt), loadedAt)).toBe(SPENT_MS);
  });

  it('keeps them spent, the reload counted too, when only the save from when it was shown landed', () => {
    const loadedAt = T0 + SPENT_MS + RELOAD_MS;
    expect(spentWhenBack(reload(shown, T0, loadedAt), loadedAt)).toBe(SPENT_MS + RELOAD_MS);
  });

  it('scores an answer after the reload on all the time taken, not on a fresh countdown', () => {
    const leftAt = T0 + SPENT_MS;
    const loadedAt = leftAt + RELOAD_MS;
    const back = loadedAt + AWAY_MS;
    let state = reload(reduce(shown, { type: 'roundPaused', at: leftAt }), leftAt, loadedAt);
    state = reduce(state, { type: 'roundResumed', at: back });
    state = reduce(state, { type: 'answered', response: 1, at: back + THINKING_MS });
    const straight = reduce(shown, { type: 'answered', response: 1, at: T0 + SPENT_MS + THINKING_MS });
    expect(state.round?.answers).toEqual(
      straight.round?.answers.map((answer) => ({ ...answer, at: back + THINKING_MS })),
    );
    expect(state.round?.answers[0]?.ms).toBe(SPENT_MS + THINKING_MS);
  });
});
