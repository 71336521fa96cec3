import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Question } from '../../../src/core/model/pack';
import { buildResults } from '../../../src/core/packs/results';
import { startRound } from '../../../src/core/quiz/round';
import { T0, singleQuestion, trueFalseQuestion } from '../../support/packs';

const questions = new Map<string, Question>([
  ['s1', singleQuestion('s1', { prompt: '=HYPERLINK("x") capital?' })],
  ['t1', trueFalseQuestion('t1')],
]);

function finishedRound() {
  const round = startRound(
    '',
    [
      { questionId: 's1', order: [0, 1, 2, 3] },
      { questionId: 't1', order: [] },
    ],
    T0,
    { review: true, scope: 'pack', packId: 'week-3', seed: 42 },
  );
  return {
    ...round,
    phase: 'finished' as const,
    answers: [
      { questionId: 's1', response: 1, correct: true, score: 1, at: T0 + 4200, ms: 4200 },
      { questionId: 't1', response: null, correct: false, score: 0, at: T0 + 34_200, ms: 30_000 },
    ],
  };
}

describe('buildResults', () => {
  const pack = { id: 'week-3', version: 2, title: 'Week 3' };

  it('lists every answer with the learner, pack, seed, score and time', () => {
    const { json } = buildResults(finishedRound(), '  Ana Petrova ', pack, (id) => questions.get(id));
    expect(json).toMatchObject({
      format: 'borderlines-results',
      learner: 'Ana Petrova',
      pack,
      seed: 42,
      score: 1,
      total: 2,
    });
    expect(json.answers).toEqual([
      {
        number: 1,
        questionId: 's1',
        prompt: '=HYPERLINK("x") capital?',
        answer: 'Beijing',
        correctAnswer: 'Beijing',
        score: 1,
        seconds: 4.2,
        answeredAt: new Date(T0 + 4200).toISOString(),
      },
      expect.objectContaining({
        number: 2,
        questionId: 't1',
        answer: '',
        correctAnswer: 'True',
        score: 0,
        seconds: 30,
      }),
    ]);
  });

  it('writes a CSV that spreadsheets read back, with formulas neutralised', () => {
    const { csv } = buildResults(finishedRound(), 'Ana', pack, (id) => questions.get(id));
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      learner: 'Ana',
      pack: 'week-3',
      version: '2',
      seed: '42',
      questionId: 's1',
      score: '1',
    });
    expect(rows[0]?.prompt).toBe(`'=HYPERLINK("x") capital?`);
  });
});
