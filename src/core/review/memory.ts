import type { RegionStatuses } from '../map/progression';
import { type CardState, retrievability } from './cards';

/**
 * Mean recall probability below which a cleared region fades on the map. With the default desired
 * retention of 0.9, cards fall to 0.9 when they come due, so a region fades once its cards are clearly
 * overdue, not the moment the first one is due.
 */
export const FADE_THRESHOLD = 0.8;

/** A region needs this many reviewed cards before its average means anything. */
export const MIN_CARDS_TO_FADE = 3;

/** How many of a fading region's weakest cards a refresh round asks. */
export const REFRESH_SIZE = 5;

/** The learner's memory of a set of questions now: mean recall probability over the reviewed ones. */
export interface RecallSummary {
  /** Mean retrievability (0–1) of the reviewed cards, or null when none has been reviewed. */
  mean: number | null;
  /** How many cards were reviewed. */
  reviewed: number;
}

/** Averages the recall probability of the questions' cards that have been reviewed at least once. */
export function recallOf(
  questionIds: readonly string[],
  cards: Readonly<Record<string, CardState>>,
  now: number,
): RecallSummary {
  let sum = 0;
  let reviewed = 0;
  for (const id of questionIds) {
    const card = cards[id];
    if (!card || card.state === 0) continue;
    sum += retrievability(card, now);
    reviewed += 1;
  }
  return { mean: reviewed > 0 ? sum / reviewed : null, reviewed };
}

/**
 * The cleared regions the learner is forgetting: enough reviewed cards, and their mean recall below
 * {@link FADE_THRESHOLD}. The map draws them faded, inviting a short review.
 */
export function fadingRegions(
  statuses: RegionStatuses,
  questionsIn: (regionId: string) => readonly string[],
  cards: Readonly<Record<string, CardState>>,
  now: number,
): Set<string> {
  const fading = new Set<string>();
  for (const [regionId, status] of Object.entries(statuses)) {
    if (status !== 'cleared') continue;
    const recall = recallOf(questionsIn(regionId), cards, now);
    if (recall.mean !== null && recall.reviewed >= MIN_CARDS_TO_FADE && recall.mean < FADE_THRESHOLD)
      fading.add(regionId);
  }
  return fading;
}

/** The questions a refresh round asks: the region's reviewed cards, least likely to be recalled first. */
export function refreshQuestionIds(
  questionIds: readonly string[],
  cards: Readonly<Record<string, CardState>>,
  now: number,
  size = REFRESH_SIZE,
): string[] {
  return questionIds
    .flatMap((id) => {
      const card = cards[id];
      return card && card.state !== 0 ? [{ id, recall: retrievability(card, now) }] : [];
    })
    .sort((a, b) => a.recall - b.recall)
    .slice(0, size)
    .map(({ id }) => id);
}
