import { describe, expect, it } from 'vitest';
import {
  regionStars,
  lastRatingsOf,
  starsByRegion,
  starsForShare,
  starsPhrase,
  starsSymbols,
} from '../../../src/core/progress/stars';
import { type CardState, type ReviewLogEntry, reviewCard } from '../../../src/core/review/cards';
import type { RatingValue } from '../../../src/core/review/rating';

const DAY = 86_400_000;
const T = Date.UTC(2026, 11, 7, 10);
const ids = (n: number, prefix = 'q') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Memory after rating each question once at `at` with `rating` (through the real FSRS scheduler). */
function rated(questionIds: readonly string[], rating: RatingValue, at: number) {
  const cards: Record<string, CardState> = {};
  const log: ReviewLogEntry[] = [];
  for (const id of questionIds) {
    const reviewed = reviewCard(id, undefined, rating, at);
    cards[id] = reviewed.card;
    log.push(reviewed.log);
  }
  return { cards, log };
}

describe('stars for a share of questions remembered', () => {
  it('are one at a fifth, two at half, three at four fifths, none for an empty region', () => {
    expect([0, 1, 2, 4, 5, 7, 8, 10].map((n) => starsForShare(n, 10))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(starsForShare(0, 0)).toBe(0);
  });

  it('are written for screen readers and for the eye', () => {
    expect(starsPhrase(2)).toBe('2 of 3 stars');
    expect(starsSymbols(2)).toBe('★★☆');
    expect(starsSymbols(0)).toBe('☆☆☆');
  });
});

describe('stars from FSRS recall, as time passes', () => {
  const region = ids(10);

  it('are gained by answering right, and lost as the cards fade days later', () => {
    const { cards, log } = rated(region.slice(0, 5), 3, T);
    const at = (days: number) => regionStars(region, cards, lastRatingsOf(log), T + days * DAY).stars;
    expect(at(0)).toBe(2);
    expect(at(4)).toBe(2);
    expect(at(5)).toBe(0);
  });

  it('last longer for cards answered right again days later', () => {
    const first = rated(region.slice(0, 5), 3, T);
    const cards = { ...first.cards };
    const log = [...first.log];
    for (const id of region.slice(0, 5)) {
      const again = reviewCard(id, cards[id], 3, T + 2 * DAY);
      cards[id] = again.card;
      log.push(again.log);
    }
    expect(regionStars(region, cards, lastRatingsOf(log), T + 7 * DAY).stars).toBe(2);
    expect(regionStars(region, cards, lastRatingsOf(log), T + 30 * DAY).stars).toBe(0);
  });

  it('do not count a question answered wrong last, though FSRS rates it fresh', () => {
    const { cards, log } = rated(region.slice(0, 8), 1, T);
    expect(regionStars(region, cards, lastRatingsOf(log), T).stars).toBe(0);
  });

  it('fall when a remembered question is then answered wrong', () => {
    const { cards, log } = rated(region.slice(0, 2), 3, T);
    expect(regionStars(region, cards, lastRatingsOf(log), T).stars).toBe(1);
    const wrong = reviewCard('q0', cards.q0, 1, T + 1000);
    const after = regionStars(
      region,
      { ...cards, q0: wrong.card },
      lastRatingsOf([...log, wrong.log]),
      T + 1000,
    );
    expect(after).toEqual({ stars: 0, remembered: 1, total: 10 });
  });

  it('are counted for every region, none where nothing was reviewed or nothing is asked', () => {
    const north = ids(5, 'n');
    const { cards, log } = rated(north, 4, T);
    const questionsIn = (id: string) => (id === 'north' ? north : id === 'west' ? ids(5, 'w') : []);
    const stars = starsByRegion(['north', 'west', 'empty'], questionsIn, cards, log, T + DAY);
    expect(Object.fromEntries(Object.entries(stars).map(([id, s]) => [id, s.stars]))).toEqual({
      north: 3,
      west: 0,
      empty: 0,
    });
  });
});
