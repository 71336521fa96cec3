import { describe, expect, it } from 'vitest';
import { reviewCard } from '../../../src/core/review/cards';
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
