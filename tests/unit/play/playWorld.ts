/**
 * A small world for tests of the play layer: four regions in a line (home – west – far, and east), one
 * pack of regional questions and one pack without regions, the reducer over them, and helpers to answer.
 */
import type { RegionGraph } from '../../../src/core/map/progression';
import type { Pack, Question } from '../../../src/core/model/pack';
import { buildQuestionBank } from '../../../src/core/packs/questionBank';
import { createGameReducer } from '../../../src/core/play/gameReducer';
import { DEFAULT_SETTINGS, type GameState } from '../../../src/core/play/gameState';
import { type Library, libraryOf } from '../../../src/core/play/library';
import { rulesFor } from '../../../src/core/play/rules';
import type { Response } from '../../../src/core/questions/responses';
import { makePack, singleQuestion, trueFalseQuestion } from '../../support/packs';

/** The neighbours of the test map. */
export const GRAPH: RegionGraph = {
  home: ['east', 'west'],
  east: ['home'],
  west: ['home', 'far'],
  far: ['west'],
};

/** The test map's regions, with names. */
export const REGIONS = [
  { id: 'home', name: 'Home' },
  { id: 'east', name: 'East' },
  { id: 'west', name: 'West' },
  { id: 'far', name: 'Far' },
];

/** Six questions about `home`, two about `west`, and a pack of three without a region. */
export function testPacks(): Pack[] {
  const home = Array.from({ length: 6 }, (_, i) =>
    i % 2 === 0
      ? trueFalseQuestion(`home-${i}`, { region: 'home' })
      : singleQuestion(`home-${i}`, { region: 'home' }),
  );
  const west = [
    trueFalseQuestion('west-0', { region: 'west' }),
    trueFalseQuestion('west-1', { region: 'west' }),
  ];
  const loose: Question[] = [0, 1, 2].map((i) => {
    const { region: _region, ...question } = trueFalseQuestion(`loose-${i}`);
    return question;
  });
  return [makePack([...home, ...west]), makePack(loose, { id: 'loose', title: 'Loose pack' })];
}

/** The library of the test packs. */
export function testLibrary(packs: Pack[] = testPacks()): Library {
  const { bank } = buildQuestionBank(
    packs.map((pack) => ({ pack, file: `${pack.id}.json` })),
    new Set(REGIONS.map((region) => region.id)),
  );
  return libraryOf(
    bank,
    REGIONS.map((region) => region.id),
  );
}

/** A new learner: `home` open, the rest locked. */
export function freshState(): GameState {
  return {
    regions: { home: 'open', east: 'locked', west: 'locked', far: 'locked' },
    answers: [],
    settings: { ...DEFAULT_SETTINGS },
    round: null,
    cards: {},
    reviewLog: [],
  };
}

/** The reducer over a library. */
export function reducerFor(library: Library) {
  return createGameReducer(rulesFor(library, GRAPH));
}

/** The right (or a wrong) response to a true/false or single-choice test question. */
export function responseTo(question: Question, right: boolean): Response {
  if (question.type === 'truefalse') return right ? question.answer : !question.answer;
  if (question.type === 'single') {
    const correct = question.choices.findIndex((choice) => choice.correct === true);
    return right ? correct : (correct + 1) % question.choices.length;
  }
  throw new Error(`the test world has no ${question.type} questions`);
}
