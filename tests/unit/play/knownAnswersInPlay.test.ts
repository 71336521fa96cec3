import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../../src/core/play/rules';
import type { Response } from '../../../src/core/questions/responses';
import { createGameReducer } from '../../../src/core/play/gameReducer';
import { roundStarted } from '../../support/actions';
import { clozeQuestion, makePack, singleQuestion, typedQuestion } from '../../support/packs';
import { GRAPH, freshState, testLibrary } from './playWorld';

/** A pack whose typed question asks for "Aigun" and whose choice question offers "The Argun". */
const pack = makePack([
  typedQuestion('town', { region: 'home', answer: 'Aigun' }),
  singleQuestion('river', {
    region: 'home',
    choices: [{ text: 'The Argun', correct: true }, { text: 'The Amur' }],
  }),
]);

describe('the bank’s known answers reach grading in play', () => {
  it('gathers the bank’s answers and the map’s names into the library', () => {
    const library = testLibrary([pack]);
    expect(library.knownAnswers.names.get('argun')).toBe('The Argun');
    expect(library.knownAnswers.names.get('aigun')).toBe('Aigun');
  });

  it('records another answer of the bank typed for the key as wrong, and a real slip as right', () => {
    const reduce = createGameReducer(rulesFor(testLibrary([pack]), GRAPH));
    const asked = roundStarted('home', [{ questionId: 'town', order: [] }]);
    const started = reduce(freshState(), asked);
    const wrong = reduce(started, { type: 'answered', response: { text: 'Argun' }, at: asked.at + 1000 });
    expect(wrong.round?.answers[0]).toMatchObject({ correct: false, score: 0 });
    const slip = reduce(started, { type: 'answered', response: { text: 'Aigum' }, at: asked.at + 1000 });
    expect(slip.round?.answers[0]).toMatchObject({ correct: true, score: 1 });
  });
});

describe('a spelling slip rates the flashcard Hard, in a typed answer and in a gap alike', () => {
  const slips = makePack([
    typedQuestion('typed-town', { region: 'home', answer: 'Vladivostok' }),
    clozeQuestion('gap-town', 'The port at the end of the line is {{Vladivostok}}.', { region: 'home' }),
  ]);
  const reduce = createGameReducer(rulesFor(testLibrary([slips]), GRAPH));

  it.each<[string, Response, Response]>([
    ['typed-town', { text: 'Vladivostpk' }, { text: 'Vladivostok' }],
    ['gap-town', { gaps: ['Vladivostpk'] }, { gaps: ['Vladivostok'] }],
  ])('%s: the slip is right but Hard; the exact answer is Good', (questionId, slip, exact) => {
    const asked = roundStarted('home', [{ questionId, order: [] }]);
    const started = reduce(freshState(), asked);
    const slipped = reduce(started, { type: 'answered', response: slip, at: asked.at + 1000 });
    expect(slipped.round?.answers[0]).toMatchObject({ correct: true, score: 1 });
    expect(slipped.reviewLog.at(-1)?.rating).toBe(2);
    const spelled = reduce(started, { type: 'answered', response: exact, at: asked.at + 1000 });
    expect(spelled.reviewLog.at(-1)?.rating).toBe(3);
  });
});
