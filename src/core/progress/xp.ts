/**
 * Experience points (XP), derived from what the save already holds: every answer (its credit and, in timed
 * mode, its points) and every flashcard rating in the review log. Nothing about XP is stored, so a save
 * made before XP existed has its XP at once, and XP can never disagree with the history it is counted from.
 */
import type { AnswerRecord } from '../play/gameState';
import type { ReviewLogEntry } from '../review/cards';

/** XP for taking part in a question (any answer given; a question left to time out earns none). */
export const ANSWER_XP = 2;

/** XP for full credit, on top of {@link ANSWER_XP}; partial credit earns its share (half right: half of it). */
export const CREDIT_XP = 8;

/** Timed points that make one bonus XP (a fast right answer worth 1,000 points earns 10 more XP). */
export const POINTS_PER_BONUS_XP = 100;

/** XP for rating a flashcard, whatever the rating: reviewing is the habit that earns it. */
export const REVIEW_XP = 3;

/** XP earned by one answer: taking part, its credit, and the timed bonus. */
export function answerXp(answer: Pick<AnswerRecord, 'response' | 'score' | 'correct' | 'points'>): number {
  if (answer.response === null) return 0;
  const credit = answer.score ?? (answer.correct ? 1 : 0);
  const bonus = Math.floor((answer.points ?? 0) / POINTS_PER_BONUS_XP);
  return ANSWER_XP + Math.round(CREDIT_XP * credit) + bonus;
}

/** How the XP total was made up. */
export interface XpTally {
  /** All XP earned. */
  total: number;
  /** XP from quiz answers (timed bonus included). */
  fromAnswers: number;
  /** XP from flashcard ratings. */
  fromReviews: number;
  /** Flashcard ratings counted (the review log's entries that are not a quiz answer's own rating). */
  reviews: number;
}

/**
 * The learner's XP: {@link answerXp} for every answer, and {@link REVIEW_XP} for every flashcard rating.
 * A quiz answer also writes a rating to the review log (same question, same instant): that rating is the
 * answer's, not a flashcard review, and earns nothing more.
 */
export function xpOf(answers: readonly AnswerRecord[], reviewLog: readonly ReviewLogEntry[]): XpTally {
  let fromAnswers = 0;
  const answered = new Set<string>();
  for (const answer of answers) {
    fromAnswers += answerXp(answer);
    answered.add(`${answer.questionId}@${answer.at}`);
  }
  let reviews = 0;
  for (const entry of reviewLog) {
    if (!answered.has(`${entry.questionId}@${entry.review}`)) reviews += 1;
  }
  const fromReviews = reviews * REVIEW_XP;
  return { total: fromAnswers + fromReviews, fromAnswers, fromReviews, reviews };
}
