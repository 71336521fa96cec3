/** FSRS ratings, with the numbers ts-fsrs uses for them. */
export const Rating = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;

/** One of the four FSRS ratings. */
export type RatingValue = (typeof Rating)[keyof typeof Rating];

/** What is known about one answer when rating it for the memory model. */
export interface AnswerEvidence {
  /** Grade from 0 to 1. */
  score: number;
  /** Accepted only thanks to typo tolerance. */
  typo?: boolean;
  /** Response time in ms. */
  ms: number;
  /** The player's usual (75th percentile) time for this kind of question, when known. */
  typicalMs?: number;
  /** True when the card has never been reviewed before. */
  isNew: boolean;
}

/** Score at or above which a partly right answer counts as Hard rather than Again. */
const PARTIAL_PASS = 0.5;

/**
 * Derives the FSRS rating from an answer, so the player never rates themselves after a quiz question:
 * wrong (or under half credit) → Again; right but partly, via a typo, or slower than usual → Hard; right
 * → Good; right, unaided and in under half the usual time on a card already seen → Easy.
 */
export function ratingFor(evidence: AnswerEvidence): RatingValue {
  if (evidence.score < PARTIAL_PASS) return Rating.Again;
  const full = evidence.score >= 1 - 1e-9;
  const slow = evidence.typicalMs !== undefined && evidence.ms > evidence.typicalMs;
  if (!full || evidence.typo || slow) return Rating.Hard;
  const fast = evidence.typicalMs !== undefined && evidence.ms < evidence.typicalMs / 2;
  return fast && !evidence.isNew ? Rating.Easy : Rating.Good;
}
