import { describe, expect, it } from 'vitest';
import type {
  ClozeQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericQuestion,
  OrderingQuestion,
  TypedQuestion,
  YearQuestion,
} from '../../../src/core/model/pack';
import {
  scoreCloze,
  scoreMatching,
  scoreMultiple,
  scoreNumeric,
  scoreOrdering,
  scoreTyped,
  scoreYear,
  verdictOf,
} from '../../../src/core/quiz/scoring';

const BASE = { id: 'q', prompt: 'Q?', explanation: 'E.', source: 's', difficulty: 1 as const, tags: [] };

describe('scoreMultiple', () => {
  const question: MultipleChoiceQuestion = {
    ...BASE,
    type: 'multiple',
    choices: [
      { text: 'Aigun', correct: true },
      { text: 'Peking', correct: true },
      { text: 'Nerchinsk' },
      { text: 'Kyakhta' },
    ],
  };
  it.each([
    [[0, 1], 1],
    [[1, 0], 1],
    [[0], 0.5],
    [[0, 2], 0],
    [[0, 1, 2], 0.5],
    [[2, 3], 0],
    [[], 0],
    [[0, 0, 1, 1], 1],
    [[0, 9, -1], 0.5],
  ])('picks %j score %d', (picked, score) => {
    expect(scoreMultiple(question, picked).score).toBeCloseTo(score);
  });

  it('gives nothing for a partly right answer when scoring is all-or-nothing', () => {
    expect(scoreMultiple({ ...question, scoring: 'all-or-nothing' }, [0]).score).toBe(0);
    expect(scoreMultiple({ ...question, scoring: 'all-or-nothing' }, [0, 1]).score).toBe(1);
  });

  it('lists every right option in the feedback', () => {
    expect(scoreMultiple(question, []).correctText).toBe('Aigun; Peking');
  });
});

describe('scoreTyped', () => {
  const question: TypedQuestion = { ...BASE, type: 'typed', answer: 'Vladivostok', accept: ['Haishenwai'] };
  it('accepts the answer, a variant, and a small typo (flagged)', () => {
    expect(scoreTyped(question, 'vladivostok')).toEqual({ score: 1, correctText: 'Vladivostok' });
    expect(scoreTyped(question, 'Haishenwai')).toEqual({ score: 1, correctText: 'Vladivostok' });
    expect(scoreTyped(question, 'Vladivostock')).toEqual({
      score: 1,
      correctText: 'Vladivostok',
      typo: true,
    });
  });
  it('rejects empty, wrong and typo answers when typos are off', () => {
    expect(scoreTyped(question, '').score).toBe(0);
    expect(scoreTyped(question, 'Khabarovsk').score).toBe(0);
    expect(scoreTyped({ ...question, typos: false }, 'Vladivostock').score).toBe(0);
  });
});

describe('scoreNumeric', () => {
  const deal: NumericQuestion = {
    ...BASE,
    type: 'numeric',
    answer: 117.5e9,
    unit: 'USD',
    tolerance: { relative: 0.02 },
  };
  const cold: NumericQuestion = {
    ...BASE,
    type: 'numeric',
    answer: -62,
    unit: 'celsius',
    tolerance: { absolute: 1 },
  };
  const length: NumericQuestion = {
    ...BASE,
    type: 'numeric',
    answer: 1800,
    unit: 'miles',
    tolerance: { relative: 0.05 },
  };
  const trade: NumericQuestion = { ...BASE, type: 'numeric', answer: 147e9, unit: 'USD', estimate: true };

  it.each([
    [deal, '$117.5bn', 1],
    [deal, '117.5 billion', 1],
    [deal, '118bn', 1],
    [deal, '$120bn', 0],
    [deal, '$200bn', 0],
    [cold, '-62c', 1],
    [cold, '−61 °C', 1],
    [cold, '62', 0],
    [length, '1,800 miles', 1],
    [length, '2,900 km', 1],
    [length, '1800', 1],
    [trade, '$147bn', 1],
    [trade, '$1.47 trillion', 0],
  ])('%#: %s → %d', (question, typed, score) => {
    expect(scoreNumeric(question, typed).score).toBeCloseTo(score, 5);
  });

  it('gives graded credit to estimates on a log scale', () => {
    const twiceTooHigh = scoreNumeric(trade, '$294bn').score;
    expect(twiceTooHigh).toBeGreaterThan(0);
    expect(twiceTooHigh).toBeLessThan(1);
    expect(scoreNumeric(trade, '$160bn').score).toBeGreaterThan(twiceTooHigh);
  });

  it.each([
    ['', 'no number given'],
    ['lots', 'does not start with a number'],
    ['146 bcm', 'the answer is in bcm, not USD'],
    ['18 furlongs', 'not a unit'],
  ])('explains why %j cannot be graded', (typed, reason) => {
    const scored = scoreNumeric(deal, typed);
    expect(scored.score).toBe(0);
    expect(scored.unreadable).toContain(reason);
  });

  describe('a recall question (the figure a source gave) is right or wrong, never nearly right', () => {
    const sterling: NumericQuestion = {
      ...BASE,
      type: 'numeric',
      answer: 92.5e9,
      unit: 'GBP',
      tolerance: { relative: 0.05 },
    };
    it.each([
      ['£92.5bn', 1],
      ['92.5 billion pounds', 1],
      ['92.5 billion', 1],
      ['£93bn', 1],
      ['117.5 billion', 0],
      ['£110bn', 0],
      ['£100bn', 0],
      ['£197bn', 0],
    ])('%s → %d', (typed, score) => {
      expect(scoreNumeric(sterling, typed).score).toBe(score);
    });

    it('gives nothing for the right number in the wrong currency, and says why', () => {
      expect(scoreNumeric(sterling, '$92.5bn')).toMatchObject({
        score: 0,
        unreadable: 'the answer is in USD, not GBP',
      });
    });

    it('gives the same question partial credit only when it asks for an estimate', () => {
      const estimate = { ...sterling, estimate: true };
      expect(scoreNumeric(estimate, '£110bn').score).toBeGreaterThan(0.8);
      expect(scoreNumeric(estimate, '£110bn').score).toBeLessThan(1);
      expect(scoreNumeric(estimate, '$92.5bn').score).toBe(0);
    });
  });

  it('grades huge numbers without overflow', () => {
    expect(scoreNumeric(deal, '999999999999999999999999').score).toBe(0);
  });
});

describe('scoreYear', () => {
  const aigun: YearQuestion = { ...BASE, type: 'year', answer: 1858 };
  it.each([
    ['1858', 1],
    [' 1858 AD ', 1],
    ['1859', 0],
    ['1860', 0],
  ])('%j → %d', (typed, score) => {
    expect(scoreYear(aigun, typed).score).toBe(score);
  });
  it('allows a stated tolerance', () => {
    expect(scoreYear({ ...aigun, tolerance: 1 }, '1859').score).toBe(1);
  });
  it.each(['', 'eighteen fifty-eight', '1858.5', '18580'])('cannot read %j', (typed) => {
    const scored = scoreYear(aigun, typed);
    expect(scored.score).toBe(0);
    expect(scored.unreadable).toBeDefined();
  });
});

describe('scoreOrdering', () => {
  const timeline: OrderingQuestion = {
    ...BASE,
    type: 'ordering',
    items: ['Aigun 1858', 'Peking 1860', 'Gas deal 2014', 'Pipeline 2019', 'No limits 2022'].map((text) => ({
      text,
    })),
  };
  it.each([
    [[0, 1, 2, 3, 4], 1],
    [[1, 0, 2, 3, 4], 0.8],
    [[4, 0, 1, 2, 3], 0.8],
    [[4, 3, 2, 1, 0], 0.2],
    [[0, 1, 2, 3], 0],
    [[0, 0, 1, 2, 3], 0],
    [[0, 1, 2, 3, 7], 0],
  ])('%j → %d', (order, score) => {
    expect(scoreOrdering(timeline, order).score).toBeCloseTo(score);
  });
});

describe('scoreMatching', () => {
  const pairs: MatchingQuestion = {
    ...BASE,
    type: 'matching',
    pairs: [
      { left: 'Treaty of Aigun', right: '1858' },
      { left: 'Convention of Peking', right: '1860' },
      { left: 'Treaty of Nerchinsk', right: '1689' },
    ],
    distractors: ['1727'],
  };
  it.each([
    [[0, 1, 2], 1],
    [[1, 0, 2], 1 / 3],
    [[3, 3, 3], 0],
    [[0], 1 / 3],
    [[], 0],
  ])('%j → %d', (chosen, score) => {
    expect(scoreMatching(pairs, chosen).score).toBeCloseTo(score);
  });
});

describe('scoreCloze', () => {
  const cloze: ClozeQuestion = {
    ...BASE,
    type: 'cloze',
    text: 'The {{Convention of Peking|Treaty of Peking}} was signed in {{1860}}.',
  };
  it('grades each gap and reports which were right', () => {
    expect(scoreCloze(cloze, ['Treaty of Peking', '1860'])).toMatchObject({ score: 1, gaps: [true, true] });
    expect(scoreCloze(cloze, ['Convention of Pekin', '1861'])).toMatchObject({
      score: 0.5,
      gaps: [true, false],
    });
    expect(scoreCloze(cloze, [])).toMatchObject({ score: 0, gaps: [false, false] });
  });
  it('shows the text with the first answer of each gap', () => {
    expect(scoreCloze(cloze, []).correctText).toBe('The Convention of Peking was signed in 1860.');
  });
});

describe('verdictOf', () => {
  it.each([
    [1, 'right'],
    [0.5, 'partly'],
    [0, 'wrong'],
  ] as const)('%d → %s', (score, verdict) => {
    expect(verdictOf(score)).toBe(verdict);
  });
});
