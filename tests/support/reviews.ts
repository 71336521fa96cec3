/** Builders for flashcard scheduling data: FSRS card states and review-log entries. */
import type { CardPhase, CardState, ReviewLogEntry } from '../../src/core/review/cards';

/**
 * A review-log entry: `questionId` rated at `at` (Good, of a card in review, unless `overrides` says
 * otherwise), with plausible scheduling fields that tests of counts and times do not look at.
 */
export function logEntry(
  questionId: string,
  at: number,
  overrides: Partial<ReviewLogEntry> = {},
): ReviewLogEntry {
  return {
    questionId,
    rating: 3,
    review: at,
    state: 2,
    due: at,
    stability: 1,
    difficulty: 5,
    scheduled_days: 1,
    learning_steps: 0,
    ...overrides,
  };
}

/** A card in FSRS phase `state`, due at `due`; `overrides` sets the memory fields a test is about. */
export function cardState(state: CardPhase, due: number, overrides: Partial<CardState> = {}): CardState {
  return {
    due,
    stability: 5,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 5,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state,
    last_review: due,
    ...overrides,
  };
}
