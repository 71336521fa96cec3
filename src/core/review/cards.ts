import { type Card, type Grade, type ReviewLog, createEmptyCard, fsrs, forgetting_curve } from 'ts-fsrs';
import type { RatingValue } from './rating';

/** FSRS card states: 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs's `State` values). */
export type CardPhase = 0 | 1 | 2 | 3;

/**
 * The memory state of one question's flashcard, as stored: ts-fsrs's card with every date as epoch ms
 * (dates do not survive JSON export), field names exactly as ts-fsrs spells them.
 */
export interface CardState {
  /** When the card is next due, epoch ms. */
  due: number;
  /** FSRS stability (days). */
  stability: number;
  /** FSRS difficulty (1–10). */
  difficulty: number;
  /** Days between the last two reviews (kept while ts-fsrs v5 still has it). */
  elapsed_days: number;
  /** Days until the next review when last scheduled. */
  scheduled_days: number;
  /** Position in the (re)learning steps. */
  learning_steps: number;
  /** Reviews so far. */
  reps: number;
  /** Times forgotten after being learned. */
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: CardPhase;
  /** Last review, epoch ms. */
  last_review?: number;
}

/** One entry of the append-only review log: the rating given and the card as it was before. */
export interface ReviewLogEntry {
  /** The question reviewed. */
  questionId: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: RatingValue;
  /** When, epoch ms. */
  review: number;
  /** Card state before this review (0 new … 3 relearning). */
  state: CardPhase;
  /** Due date before this review, epoch ms. */
  due: number;
  /** Stability before this review. */
  stability: number;
  /** Difficulty before this review. */
  difficulty: number;
  /** Days scheduled before this review. */
  scheduled_days: number;
  /** Learning step before this review. */
  learning_steps: number;
}

/** Desired retention when the learner has not chosen one: 90% recall when a card comes due. */
export const DEFAULT_RETENTION = 0.9;

const schedulers = new Map<number, ReturnType<typeof fsrs>>();

/** The FSRS scheduler for a desired retention (cached); fuzz stays off so schedules are repeatable. */
function schedulerFor(retention: number): ReturnType<typeof fsrs> {
  let scheduler = schedulers.get(retention);
  if (!scheduler) {
    scheduler = fsrs({ request_retention: retention, enable_fuzz: false });
    schedulers.set(retention, scheduler);
  }
  return scheduler;
}

/** Converts a stored card to ts-fsrs's form. */
function toCard(state: CardState): Card {
  return {
    ...state,
    due: new Date(state.due),
    ...(state.last_review !== undefined ? { last_review: new Date(state.last_review) } : {}),
  } as Card;
}

/** Converts a ts-fsrs card to its stored form. */
function fromCard(card: Card): CardState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardPhase,
    ...(card.last_review ? { last_review: card.last_review.getTime() } : {}),
  };
}

/** Converts a ts-fsrs review log to a stored log entry. */
function fromLog(questionId: string, log: ReviewLog, rating: RatingValue): ReviewLogEntry {
  return {
    questionId,
    rating,
    review: log.review.getTime(),
    state: log.state as CardPhase,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    scheduled_days: log.scheduled_days,
    learning_steps: log.learning_steps,
  };
}

/** The scheduler's FSRS parameters (the forgetting curve's decay is among them). */
const PARAMETERS = schedulerFor(DEFAULT_RETENTION).parameters.w;

const DAY_MS = 86_400_000;

/**
 * The probability (0–1) that the learner still recalls the card now; 0 for a card never reviewed. It is
 * ts-fsrs's `get_retrievability` (whole days since the last review on its forgetting curve) computed on
 * the stored numbers directly, without building Date objects: the due queue calls it for every card.
 */
export function retrievability(card: CardState, now: number): number {
  if (card.state === 0 || card.last_review === undefined) return 0;
  const days = Math.max(Math.floor((now - card.last_review) / DAY_MS), 0);
  return forgetting_curve(PARAMETERS, days, +card.stability.toFixed(8));
}

/**
 * Applies a rating to a question's card with FSRS: the memory model behind the flashcards and the due
 * queue. A question seen for the first time starts from an empty card.
 */
export function reviewCard(
  questionId: string,
  card: CardState | undefined,
  rating: RatingValue,
  now: number,
  retention = DEFAULT_RETENTION,
): { card: CardState; log: ReviewLogEntry } {
  const current = card ? toCard(card) : createEmptyCard(new Date(now));
  const next = schedulerFor(retention).next(current, new Date(now), rating as Grade);
  return { card: fromCard(next.card), log: fromLog(questionId, next.log, rating) };
}

/** What each rating would do to a card now: its next due date, for the labels on the rating buttons. */
export type RatingPreview = Record<RatingValue, { due: number; intervalMs: number }>;

/**
 * Previews all four ratings with ts-fsrs's `repeat`, so that each flashcard button can show the interval
 * it leads to ("10m", "3d") before the learner commits to it.
 */
export function previewRatings(
  card: CardState | undefined,
  now: number,
  retention = DEFAULT_RETENTION,
): RatingPreview {
  const current = card ? toCard(card) : createEmptyCard(new Date(now));
  const outcomes = schedulerFor(retention).repeat(current, new Date(now));
  const preview = {} as RatingPreview;
  for (const rating of [1, 2, 3, 4] as const) {
    const due = outcomes[rating as Grade].card.due.getTime();
    preview[rating] = { due, intervalMs: Math.max(0, due - now) };
  }
  return preview;
}

/**
 * Writes an interval the way flashcard apps do: under an hour in minutes, under a day in hours, then days,
 * months (30 days) and years, with one decimal where it matters ("1.5mo").
 */
export function formatInterval(ms: number): string {
  const minutes = ms / 60_000;
  const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${oneDecimal(days / 30)}mo`;
  return `${oneDecimal(days / 365)}y`;
}
