import type { RegionStatuses } from '../map/progression';
import type { ModeRecords } from '../modes/records';
import type { Bests } from '../progress/bests';
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
  /** New flashcards introduced per day (default {@link STUDY_DEFAULTS}). */
  newPerDay?: number;
  /** Desired retention for FSRS scheduling, 0.7–0.97 (default 0.9). */
  retention?: number;
  /** Reviews and answers a day the learner aims for (default 20). */
  dailyGoal?: number;
}

/** Study settings with their defaults filled in. */
export interface StudySettings {
  /** New cards per day. */
  newPerDay: number;
  /** Most reviews per day (the backlog cap after a break). */
  reviewsPerDay: number;
  /** Desired retention. */
  retention: number;
  /** Daily goal in reviews and answers. */
  dailyGoal: number;
}

/** Study settings for a learner who has changed nothing. */
export const STUDY_DEFAULTS: StudySettings = {
  newPerDay: 20,
  reviewsPerDay: 200,
  retention: 0.9,
  dailyGoal: 20,
};

/** Ranges the settings screen offers and the reducer enforces. */
export const STUDY_LIMITS = {
  newPerDay: { min: 0, max: 200 },
  retention: { min: 0.7, max: 0.97 },
  dailyGoal: { min: 1, max: 500 },
} as const;

/** The learner's study settings, defaults filled in. */
export function studySettings(settings: Settings): StudySettings {
  return {
    ...STUDY_DEFAULTS,
    ...(settings.newPerDay !== undefined ? { newPerDay: settings.newPerDay } : {}),
    ...(settings.retention !== undefined ? { retention: settings.retention } : {}),
    ...(settings.dailyGoal !== undefined ? { dailyGoal: settings.dailyGoal } : {}),
  };
}

/** The last flashcard rating, kept so that it can be undone. */
export interface UndoableRating {
  /** The question rated. */
  questionId: string;
  /** Its card before the rating (absent for a card seen for the first time). */
  previous?: CardState;
  /** Length of the review log before the rating. */
  logLength: number;
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
  /** The map modes' records: whole-map times and daily challenge results (absent until the first). */
  modes?: ModeRecords;
  /** Personal bests of region and timed rounds, with the last few results (absent until the first round). */
  bests?: Bests;
  /** The last flashcard rating, while it can still be undone (not saved: undo lasts a session). */
  undo?: UndoableRating | null;
}

/** Default settings for a new player. */
export const DEFAULT_SETTINGS: Settings = { muted: false };
