import { describe, expect, it } from 'vitest';
import { type CardState, type ReviewLogEntry, reviewCard } from '../../../src/core/review/cards';
import { buildDueQueue } from '../../../src/core/review/dueQueue';
import { Rating } from '../../../src/core/review/rating';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);

/** Reviews a card with Good at the given days (from T0) and returns the card and the log. */
function history(id: string, days: number[], rating: 1 | 2 | 3 | 4 = Rating.Good) {
  let card: CardState | undefined;
  const log: ReviewLogEntry[] = [];
  for (const day of days) {
    const result = reviewCard(id, card, rating, T0 + day * DAY);
    card = result.card;
    log.push(result.log);
  }
  return { card: card as CardState, log };
}

describe('buildDueQueue', () => {
  it('puts due learning cards first, then due reviews by lowest recall, then new cards', () => {
    const learning = history('learning', [0], Rating.Again);
    const wellKnown = history('known', [0, 1, 4, 12]);
    const shaky = history('shaky', [0, 1]);
    const now = T0 + 60 * DAY;
    const queue = buildDueQueue(
      ['new-1', 'known', 'learning', 'shaky', 'new-2'],
      { learning: learning.card, known: wellKnown.card, shaky: shaky.card },
      [...learning.log, ...wellKnown.log, ...shaky.log],
      now,
      now - (now % DAY),
    );
    expect(queue).toEqual([
      { questionId: 'learning', reason: 'learning' },
      { questionId: 'shaky', reason: 'review' },
      { questionId: 'known', reason: 'review' },
      { questionId: 'new-1', reason: 'new' },
      { questionId: 'new-2', reason: 'new' },
    ]);
  });

  it('leaves out cards not yet due', () => {
    const fresh = history('q', [0]);
    const queue = buildDueQueue(['q'], { q: fresh.card }, fresh.log, T0 + 1000, T0, {
      newPerDay: 20,
      reviewsPerDay: 200,
    });
    expect(queue).toEqual([]);
  });

  it('introduces no more new cards than the daily limit, counting those already seen today', () => {
    const seen = history('a', [0]);
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const queue = buildDueQueue(ids, { a: seen.card }, seen.log, T0 + 1000, T0, {
      newPerDay: 3,
      reviewsPerDay: 200,
    });
    expect(queue.filter((entry) => entry.reason === 'new').map((entry) => entry.questionId)).toEqual([
      'b',
      'c',
    ]);
  });

  it('caps a backlog after a 60-day break, most forgotten first', () => {
    const cards: Record<string, CardState> = {};
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const id = `q${i}`;
      ids.push(id);
      cards[id] = history(id, i % 2 === 0 ? [0, 1, 4] : [0, 1]).card;
    }
    const now = T0 + 70 * DAY;
    const queue = buildDueQueue(ids, cards, [], now, now - (now % DAY), { newPerDay: 0, reviewsPerDay: 10 });
    expect(queue).toHaveLength(10);
    expect(queue.every((entry) => entry.reason === 'review')).toBe(true);
    expect(queue.every((entry) => Number(entry.questionId.slice(1)) % 2 === 1)).toBe(true);
  });

  it('handles 10,000 due cards, returning one day of reviews', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `q${i}`);
    const base = history('x', [0, 1]).card;
    const cards = Object.fromEntries(ids.map((id) => [id, base]));
    const queue = buildDueQueue(ids, cards, [], T0 + 30 * DAY, T0 + 30 * DAY);
    expect(queue).toHaveLength(200);
  });
});
