import * as v from 'valibot';
import { schemaProblems } from '../schemaProblems';
import { ModeRecordsSchema } from '../modes/records';
import { BestsSchema } from '../progress/bests';
import { type GameState, STUDY_LIMITS } from '../play/gameState';
import { type Result, fail, ok } from '../problems';
import { ResponseSchema } from '../questions/responses';
import { type RoundAnswer, answerCredit } from '../quiz/round';
import { type RawSave, migrateSave } from './migrations';

/** Version of the saved-progress layout written by this build. */
export const SAVE_SCHEMA_VERSION = 5;

const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0));
/** Points earned in timed mode. */
const points = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));
/**
 * Credit for an answer (filled in by the version 1 → 2 migration for the history's answers of older saves,
 * and by the version 2 → 3 migration for the answers of a saved round).
 */
const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const AnswerSchema = v.object({
  questionId: v.string(),
  regionId: v.string(),
  response: ResponseSchema,
  correct: v.boolean(),
  score,
  points,
  at: epochMs,
  ms: epochMs,
});

const RoundSchema = v.object({
  regionId: v.string(),
  questions: v.array(
    v.object({ questionId: v.string(), order: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  ),
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  answers: v.array(
    v.object({
      questionId: v.string(),
      response: ResponseSchema,
      correct: v.boolean(),
      score,
      points,
      at: epochMs,
      ms: epochMs,
    }),
  ),
  phase: v.picklist(['asking', 'feedback', 'finished']),
  pausedMs: v.optional(epochMs),
  review: v.optional(v.boolean()),
  scope: v.optional(v.picklist(['mistakes', 'refresh', 'pack', 'feature'])),
  packId: v.optional(v.string()),
  topic: v.optional(v.string()),
  seed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  timed: v.optional(v.boolean()),
  shownAt: epochMs,
  result: v.optional(
    v.object({
      score: v.pipe(v.number(), v.minValue(0)),
      total: v.pipe(v.number(), v.integer(), v.minValue(0)),
      passed: v.boolean(),
      unlocked: v.array(v.string()),
      timed: v.optional(v.object({ points: v.number(), bestStreak: v.number() })),
    }),
  ),
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const CardSchema = v.object({
  due: epochMs,
  stability: v.pipe(v.number(), v.minValue(0)),
  difficulty: v.pipe(v.number(), v.minValue(0)),
  elapsed_days: v.number(),
  scheduled_days: v.number(),
  learning_steps: count,
  reps: count,
  lapses: count,
  state: v.picklist([0, 1, 2, 3]),
  last_review: v.optional(epochMs),
});
const ReviewLogSchema = v.object({
  questionId: v.string(),
  rating: v.picklist([1, 2, 3, 4]),
  review: epochMs,
  state: v.picklist([0, 1, 2, 3]),
  due: epochMs,
  stability: v.number(),
  difficulty: v.number(),
  scheduled_days: v.number(),
  learning_steps: count,
});

/** Schema of saved progress, version 5 (older versions are migrated first: see `migrations.ts`). */
export const SaveDataSchema = v.object({
  schemaVersion: v.literal(SAVE_SCHEMA_VERSION),
  savedAt: epochMs,
  regions: v.record(v.string(), v.picklist(['locked', 'open', 'cleared'])),
  answers: v.array(AnswerSchema),
  settings: v.object({
    muted: v.boolean(),
    timed: v.optional(v.boolean()),
    newPerDay: v.optional(v.pipe(count, v.maxValue(STUDY_LIMITS.newPerDay.max))),
    retention: v.optional(
      v.pipe(v.number(), v.minValue(STUDY_LIMITS.retention.min), v.maxValue(STUDY_LIMITS.retention.max)),
    ),
    dailyGoal: v.optional(
      v.pipe(count, v.minValue(STUDY_LIMITS.dailyGoal.min), v.maxValue(STUDY_LIMITS.dailyGoal.max)),
    ),
  }),
  round: v.nullable(RoundSchema),
  cards: v.record(v.string(), CardSchema),
  reviewLog: v.array(ReviewLogSchema),
  /** The map modes' records (version 4 on; a save written without them reads as none). */
  modes: v.optional(ModeRecordsSchema),
  /** Personal bests of region and timed rounds (version 5 on; a save written without them reads as none). */
  bests: v.optional(BestsSchema),
});

/** Saved progress as stored: the game state plus a version and a timestamp. */
export type SaveData = v.InferOutput<typeof SaveDataSchema>;

/** An answer with its credit always written down (1 or 0 from `correct` for answers made before credit). */
function withScore<A extends RoundAnswer>(answer: A): A & { score: number } {
  return { ...answer, score: answerCredit(answer) };
}

/**
 * Packs the game state for storage. Every answer, in the history and in the round on screen, is stored
 * with its credit and timed points, so that a reload gives back exactly the score earned.
 */
export function toSaveData(state: GameState, now: number): SaveData {
  return {
    schemaVersion: SAVE_SCHEMA_VERSION,
    savedAt: now,
    regions: { ...state.regions },
    answers: state.answers.map(withScore),
    settings: state.settings,
    round: state.round && { ...state.round, answers: state.round.answers.map(withScore) },
    cards: state.cards,
    reviewLog: state.reviewLog,
    ...(state.modes ? { modes: state.modes } : {}),
    ...(state.bests ? { bests: state.bests } : {}),
  };
}

/**
 * Checks saved progress read from storage. Anything unreadable comes back as problems naming the field,
 * so the caller can tell the learner what is wrong and leave the stored data alone.
 */
export function parseSaveData(raw: unknown, where = 'saved progress'): Result<SaveData> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const found = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw;
    return fail([{ file: where, path: '', message: `expected an object, found ${found}` }]);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SAVE_SCHEMA_VERSION) {
    return fail([
      {
        file: where,
        path: 'schemaVersion',
        message: `it was saved by a newer version of Borderlines (save format ${version}; this one reads up to ${SAVE_SCHEMA_VERSION})`,
      },
    ]);
  }
  const checked = v.safeParse(SaveDataSchema, migrateSave(raw as RawSave, SAVE_SCHEMA_VERSION));
  if (checked.success) return ok(checked.output);
  return fail(schemaProblems(checked.issues, where));
}
