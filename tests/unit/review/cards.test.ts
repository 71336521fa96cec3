import { describe, expect, it } from 'vitest';
import { fsrs } from 'ts-fsrs';
import { type CardState, retrievability, reviewCard } from '../../../src/core/review/cards';
import { Rating } from '../../../src/core/review/rating';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const DAY = 86_400_000;

describe('reviewCard (FSRS through ts-fsrs, dates as epoch ms)', () => {
  it('starts a new card and schedules it by the rating', () => {
    const good = reviewCard('q', undefined, Rating.Good, T0);
    const again = reviewCard('q', undefined, Rating.Again, T0);
    expect(good.card).toMatchObject({ reps: 1, last_review: T0, state: 1 });
    expect(typeof good.card.due).toBe('number');
    expect(again.card.due).toBeLessThan(good.card.due);
    expect(good.log).toMatchObject({ questionId: 'q', rating: Rating.Good, review: T0, state: 0 });
  });

  it('spaces a remembered card further apart each time over simulated weeks', () => {
    let result = reviewCard('q', undefined, Rating.Good, T0);
    let now = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      now = Math.max(now + 60_000, result.card.due);
      const previousDue = result.card.due;
      result = reviewCard('q', result.card, Rating.Good, now);
      intervals.push(result.card.due - now);
      expect(result.card.due).toBeGreaterThan(previousDue);
    }
    for (let i = 2; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1] as number);
    expect(intervals[intervals.length - 1]).toBeGreaterThan(7 * DAY);
  });

  it('counts a lapse when a learned card is forgotten', () => {
    let result = reviewCard('q', undefined, Rating.Easy, T0);
    result = reviewCard('q', result.card, Rating.Good, result.card.due);
    const lapsed = reviewCard('q', result.card, Rating.Again, result.card.due);
    expect(lapsed.card.lapses).toBe(1);
    expect(lapsed.card.due - result.card.due).toBeLessThan(DAY);
  });

  it('survives JSON: the stored card feeds the next review unchanged', () => {
    const first = reviewCard('q', undefined, Rating.Good, T0);
    const stored = JSON.parse(JSON.stringify(first.card));
    expect(reviewCard('q', stored, Rating.Good, T0 + DAY)).toEqual(
      reviewCard('q', first.card, Rating.Good, T0 + DAY),
    );
  });
});

describe('retrievability matches ts-fsrs', () => {
  it('gives the same recall probability as get_retrievability for cards in every state and age', () => {
    const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: false });
    const start = Date.UTC(2026, 0, 1, 9);
    let checked = 0;
    for (const ratings of [[3], [1], [3, 3], [3, 3, 4], [3, 1, 3], [2, 2, 2, 2]] as (1 | 2 | 3 | 4)[][]) {
      let card: CardState | undefined;
      let at = start;
      for (const rating of ratings) {
        card = reviewCard('q', card, rating, at).card;
        at = Math.max(at + 600_000, card.due);
      }
      for (const hours of [0, 1, 23, 24, 25, 24 * 7 + 5, 24 * 90, 24 * 800]) {
        const now = (card?.last_review ?? start) + hours * 3_600_000;
        const stored = card as CardState;
        const expected = scheduler.get_retrievability(
          {
            ...stored,
            due: new Date(stored.due),
            last_review: new Date(stored.last_review ?? start),
          } as never,
          new Date(now),
          false,
        );
        expect(retrievability(stored, now)).toBe(expected);
        checked += 1;
      }
    }
    expect(checked).toBe(48);
  });
});
