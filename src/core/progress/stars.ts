/**
 * Stars: how much of a region the learner remembers now, from the FSRS memory of its questions' cards.
 * A question counts as remembered when its card was last answered or rated as known (not "Again") and the
 * chance of recalling it now (FSRS retrievability) is at least {@link RECALL_FOR_STAR}. A region earns
 * one star when a fifth of its questions are remembered, two at half, three at four fifths. As time passes
 * without review the cards' retrievability falls, questions stop counting and the region loses stars; a
 * review or a new round brings them back. A region with no questions, or none reviewed, has no star.
 *
 * With FSRS's default parameters a question answered right once stays remembered for about four days
 * (answered with hesitation, two), one answered right again days later for a couple of weeks.
 */
import { type CardState, type ReviewLogEntry, retrievability } from '../review/cards';
import { Rating, type RatingValue } from '../review/rating';

/** The most stars a region can have. */
export const MAX_STARS = 3;

/** Chance of recall now (0–1) at or above which a question counts as remembered. */
export const RECALL_FOR_STAR = 0.85;

/** Share of a region's questions to remember for one, two and three stars. */
export const STAR_SHARES = [0.2, 0.5, 0.8] as const;

/** The last rating given to each question (from a quiz answer or a flashcard), by question id. */
export type LastRatings = ReadonlyMap<string, RatingValue>;

/** Each question's last rating, from the review log (oldest first). */
export function lastRatingsOf(reviewLog: readonly ReviewLogEntry[]): LastRatings {
  const last = new Map<string, RatingValue>();
  for (const entry of reviewLog) last.set(entry.questionId, entry.rating);
  return last;
}

/**
 * Whether the learner remembers a question now: its card was last rated better than "Again" (right after a
 * wrong answer FSRS still rates recall high, because the answer was just shown) and its retrievability
 * now is at least {@link RECALL_FOR_STAR}.
 */
export function isRemembered(
  card: CardState | undefined,
  lastRating: RatingValue | undefined,
  now: number,
): boolean {
  if (!card || lastRating === undefined || lastRating === Rating.Again) return false;
  return retrievability(card, now) >= RECALL_FOR_STAR;
}

/** A region's stars and what they are counted from. */
export interface RegionStars {
  /** Stars now, 0 to {@link MAX_STARS}. */
  stars: number;
  /** Questions remembered now. */
  remembered: number;
  /** The region's questions. */
  total: number;
}

/** The stars earned by remembering `remembered` of `total` questions (see {@link STAR_SHARES}). */
export function starsForShare(remembered: number, total: number): number {
  if (total <= 0) return 0;
  const share = remembered / total;
  return STAR_SHARES.filter((needed) => share >= needed - 1e-9).length;
}

/** One region's stars now, over its questions' cards. */
export function regionStars(
  questionIds: readonly string[],
  cards: Readonly<Record<string, CardState>>,
  lastRatings: LastRatings,
  now: number,
): RegionStars {
  let remembered = 0;
  for (const id of questionIds) {
    if (isRemembered(cards[id], lastRatings.get(id), now)) remembered += 1;
  }
  return { stars: starsForShare(remembered, questionIds.length), remembered, total: questionIds.length };
}

/** Every region's stars now, by region id. */
export function starsByRegion(
  regionIds: readonly string[],
  questionsIn: (regionId: string) => readonly string[],
  cards: Readonly<Record<string, CardState>>,
  reviewLog: readonly ReviewLogEntry[],
  now: number,
): Record<string, RegionStars> {
  const lastRatings = lastRatingsOf(reviewLog);
  const stars: Record<string, RegionStars> = {};
  for (const regionId of regionIds)
    stars[regionId] = regionStars(questionsIn(regionId), cards, lastRatings, now);
  return stars;
}

/** "2 of 3 stars", the words for a region's stars (the accessible name of the star display). */
export function starsPhrase(stars: number): string {
  return `${stars} of ${MAX_STARS} stars`;
}

/** The stars as symbols, "★★☆", for sighted players (always {@link MAX_STARS} symbols long). */
export function starsSymbols(stars: number): string {
  const earned = Math.max(0, Math.min(MAX_STARS, stars));
  return '★'.repeat(earned) + '☆'.repeat(MAX_STARS - earned);
}
