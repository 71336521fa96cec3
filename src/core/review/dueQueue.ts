import { type CardState, type ReviewLogEntry, retrievability } from './cards';

/** Limits that keep a day's reviews manageable. */
export interface QueueLimits {
  /** New cards to introduce per day. */
  newPerDay: number;
  /** Most review cards per day, so that coming back after a break is never a wall. */
  reviewsPerDay: number;
}

/** Default limits, as in Anki: 20 new cards and 200 reviews a day. */
export const DEFAULT_LIMITS: QueueLimits = { newPerDay: 20, reviewsPerDay: 200 };

/** Why a card is in the queue, in the order they are shown. */
export type QueueReason = 'learning' | 'review' | 'new';

/** One card to study, with why it is due. */
export interface QueueEntry {
  /** The question. */
  questionId: string;
  /** Learning steps first, then reviews (most forgotten first), then new cards. */
  reason: QueueReason;
}

/**
 * Builds today's study queue across all installed questions: (1) learning and relearning cards that are
 * due, earliest first; (2) review cards that are due, lowest retrievability first, capped per day so a
 * backlog after a break arrives most-forgotten first and a day at a time; (3) new cards, in bank order, up
 * to the daily limit minus those already introduced today.
 *
 * @param questionIds - every installed question, in bank order
 * @param dayStart - start of the learner's current day, epoch ms (the caller knows the time zone)
 */
export function buildDueQueue(
  questionIds: readonly string[],
  cards: Readonly<Record<string, CardState>>,
  log: readonly ReviewLogEntry[],
  now: number,
  dayStart: number,
  limits: QueueLimits = DEFAULT_LIMITS,
): QueueEntry[] {
  let newToday = 0;
  let reviewsToday = 0;
  for (const entry of log) {
    if (entry.review < dayStart) continue;
    if (entry.state === 0) newToday += 1;
    else if (entry.state === 2) reviewsToday += 1;
  }

  const learning: { id: string; due: number }[] = [];
  const reviews: { id: string; recall: number }[] = [];
  const fresh: string[] = [];
  for (const id of questionIds) {
    const card = cards[id];
    if (!card || card.state === 0) {
      fresh.push(id);
    } else if (card.due <= now) {
      if (card.state === 2) reviews.push({ id, recall: retrievability(card, now) });
      else learning.push({ id, due: card.due });
    }
  }
  learning.sort((a, b) => a.due - b.due);
  reviews.sort((a, b) => a.recall - b.recall);
  const reviewRoom = Math.max(0, limits.reviewsPerDay - reviewsToday);
  const newRoom = Math.max(0, limits.newPerDay - newToday);
  return [
    ...learning.map(({ id }): QueueEntry => ({ questionId: id, reason: 'learning' })),
    ...reviews.slice(0, reviewRoom).map(({ id }): QueueEntry => ({ questionId: id, reason: 'review' })),
    ...fresh.slice(0, newRoom).map((id): QueueEntry => ({ questionId: id, reason: 'new' })),
  ];
}
