import { describe, it, expect } from 'vitest';
import { truthLabel } from '../../../src/core/questions/grading';
import { gradeResponse } from '../../../src/core/quiz/grade';
import { singleQuestion, trueFalseQuestion } from '../../support/packs';

// singleQuestion: 0 Moscow (why), 1 Beijing (correct), 2 Harbin (no why), 3 Shanghai (why).
const single = singleQuestion('capital');
const isTrue = trueFalseQuestion('true-statement', { answer: true });
const isFalse = trueFalseQuestion('false-statement', { answer: false });

describe('truthLabel', () => {
  it('labels booleans True and False', () => {
    expect(truthLabel(true)).toBe('True');
    expect(truthLabel(false)).toBe('False');
  });
});

describe('gradeResponse: single choice', () => {
  it('marks the correct choice right', () => {
    expect(gradeResponse(single, 1)).toEqual({
      score: 1,
      verdict: 'right',
      correct: true,
      correctText: 'Beijing',
      chosenText: 'Beijing',
    });
  });

  it('marks another choice wrong and gives its "why"', () => {
    expect(gradeResponse(single, 0)).toEqual({
      score: 0,
      verdict: 'wrong',
      correct: false,
      correctText: 'Beijing',
      chosenText: 'Moscow',
      why: 'Moscow is the Russian capital.',
    });
    expect(gradeResponse(single, 3).why).toBe('Shanghai is the largest city, not the capital.');
  });

  it('gives no "why" for a wrong choice that has none', () => {
    const grade = gradeResponse(single, 2);
    expect(grade.correct).toBe(false);
    expect(grade.chosenText).toBe('Harbin');
    expect(grade).not.toHaveProperty('why');
  });

  it('gives no "why" for the right choice even when it has one', () => {
    const withWhy = singleQuestion('q', {
      choices: [
        { text: 'A', correct: true, why: 'should never be shown' },
        { text: 'B', why: 'B is wrong' },
      ],
    });
    expect(gradeResponse(withWhy, 0)).not.toHaveProperty('why');
    expect(gradeResponse(withWhy, 1).why).toBe('B is wrong');
  });

  it.each([
    ['an index past the end', 4],
    ['a large index', 1000],
    ['a negative index', -1],
    ['a fractional index', 1.5],
    ['NaN', Number.NaN],
    ['true', true],
    ['false', false],
  ])('treats %s as a wrong answer, not an exception', (_label, response) => {
    const grade = gradeResponse(single, response);
    expect(grade.correct).toBe(false);
    expect(grade.correctText).toBe('Beijing');
    expect(grade.chosenText).toBe('');
    expect(grade).not.toHaveProperty('why');
  });

  it('is wrong for every answer when the question has no correct choice', () => {
    const none = singleQuestion('none', { choices: [{ text: 'A' }, { text: 'B' }] });
    expect(gradeResponse(none, 0).correct).toBe(false);
    expect(gradeResponse(none, 1).correct).toBe(false);
    expect(gradeResponse(none, 0).correctText).toBe('');
  });
});

describe('gradeResponse: true/false', () => {
  it('is right when the judgement matches the answer', () => {
    expect(gradeResponse(isTrue, true)).toEqual({
      score: 1,
      verdict: 'right',
      correct: true,
      correctText: 'True',
      chosenText: 'True',
    });
    expect(gradeResponse(isFalse, false)).toEqual({
      score: 1,
      verdict: 'right',
      correct: true,
      correctText: 'False',
      chosenText: 'False',
    });
  });

  it('is wrong when it does not', () => {
    expect(gradeResponse(isTrue, false)).toEqual({
      score: 0,
      verdict: 'wrong',
      correct: false,
      correctText: 'True',
      chosenText: 'False',
    });
    expect(gradeResponse(isFalse, true)).toEqual({
      score: 0,
      verdict: 'wrong',
      correct: false,
      correctText: 'False',
      chosenText: 'True',
    });
  });

  it.each([0, 1, -1, 2])('treats the number %d as a wrong answer, not an exception', (response) => {
    for (const question of [isTrue, isFalse]) {
      const grade = gradeResponse(question, response);
      expect(grade.correct).toBe(false);
      expect(grade.chosenText).toBe('');
      expect(grade).not.toHaveProperty('why');
    }
  });
});
