import type { RegionStatuses } from '../map/progression';
import type { Response } from '../quiz/grade';
import type { Round } from '../quiz/round';

/** One answer in the player's history, kept for review and statistics. */
export interface AnswerRecord {
  /** Which question. */
  questionId: string;
  /** The region it was asked for. */
  regionId: string;
  /** What the player chose. */
  response: Response;
  /** Whether it was fully right. */
  correct: boolean;
  /** Credit from 0 to 1 (absent in older saves). */
  score?: number;
  /** Points earned in timed mode. */
  points?: number;
  /** When, epoch ms. */
  at: number;
  /** Response time, ms. */
  ms: number;
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
}

/** Default settings for a new player. */
export const DEFAULT_SETTINGS: Settings = { muted: false };
