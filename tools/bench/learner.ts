/**
 * Synthetic learner histories for the benchmarks: many cards in every FSRS state and a long review log,
 * made with the game's own scheduler so that they look like real use.
 */
import type { AnswerRecord } from '../../src/core/play/gameState';
import { type CardState, type ReviewLogEntry, reviewCard } from '../../src/core/review/cards';
import type { RatingValue } from '../../src/core/review/rating';
import { createSeededRng } from '../../src/core/rng';

const DAY = 86_400_000;

/** A learner's memory state: cards, the review log and quiz answers. */
export interface LearnerHistory {
  questionIds: string[];
  cards: Record<string, CardState>;
  reviewLog: ReviewLogEntry[];
  answers: AnswerRecord[];
}

/**
 * A learner who studied `studied` of `questionIds` over the `days` before `now`, reviewing each card a few
 * times with mostly Good ratings and some lapses; the rest of the questions are new.
 */
export function syntheticLearner(
  questionIds: readonly string[],
  studied: number,
  days: number,
  now: number,
): LearnerHistory {
  const rng = createSeededRng(42);
  const cards: Record<string, CardState> = {};
  const reviewLog: ReviewLogEntry[] = [];
  const answers: AnswerRecord[] = [];
  for (const id of questionIds.slice(0, studied)) {
    let at = now - Math.floor(rng() * days) * DAY;
    let card: CardState | undefined;
    while (at < now) {
      const roll = rng();
      const rating = (roll < 0.1 ? 1 : roll < 0.2 ? 2 : roll < 0.9 ? 3 : 4) as RatingValue;
      const reviewed = reviewCard(id, card, rating, at);
      card = reviewed.card;
      reviewLog.push(reviewed.log);
      answers.push({
        questionId: id,
        regionId: 'european-russia',
        response: 0,
        correct: rating > 1,
        at,
        ms: 4000,
      });
      at = Math.max(at + 60_000, card.due);
    }
    if (card) cards[id] = card;
  }
  reviewLog.sort((a, b) => a.review - b.review);
  answers.sort((a, b) => a.at - b.at);
  return { questionIds: [...questionIds], cards, reviewLog, answers };
}
