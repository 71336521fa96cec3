import { describe, expect, it } from 'vitest';
import {
  type CardState,
  type ReviewLogEntry,
  formatInterval,
  previewRatings,
  retrievability,
  reviewCard,
} from '../../../src/core/review/cards';
import { dayNumber, dayStartMs } from '../../../src/core/review/days';
import { LEARN_AHEAD_MS, nextStudyCard } from '../../../src/core/review/study';
import { Rating, type RatingValue } from '../../../src/core/review/rating';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Monday 2026-01-05, 09:00 in a learner's zone three hours east of UTC. */
const OFFSET = 180;
const START = Date.UTC(2026, 0, 5, 6, 0, 0);

/** A learner's study state, changed the way the game changes it. */
interface Learner {
  cards: Record<string, CardState>;
  log: ReviewLogEntry[];
}

function rate(learner: Learner, id: string, rating: RatingValue, at: number, retention?: number): void {
  const result = reviewCard(id, learner.cards[id], rating, at, retention);
  learner.cards[id] = result.card;
  learner.log.push(result.log);
}

/** Studies until the session has nothing left, rating each card with `choose`; returns the cards shown. */
function studySession(
  learner: Learner,
  ids: readonly string[],
  start: number,
  choose: (id: string) => RatingValue,
  limits = { newPerDay: 20, reviewsPerDay: 200 },
): { shown: string[]; end: number } {
  const shown: string[] = [];
  let now = start;
  const dayStart = dayStartMs(dayNumber(start, OFFSET), OFFSET);
  for (let guard = 0; guard < 10_000; guard++) {
    const { next } = nextStudyCard(ids, learner.cards, learner.log, now, dayStart, limits);
    if (!next) return { shown, end: now };
    const card = learner.cards[next.questionId];
    // A card is never shown earlier than the learn-ahead limit allows.
    if (card && card.state !== 0) expect(card.due).toBeLessThanOrEqual(now + LEARN_AHEAD_MS);
    shown.push(next.questionId);
    now = Math.max(now + 8_000, card && card.state !== 0 && card.state !== 2 ? card.due : now + 8_000);
    rate(learner, next.questionId, choose(next.questionId), now);
  }
  throw new Error('the session never ended');
}

const ids = (n: number, prefix = 'q') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('scheduling over simulated weeks', () => {
  it('introduces at most the daily new limit, repeats learning steps the same day, and spaces reviews out', () => {
    const questions = ids(60);
    const learner: Learner = { cards: {}, log: [] };
    const introducedPerDay: number[] = [];
    const reviewsPerDay: number[] = [];
    for (let day = 0; day < 42; day++) {
      const start = START + day * DAY;
      const before = new Set(Object.keys(learner.cards));
      const { shown } = studySession(learner, questions, start, () => Rating.Good, {
        newPerDay: 10,
        reviewsPerDay: 200,
      });
      introducedPerDay.push(Object.keys(learner.cards).filter((id) => !before.has(id)).length);
      reviewsPerDay.push(shown.length);
    }
    expect(introducedPerDay.slice(0, 6)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(introducedPerDay.slice(6).every((count) => count === 0)).toBe(true);
    // A new card rated Good goes to its 10-minute learning step and comes back in the same session.
    const firstDay = learner.log.filter((entry) => entry.review < START + DAY);
    expect(firstDay.filter((entry) => entry.questionId === 'q0').length).toBe(2);
    // Every card reaches review, with intervals that grew well beyond a week.
    for (const id of questions) expect(learner.cards[id]?.state).toBe(2);
    expect(Math.min(...questions.map((id) => learner.cards[id]?.scheduled_days ?? 0))).toBeGreaterThan(7);
    // Later days need only a fraction of the work of the first ones.
    expect(reviewsPerDay.slice(-7).reduce((a, b) => a + b, 0)).toBeLessThan(reviewsPerDay[0] ?? 0);
  });

  it('brings a card rated Again back within the same session', () => {
    const learner: Learner = { cards: {}, log: [] };
    let again = true;
    const { shown } = studySession(learner, ['only'], START, () => {
      const rating = again ? Rating.Again : Rating.Good;
      again = false;
      return rating;
    });
    expect(shown).toEqual(['only', 'only', 'only']);
  });

  it('counts a learning card coming back within the learn-ahead limit as still to do', () => {
    const learner: Learner = { cards: {}, log: [] };
    rate(learner, 'a', Rating.Again, START);
    const limits = { newPerDay: 20, reviewsPerDay: 200 };
    const result = nextStudyCard(['a', 'b'], learner.cards, learner.log, START + 1000, START, limits);
    expect(result.next).toEqual({ questionId: 'b', reason: 'new' });
    expect(result.remaining).toEqual({ learning: 1, review: 0, new: 1 });
  });

  it('ends the session when the next learning step is beyond the learn-ahead limit, and says when', () => {
    const learner: Learner = { cards: {}, log: [] };
    rate(learner, 'q', Rating.Good, START);
    rate(learner, 'q', Rating.Again, START + 10 * MINUTE);
    rate(learner, 'q', Rating.Again, START + 11 * MINUTE);
    const card = learner.cards.q as CardState;
    const laterCard = { ...card, due: START + 2 * 60 * MINUTE };
    const result = nextStudyCard(['q'], { q: laterCard }, learner.log, START + 12 * MINUTE, START, {
      newPerDay: 0,
      reviewsPerDay: 200,
    });
    expect(result.next).toBeNull();
    expect(result.laterLearningDue).toBe(START + 2 * 60 * MINUTE);
  });

  it('counts what is left of each kind for the session header', () => {
    const learner: Learner = { cards: {}, log: [] };
    rate(learner, 'learning', Rating.Again, START - 2 * DAY);
    rate(learner, 'review', Rating.Good, START - 20 * DAY);
    rate(learner, 'review', Rating.Good, START - 19 * DAY);
    const result = nextStudyCard(
      ['new-a', 'learning', 'review', 'new-b'],
      learner.cards,
      learner.log,
      START,
      START - 6 * 3_600_000,
      { newPerDay: 20, reviewsPerDay: 200 },
    );
    expect(result.next).toEqual({ questionId: 'learning', reason: 'learning' });
    expect(result.remaining).toEqual({ learning: 1, review: 1, new: 2 });
  });
});

describe('coming back after a 60-day break', () => {
  it('caps the backlog per day and shows the most forgotten cards first, a day at a time', () => {
    const questions = ids(400);
    const learner: Learner = { cards: {}, log: [] };
    // Learn 400 cards over 20 days, each reviewed into the review state with intervals of different lengths.
    questions.forEach((id, index) => {
      const learned = START + (index % 20) * DAY;
      rate(learner, id, Rating.Good, learned);
      rate(learner, id, Rating.Good, learned + 10 * MINUTE);
      if (index % 3 === 0) rate(learner, id, Rating.Easy, learned + 3 * DAY);
    });
    const back = START + 80 * DAY;
    const dayStart = dayStartMs(dayNumber(back, OFFSET), OFFSET);
    const limits = { newPerDay: 20, reviewsPerDay: 200 };
    const first = nextStudyCard(questions, learner.cards, learner.log, back, dayStart, limits);
    expect(first.remaining.review).toBe(200);
    const due = questions.filter((id) => (learner.cards[id]?.due ?? Infinity) <= back);
    expect(due.length).toBe(400);
    const weakest = Math.min(...due.map((id) => retrievability(learner.cards[id] as CardState, back)));
    expect(retrievability(learner.cards[first.next?.questionId ?? ''] as CardState, back)).toBe(weakest);

    // Do today's 200 reviews; nothing more is due today, the rest waits for tomorrow.
    const { shown } = studySession(learner, questions, back, () => Rating.Good, limits);
    expect(shown.length).toBe(200);
    const tomorrow = nextStudyCard(
      questions,
      learner.cards,
      learner.log,
      back + DAY,
      dayStartMs(dayNumber(back + DAY, OFFSET), OFFSET),
      limits,
    );
    expect(tomorrow.remaining.review).toBe(200);
  });
});

describe('previewRatings and formatInterval', () => {
  it('shows the interval each rating would give, growing from Again to Easy', () => {
    const preview = previewRatings(undefined, START);
    expect(formatInterval(preview[Rating.Again].intervalMs)).toBe('1m');
    expect(formatInterval(preview[Rating.Hard].intervalMs)).toBe('6m');
    expect(formatInterval(preview[Rating.Good].intervalMs)).toBe('10m');
    const easyDays = preview[Rating.Easy].intervalMs / DAY;
    expect(easyDays).toBeGreaterThanOrEqual(1);
    expect(preview[Rating.Easy].due).toBe(START + preview[Rating.Easy].intervalMs);
  });

  it('matches what rating the card actually does', () => {
    const learner: Learner = { cards: {}, log: [] };
    rate(learner, 'q', Rating.Good, START);
    rate(learner, 'q', Rating.Good, START + 10 * MINUTE);
    const now = START + 5 * DAY;
    const preview = previewRatings(learner.cards.q, now);
    for (const rating of [1, 2, 3, 4] as const) {
      expect(reviewCard('q', learner.cards.q, rating, now).card.due).toBe(preview[rating].due);
    }
  });

  it('schedules longer intervals for a lower desired retention', () => {
    const learner: Learner = { cards: {}, log: [] };
    rate(learner, 'q', Rating.Good, START);
    rate(learner, 'q', Rating.Good, START + 10 * MINUTE);
    const now = START + 5 * DAY;
    const relaxed = previewRatings(learner.cards.q, now, 0.8)[Rating.Good].intervalMs;
    const strict = previewRatings(learner.cards.q, now, 0.95)[Rating.Good].intervalMs;
    expect(relaxed).toBeGreaterThan(strict);
  });

  it.each([
    [20_000, '<1m'],
    [60_000, '1m'],
    [10 * MINUTE, '10m'],
    [90 * MINUTE, '2h'],
    [3 * DAY, '3d'],
    [45 * DAY, '1.5mo'],
    [400 * DAY, '1.1y'],
  ])('writes %i ms as %s', (ms, text) => {
    expect(formatInterval(ms)).toBe(text);
  });
});
