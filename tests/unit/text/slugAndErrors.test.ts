import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/core/errors';
import { slugify } from '../../../src/core/slug';

describe('slugify', () => {
  it('folds accents, lowercases and joins words with single dashes', () => {
    expect(slugify('  Café au Lait: Déjà Vu!  ')).toBe('cafe-au-lait-deja-vu');
  });
  it('cuts at the limit without leaving a dash at the end', () => {
    expect(slugify('Power of Siberia two', { max: 9 })).toBe('power-of');
  });
  it('gives the fallback when nothing usable is left', () => {
    expect(slugify('Сила Сибири', { fallback: 'learner' })).toBe('learner');
    expect(slugify('!!!')).toBe('');
  });
});

describe('errorMessage', () => {
  it('reads an Error and anything else thrown', () => {
    expect(errorMessage(new TypeError('bad input'))).toBe('bad input');
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
  });
});
