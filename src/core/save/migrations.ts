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

/** Migrations by the version they start from. */
const MIGRATIONS: Record<number, Migration> = { 1: fromV1 };

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
