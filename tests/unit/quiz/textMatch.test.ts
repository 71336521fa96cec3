import { describe, expect, it } from 'vitest';
import {
  diffText,
  editDistance,
  matchAnswer,
  normalizeAnswer,
  typoAllowance,
} from '../../../src/core/quiz/textMatch';

describe('normalizeAnswer', () => {
  it.each([
    ['The Amur', 'amur'],
    ['  AMUR! ', 'amur'],
    ['Ürümqi', 'urumqi'],
    ['Хабаровск', 'хабаровск'],
    ['Семёнов', 'семенов'],
    ['Hai-shen-wai', 'haishenwai'],
    ['Hong Kong & Macau', 'hongkongmacau'],
    ['ＢＥＩＪＩＮＧ', 'beijing'],
    ['a', 'a'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['blagoveshchensk', 'blagoveschensk', 1],
  ])('%s ↔ %s = %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('typoAllowance grows with length and is zero for short answers, numbers and acronyms', () => {
  it.each([
    ['Amur', 0],
    ['SCO', 0],
    ['NATO', 0],
    ['SIPRI', 0],
    ['1860', 0],
    ['S-400', 0],
    ['Harbin', 1],
    ['Khabarovsk', 2],
    ['Blagoveshchensk', 2],
  ])('%s → %d', (answer, allowance) => {
    expect(typoAllowance(answer)).toBe(allowance);
  });
});

describe('matchAnswer', () => {
  const accepted = ['Beijing', 'Peking'];

  it('accepts the answer and its variants exactly, ignoring case, accents and punctuation', () => {
    expect(matchAnswer('beijing', accepted)).toEqual({ matched: 'Beijing', typo: false });
    expect(matchAnswer(' PEKING. ', accepted)).toEqual({ matched: 'Peking', typo: false });
  });

  it('accepts a small typo in a long answer and says so', () => {
    expect(matchAnswer('Blagoveschensk', ['Blagoveshchensk'])).toEqual({
      matched: 'Blagoveshchensk',
      typo: true,
    });
    expect(matchAnswer('Bejing', accepted)).toEqual({ matched: 'Beijing', typo: true });
  });

  it('forgives no typo in short answers, numbers or acronyms', () => {
    expect(matchAnswer('Amor', ['Amur']).matched).toBeUndefined();
    expect(matchAnswer('1868', ['1860']).matched).toBeUndefined();
    expect(matchAnswer('SCA', ['SCO']).matched).toBeUndefined();
  });

  it('forgives nothing when typos are switched off', () => {
    expect(matchAnswer('Bejing', accepted, false)).toEqual({ typo: false });
  });

  it('treats an empty or blank answer as no answer', () => {
    expect(matchAnswer('', accepted)).toEqual({ typo: false });
    expect(matchAnswer('   ', accepted)).toEqual({ typo: false });
    expect(matchAnswer('!!!', accepted)).toEqual({ typo: false });
  });

  it('does not accept a different name that is merely long', () => {
    expect(matchAnswer('Khabarovsk', ['Vladivostok']).matched).toBeUndefined();
  });
});

describe('diffText', () => {
  it('marks missing and extra characters, keeping the expected spelling', () => {
    expect(diffText('Blagoveschensk', 'Blagoveshchensk')).toEqual([
      { text: 'Blagoves', kind: 'same' },
      { text: 'h', kind: 'missing' },
      { text: 'chensk', kind: 'same' },
    ]);
    expect(diffText('Harbbin', 'Harbin')).toEqual([
      { text: 'Harb', kind: 'same' },
      { text: 'b', kind: 'extra' },
      { text: 'in', kind: 'same' },
    ]);
  });

  it('handles empty input', () => {
    expect(diffText('', 'Amur')).toEqual([{ text: 'Amur', kind: 'missing' }]);
    expect(diffText('x', '')).toEqual([{ text: 'x', kind: 'extra' }]);
  });
});
