import type { CardState, ReviewLogEntry } from './cards';
import { type QueueEntry, type QueueLimits, buildDueQueue } from './dueQueue';

/**
 * How far ahead a learning card may be shown when nothing else is left, as in Anki's "learn ahead limit":
 * a card rated Again comes back in the same session after its one-minute step instead of ending it.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** What a study session shows next, with the counts for the queue's header. */
export interface StudyNext {
  /** The card to show, or null when nothing is left for today. */
  next: QueueEntry | null;
  /** Cards left by kind, including the one shown; learning counts cards due within the learn-ahead limit. */
  remaining: Record<QueueEntry['reason'], number>;
  /** When the next learning card comes due if it is later than the learn-ahead limit, epoch ms. */
  laterLearningDue?: number;
}

/**
 * Picks the next flashcard of a study session across all installed questions. It takes today's due queue
 * (learning, then most-forgotten reviews, then new cards within the daily limits); when that is empty it
 * shows a learning card due within {@link LEARN_AHEAD_MS}, so same-session learning steps are repeated.
 */
export function nextStudyCard(
  questionIds: readonly string[],
  cards: Readonly<Record<string, CardState>>,
  log: readonly ReviewLogEntry[],
  now: number,
  dayStart: number,
  limits: QueueLimits,
): StudyNext {
  const queue = buildDueQueue(questionIds, cards, log, now, dayStart, limits);
  const remaining = { learning: 0, review: 0, new: 0 };
  for (const entry of queue) remaining[entry.reason] += 1;
  let soonest: { id: string; due: number } | undefined;
  for (const id of questionIds) {
    const card = cards[id];
    if (!card || (card.state !== 1 && card.state !== 3) || card.due <= now) continue;
    if (card.due <= now + LEARN_AHEAD_MS) remaining.learning += 1;
    if (!soonest || card.due < soonest.due) soonest = { id, due: card.due };
  }
  if (queue[0]) return { next: queue[0], remaining };
  if (soonest && soonest.due <= now + LEARN_AHEAD_MS) {
    return { next: { questionId: soonest.id, reason: 'learning' }, remaining };
  }
  return soonest ? { next: null, remaining, laterLearningDue: soonest.due } : { next: null, remaining };
}
