import { describe, expect, it } from 'vitest';
import {
  diffText,
  editDistance,
  normalizeAnswer,
  normalizeWords,
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

describe('normalizeWords', () => {
  it('keeps the words apart and drops a leading article', () => {
    expect(normalizeWords('The Unequal-Treaties!')).toEqual(['unequal', 'treaties']);
    expect(normalizeWords('a')).toEqual(['a']);
    expect(normalizeWords('  ')).toEqual([]);
  });
});

describe('editDistance counts a swap of neighbouring letters as one edit', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['blagoveshchensk', 'blagoveschensk', 1],
    ['beijnig', 'beijing', 1],
    ['harbni', 'harbin', 1],
    ['ab', 'ba', 1],
    ['ca', 'abc', 3],
    ['northward', 'southward', 2],
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
