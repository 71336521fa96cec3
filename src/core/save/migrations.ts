/**
 * Migrations of saved progress, one per change of its shape. Each takes the raw data of one version and
 * returns the raw data of the next; `parseSaveData` applies them in order before validating, so a save
 * from any earlier version of the game loads. Every migration has a test that loads a saved file of the
 * old version (kept under `tests/unit/save/fixtures/`).
 */

/** A raw save: the parsed JSON object, before validation. */
export type RawSave = Record<string, unknown>;

/** A step from `schemaVersion` n to n + 1. */
type Migration = (save: RawSave) => RawSave;

/**
 * Version 1 → 2: the memory model became part of every save. Cards and the review log, absent in saves
 * made before flashcards existed, become empty; each answer's credit, absent before partial credit,
 * becomes 1 for a right answer and 0 for a wrong one.
 */
const fromV1: Migration = (save) => ({
  ...save,
  schemaVersion: 2,
  cards: save.cards ?? {},
  reviewLog: save.reviewLog ?? [],
  answers: Array.isArray(save.answers)
    ? save.answers.map((answer: unknown) =>
        typeof answer === 'object' && answer !== null && !('score' in answer)
          ? { ...answer, score: (answer as { correct?: unknown }).correct === true ? 1 : 0 }
          : answer,
      )
    : save.answers,
});

/** True for a plain object (not null, not a list). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 2 → 3: a saved round keeps each answer's credit and timed points. Version 2 wrote them but read
 * them back without, so a round saved again after a reload lost them (3.7 points became 3, a pass could
 * become a fail). Each round answer missing its credit gets it back from the same answer in the history
 * (same question, same time), with its points; failing that, 1 for a right answer and 0 for a wrong one.
 */
const fromV2: Migration = (save) => {
  const round = save.round;
  if (!isRecord(round) || !Array.isArray(round.answers)) return { ...save, schemaVersion: 3 };
  const history = Array.isArray(save.answers) ? save.answers.filter(isRecord) : [];
  const answers = round.answers.map((answer: unknown) => {
    if (!isRecord(answer) || 'score' in answer) return answer;
    const recorded = history.find(
      (past) => past.questionId === answer.questionId && past.at === answer.at && 'score' in past,
    );
    if (!recorded) return { ...answer, score: answer.correct === true ? 1 : 0 };
    return {
      ...answer,
      score: recorded.score,
      ...(recorded.points !== undefined && !('points' in answer) ? { points: recorded.points } : {}),
    };
  });
  return { ...save, schemaVersion: 3, round: { ...round, answers } };
};

/**
 * Version 3 → 4: the map modes keep their records with the learner's progress (whole-map best and recent
 * times, daily challenge results). Saves made before map modes have none: they start empty, and nothing
 * else changes.
 */
const fromV3: Migration = (save) => ({
  ...save,
  schemaVersion: 4,
  modes: save.modes ?? { wholeMap: { best: null, recent: [] }, daily: [] },
});

/**
 * Version 4 → 5: personal bests (each region's best round and the best timed round, with the last few
 * results) are kept with the learner's progress. Rounds were never recorded before (answers do not say
 * which round they were in), so older saves start with none; XP, levels, stars and the streak need no
 * migration, being worked out from the answers and the review log every save already holds.
 */
const fromV4: Migration = (save) => ({
  ...save,
  schemaVersion: 5,
  bests: save.bests ?? { regions: {}, timed: { best: null, recent: [] } },
});

/** Migrations by the version they start from. */
const MIGRATIONS: Record<number, Migration> = { 1: fromV1, 2: fromV2, 3: fromV3, 4: fromV4 };

/**
 * Brings a raw save up to `target`, one version at a time. A save without a version number, or from a
 * version no migration starts from, is returned unchanged for validation to reject with a clear message.
 */
export function migrateSave(save: RawSave, target: number): RawSave {
  let current = save;
  for (let guard = 0; guard < 100; guard++) {
    const version = current.schemaVersion;
    if (typeof version !== 'number' || version >= target) return current;
    const step = MIGRATIONS[version];
    if (!step) return current;
    current = step(current);
  }
  return current;
}
