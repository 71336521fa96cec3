import type { RegionStatuses } from '../map/progression';
import type { Round, RoundAnswer } from '../quiz/round';
import type { CardState, ReviewLogEntry } from '../review/cards';

/** One answer in the player's history, kept for review and statistics: a round answer and its region. */
export interface AnswerRecord extends RoundAnswer {
  /** The region it was asked for. */
  regionId: string;
}

/** Player preferences that persist. */
export interface Settings {
  /** Whether sound is off. */
  muted: boolean;
  /** Whether rounds are timed (points for speed and streaks). */
  timed?: boolean;
}

/** Everything the game knows about the player: one serialisable value, changed only by the reducer. */
export interface GameState {
  /** Status of every map region. */
  regions: RegionStatuses;
  /** Every answer ever given, oldest first. */
  answers: AnswerRecord[];
  /** Preferences. */
  settings: Settings;
  /** The round being played, if any. */
  round: Round | null;
  /** FSRS memory state per question answered, updated with the rating derived from every answer. */
  cards: Record<string, CardState>;
  /** Every rating given, oldest first (append-only; needed for undo and for re-scheduling). */
  reviewLog: ReviewLogEntry[];
}

/** Default settings for a new player. */
export const DEFAULT_SETTINGS: Settings = { muted: false };
