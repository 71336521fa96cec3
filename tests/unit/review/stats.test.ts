import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../../src/core/play/gameState';
import type { CardPhase, CardState, ReviewLogEntry } from '../../../src/core/review/cards';
import { type StatsInput, computeStats } from '../../../src/core/review/stats';
import { cardState, logEntry } from '../../support/reviews';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Friday 2026-11-20, 12:00 UTC: 15:00 in UTC+3, 07:00 in UTC−5. */
const NOW = Date.UTC(2026, 10, 20, 12, 0);

/** A rating in the log at `at`, of a card in `state` before it. */
function rating(
  questionId: string,
  at: number,
  value: 1 | 2 | 3 | 4 = 3,
  state: CardPhase = 2,
): ReviewLogEntry {
  return logEntry(questionId, at, { rating: value, state });
}

/** A card in `state`, due at `due`, last reviewed five days before. */
function card(state: CardPhase, due: number, extra: Partial<CardState> = {}): CardState {
  return cardState(state, due, { last_review: due - 5 * DAY, ...extra });
}

/** A quiz answer to `questionId`. */
function answer(questionId: string, correct: boolean, score?: number): AnswerRecord {
  return {
    questionId,
    regionId: 'ignored',
    response: 0,
    correct,
    ...(score === undefined ? {} : { score }),
    at: NOW - HOUR,
    ms: 2000,
  };
}

/** Local noon `offset` days from today (0 today, −1 yesterday) for a learner at `utcOffsetMin`. */
function localNoon(offset: number, utcOffsetMin: number): number {
  const localMidnight = Math.floor((NOW + utcOffsetMin * 60_000) / DAY) * DAY - utcOffsetMin * 60_000;
  return localMidnight + offset * DAY + 12 * HOUR;
}

function input(overrides: Partial<StatsInput> = {}): StatsInput {
  return {
    questionIds: [],
    answers: [],
    cards: {},
    reviewLog: [],
    describe: () => undefined,
    now: NOW,
    utcOffsetMin: 180,
    ...overrides,
  };
}

describe('computeStats: activity heatmap', () => {
  it('covers the 182 local days ending today and counts the ratings of each', () => {
    const at = (offset: number) => localNoon(offset, 180);
    const stats = computeStats(
      input({
        reviewLog: [
          rating('a', at(-182)),
          rating('a', at(-181)),
          rating('a', at(-10)),
          rating('b', at(-10)),
          rating('c', at(-10)),
          rating('a', at(-1)),
          rating('a', at(0)),
          rating('b', at(0)),
        ],
      }),
    );
    const { days } = stats.activity;
    expect(days).toHaveLength(182);
    expect(days[0]).toEqual({ day: stats.today.day - 181, date: '2026-05-23', count: 1 });
    expect(days[181]).toEqual({ day: stats.today.day, date: '2026-11-20', count: 2 });
    expect(days.find((d) => d.date === '2026-11-10')?.count).toBe(3);
    expect(days.find((d) => d.date === '2026-11-19')?.count).toBe(1);
    expect(stats.activity.total).toBe(7);
    expect(stats.activity.studyDays).toBe(4);
    expect(stats.activity.busiest).toEqual({ day: stats.today.day - 10, date: '2026-11-10', count: 3 });
    expect(stats.totalReviews).toBe(8);
    expect(stats.reviewsToday).toBe(2);
    expect(stats.today.date).toBe('2026-11-20');
  });

  it('splits days at local midnight east of UTC (+3:00)', () => {
    const stats = computeStats(
      input({
        utcOffsetMin: 180,
        reviewLog: [
          rating('a', Date.UTC(2026, 10, 19, 20, 59)),
          rating('a', Date.UTC(2026, 10, 19, 21, 0)),
          rating('a', Date.UTC(2026, 10, 20, 11, 0)),
        ],
      }),
    );
    expect(stats.activity.days.slice(-2).map((d) => [d.date, d.count])).toEqual([
      ['2026-11-19', 1],
      ['2026-11-20', 2],
    ]);
    expect(stats.reviewsToday).toBe(2);
  });

  it('splits days at local midnight west of UTC (−5:00)', () => {
    const stats = computeStats(
      input({
        utcOffsetMin: -300,
        reviewLog: [
          rating('a', Date.UTC(2026, 10, 20, 4, 59)),
          rating('a', Date.UTC(2026, 10, 20, 5, 0)),
          rating('a', Date.UTC(2026, 10, 20, 11, 0)),
        ],
      }),
    );
    expect(stats.today.date).toBe('2026-11-20');
    expect(stats.activity.days.slice(-2).map((d) => [d.date, d.count])).toEqual([
      ['2026-11-19', 1],
      ['2026-11-20', 2],
    ]);
    expect(stats.reviewsToday).toBe(2);
  });

  it('has no busiest day and no study days without ratings', () => {
    const stats = computeStats(input());
    expect(stats.activity.total).toBe(0);
    expect(stats.activity.studyDays).toBe(0);
    expect(stats.activity.busiest).toBeNull();
    expect(stats.reviewsToday).toBe(0);
  });
});

describe('computeStats: due forecast', () => {
  it('puts overdue cards on today, counts each local day and leaves out day 30 onwards', () => {
    const utcOffsetMin = -300;
    const cards: Record<string, CardState> = {
      overdue: card(2, NOW - 40 * DAY),
      laterToday: card(1, Date.UTC(2026, 10, 21, 4, 59)),
      tomorrow: card(3, Date.UTC(2026, 10, 21, 5, 0)),
      day29: card(2, NOW + 29.5 * DAY),
      day30: card(2, NOW + 30 * DAY),
      far: card(2, NOW + 90 * DAY),
      fresh: card(0, NOW),
      uninstalled: card(2, NOW),
    };
    const stats = computeStats(
      input({
        utcOffsetMin,
        questionIds: ['overdue', 'laterToday', 'tomorrow', 'day29', 'day30', 'far', 'fresh', 'missing'],
        cards,
      }),
    );
    expect(stats.forecast).toHaveLength(30);
    expect(stats.forecast[0]).toEqual({ day: stats.today.day, date: '2026-11-20', count: 2 });
    expect(stats.forecast[1]).toEqual({ day: stats.today.day + 1, date: '2026-11-21', count: 1 });
    expect(stats.forecast[29]).toEqual({ day: stats.today.day + 29, date: '2026-12-19', count: 1 });
    expect(stats.forecast.reduce((sum, d) => sum + d.count, 0)).toBe(4);
  });

  it('moves a card due in 29.5 days past the window when that is already day 30 locally (+3:00)', () => {
    const stats = computeStats(
      input({ utcOffsetMin: 180, questionIds: ['q'], cards: { q: card(2, NOW + 29.5 * DAY) } }),
    );
    expect(stats.forecast.reduce((sum, d) => sum + d.count, 0)).toBe(0);
    const justInside = computeStats(
      input({ utcOffsetMin: 180, questionIds: ['q'], cards: { q: card(2, NOW + 29 * DAY) } }),
    );
    expect(justInside.forecast[29]?.count).toBe(1);
  });
});

describe('computeStats: groups', () => {
  const labels: Record<string, { pack: string; theme: string; region?: string }> = {
    q1: { pack: 'Core', theme: 'Treaties', region: 'crimea' },
    q2: { pack: 'Core', theme: 'Energy', region: 'mongolia' },
    q3: { pack: 'Extra', theme: 'Energy' },
  };
  const stats = computeStats(
    input({
      describe: (id) => labels[id],
      answers: [
        answer('q1', true),
        answer('q1', false),
        answer('q1', false, 0.5),
        answer('q2', true, 1),
        answer('q3', false),
        answer('gone', true),
      ],
      reviewLog: [
        rating('q1', NOW - DAY, 1, 2),
        rating('q1', NOW - DAY, 3, 2),
        rating('q1', NOW - DAY, 2, 2),
        rating('q1', NOW - DAY, 1, 1),
        rating('q2', NOW - DAY, 4, 0),
        rating('q3', NOW - DAY, 1, 2),
        rating('gone', NOW - DAY, 3, 2),
      ],
    }),
  );

  it('groups by pack, most answered first, with mean credit and the share of reviews remembered', () => {
    expect(stats.groups.pack).toEqual([
      { key: 'Core', answered: 4, accuracy: 2.5 / 4, reviews: 3, retention: 2 / 3 },
      { key: 'Extra', answered: 1, accuracy: 0, reviews: 1, retention: 0 },
    ]);
  });

  it('groups by theme', () => {
    expect(stats.groups.theme).toEqual([
      { key: 'Treaties', answered: 3, accuracy: 0.5, reviews: 3, retention: 2 / 3 },
      { key: 'Energy', answered: 2, accuracy: 0.5, reviews: 1, retention: 0 },
    ]);
  });

  it('groups by region, leaving out questions without one, with null when nothing was reviewed', () => {
    expect(stats.groups.region).toEqual([
      { key: 'crimea', answered: 3, accuracy: 0.5, reviews: 3, retention: 2 / 3 },
      { key: 'mongolia', answered: 1, accuracy: 1, reviews: 0, retention: null },
    ]);
    expect(stats.totalAnswers).toBe(6);
  });

  it('gives null accuracy to a group with reviews but no quiz answers', () => {
    const onlyReviews = computeStats(
      input({ describe: (id) => labels[id], reviewLog: [rating('q3', NOW, 3, 2)] }),
    );
    expect(onlyReviews.groups.pack).toEqual([
      { key: 'Extra', answered: 0, accuracy: null, reviews: 1, retention: 1 },
    ]);
  });
});

describe('computeStats: streaks', () => {
  const utcOffsetMin = -300;
  const on = (...offsets: number[]) => offsets.map((o) => rating('a', localNoon(o, utcOffsetMin)));

  it('counts the run ending today', () => {
    const stats = computeStats(input({ utcOffsetMin, reviewLog: on(-3, -2, -1, 0, 0) }));
    expect(stats.streak).toEqual({ current: 4, best: 4 });
  });

  it('keeps the streak alive through yesterday when nothing is reviewed yet today', () => {
    const stats = computeStats(input({ utcOffsetMin, reviewLog: on(-2, -1) }));
    expect(stats.streak).toEqual({ current: 2, best: 2 });
  });

  it("covers a week's first missed day with its freeze, breaks on a second, and remembers the best run", () => {
    // Today (offset 0) is a Friday: -4 is this week's Monday, -11 and -18 the Mondays before.
    const stats = computeStats(input({ utcOffsetMin, reviewLog: on(-20, -19, -18, -17, -16, -10, -9, -2) }));
    // -15 is frozen and -14 breaks the run of 5; -8 is frozen and -7 breaks the run of 2; -1 is frozen.
    expect(stats.streak).toEqual({ current: 1, best: 5 });
  });

  it('counts quiz answers as activity, not only ratings', () => {
    const answered = (offset: number) => ({ ...answer('a', true), at: localNoon(offset, utcOffsetMin) });
    const stats = computeStats(input({ utcOffsetMin, answers: [answered(-1), answered(0)] }));
    expect(stats.streak).toEqual({ current: 2, best: 2 });
  });

  it('counts a review just after local midnight as today', () => {
    const stats = computeStats(
      input({
        utcOffsetMin,
        reviewLog: [...on(-1), rating('a', Date.UTC(2026, 10, 20, 5, 1))],
      }),
    );
    expect(stats.streak).toEqual({ current: 2, best: 2 });
  });

  it('is zero with no reviews', () => {
    expect(computeStats(input()).streak).toEqual({ current: 0, best: 0 });
  });
});

describe('computeStats: cards', () => {
  it('counts installed questions by card state', () => {
    const stats = computeStats(
      input({
        questionIds: ['none', 'zero', 'learn', 'relearn', 'young', 'edge', 'mature'],
        cards: {
          zero: card(0, NOW),
          learn: card(1, NOW),
          relearn: card(3, NOW),
          young: card(2, NOW, { scheduled_days: 20 }),
          edge: card(2, NOW, { scheduled_days: 21 }),
          mature: card(2, NOW, { scheduled_days: 200 }),
          uninstalled: card(2, NOW, { scheduled_days: 200 }),
        },
      }),
    );
    expect(stats.cards).toEqual({ new: 2, learning: 2, young: 1, mature: 2 });
  });

  it('averages the probability of recall of reviewed cards', () => {
    const stats = computeStats(
      input({
        questionIds: ['fresh', 'justSeen', 'atStability'],
        cards: {
          fresh: card(0, NOW),
          justSeen: card(2, NOW + 10 * DAY, { stability: 10, last_review: NOW }),
          atStability: card(2, NOW, { stability: 10, last_review: NOW - 10 * DAY }),
        },
      }),
    );
    expect(stats.averageRecall).toBeCloseTo(0.95, 6);
  });

  it('has no average recall before any card is reviewed', () => {
    expect(computeStats(input({ questionIds: ['a'], cards: { a: card(0, NOW) } })).averageRecall).toBeNull();
  });
});

describe('computeStats: scale', () => {
  it('aggregates 10,000 cards and 100,000 ratings (its speed is measured by npm run bench)', () => {
    const questionIds = Array.from({ length: 10_000 }, (_, i) => `q${i}`);
    const cards: Record<string, CardState> = {};
    for (const [i, id] of questionIds.entries()) cards[id] = card((i % 4) as CardPhase, NOW + (i % 40) * DAY);
    const reviewLog = Array.from({ length: 100_000 }, (_, i) =>
      rating(`q${i % 10_000}`, NOW - (i % 400) * DAY, ((i % 4) + 1) as 1 | 2 | 3 | 4, (i % 4) as CardPhase),
    );
    const answers = Array.from({ length: 50_000 }, (_, i) => answer(`q${i % 10_000}`, i % 3 === 0));
    const describe = (id: string) => ({ pack: 'P', theme: `T${id.length}`, region: `r${id.slice(-1)}` });
    const big = input({ questionIds, cards, reviewLog, answers, describe });
    const stats = computeStats(big);
    expect(stats.totalReviews).toBe(100_000);
    expect(stats.totalAnswers).toBe(50_000);
    expect(stats.groups.region).toHaveLength(10);
    expect(stats.cards.new + stats.cards.learning + stats.cards.young + stats.cards.mature).toBe(10_000);
  });
});
