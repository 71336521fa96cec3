import { describe, expect, it } from 'vitest';
import { Rating, ratingFor } from '../../../src/core/review/rating';

describe('ratingFor turns a graded answer into an FSRS rating', () => {
  const base = { ms: 5000, typicalMs: 8000, isNew: false };
  it.each([
    [{ ...base, score: 0 }, Rating.Again],
    [{ ...base, score: 0.4 }, Rating.Again],
    [{ ...base, score: 0.5 }, Rating.Hard],
    [{ ...base, score: 0.8 }, Rating.Hard],
    [{ ...base, score: 1, typo: true }, Rating.Hard],
    [{ ...base, score: 1, ms: 9000 }, Rating.Hard],
    [{ ...base, score: 1 }, Rating.Good],
    [{ ...base, score: 1, ms: 3000 }, Rating.Easy],
    [{ ...base, score: 1, ms: 3000, isNew: true }, Rating.Good],
    [{ score: 1, ms: 100, isNew: false }, Rating.Good],
    [{ score: 1, ms: 100_000, isNew: false }, Rating.Good],
  ])('%j → %d', (evidence, rating) => {
    expect(ratingFor(evidence)).toBe(rating);
  });
});
